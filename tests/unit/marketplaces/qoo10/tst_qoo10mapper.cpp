#include "services/marketplaces/common/orderstatusmap.h"
#include "services/marketplaces/qoo10/qoo10client.h"
#include "services/marketplaces/qoo10/qoo10collector.h"
#include "services/marketplaces/qoo10/qoo10mapper.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md::marketplaces;
using namespace md::marketplaces::qoo10;

class TestQoo10Mapper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitWindow()
    {
        const QDate from(2026, 1, 1);
        QCOMPARE(Qoo10Client::splitWindow(from, from).size(), 1);
        const auto ninety = Qoo10Client::splitWindow(from, from.addDays(89));
        QCOMPARE(ninety.size(), 1);
        const auto year = Qoo10Client::splitWindow(from, QDate(2026, 12, 31));
        QCOMPARE(year.size(), 5); // 365 days = 4 × 90 + 5
        QCOMPARE(year.first().first, from);
        QCOMPARE(year.last().second, QDate(2026, 12, 31));
        for (qsizetype i = 0; i < year.size(); ++i) {
            QVERIFY(year[i].first.daysTo(year[i].second) + 1 <= 90);
            if (i > 0)
                QCOMPARE(year[i].first, year[i - 1].second.addDays(1)); // no gap, no overlap
        }
        QVERIFY(Qoo10Client::splitWindow(from.addDays(1), from).isEmpty());
    }
    void searchConditions()
    {
        QCOMPARE(Qoo10Collector::searchConditionFor(1), 1);
        QCOMPARE(Qoo10Collector::searchConditionFor(2), 2);
        QCOMPARE(Qoo10Collector::searchConditionFor(4), 3);
        QCOMPARE(Qoo10Collector::searchConditionFor(5), 4);
    }
    void dates()
    {
        QCOMPARE(
            parseQoo10Date(u"2026-11-20 09:00:00"_s), QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(parseQoo10Date(u"2026/11/20 09:30"_s), QDateTime(QDate(2026, 11, 20), QTime(0, 30), QTimeZone::utc()));
        QVERIFY(!parseQoo10Date(u""_s).isValid());
        QVERIFY(!parseQoo10Date(u"soon"_s).isValid());
    }
    void groupsLinesByPack()
    {
        auto line = [](double orderNo, double packNo, const QString& total) {
            return QJsonObject { { u"orderNo"_s, orderNo }, { u"packNo"_s, packNo }, { u"itemCode"_s, u"111"_s },
                { u"sellerItemCode"_s, u"SKU"_s }, { u"optionCode"_s, u"OPT"_s }, { u"orderQty"_s, u"2"_s },
                { u"orderPrice"_s, 1500 }, { u"total"_s, total }, { u"shippingStatus"_s, u"On delivery"_s },
                { u"orderDate"_s, u"2026-11-20 10:00:00"_s }, { u"buyer"_s, u"山田"_s } };
        };
        const QList<Qoo10Line> lines { { line(12, 1, u"3000"_s), orderstatus::Shipped },
            { line(11, 1, u"1,000.5"_s), orderstatus::Cancelled }, { line(21, 2, u"700"_s), orderstatus::Paid } };
        const QList<Order> orders = toOrders(lines);
        QCOMPARE(orders.size(), 2);
        const Order& first = orders.first();
        QCOMPARE(first.orderNo, u"1"_s);
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.lines[0].lineNo, u"11"_s); // sorted: stable JSON for unchanged data
        QCOMPARE(first.lines[1].qty, 2);
        QCOMPARE(first.lines[1].unitPrice, std::optional<Cents>(150000));
        QCOMPARE(first.totalAmount, std::optional<Cents>(300000 + 100050));
        QCOMPARE(first.status, QString(orderstatus::Shipped));
        QCOMPARE(first.lines[1].platformStatus, u"On delivery"_s);
        QCOMPARE(first.buyerName, u"山田"_s);
        QCOMPARE(first.currency, u"JPY"_s);
        QCOMPARE(first.lines[1].data.value(u"shippingStatus"_s).toString(), u"On delivery"_s); // raw status kept
    }
};

QTEST_GUILESS_MAIN(TestQoo10Mapper)
#include "tst_qoo10mapper.moc"
