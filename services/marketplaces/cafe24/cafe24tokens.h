#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/net/httpclient.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <functional>

namespace md::secrets {
class SecretStore;
}

namespace md::marketplaces::cafe24 {

// One Cafe24 mall account as the clients need it. The client secret comes from the keychain.
struct Cafe24Config {
    QString account; // account name (keys the secrets and the token lease)
    QString mallId;
    QUrl baseUrl; // empty: https://{mall_id}.cafe24api.com
    QByteArray clientId;
    QByteArray clientSecret;
    QByteArray apiVersion = "2025-12-01"; // X-Cafe24-Api-Version
    QString scope = QStringLiteral("mall.read_product,mall.read_order");
    // Secret keys of the rotating refresh token and of the current access token ({"access_token","expires_at"}).
    QString refreshTokenKey;
    QString accessTokenKey;

    QUrl apiBase() const;
};

// Cafe24 access tokens for one account, shared by every process that uses the account. The refresh token rotates
// (each refresh invalidates the old one), so refreshing is serialized across processes with the database lease
// "cafe24.token:<account>": take the lease, re-read the stored tokens (another process may have refreshed
// meanwhile), refresh, store the NEW refresh token in the keychain before anything uses it, release.
class Cafe24Tokens : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(md::Result<QByteArray>)>;

    Cafe24Tokens(Cafe24Config config, db::Database database, secrets::SecretStore* store, net::HttpClient* http,
        QObject* parent = nullptr);

    // A valid access token. `rejected` is a token the API just refused (401): never handed out again.
    void accessToken(TokenCallback done, const QByteArray& rejected = {});
    // How long to keep trying for the lease while another process refreshes (default 30 s).
    void setLeaseWait(std::chrono::milliseconds wait) { m_leaseWait = wait; }
    int refreshCount() const { return m_refreshes; }

private:
    struct Attempt;
    void readStored(std::shared_ptr<Attempt> attempt, std::function<void(bool)> next);
    void tryLease(std::shared_ptr<Attempt> attempt);
    void refresh(std::shared_ptr<Attempt> attempt);
    void finish(std::shared_ptr<Attempt> attempt, md::Result<QByteArray> result);
    bool usable(const QByteArray& token, const QDateTime& expiry, const QByteArray& rejected) const;

    Cafe24Config m_config;
    db::Database m_db;
    secrets::SecretStore* m_store;
    net::HttpClient* m_http;
    QByteArray m_access;
    QDateTime m_expiry;
    std::chrono::milliseconds m_leaseWait { 30'000 };
    int m_refreshes = 0;
    bool m_busy = false;
    QList<QPair<QByteArray, TokenCallback>> m_queued;
};

// The token endpoint's answer: expires_at may come without an offset, and then it is Korean time.
QDateTime parseCafe24Time(const QString& text);
// Basic base64(client_id:client_secret), the token endpoint's authentication.
QByteArray basicAuthorization(const QByteArray& clientId, const QByteArray& clientSecret);
// The message of an OAuth or API error body ({"error":"…","error_description":"…"} or {"error":{"code","message"}}).
QString cafe24ErrorText(const QByteArray& body);

} // namespace md::marketplaces::cafe24
