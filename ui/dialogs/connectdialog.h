#pragma once

#include "services/db/dbconfig.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace md::secrets {
class SecretStore;
}
namespace md::models {
class DbWorker;
}

namespace md::ui {

class ErrorBanner;

// "Connect to database…": the embedded file or a PostgreSQL server. Connecting opens the database and brings
// its schema up to date on a worker thread; a PostgreSQL password goes to the OS keychain (never to settings).
// Without a working keychain the user is told so and may connect for this session only.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(const db::DbConfig& current, secrets::SecretStore* secrets, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // The chosen database, password included (in memory only). Valid after accept().
    db::DbConfig config() const { return m_result; }
    // "sqlite:///…" or "postgresql://user@host:port/db?sslmode=…": what the settings keep (no password).
    static QString settingsUrl(const db::DbConfig& config);

    // For tests: fill the form.
    void setPostgres(
        const QString& host, int port, const QString& database, const QString& user, const QString& password);
    void setEmbedded(const QString& path);
    ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void connected(const md::db::DbConfig& config);

private:
    db::DbConfig formConfig() const;
    void tryConnect();
    void openDatabase(const db::DbConfig& config);
    void onOpened(const db::DbConfig& config, const Status& status);
    void savePassword(const db::DbConfig& config);
    void setBusy(bool busy);
    void browse();

    secrets::SecretStore* m_secrets;
    QRadioButton* m_embedded;
    QRadioButton* m_postgres;
    QStackedWidget* m_pages;
    QLineEdit* m_path;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    ErrorBanner* m_banner;
    QDialogButtonBox* m_buttons;
    QPushButton* m_connect;
    db::DbConfig m_result;
    bool m_withoutKeychain = false;
    std::unique_ptr<models::DbWorker> m_worker;
};

} // namespace md::ui
