#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/accounts.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace md::models {
class AccountsModel;
class DbWorker;
} // namespace md::models
namespace md::marketplaces::cafe24 {
class Cafe24Authorization;
}
namespace md::secrets {
class SecretStore;
}

namespace md::ui {

class CollectorRunner;
class ErrorBanner;

// Marketplace accounts: list, add (secrets to the keychain only), edit (display name, URLs, proxy and its password,
// interval, automatic collection on/off, optionally new secrets), remove (with its secrets) and "Test connection",
// all off the GUI thread, showing exactly what the backend says is wrong.
class AccountsPage : public QWidget {
    Q_OBJECT
public:
    AccountsPage(db::Database database, secrets::SecretStore* secrets, QWidget* parent = nullptr);
    ~AccountsPage() override;

    models::AccountsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ErrorBanner* banner() const { return m_banner; }
    QString resultText() const;
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* removeAction() const { return m_remove; }
    QAction* testAction() const { return m_test; }
    QAction* authorizeAction() const { return m_authorize; }
    QAction* refreshAction() const { return m_refresh; }

    // Inserts the row, then writes the secrets; a failed keychain write removes the row again.
    void addAccount(const marketplaces::Account& account, const QJsonObject& secrets);
    // Saves `changes` (refused with a conflict when the row changed since `account` was read), then writes the
    // typed `secrets`: required ones replace the stored ones (derived tokens are dropped), a proxy password is stored;
    // a removed proxy drops its password.
    void editAccount(
        const marketplaces::Account& account, const marketplaces::AccountChanges& changes, const QJsonObject& secrets);
    // Removes the account's secrets, then its row (its orders stay).
    void removeAccount(const marketplaces::Account& account);
    void testAccount(const marketplaces::Account& account);
    // Cafe24: OAuth in the system browser, the refresh token into the keychain (port: the redirect URI's; the
    // account's registered one by default).
    void authorizeAccount(const marketplaces::Account& account, std::optional<quint16> port = std::nullopt);
    std::optional<marketplaces::Account> selectedAccount() const;

Q_SIGNALS:
    void accountsChanged();
    // An operation of this page ended (added, removed, secrets replaced, tested), ok or not.
    void operationFinished(bool ok, const QString& message);

private:
    void showAddDialog();
    void showEditDialog();
    void confirmRemove();
    void testSelected();
    void storeEditedSecrets(const marketplaces::Account& account, const QJsonObject& secrets, bool proxyRemoved,
        std::function<void(md::Status)> done);
    void finish(bool ok, const QString& message, const std::optional<md::Error>& error = std::nullopt);
    void updateActions();

    db::Database m_database;
    secrets::SecretStore* m_secrets;
    models::AccountsModel* m_model;
    ErrorBanner* m_banner;
    QTableView* m_table;
    QLabel* m_result;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_test;
    QAction* m_refresh;
    QAction* m_authorize;
    QPointer<marketplaces::cafe24::Cafe24Authorization> m_authorization; // while one runs
    CollectorRunner* m_runner;
    std::unique_ptr<models::DbWorker> m_worker;
    QString m_selectedName; // carried across model resets
};

} // namespace md::ui
