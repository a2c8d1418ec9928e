#include "services/gnb/feedindex.h"

#include "services/gnb/csvreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
Error bad(const QString& source, int line, const QString& why)
{
    return Error { ErrorCode::Invalid,
        QCoreApplication::translate("md::gnb", "%1, line %2: %3. The crawl stops; nothing was changed.")
            .arg(source)
            .arg(line)
            .arg(why),
        {} };
}
} // namespace

Result<QList<FeedIndexEntry>> parseFeedIndex(QIODevice* device, const QString& sourceName)
{
    static const QRegularExpression sha(u"^[0-9a-fA-F]{64}$"_s);
    static const QRegularExpression safeName(u"^[A-Za-z0-9._-]+\\.csv$"_s);
    CsvReader reader(device);
    CsvRecord record;
    QList<FeedIndexEntry> entries;
    bool header = true;
    for (;;) {
        auto more = reader.readRecord(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (header) {
            header = false;
            if (record.size() < 5 || record.text(0).trimmed().compare(u"file"_s, Qt::CaseInsensitive) != 0)
                return bad(sourceName, record.line(),
                    QCoreApplication::translate("md::gnb", "the header must be file;brand;rows;sha256;modified"));
            continue;
        }
        if (record.size() < 5)
            return bad(sourceName, record.line(),
                QCoreApplication::translate("md::gnb", "expected 5 fields, found %1").arg(record.size()));
        FeedIndexEntry e;
        e.file = record.text(0).trimmed();
        e.brand = record.text(1).trimmed();
        bool ok = false;
        e.rows = record.text(2).trimmed().toInt(&ok);
        e.sha256 = record.text(3).trimmed().toLower();
        e.modified = record.text(4).trimmed();
        // The name becomes part of a path or URL: refuse anything that could leave the day's folder.
        if (!safeName.match(e.file).hasMatch())
            return bad(sourceName, record.line(),
                QCoreApplication::translate("md::gnb", "\"%1\" is not a brand file name (BRAND.csv)").arg(e.file));
        if (!ok || e.rows < 0)
            return bad(sourceName, record.line(),
                QCoreApplication::translate("md::gnb", "rows \"%1\" is not a number").arg(record.text(2)));
        if (!sha.match(e.sha256).hasMatch())
            return bad(sourceName, record.line(),
                QCoreApplication::translate("md::gnb", "sha256 \"%1\" is not 64 hex digits").arg(e.sha256));
        entries << e;
    }
    if (header)
        return bad(sourceName, 1, QCoreApplication::translate("md::gnb", "the index is empty"));
    return entries;
}

} // namespace md::gnb
