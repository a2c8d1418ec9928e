#include "ui/products/imagecache.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace md::ui {

ImageCache::ImageCache(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_cache.setMaxCost(64 * 1024); // 64 MiB of thumbnails
}

bool ImageCache::isInsecure(const QUrl& url)
{
    return url.scheme() == u"http"_s;
}

QImage ImageCache::image(const QUrl& url)
{
    if (const QImage* cached = m_cache.object(url))
        return *cached;
    if (m_pending.contains(url) || !url.isValid())
        return {};
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    m_pending.insert(url, reply);
    // A "thumbnail" of hundreds of megabytes is refused before it fills memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    return {};
}

void ImageCache::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const QUrl url = m_pending.key(reply);
    m_pending.remove(url);
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT imageFailed(url, reply->errorString());
        return;
    }
    QByteArray bytes = reply->readAll();
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        Q_EMIT imageFailed(url, tr("Not an image: %1").arg(reader.errorString()));
        return;
    }
    if (image.width() > kThumbnailSize || image.height() > kThumbnailSize)
        image = image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_cache.insert(url, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    Q_EMIT imageReady(url, image);
}

} // namespace md::ui
