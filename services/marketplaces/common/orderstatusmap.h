#pragma once

#include "services/domain/orderstatus.h"

#include <QList>
#include <QString>

namespace md::marketplaces {

// The statuses collection writes to order_items.status / orders.status: the shared states of
// services/domain/orderstatus.h where they exist, plus the platform-only ones below. The platform's raw status is
// kept in OrderLine::platformStatus and the line's data.
namespace orderstatus {
inline constexpr QLatin1StringView New = md::orderstatus::New; // ordered, not paid yet
inline constexpr QLatin1StringView Paid = md::orderstatus::Paid; // paid, awaiting shipping
inline constexpr QLatin1StringView Confirmed { "confirmed" }; // seller confirmed on the platform
inline constexpr QLatin1StringView Shipped = md::orderstatus::Shipped;
inline constexpr QLatin1StringView Delivered = md::orderstatus::Delivered;
inline constexpr QLatin1StringView Exchanged { "exchanged" };
inline constexpr QLatin1StringView Returned { "returned" };
inline constexpr QLatin1StringView Cancelled = md::orderstatus::Cancelled;
inline constexpr QLatin1StringView Unknown { "unknown" };
// Earlier names of New and Shipped, kept for the collectors written against them.
inline constexpr QLatin1StringView Unpaid = New;
inline constexpr QLatin1StringView Shipping = Shipped;
} // namespace orderstatus

// Every status a line can have (ours and the internal workflow's), in progress order.
QList<QString> allOrderStatuses();
// Position in the progress order (statuses not listed sort last).
int orderStatusRank(const QString& status);
// The status of an order from its lines: the least advanced among lines that are not cancelled/returned, else the
// least advanced of all; Unknown for no lines.
QString aggregateOrderStatus(const QList<QString>& lineStatuses);
// The status to store when a collection reports `incoming` for a line that has `current`. The internal workflow
// states (overseas_order_checking, overseas_order_placed, sold_out_cancelled) are set by MarketDesk, not the
// platform: a platform status that is not further along (new, paid, confirmed) must not undo them.
QString mergeLineStatus(const QString& current, const QString& incoming);

// Qoo10 ShippingStat 1..5 (the search that found the line) → our status.
QString qoo10ShippingStatStatus(int shippingStat);
// Qoo10 claim (GetClaimInfo_V3 ClaimType text) → Cancelled, Returned or Exchanged.
QString qoo10ClaimStatus(const QString& claimType);

} // namespace md::marketplaces
