#include "ui/dialogs/connectdialog.h"

#include "models/dbworker.h"
#include "services/db/migrator.h"
#include "services/secrets/secretstore.h"
#include "ui/errorbanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

ConnectDialog::ConnectDialog(const db::DbConfig& current, secrets::SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_embedded(new QRadioButton(tr("&Embedded database on this computer"), this))
    , m_postgres(new QRadioButton(tr("Postgre&SQL server (shared)"), this))
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_banner(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Database"));
    setObjectName(u"connectDialog"_s);

    auto* embeddedPage = new QWidget(m_pages);
    auto* embeddedForm = new QFormLayout(embeddedPage);
    auto* pathRow = new QHBoxLayout;
    auto* browse = new QToolButton(embeddedPage);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a database file"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    embeddedForm->addRow(tr("&File:"), pathRow);
    connect(browse, &QToolButton::clicked, this, &ConnectDialog::browse);

    auto* serverPage = new QWidget(m_pages);
    auto* serverForm = new QFormLayout(serverPage);
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain"));
    m_sslMode->addItem(tr("Prefer encryption"), u"prefer"_s);
    m_sslMode->addItem(tr("Require encryption"), u"require"_s);
    m_sslMode->addItem(tr("Require and verify the server"), u"verify-full"_s);
    m_sslMode->addItem(tr("No encryption"), u"disable"_s);
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("Pass&word:"), m_password);
    serverForm->addRow(tr("Encr&yption:"), m_sslMode);

    m_pages->addWidget(embeddedPage);
    m_pages->addWidget(serverPage);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_embedded);
    layout->addWidget(m_postgres);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(m_embedded, &QRadioButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 0 : 1);
        m_withoutKeychain = false;
        m_connect->setText(tr("&Connect"));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool pg = current.dialect == db::Dialect::Postgres;
    m_path->setText(pg ? db::defaultSqliteConfig().path : current.path);
    m_host->setText(pg ? current.host : u"localhost"_s);
    m_port->setValue(pg ? current.port : 5432);
    m_database->setText(pg ? current.database : u"marketdesk"_s);
    m_user->setText(pg ? current.user : qEnvironmentVariable("USER"));
    for (const QString& option : current.options.split(u';', Qt::SkipEmptyParts)) {
        if (option.startsWith(u"sslmode="_s))
            m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(option.mid(8))));
    }
    (pg ? m_postgres : m_embedded)->setChecked(true);
    m_pages->setCurrentIndex(pg ? 1 : 0);
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::settingsUrl(const db::DbConfig& config)
{
    if (config.dialect == db::Dialect::Sqlite)
        return QUrl::fromLocalFile(config.path).toString().replace(u"file://"_s, u"sqlite://"_s);
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(config.user);
    url.setHost(config.host);
    url.setPort(config.port);
    url.setPath(u'/' + config.database);
    for (const QString& option : config.options.split(u';', Qt::SkipEmptyParts)) {
        if (option.startsWith(u"sslmode="_s))
            url.setQuery(option);
    }
    return url.toString();
}

void ConnectDialog::setPostgres(
    const QString& host, int port, const QString& database, const QString& user, const QString& password)
{
    m_postgres->setChecked(true);
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    m_password->setText(password);
}

void ConnectDialog::setEmbedded(const QString& path)
{
    m_embedded->setChecked(true);
    m_path->setText(path);
}

void ConnectDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(),
        tr("MarketDesk databases (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

db::DbConfig ConnectDialog::formConfig() const
{
    if (m_embedded->isChecked()) {
        db::DbConfig config;
        config.dialect = db::Dialect::Sqlite;
        config.path = m_path->text().trimmed();
        return config;
    }
    auto parsed = db::parseDbUrl(
        u"postgresql://%1@%2:%3/%4?sslmode=%5"_s
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user->text().trimmed())), m_host->text().trimmed())
            .arg(m_port->value())
            .arg(m_database->text().trimmed(), m_sslMode->currentData().toString()));
    db::DbConfig config = parsed ? *parsed : db::DbConfig {};
    if (!parsed) {
        config.dialect = db::Dialect::Postgres;
        config.host = m_host->text().trimmed();
    }
    config.password = m_password->text();
    return config;
}

void ConnectDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    m_embedded->setEnabled(!busy);
    m_postgres->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ConnectDialog::tryConnect()
{
    m_banner->clear();
    db::DbConfig config = formConfig();
    if (config.dialect == db::Dialect::Sqlite && !QDir::isAbsolutePath(config.path)) {
        m_banner->showWarning(tr("Choose a database file with its full path."));
        return;
    }
    if (config.dialect == db::Dialect::Postgres
        && (config.host.isEmpty() || config.database.isEmpty() || config.user.isEmpty())) {
        m_banner->showWarning(tr("Fill in host, database and user."));
        return;
    }
    setBusy(true);
    if (config.dialect == db::Dialect::Postgres && config.password.isEmpty() && m_secrets && !m_withoutKeychain) {
        // No password typed: use the one remembered in the keychain, if any (else PGPASSWORD / .pgpass).
        m_secrets->read(config.keychainKey(), this, [this, config](Result<QByteArray> secret) mutable {
            if (secret)
                config.password = QString::fromUtf8(*secret);
            else if (secret.error().code == ErrorCode::Keychain)
                m_banner->showError(secret.error());
            openDatabase(config);
        });
        return;
    }
    openDatabase(config);
}

void ConnectDialog::openDatabase(const db::DbConfig& config)
{
    m_worker = std::make_unique<models::DbWorker>(db::Database(config), u"md-connect"_s);
    m_worker->post([this, config, database = m_worker->database()](const Result<QSqlDatabase>& db) {
        Status status = db ? Status {} : Status(db.error());
        if (status) {
            if (auto migrated = db::Migrator(database).migrate(); !migrated)
                status = migrated.error();
        }
        QMetaObject::invokeMethod(
            this, [this, config, status] { onOpened(config, status); }, Qt::QueuedConnection);
    });
}

void ConnectDialog::onOpened(const db::DbConfig& config, const Status& status)
{
    if (!status) {
        setBusy(false);
        m_banner->showError(status.error());
        return;
    }
    if (config.dialect == db::Dialect::Postgres && !m_password->text().isEmpty() && !m_withoutKeychain && m_secrets) {
        savePassword(config);
        return;
    }
    setBusy(false);
    m_result = config;
    Q_EMIT connected(config);
    accept();
}

void ConnectDialog::savePassword(const db::DbConfig& config)
{
    m_secrets->writeText(config.keychainKey(), config.password, this, [this, config](Status saved) {
        setBusy(false);
        if (!saved) {
            // Never fall back to a plaintext file: say so, and let the user connect for this session only.
            m_banner->showError(Error { saved.error().code,
                tr("The password could not be kept in the system keychain: %1 You can connect for this session "
                   "only; you will be asked for the password next time.")
                    .arg(saved.error().message),
                saved.error().detail });
            m_withoutKeychain = true;
            m_connect->setText(tr("Connect &without saving"));
            return;
        }
        m_result = config;
        Q_EMIT connected(config);
        accept();
    });
}

} // namespace md::ui
