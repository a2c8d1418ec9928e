#include "ui/shell/startup.h"

#include "models/dbworker.h"
#include "models/productsmodel.h"
#include "services/db/migrator.h"
#include "services/gnb/demofeed.h"
#include "services/secrets/keychainsecretstore.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/products/productspage.h"
#include "ui/shell/demoimport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace md::ui {

Startup::Startup(QObject* parent)
    : QObject(parent)
    , m_secrets(std::make_unique<secrets::KeychainSecretStore>())
{
}

Startup::~Startup()
{
    m_demoImport.reset();
    m_window.reset();
}

bool Startup::parseArguments(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("MarketDesk: catalogue, orders and margins of a cross-border shop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        tr("The database: sqlite:///path/file.db or postgresql://user@host:port/dbname (password from the keychain "
           "or PGPASSWORD)."),
        tr("url"));
    const QCommandLineOption noDemoOption(u"no-demo"_s, tr("Do not load demo data into an empty embedded database."));
    parser.addOption(dbOption);
    parser.addOption(noDemoOption);
    parser.process(arguments); // --help and --version exit here
    m_demo = !parser.isSet(noDemoOption);

    QString url = parser.value(dbOption);
    if (url.isEmpty())
        url = QSettings().value(kDatabaseKey).toString();
    if (url.isEmpty()) {
        m_config = db::defaultSqliteConfig();
        return true;
    }
    auto parsed = db::parseDbUrl(url);
    if (!parsed) {
        *error = parsed.error().toString();
        return false;
    }
    m_config = *parsed;
    return true;
}

void Startup::start()
{
    if (m_config.dialect == db::Dialect::Sqlite)
        QDir().mkpath(QFileInfo(m_config.path).absolutePath());
    withPassword(m_config);
}

void Startup::withPassword(db::DbConfig config)
{
    if (config.dialect != db::Dialect::Postgres || !config.password.isEmpty()
        || qEnvironmentVariableIsSet("PGPASSWORD")) {
        migrate(config);
        return;
    }
    m_secrets->read(config.keychainKey(), this, [this, config](Result<QByteArray> secret) mutable {
        // NotFound: no password stored, maybe none needed (trust, .pgpass). A keychain failure shows up
        // as a failed login below, in the connect dialog, with the keychain's own message first.
        if (secret)
            config.password = QString::fromUtf8(*secret);
        else if (secret.error().code == ErrorCode::Keychain)
            m_keychainError = secret.error();
        migrate(config);
    });
}

void Startup::migrate(const db::DbConfig& config)
{
    m_worker = std::make_unique<models::DbWorker>(db::Database(config), u"md-startup"_s);
    m_worker->post([this, config, database = m_worker->database()](const Result<QSqlDatabase>& db) {
        Status status = db ? Status {} : Status(db.error());
        if (status) {
            if (auto migrated = db::Migrator(database).migrate(); !migrated)
                status = migrated.error();
        }
        QMetaObject::invokeMethod(
            this, [this, config, status] { onMigrated(config, status); }, Qt::QueuedConnection);
    });
}

void Startup::onMigrated(const db::DbConfig& config, const Status& status)
{
    m_worker.reset();
    if (!status) {
        askForDatabase(config, status.error());
        return;
    }
    showWindow(config);
}

void Startup::askForDatabase(const db::DbConfig& failed, const Error& error)
{
    auto* dialog = new ConnectDialog(failed, m_secrets.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A keychain that could not be read explains a refused login better than the server's message does.
    dialog->banner()->showError(
        m_keychainError ? Error { error.code, m_keychainError->message + u' ' + error.message, error.detail } : error);
    connect(dialog, &ConnectDialog::connected, this, [this](const db::DbConfig& config) {
        QSettings().setValue(kDatabaseKey, ConnectDialog::settingsUrl(config));
        showWindow(config);
    });
    connect(dialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
    dialog->show();
}

void Startup::showWindow(const db::DbConfig& config)
{
    m_config = config;
    m_window = std::make_unique<MainWindow>(db::Database(config), m_secrets.get());
    connect(m_window.get(), &MainWindow::databaseChanged, this, [this](const db::DbConfig& changed) {
        m_demoImport.reset();
        QSettings().setValue(kDatabaseKey, ConnectDialog::settingsUrl(changed));
        maybeLoadDemo(changed);
    });
    m_window->show();
    maybeLoadDemo(config);
}

void Startup::maybeLoadDemo(const db::DbConfig& config)
{
    if (!m_demo || config.dialect != db::Dialect::Sqlite || !gnb::demo::isAvailable())
        return;
    // One indexed row read on the embedded file: quick enough for the GUI thread.
    const db::Database database(config);
    auto empty = gnb::demo::databaseIsEmpty(database);
    database.closeThreadConnection();
    if (!empty || !*empty)
        return;
    m_demoImport = std::make_unique<DemoImport>(database, m_window->tasks());
    connect(m_demoImport.get(), &DemoImport::finished, this, [this](bool ok, const QString& message) {
        if (!m_window)
            return;
        m_window->statusBar()->showMessage(message, ok ? 10000 : 0);
        if (ok) {
            m_window->productsPage()->model()->refresh();
            m_window->productsPage()->model()->requestFacets();
        } else {
            m_window->productsPage()->banner()->showWarning(tr("The demo data could not be loaded: %1").arg(message));
        }
    });
    m_demoImport->start();
}

} // namespace md::ui
