#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace md::marketplaces {

// One seller account on a marketplace (a row of `account`). Never holds a secret: those live in the SecretStore
// under secretKey(platform, name, field).
struct Account {
    qint64 id = 0;
    QString platform; // "cafe24", "naver", "qoo10"
    QString name; // unique over all platforms; what people type (`--account NAME`)
    QString sellerId;
    QString displayName;
    QUrl baseUrl; // empty: the platform's public API
    QUrl proxyUrl; // empty: direct connection
    QJsonObject options; // platform-specific settings (e.g. collection overlap), never secrets
    bool active = true;
    int collectIntervalS = 300;
    QDateTime lastCollectedTo; // UTC end of the last successful collection window; invalid before the first
    int version = 1; // optimistic concurrency: Accounts::update with an expected version refuses a changed row

    // "account/<platform>/<name>/<field>", e.g. "account/qoo10/main/seller_key".
    static QString secretKey(const QString& platform, const QString& name, const QString& field);
    QString secretKey(const QString& field) const { return secretKey(platform, name, field); }
    // "qoo10 account \"main\"" for messages.
    QString label() const;
};

// The platforms MarketDesk can collect from.
QStringList supportedPlatforms();
// The secret fields an account of `platform` must be given on stdin (`accounts add`).
QStringList requiredSecretFields(const QString& platform);
// Secret fields the program itself writes later (tokens, seller keys); removed with the account.
QStringList derivedSecretFields(const QString& platform);
// Secret fields an account may have besides the required ones (the proxy password); removed with the account.
QStringList optionalSecretFields(const QString& platform);
// The secret field holding the password of the account's proxy (the proxy URL names only the user).
inline constexpr QLatin1StringView kProxyPasswordField { "proxy_password" };

} // namespace md::marketplaces
