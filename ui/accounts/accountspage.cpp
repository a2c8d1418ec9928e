#include "ui/accounts/accountspage.h"

#include "models/accountsmodel.h"
#include "models/dbworker.h"
#include "services/marketplaces/cafe24/cafe24authorization.h"
#include "services/marketplaces/cafe24/cafe24redirect.h"
#include "services/marketplaces/common/accounts.h"
#include "services/secrets/secretstore.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/collectorrunner.h"
#include "ui/errorbanner.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
// Removes the account's `fields` from the store one after the other (the store completes asynchronously).
void removeFields(secrets::SecretStore* store, const marketplaces::Account& account, QStringList fields,
    QObject* context, std::function<void(md::Status)> done)
{
    if (fields.isEmpty())
        return done({});
    const QString key = account.secretKey(fields.takeFirst());
    store->remove(key, context, [=](md::Status s) {
        if (!s)
            return done(s);
        removeFields(store, account, fields, context, done);
    });
}
} // namespace

AccountsPage::AccountsPage(db::Database database, secrets::SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_model(new models::AccountsModel(database, this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_result(new QLabel(this))
    , m_runner(new CollectorRunner(database, secrets, this))
    , m_worker(std::make_unique<models::DbWorker>(database, u"md-accounts-edit"_s))
{
    setObjectName(u"accountsPage"_s);
    m_add = new QAction(tr("&Add Account…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit = new QAction(tr("&Edit Account…"), this);
    m_remove = new QAction(tr("Re&move Account…"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_test = new QAction(tr("&Test Connection"), this);
    m_test->setShortcut(Qt::CTRL | Qt::Key_T);
    m_test->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_authorize = new QAction(tr("A&uthorize with Cafe24…"), this);
    m_authorize->setToolTip(tr("Open the Cafe24 login in the browser and store the refresh token it grants"));
    m_refresh = new QAction(tr("Re&fresh Accounts"), this);
    connect(m_authorize, &QAction::triggered, this, [this] {
        if (m_authorization)
            return m_authorization->stop();
        if (const auto account = selectedAccount())
            authorizeAccount(*account);
    });
    connect(m_add, &QAction::triggered, this, &AccountsPage::showAddDialog);
    connect(m_edit, &QAction::triggered, this, &AccountsPage::showEditDialog);
    connect(m_remove, &QAction::triggered, this, &AccountsPage::confirmRemove);
    connect(m_test, &QAction::triggered, this, &AccountsPage::testSelected);
    connect(m_refresh, &QAction::triggered, m_model, &models::AccountsModel::refresh);
    addActions({ m_add, m_edit, m_remove, m_test, m_authorize, m_refresh });

    auto* toolbar = new QToolBar(this);
    toolbar->addActions({ m_add, m_edit, m_remove });
    toolbar->addSeparator();
    toolbar->addActions({ m_test, m_authorize, m_refresh });

    m_table->setObjectName(u"accountsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // The collection columns belong to the Orders page.
    for (int c = models::AccountsModel::LastRun; c < models::AccountsModel::ColumnCount; ++c)
        m_table->hideColumn(c);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AccountsPage::showEditDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateActions);
    // A refresh replaces the rows; keep the account the user selected selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto account = selectedAccount();
        m_selectedName = account ? account->name : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_selectedName); row >= 0)
            m_table->selectRow(row);
        updateActions();
    });
    connect(m_model, &models::AccountsModel::errorOccurred, m_banner, &ErrorBanner::showError);

    m_result->setObjectName(u"accountsResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_runner, &CollectorRunner::testFinished, this, [this](const QString& name, const md::Status& status) {
        updateActions();
        if (status)
            finish(true, tr("%1: connection works — the credentials were accepted and the API answered.").arg(name));
        else
            finish(false, tr("%1: connection test failed.").arg(name), status.error());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    updateActions();
}

AccountsPage::~AccountsPage() = default;

QString AccountsPage::resultText() const
{
    return m_result->text();
}

std::optional<marketplaces::Account> AccountsPage::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const models::AccountStatus* s = m_model->statusAt(rows.constFirst().row());
    return s ? std::optional(s->account) : std::nullopt;
}

void AccountsPage::updateActions()
{
    const auto account = selectedAccount();
    m_edit->setEnabled(account.has_value());
    m_remove->setEnabled(account.has_value());
    m_test->setEnabled(account && !m_runner->isTesting(account->name));
    m_authorize->setText(m_authorization ? tr("Stop A&uthorizing") : tr("A&uthorize with Cafe24…"));
    m_authorize->setEnabled(m_authorization || (account && account->platform == u"cafe24"));
}

void AccountsPage::authorizeAccount(const marketplaces::Account& account, std::optional<quint16> port)
{
    if (m_authorization)
        return;
    marketplaces::CollectorEnv env;
    env.secrets = m_secrets;
    env.database = m_database;
    m_authorization = new marketplaces::cafe24::Cafe24Authorization(account, env, m_database, this);
    connect(m_authorization, &marketplaces::cafe24::Cafe24Authorization::openBrowser, this, [this](const QUrl& url) {
        m_result->setText(tr("Waiting for Cafe24: log in to the mall's admin in the browser and allow access. If no "
                             "browser opened, open %1")
                              .arg(url.toString(QUrl::FullyEncoded)));
        if (!QDesktopServices::openUrl(url))
            m_banner->showError(Error { ErrorCode::Config,
                tr("No browser could be opened; open the address shown below the table yourself."), {} });
    });
    connect(m_authorization, &marketplaces::cafe24::Cafe24Authorization::finished, this,
        [this, account](const md::Status& status) {
            m_authorization->deleteLater();
            m_authorization = nullptr;
            updateActions();
            if (status)
                finish(true, tr("%1 is authorized; its new refresh token is in the keychain.").arg(account.label()));
            else
                finish(false, tr("%1 was not authorized.").arg(account.label()), status.error());
        });
    m_result->setText(tr("Authorizing %1…").arg(account.label()));
    m_authorization->start(port.value_or(marketplaces::cafe24::redirectPort(account)), std::chrono::minutes(5));
    updateActions();
}

void AccountsPage::finish(bool ok, const QString& message, const std::optional<md::Error>& error)
{
    if (error) {
        m_banner->showError(*error);
        m_result->setText(message + u' ' + error->message);
    } else {
        if (ok)
            m_banner->clear();
        m_result->setText(message);
    }
    Q_EMIT operationFinished(ok, m_result->text());
}

void AccountsPage::showAddDialog()
{
    AccountDialog dialog(nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        addAccount(dialog.account(), dialog.secrets());
}

void AccountsPage::showEditDialog()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    AccountDialog dialog(&*account, this);
    if (dialog.exec() == QDialog::Accepted)
        editAccount(*account, dialog.changes(), dialog.secrets());
}

void AccountsPage::addAccount(const marketplaces::Account& account, const QJsonObject& secrets)
{
    if (auto valid = marketplaces::AccountSecrets::validate(account.platform, secrets); !valid)
        return finish(false, tr("The account was not added."), valid.error());
    QPointer<AccountsPage> self(this);
    const db::Database database = m_database;
    m_worker->post([self, database, account, secrets](const md::Result<QSqlDatabase>&) {
        auto id = marketplaces::Accounts(database).add(account);
        QMetaObject::invokeMethod(
            self,
            [self, id, account, secrets] {
                if (!self)
                    return;
                if (!id)
                    return self->finish(false, tr("The account was not added."), id.error());
                marketplaces::Account added = account;
                added.id = *id;
                marketplaces::AccountSecrets::storeAll(
                    self->m_secrets, added, secrets, self, [self, added](md::Status stored) {
                        if (stored) {
                            self->m_model->refresh();
                            Q_EMIT self->accountsChanged();
                            return self->finish(true,
                                tr("Account \"%1\" added; its secrets are in the keychain. Use Test Connection to "
                                   "check them.")
                                    .arg(added.name));
                        }
                        // An account without its secrets would only fail later, further from the cause.
                        const db::Database database = self->m_database;
                        self->m_worker->post([database, name = added.name](const md::Result<QSqlDatabase>&) {
                            (void)marketplaces::Accounts(database).remove(name);
                        });
                        self->finish(
                            false, tr("The account was not added: its secrets could not be stored."), stored.error());
                    });
            },
            Qt::QueuedConnection);
    });
}

void AccountsPage::editAccount(
    const marketplaces::Account& account, const marketplaces::AccountChanges& changes, const QJsonObject& secrets)
{
    QJsonObject required = secrets;
    required.remove(QString(marketplaces::kProxyPasswordField));
    if (!required.isEmpty()) {
        if (auto valid = marketplaces::AccountSecrets::validate(account.platform, secrets); !valid)
            return finish(false, tr("The account was not changed."), valid.error());
    }
    if (changes.isEmpty() && secrets.isEmpty())
        return finish(true, tr("Nothing to change in \"%1\".").arg(account.name));
    QPointer<AccountsPage> self(this);
    const db::Database database = m_database;
    m_result->setText(tr("Saving %1…").arg(account.label()));
    m_worker->post([self, database, account, changes, secrets](const md::Result<QSqlDatabase>&) {
        md::Result<marketplaces::Account> saved = account;
        if (!changes.isEmpty())
            saved = marketplaces::Accounts(database).update(account.name, changes, account.version);
        QMetaObject::invokeMethod(
            self,
            [self, saved, account, changes, secrets] {
                if (!self)
                    return;
                if (!saved) {
                    self->m_model->refresh(); // a conflict: show what is stored now
                    return self->finish(false, tr("The account was not changed."), saved.error());
                }
                const bool proxyRemoved = changes.proxyUrl && changes.proxyUrl->isEmpty();
                self->storeEditedSecrets(*saved, secrets, proxyRemoved, [self, name = account.name](md::Status s) {
                    if (!self)
                        return;
                    self->m_model->refresh();
                    Q_EMIT self->accountsChanged();
                    if (!s)
                        return self->finish(
                            false, tr("The account's settings were saved but its secrets were not."), s.error());
                    self->finish(true, tr("Account \"%1\" saved.").arg(name));
                });
            },
            Qt::QueuedConnection);
    });
}

void AccountsPage::storeEditedSecrets(const marketplaces::Account& account, const QJsonObject& secrets,
    bool proxyRemoved, std::function<void(md::Status)> done)
{
    QPointer<AccountsPage> self(this);
    QJsonObject required = secrets;
    required.remove(QString(marketplaces::kProxyPasswordField));
    // Overwrite the given fields first, so that a failing keychain never leaves the account without secrets; then
    // drop what was derived from the old ones (tokens, seller keys), which the backend renews on its next call.
    QStringList drop;
    if (!required.isEmpty())
        drop = marketplaces::derivedSecretFields(account.platform);
    if (proxyRemoved && !secrets.contains(QString(marketplaces::kProxyPasswordField)))
        drop << QString(marketplaces::kProxyPasswordField);
    marketplaces::AccountSecrets::storeAll(
        m_secrets, account, secrets, this, [self, account, drop, done](md::Status s) {
            if (!self)
                return;
            if (!s)
                return done(s);
            removeFields(self->m_secrets, account, drop, self, done);
        });
}

void AccountsPage::confirmRemove()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Account"),
        tr("Remove the account \"%1\" (%2) and its secrets from the keychain? Its orders stay.")
            .arg(account->name, account->platform));
    if (answer == QMessageBox::Yes)
        removeAccount(*account);
}

void AccountsPage::removeAccount(const marketplaces::Account& account)
{
    QPointer<AccountsPage> self(this);
    marketplaces::AccountSecrets::removeAll(m_secrets, account, this, [self, account](md::Status removed) {
        if (!removed)
            return self->finish(false, tr("The account was not removed."), removed.error());
        const db::Database database = self->m_database;
        self->m_worker->post([self, database, account](const md::Result<QSqlDatabase>&) {
            const md::Status s = marketplaces::Accounts(database).remove(account.name);
            QMetaObject::invokeMethod(
                self,
                [self, s, account] {
                    if (!self)
                        return;
                    self->m_model->refresh();
                    Q_EMIT self->accountsChanged();
                    if (!s)
                        return self->finish(false, tr("The account was not removed."), s.error());
                    self->finish(true, tr("Account \"%1\" and its secrets removed.").arg(account.name));
                },
                Qt::QueuedConnection);
        });
    });
}

void AccountsPage::testSelected()
{
    if (const auto account = selectedAccount())
        testAccount(*account);
}

void AccountsPage::testAccount(const marketplaces::Account& account)
{
    m_result->setText(tr("Testing %1…").arg(account.label()));
    m_runner->testConnection(account);
    updateActions();
}

} // namespace md::ui
