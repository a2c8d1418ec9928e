#include "services/gnb/folderfeedsource.h"

#include "services/net/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
Error cancelled()
{
    return Error { ErrorCode::Cancelled, QCoreApplication::translate("md::gnb", "The crawl was cancelled."), {} };
}
} // namespace

Result<QString> sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::gnb", "Cannot read %1: %2").arg(path, f.errorString()), {} };
    net::Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error { ErrorCode::Io, QCoreApplication::translate("md::gnb", "Cannot read %1.").arg(path), {} };
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    return QString::fromLatin1(hash.hexResult());
}

FolderFeedSource::FolderFeedSource(QString root, QObject* parent)
    : FeedSource(parent)
    , m_root(std::move(root))
{
}

void FolderFeedSource::fetchIndex(const QString& day, IndexCallback done)
{
    QTimer::singleShot(0, this, [this, day, done = std::move(done)] {
        if (m_cancelled)
            return done(cancelled());
        const QString path = m_root + u'/' + day + u"/index.csv"_s;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return done(Error { ErrorCode::NotFound,
                QCoreApplication::translate(
                    "md::gnb", "No feed index for %1: cannot open %2 (%3). Check --feed and --day.")
                    .arg(day, path, f.errorString()),
                {} });
        done(parseFeedIndex(&f, path));
    });
}

void FolderFeedSource::fetchFile(const QString& day, const FeedIndexEntry& entry, FileCallback done)
{
    QTimer::singleShot(0, this, [this, day, entry, done = std::move(done)] {
        if (m_cancelled)
            return done(cancelled());
        const QString path = m_root + u'/' + day + u'/' + entry.file;
        if (!QFileInfo::exists(path))
            return done(Error { ErrorCode::NotFound,
                QCoreApplication::translate("md::gnb", "%1 is listed in index.csv but missing from %2.")
                    .arg(entry.file, m_root + u'/' + day),
                {} });
        auto sha = sha256OfFile(path);
        if (!sha)
            return done(sha.error());
        FetchedFile file;
        file.path = path;
        file.sha256 = *sha;
        file.lastModified = QFileInfo(path).lastModified().toUTC().toString(Qt::ISODate);
        done(file);
    });
}

} // namespace md::gnb
