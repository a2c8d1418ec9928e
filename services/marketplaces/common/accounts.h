#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace md::secrets {
class SecretStore;
}

namespace md::marketplaces {

// The `account` table. Synchronous, on the calling thread's connection. Secrets are not its business:
// see AccountSecrets.
class Accounts {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::marketplaces::Accounts)

public:
    explicit Accounts(db::Database database);

    // Inserts an account; Conflict when the name (or platform + seller id) is taken. Returns its id.
    Result<qint64> add(const Account& account);
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
    // Removes the required and derived fields of the account's platform.
    static void removeAll(secrets::SecretStore* store, const Account& account, QObject* context, Done done);
};

} // namespace md::marketplaces
