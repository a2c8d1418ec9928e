#pragma once

#include "services/db/dbconfig.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace md::models {
class DbWorker;
}
namespace md::secrets {
class SecretStore;
}

namespace md::ui {

class DemoImport;
class MainWindow;

// What the GUI does between main() and a usable window, without blocking the event loop: pick the database
// (--db, then the remembered one, then the embedded file), fetch a PostgreSQL password from the keychain,
// bring the schema up to date on a worker thread, show the window, and on a first start of an empty embedded
// database load the demo data in the background. A database that cannot be opened leads to the connect dialog.
class Startup : public QObject {
    Q_OBJECT
public:
    static inline const QString kDatabaseKey = QStringLiteral("database/url");

    explicit Startup(QObject* parent = nullptr);
    ~Startup() override;

    // Parses the command line (--db URL, --no-demo); false with a message when it is wrong.
    bool parseArguments(const QStringList& arguments, QString* error);
    void start();
    MainWindow* window() const { return m_window.get(); }

private:
    void withPassword(db::DbConfig config);
    void migrate(const db::DbConfig& config);
    void onMigrated(const db::DbConfig& config, const Status& status);
    void askForDatabase(const db::DbConfig& failed, const Error& error);
    void showWindow(const db::DbConfig& config);
    void maybeLoadDemo(const db::DbConfig& config);

    db::DbConfig m_config;
    bool m_demo = true;
    std::optional<Error> m_keychainError;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<models::DbWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DemoImport> m_demoImport;
};

} // namespace md::ui
