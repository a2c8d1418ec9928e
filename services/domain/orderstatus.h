#pragma once

#include <QLatin1StringView>
#include <array>

// The states of one order line (order_items.status) that more than one feature relies on. Order collection maps
// each marketplace's own statuses onto these; the G&B crawl reads and writes them. Stored as the text below.
//
//   new ──▶ paid ──▶ overseas_order_checking ──▶ overseas_order_placed ──▶ shipped ──▶ delivered
//     └───────┴──────────────┴──▶ cancelled / sold_out_cancelled (only before the line is sent to G&B)
namespace md::orderstatus {

// Collected from a marketplace, not paid yet.
inline constexpr QLatin1StringView New { "new" };
// Paid by the customer; nobody has acted on it yet.
inline constexpr QLatin1StringView Paid { "paid" };
// Confirmed by us and being checked against G&B's stock before it is ordered: its quantity is promised to a
// customer but not yet visible in the supplier's feed.
inline constexpr QLatin1StringView OverseasOrderChecking { "overseas_order_checking" };
// Sent to G&B (supplier_order holds their order number); G&B may not have lowered its feed stock yet.
inline constexpr QLatin1StringView OverseasOrderPlaced { "overseas_order_placed" };
inline constexpr QLatin1StringView Shipped { "shipped" };
inline constexpr QLatin1StringView Delivered { "delivered" };
// Cancelled by the customer or the seller.
inline constexpr QLatin1StringView Cancelled { "cancelled" };
// Cancelled by us because the variant vanished from G&B's feed ("sold out at supplier"); a customer notice is
// queued with it.
inline constexpr QLatin1StringView SoldOutCancelled { "sold_out_cancelled" };

// Open lines not sent to G&B yet: the ones a removal from the feed cancels as sold out.
inline constexpr std::array<QLatin1StringView, 3> NotYetSentToSupplier { New, Paid, OverseasOrderChecking };
// Lines whose quantity is taken off the feed quantity to get the sellable stock.
inline constexpr std::array<QLatin1StringView, 2> ReservingSupplierStock { OverseasOrderChecking, OverseasOrderPlaced };

// The customer_notice.kind queued for a line cancelled as SoldOutCancelled.
inline constexpr QLatin1StringView SoldOutNoticeKind { "sold_out_at_supplier" };

} // namespace md::orderstatus
