#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace md::ui {

// Product images fetched asynchronously with QNetworkAccessManager, scaled to thumbnails and kept in a
// bounded in-memory cache. One request per URL however many times it is asked for.
class ImageCache : public QObject {
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 160;
    static constexpr qint64 kMaxImageBytes = 10 * 1024 * 1024;

    explicit ImageCache(QObject* parent = nullptr);

    // The cached thumbnail, or a null image (then the URL is fetched and imageReady/imageFailed follow).
    QImage image(const QUrl& url);
    bool isLoading(const QUrl& url) const { return m_pending.contains(url); }
    // Plain http:// is shown but flagged: it can be read or altered on the way.
    static bool isInsecure(const QUrl& url);

Q_SIGNALS:
    void imageReady(const QUrl& url, const QImage& image);
    void imageFailed(const QUrl& url, const QString& reason);

private:
    void onFinished(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QCache<QUrl, QImage> m_cache; // cost in KiB
    QHash<QUrl, QNetworkReply*> m_pending;
};

} // namespace md::ui
