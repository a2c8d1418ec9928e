#pragma once

#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/collectorfactory.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <memory>

namespace md::marketplaces::cafe24 {

class Cafe24Authorizer;
class Cafe24Collector;

// Authorizing MarketDesk for one Cafe24 account, as the CLI (`accounts authorize`) and the Accounts page do it: reads
// the account's client id and secret from the keychain (through the collector's client, so base URL, proxy and secret
// keys are the ones collection uses), listens on the loopback redirect port, asks the caller to open the
// authorization address in the browser (openBrowser), and stores the refresh token it receives. finished() comes once:
// ok, or why not (keychain, port in use, refused, timed out, stopped), never from inside start().
class Cafe24Authorization : public QObject {
    Q_OBJECT
public:
    Cafe24Authorization(Account account, CollectorEnv env, db::Database database, QObject* parent = nullptr);
    ~Cafe24Authorization() override;

    // port: the registered redirect URI's (redirectPort(account) by default; 0: any free port, for tests).
    void start(quint16 port, std::chrono::seconds timeout);
    // Stops waiting for the browser; finished() reports it. Nothing is stored.
    void stop();
    QUrl redirectUri() const;
    const Account& account() const { return m_account; }

Q_SIGNALS:
    void openBrowser(const QUrl& url);
    void finished(const md::Status& status);

private:
    void end(Status status);

    Account m_account;
    CollectorEnv m_env;
    db::Database m_db;
    Cafe24Collector* m_collector = nullptr;
    Cafe24Authorizer* m_authorizer = nullptr;
    QTimer m_deadline;
    std::chrono::seconds m_timeout { 300 };
    bool m_done = false;
};

} // namespace md::marketplaces::cafe24
