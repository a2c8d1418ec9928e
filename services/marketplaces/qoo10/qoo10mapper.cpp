#include "services/marketplaces/qoo10/qoo10mapper.h"

#include "services/marketplaces/common/orderstatusmap.h"

#include <QMap>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md::marketplaces::qoo10 {

namespace {
QString str(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', v.toDouble() == std::floor(v.toDouble()) ? 0 : 2);
    return v.toString().trimmed();
}
std::optional<Cents> money(const QJsonObject& o, const QString& key)
{
    const QString s = str(o, key);
    return s.isEmpty() ? std::nullopt : decimalToCents(s);
}
// Order-level fields copied into orders.data (the line-level rest stays with each line).
const QStringList kOrderFields { u"packNo"_s, u"sellerID"_s, u"orderDate"_s, u"paymentDate"_s, u"buyer"_s,
    u"receiver"_s, u"shippingCountry"_s, u"shippingRate"_s };
} // namespace

QDateTime parseQoo10Date(const QString& text)
{
    QString t = text.trimmed();
    if (t.size() < 10)
        return {};
    t.replace(u'/', u'-').replace(u'T', u' ');
    // Date and time parsed apart: QDateTime::fromString would make a local time first, and every local-time
    // conversion re-reads the system time zone (a stat() per call, thousands per collection).
    const QDate date = QDate::fromString(t.left(10), u"yyyy-MM-dd"_s);
    if (!date.isValid())
        return {};
    const QString clock = t.mid(11).trimmed();
    QTime time(0, 0);
    if (!clock.isEmpty()) {
        time = QTime::fromString(clock.left(8), clock.size() >= 8 ? u"HH:mm:ss"_s : u"HH:mm"_s);
        if (!time.isValid())
            return {};
    }
    static const QTimeZone japan("Asia/Tokyo");
    return QDateTime(date, time, japan).toUTC();
}

QList<Order> toOrders(const QList<Qoo10Line>& lines)
{
    QMap<QString, QList<const Qoo10Line*>> packs;
    for (const Qoo10Line& l : lines) {
        QString pack = str(l.raw, u"packNo"_s);
        if (pack.isEmpty())
            pack = str(l.raw, u"orderNo"_s); // a line without a cart is its own order
        packs[pack].append(&l);
    }
    QList<Order> out;
    out.reserve(packs.size());
    for (auto it = packs.cbegin(); it != packs.cend(); ++it) {
        QList<const Qoo10Line*> group = it.value();
        std::sort(group.begin(), group.end(), [](const Qoo10Line* a, const Qoo10Line* b) {
            return str(a->raw, u"orderNo"_s) < str(b->raw, u"orderNo"_s);
        });
        const QJsonObject& first = group.first()->raw;
        Order order;
        order.orderNo = it.key();
        order.orderDate = parseQoo10Date(str(first, u"orderDate"_s));
        order.paymentDate = parseQoo10Date(str(first, u"paymentDate"_s));
        order.buyerName = str(first, u"buyer"_s);
        order.receiverName = str(first, u"receiver"_s);
        order.receiverPhone = str(first, u"receiverMobile"_s);
        order.receiverAddress = str(first, u"shippingAddr"_s);
        order.receiverZip = str(first, u"zipCode"_s);
        order.country = str(first, u"shippingCountry"_s);
        order.currency = u"JPY"_s;
        for (const QString& f : kOrderFields) {
            if (first.contains(f))
                order.data.insert(f, first.value(f));
        }
        Cents sum = 0;
        bool anyTotal = false;
        QList<QString> statuses;
        for (const Qoo10Line* l : group) {
            OrderLine line;
            line.lineNo = str(l->raw, u"orderNo"_s);
            line.status = l->status;
            line.platformStatus = str(l->raw, u"shippingStatus"_s);
            line.productRef = str(l->raw, u"itemCode"_s);
            line.sku = str(l->raw, u"sellerItemCode"_s);
            line.variantCode = str(l->raw, u"optionCode"_s);
            line.productName = str(l->raw, u"itemTitle"_s);
            line.optionText = str(l->raw, u"option"_s);
            line.qty = std::max(1, str(l->raw, u"orderQty"_s).toInt());
            line.unitPrice = money(l->raw, u"orderPrice"_s);
            line.discount = money(l->raw, u"discount"_s);
            line.total = money(l->raw, u"total"_s);
            line.currency = u"JPY"_s;
            line.data = l->raw;
            if (line.total) {
                sum += *line.total;
                anyTotal = true;
            }
            statuses << line.status;
            order.lines.append(std::move(line));
        }
        if (anyTotal)
            order.totalAmount = sum;
        order.status = aggregateOrderStatus(statuses);
        out.append(std::move(order));
    }
    return out;
}

} // namespace md::marketplaces::qoo10
