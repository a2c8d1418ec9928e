#include "services/notify/outboxsender.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/net/httpclient.h"
#include "services/net/redactor.h"
#include "services/notify/notification.h"
#include "services/notify/webhooks.h"
#include "services/secrets/secretstore.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "md.notify")

namespace md::notify {

OutboxSender::OutboxSender(db::Database database, secrets::SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_secrets(secrets)
    , m_http(new net::HttpClient(this))
{
    net::RetryPolicy policy;
    policy.maxAttempts = 3; // 2 retries
    m_http->setRetryPolicy(policy);
    m_http->setDefaultTimeout(std::chrono::milliseconds(10'000));
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::sendNext);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    sendNext();
}

void OutboxSender::stop()
{
    m_timer.stop();
}

void OutboxSender::sendPending(std::function<void(int)> done)
{
    m_waiters.append(std::move(done));
    if (!m_busy)
        QTimer::singleShot(0, this, &OutboxSender::sendNext);
}

void OutboxSender::sendNext()
{
    if (m_busy)
        return;
    auto finishRound = [this] {
        const auto waiters = std::exchange(m_waiters, {});
        const int n = std::exchange(m_delivered, 0);
        for (const auto& w : waiters)
            w(n);
    };
    auto db = m_db.connection();
    if (!db) {
        qCWarning(lcNotify) << db.error().toString();
        return finishRound();
    }
    const QString now = jobs::DbClock::now(m_db.dialect());
    auto next = db::exec(*db,
        u"SELECT o.id, o.payload, w.name, w.kind FROM notify_outbox o JOIN webhook w ON w.id = o.webhook_id "
        u"WHERE o.status = 'queued' AND o.next_attempt_at <= "_s
            + now + u" ORDER BY o.id LIMIT 1"_s);
    if (!next || !next->next())
        return finishRound();
    const qint64 id = next->value(0).toLongLong();
    const Notification n = Notification::fromJson(next->value(1).toString().toUtf8());
    const QString name = next->value(2).toString();
    const QString kind = next->value(3).toString();
    auto claim = db::exec(*db,
        u"UPDATE notify_outbox SET status = 'sending', attempts = attempts + 1 "
        u"WHERE id = ? AND status = 'queued'"_s,
        { id });
    if (!claim)
        return finishRound();
    if (claim->numRowsAffected() != 1)
        return sendNext(); // another sender took it
    m_busy = true;
    m_secrets->read(Webhook::urlSecretKey(name), this, [this, id, n, kind, name](Result<QByteArray> url) {
        if (!url) {
            settle(id, false, url.error().message);
            return;
        }
        m_http->redactor().addSecret(*url);
        m_http->send(webhookRequest(kind, QUrl(QString::fromUtf8(*url)), n), this,
            [this, id](const net::HttpResponse& r) { settle(id, r.ok(), r.ok() ? QString() : r.error->toString()); });
    });
}

void OutboxSender::settle(qint64 id, bool ok, const QString& error)
{
    m_busy = false;
    const QString safe = m_http->redactor().redact(error);
    if (auto db = m_db.connection()) {
        auto q = db::exec(*db, u"UPDATE notify_outbox SET status = ?, error = ? WHERE id = ?"_s,
            { ok ? u"sent"_s : u"failed"_s, ok ? QVariant(QMetaType::fromType<QString>()) : QVariant(safe), id });
        if (!q)
            qCWarning(lcNotify) << q.error().toString();
    }
    if (ok) {
        ++m_delivered;
        Q_EMIT delivered(id);
    } else {
        qCWarning(lcNotify) << "webhook delivery failed:" << safe;
        Q_EMIT failed(id, safe);
    }
    sendNext();
}

} // namespace md::notify
