#include "services/notify/webhooks.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::notify {

namespace {

Webhook fromRow(const QSqlQuery& q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString().split(u',', Qt::SkipEmptyParts), q.value(4).toBool() };
}
} // namespace

QStringList webhookKinds()
{
    return { u"generic"_s, u"slack"_s, u"discord"_s };
}
QStringList webhookEvents()
{
    return { u"start"_s, u"success"_s, u"failure"_s };
}

Webhooks::Webhooks(db::Database database)
    : m_db(std::move(database))
{
}

Result<qint64> Webhooks::add(const Webhook& w)
{
    if (!webhookKinds().contains(w.kind))
        return Error { ErrorCode::Invalid,
            tr("Unknown webhook kind \"%1\"; use one of %2.").arg(w.kind, webhookKinds().join(u", "_s)), {} };
    for (const auto& e : w.events) {
        if (!webhookEvents().contains(e))
            return Error { ErrorCode::Invalid,
                tr("Unknown webhook event \"%1\"; use %2.").arg(e, webhookEvents().join(u", "_s)), {} };
    }
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto taken = db::scalar(*db, u"SELECT COUNT(*) FROM webhook WHERE name = ?"_s, { w.name });
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error { ErrorCode::Conflict,
            tr("A webhook named \"%1\" already exists; remove it first with `webhooks remove`.").arg(w.name), {} };
    auto id = db::scalar(*db, u"INSERT INTO webhook (name, kind, events, active) VALUES (?, ?, ?, ?) RETURNING id"_s,
        { w.name, w.kind, (w.events.isEmpty() ? webhookEvents() : w.events).join(u','), w.active });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<Webhook>> Webhooks::list()
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto q = db::exec(*db, u"SELECT id, name, kind, events, active FROM webhook ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<Webhook> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<Webhook> Webhooks::get(qint64 id)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto q = db::exec(*db, u"SELECT id, name, kind, events, active FROM webhook WHERE id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { ErrorCode::NotFound, tr("Webhook %1 no longer exists.").arg(id), {} };
    return fromRow(*q);
}

Status Webhooks::remove(const QString& name)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    // notify_outbox rows go by ON DELETE CASCADE on PostgreSQL; SQLite may run without foreign keys.
    auto gone = db::exec(
        *db, u"DELETE FROM notify_outbox WHERE webhook_id IN (SELECT id FROM webhook WHERE name = ?)"_s, { name });
    if (!gone)
        return gone.error();
    auto q = db::exec(*db, u"DELETE FROM webhook WHERE name = ?"_s, { name });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error { ErrorCode::NotFound,
            tr("There is no webhook named \"%1\"; `marketdesk-cli webhooks list` shows them.").arg(name), {} };
    return {};
}

} // namespace md::notify
