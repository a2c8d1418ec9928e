#pragma once

#include "services/marketplaces/common/order.h"

#include <QJsonObject>
#include <QList>

namespace md::marketplaces::qoo10 {

// A Qoo10 line as collected: the raw object and the status it was found in.
struct Qoo10Line {
    QJsonObject raw;
    QString status; // ours (orderstatusmap.h)
};

// Qoo10 lines → domain orders: one order per packNo (the cart), one line per orderNo, ordered by order number and
// line number so that the stored JSON is the same for the same data. Money in JPY; dates read in Japan time.
QList<Order> toOrders(const QList<Qoo10Line>& lines);

// "2026-11-20 13:45:12" (or with '/' or 'T') in Japan time → UTC; invalid for empty or unreadable text.
QDateTime parseQoo10Date(const QString& text);

} // namespace md::marketplaces::qoo10
