#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/net/httprequest.h"

#include <QString>

namespace md::notify {

// One event to announce, e.g. a collection's start, success ("N/M saved") or failure with the reason.
struct Notification {
    QString event; // "start", "success", "failure"
    QString account; // the account's name
    QString text; // the message people read (Korean for this seller)

    QByteArray toJson() const; // what the outbox stores
    static Notification fromJson(const QByteArray& json);
};

// Queues the notification for every active webhook subscribed to its event: one INSERT … SELECT into
// notify_outbox, so the caller (a collection) never waits for a network call. OutboxSender delivers it.
Status enqueueNotification(const db::Database& database, const Notification& notification);

// The HTTP request a webhook of `kind` receives for `n`:
//   generic: POST application/x-www-form-urlencoded "event=…&account=…&text=…" (UTF-8, percent-encoded);
//   slack:   POST application/json {"text": "…"};
//   discord: POST application/json {"content": "…"}.
net::HttpRequest webhookRequest(const QString& kind, const QUrl& url, const Notification& n);

} // namespace md::notify
