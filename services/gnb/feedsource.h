#pragma once

#include "services/domain/result.h"
#include "services/gnb/feedindex.h"

#include <QObject>
#include <QTemporaryFile>
#include <functional>
#include <memory>

namespace md::gnb {

// A brand file ready to read locally, with what the source said about it.
struct FetchedFile {
    QString path; // a local file to parse
    std::shared_ptr<QTemporaryFile> temporary; // keeps a downloaded copy alive while it is read
    QString sha256; // of the bytes on disk
    QString etag;
    QString lastModified;
};

// Where a day's G&B files come from: a local folder (<root>/<YYYYMMDD>/…) or an HTTP(S) base URL.
// Asynchronous: callbacks run later in the source's thread, never inside the call.
class FeedSource : public QObject {
    Q_OBJECT
public:
    using IndexCallback = std::function<void(Result<QList<FeedIndexEntry>>)>;
    using FileCallback = std::function<void(Result<FetchedFile>)>;

    using QObject::QObject;

    virtual void fetchIndex(const QString& day, IndexCallback done) = 0;
    virtual void fetchFile(const QString& day, const FeedIndexEntry& entry, FileCallback done) = 0;
    // Aborts what is in flight; pending callbacks report ErrorCode::Cancelled.
    virtual void cancel() = 0;
    // For messages: the folder or URL, without credentials.
    virtual QString describe() const = 0;
};

} // namespace md::gnb
