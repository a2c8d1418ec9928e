#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace md::secrets {
class SecretStore;
}
namespace md::net {
class HttpClient;
}

namespace md::marketplaces {

// The editable fields of an account for Accounts::update; unset ones keep their value. The name, platform and seller
// id are not editable: the name keys the account's keychain entries and its collection lease, and platform + seller
// id are whose orders these are. To rename, add the account under the new name and remove the old one.
struct AccountChanges {
    std::optional<QString> displayName; // empty: the account's name
    std::optional<QUrl> baseUrl; // empty URL: the platform's public API
    std::optional<QUrl> proxyUrl; // empty URL: direct connection; never with a password in it
    std::optional<int> collectIntervalS;
    std::optional<bool> active; // false: the worker no longer collects it automatically

    bool isEmpty() const { return !displayName && !baseUrl && !proxyUrl && !collectIntervalS && !active; }
};

// The `account` table. Synchronous, on the calling thread's connection. Secrets are not its business:
// see AccountSecrets.
class Accounts {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::marketplaces::Accounts)

public:
    explicit Accounts(db::Database database);

    static constexpr int minCollectIntervalS = 60;
    static constexpr int maxCollectIntervalS = 24 * 3600;

    // Inserts an account; Invalid as validate() says; Conflict when the name (or platform + seller id) is taken.
    // Returns its id.
    Result<qint64> add(const Account& account);
    // Applies `changes` to the account `name`, bumps its version and returns the row as now stored. Invalid as
    // validate() says; Conflict when `expectedVersion` is given and the row was changed since (by another desktop);
    // NotFound when there is no such account.
    Result<Account> update(
        const QString& name, const AccountChanges& changes, std::optional<int> expectedVersion = std::nullopt);
    // Invalid, naming the field, unless the base URL is empty or http(s), the proxy URL is empty or http/socks5 with
    // a host and WITHOUT a password (the password belongs in the keychain: AccountSecrets, kProxyPasswordField), and
    // the collection interval is within [minCollectIntervalS, maxCollectIntervalS].
    static Status validate(const Account& account);
    Result<QList<Account>> list();
    // NotFound names the account and says how to list them.
    Result<Account> get(const QString& name);
    Result<Account> get(qint64 id);
    // Deletes the row (orders keep their data; their account_id becomes NULL). NotFound when absent.
    Status remove(const QString& name);
    // Records the end of a successful collection window (only moves forward).
    Status setLastCollectedTo(qint64 accountId, const QDateTime& to);

private:
    db::Database m_db;
};

// An account's secrets in the SecretStore, keyed by Account::secretKey(field). Asynchronous like the store.
class AccountSecrets {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::marketplaces::AccountSecrets)

public:
    using Done = std::function<void(Status)>;

    // Invalid (naming the missing or unexpected fields, never their values) unless `secrets` holds exactly the
    // platform's required fields as non-empty strings.
    static Status validate(const QString& platform, const QJsonObject& secrets);

    // Writes every field of `secrets`; stops at the first failure.
    static void storeAll(
        secrets::SecretStore* store, const Account& account, const QJsonObject& secrets, QObject* context, Done done);
    // Removes the required, derived and optional fields of the account's platform.
    static void removeAll(secrets::SecretStore* store, const Account& account, QObject* context, Done done);

    // The password of the account's proxy (secret kProxyPasswordField): empty when the account has no proxy or no
    // password is stored. Keychain failures pass through.
    static void readProxyPassword(secrets::SecretStore* store, const Account& account, QObject* context,
        std::function<void(Result<QString>)> done);
    // Points `http` at the account's proxy with the password from the store (which `http` then redacts), or at no
    // proxy when the account has none. Config error for a bad proxy URL (one with a password in it included).
    static void applyProxy(
        secrets::SecretStore* store, const Account& account, net::HttpClient* http, QObject* context, Done done);
};

} // namespace md::marketplaces
