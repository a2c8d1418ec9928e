#include "services/marketplaces/common/orderstatusmap.h"

using namespace Qt::StringLiterals;

namespace md::marketplaces {

QList<QString> allOrderStatuses()
{
    using namespace orderstatus;
    return { New, Paid, Confirmed, md::orderstatus::OverseasOrderChecking, md::orderstatus::OverseasOrderPlaced,
        Shipped, Delivered, Exchanged, Returned, Cancelled, md::orderstatus::SoldOutCancelled, Unknown };
}

QString mergeLineStatus(const QString& current, const QString& incoming)
{
    if (current == md::orderstatus::SoldOutCancelled)
        return incoming == orderstatus::Shipped || incoming == orderstatus::Delivered ? incoming : current;
    const bool internal
        = current == md::orderstatus::OverseasOrderChecking || current == md::orderstatus::OverseasOrderPlaced;
    const bool notFurther
        = incoming == orderstatus::New || incoming == orderstatus::Paid || incoming == orderstatus::Confirmed;
    return internal && notFurther ? current : incoming;
}

int orderStatusRank(const QString& status)
{
    const auto all = allOrderStatuses();
    const auto i = all.indexOf(status);
    return i < 0 ? int(all.size()) : int(i);
}

QString aggregateOrderStatus(const QList<QString>& lineStatuses)
{
    if (lineStatuses.isEmpty())
        return orderstatus::Unknown;
    auto leastAdvanced = [](const QList<QString>& statuses) {
        QString best = statuses.first();
        for (const auto& s : statuses) {
            if (orderStatusRank(s) < orderStatusRank(best))
                best = s;
        }
        return best;
    };
    QList<QString> live;
    for (const auto& s : lineStatuses) {
        if (s != orderstatus::Cancelled && s != orderstatus::Returned)
            live << s;
    }
    // A cart with one cancelled line and one shipped line is still a shipping order.
    return leastAdvanced(live.isEmpty() ? lineStatuses : live);
}

QString qoo10ShippingStatStatus(int shippingStat)
{
    switch (shippingStat) {
    case 1:
        return orderstatus::Paid; // awaiting shipping (Qoo10 lists only paid orders)
    case 2:
        return orderstatus::Paid; // paid, shipping requested
    case 3:
        return orderstatus::Confirmed;
    case 4:
        return orderstatus::Shipped;
    case 5:
        return orderstatus::Delivered;
    default:
        return orderstatus::Unknown;
    }
}

QString qoo10ClaimStatus(const QString& claimType)
{
    const QString t = claimType.toLower();
    if (t.contains(u"return"_s) || t.contains(u"返品"_s))
        return orderstatus::Returned;
    if (t.contains(u"exchange"_s) || t.contains(u"交換"_s))
        return orderstatus::Exchanged;
    return orderstatus::Cancelled;
}

} // namespace md::marketplaces
