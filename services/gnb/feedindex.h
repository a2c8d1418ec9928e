#pragma once

#include "services/domain/result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace md::gnb {

// One line of a day's index.csv: `file;brand;rows;sha256;modified`.
struct FeedIndexEntry {
    QString file;
    QString brand;
    int rows = -1;
    QString sha256; // lowercase hex
    QString modified; // ISO-8601 with offset, as written
};

// Parses index.csv. A malformed index rejects the whole crawl: the error names the line and the field.
Result<QList<FeedIndexEntry>> parseFeedIndex(QIODevice* device, const QString& sourceName);

} // namespace md::gnb
