#pragma once

#include "services/gnb/feedsource.h"

#include <QUrl>
#include <optional>

namespace md::net {
class HttpClient;
}
namespace md::secrets {
class SecretStore;
}

namespace md::gnb {

// How the feed server wants to be asked; the secret itself is read from the SecretStore under secretKey().
enum class FeedAuth { None, Basic, ApiKey };

// Reads a day's files from <base>/<YYYYMMDD>/… over HTTP(S) through HttpClient (timeouts, retries, backoff):
// index.csv into memory, brand files streamed to temporary files with their sha256 computed on the way.
class HttpFeedSource final : public FeedSource {
    Q_OBJECT
public:
    // `secrets` (may be null with FeedAuth::None) must outlive the source.
    HttpFeedSource(
        QUrl base, FeedAuth auth, QString basicUser, secrets::SecretStore* secrets, QObject* parent = nullptr);
    ~HttpFeedSource() override;

    // The keychain key of this feed's password (Basic) or API key.
    static QString secretKey(const QUrl& base, FeedAuth auth);

    net::HttpClient* client() const { return m_client; }
    void fetchIndex(const QString& day, IndexCallback done) override;
    void fetchFile(const QString& day, const FeedIndexEntry& entry, FileCallback done) override;
    void cancel() override;
    QString describe() const override;

private:
    // Runs `then` once the credentials are known (read from the store on first use).
    void withCredentials(std::function<void(Status)> then);
    QUrl urlFor(const QString& day, const QString& file) const;
    QList<QPair<QByteArray, QByteArray>> authHeaders() const;

    QUrl m_base;
    FeedAuth m_auth;
    QString m_user;
    secrets::SecretStore* m_secrets;
    net::HttpClient* m_client;
    std::optional<QByteArray> m_secret;
    bool m_cancelled = false;
};

} // namespace md::gnb
