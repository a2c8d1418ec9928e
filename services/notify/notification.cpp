#include "services/notify/notification.h"

#include "services/db/sql.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md::notify {

QByteArray Notification::toJson() const
{
    return QJsonDocument(QJsonObject { { u"event"_s, event }, { u"account"_s, account }, { u"text"_s, text } })
        .toJson(QJsonDocument::Compact);
}

Notification Notification::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    return { o.value(u"event"_s).toString(), o.value(u"account"_s).toString(), o.value(u"text"_s).toString() };
}

Status enqueueNotification(const db::Database& database, const Notification& n)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto q = db::exec(*db,
        u"INSERT INTO notify_outbox (webhook_id, event, payload) SELECT id, ?, ? FROM webhook "
        u"WHERE active AND (',' || events || ',') LIKE ?"_s,
        QVariantList { n.event, QString::fromUtf8(n.toJson()), QString(u"%,"_s + n.event + u",%"_s) });
    if (!q)
        return q.error();
    return {};
}

net::HttpRequest webhookRequest(const QString& kind, const QUrl& url, const Notification& n)
{
    net::HttpRequest request;
    request.method = "POST";
    request.url = url;
    // A repeated notification is better than a lost one.
    request.idempotent = true;
    request.timeoutMs = 10'000;
    if (kind == u"slack" || kind == u"discord") {
        const QString field = kind == u"slack" ? u"text"_s : u"content"_s;
        request.headers = { { "Content-Type", "application/json; charset=utf-8" } };
        request.body = QJsonDocument(QJsonObject { { field, n.text } }).toJson(QJsonDocument::Compact);
        return request;
    }
    request.headers = { { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
    request.body = "event=" + QUrl::toPercentEncoding(n.event) + "&account=" + QUrl::toPercentEncoding(n.account)
        + "&text=" + QUrl::toPercentEncoding(n.text);
    return request;
}

} // namespace md::notify
