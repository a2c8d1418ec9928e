#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace md::net {
class HttpClient;
}
namespace md::secrets {
class SecretStore;
}

namespace md::notify {

// Delivers queued notify_outbox rows to their webhooks, one at a time, in the thread it lives in: the URL from the
// SecretStore, a 10-second timeout and 2 retries (HttpClient), then the row is marked sent or failed (with the
// redacted reason). Rows are claimed with a conditional UPDATE, so several senders on one database never send a
// row twice. Never blocks: collection only inserts rows and goes on.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(db::Database database, secrets::SecretStore* secrets, QObject* parent = nullptr);
    ~OutboxSender() override;

    // Polls the outbox every `interval` (a worker's background delivery).
    void start(std::chrono::milliseconds interval = std::chrono::milliseconds(2000));
    void stop();
    // Sends every ready row now, then calls `done` with how many were delivered (for the CLI before it exits).
    void sendPending(std::function<void(int delivered)> done);

    net::HttpClient* http() const { return m_http; }

Q_SIGNALS:
    void delivered(qint64 outboxId);
    void failed(qint64 outboxId, const QString& error);

private:
    void sendNext();
    void settle(qint64 id, bool ok, const QString& error);

    db::Database m_db;
    secrets::SecretStore* m_secrets;
    net::HttpClient* m_http;
    QTimer m_timer;
    bool m_busy = false;
    int m_delivered = 0;
    QList<std::function<void(int)>> m_waiters;
};

} // namespace md::notify
