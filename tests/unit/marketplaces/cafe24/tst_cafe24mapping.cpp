// Cafe24 pure helpers: times without an offset are Korean time, both error body shapes, order mapping.
#include "services/marketplaces/cafe24/cafe24collector.h"
#include "services/marketplaces/cafe24/cafe24tokens.h"
#include "services/marketplaces/common/orderstatusmap.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md::marketplaces;
using namespace md::marketplaces::cafe24;

class TestCafe24Mapping : public QObject {
    Q_OBJECT
private slots:
    void timesWithoutOffsetAreKorean()
    {
        QCOMPARE(parseCafe24Time(u"2026-11-20T09:00:00.000"_s),
            QDateTime::fromString(u"2026-11-20T00:00:00Z"_s, Qt::ISODate));
        QCOMPARE(parseCafe24Time(u"2026-11-20T09:00:00+09:00"_s),
            QDateTime::fromString(u"2026-11-20T00:00:00Z"_s, Qt::ISODate));
        QVERIFY(!parseCafe24Time(u"yesterday"_s).isValid());
    }

    void errorBodies()
    {
        QCOMPARE(cafe24ErrorText(R"({"error":{"code":422,"message":"limit is invalid","more_info":{}}})"),
            u"422 limit is invalid"_s);
        QCOMPARE(cafe24ErrorText(R"({"error":"invalid_grant","error_description":"refresh_token is invalid"})"),
            u"invalid_grant refresh_token is invalid"_s);
        QCOMPARE(basicAuthorization("id", "secret"), QByteArray("Basic aWQ6c2VjcmV0"));
    }

    void statuses()
    {
        QCOMPARE(cafe24OrderStatus(u"N00"_s), QString(orderstatus::New));
        QCOMPARE(cafe24OrderStatus(u"N10"_s), QString(orderstatus::Paid));
        QCOMPARE(cafe24OrderStatus(u"N22"_s), QString(orderstatus::Confirmed));
        QCOMPARE(cafe24OrderStatus(u"N30"_s), QString(orderstatus::Shipped));
        QCOMPARE(cafe24OrderStatus(u"N40"_s), QString(orderstatus::Delivered));
        QCOMPARE(cafe24OrderStatus(u"C40"_s), QString(orderstatus::Cancelled));
        QCOMPARE(cafe24OrderStatus(u"R34"_s), QString(orderstatus::Returned));
        QCOMPARE(cafe24OrderStatus(u"E10"_s), QString(orderstatus::Exchanged));
        QCOMPARE(cafe24OrderStatus(u"Z99"_s), QString(orderstatus::Unknown));
    }

    void ordersFromAPage()
    {
        const QJsonArray page = QJsonDocument::fromJson(R"([{"order_id":"20261120-0000001",
            "order_date":"2026-11-20T10:00:00+09:00","payment_date":"2026-11-20T10:05:00+09:00","paid":"T",
            "payment_amount":"45000.00","items":[
              {"order_item_code":"20261120-0000001-01","product_no":7,"variant_code":"P0000007000A",
               "product_name":"Bag","option_value":"Color=Black","quantity":2,"product_price":"15000.00","order_status":"N30"},
              {"order_item_code":"20261120-0000001-02","product_no":8,"quantity":1,"product_price":"15000.00",
               "order_status":"N10"}]}])")
                                    .array();
        const QList<Order> orders = ordersFromPage(page);
        QCOMPARE(orders.size(), 1);
        const Order& order = orders.first();
        QCOMPARE(order.orderNo, u"20261120-0000001"_s);
        QCOMPARE(order.orderDate, QDateTime::fromString(u"2026-11-20T01:00:00Z"_s, Qt::ISODate));
        QCOMPARE(order.totalAmount, std::optional<Cents>(4500000));
        QCOMPARE(order.lines.size(), 2);
        QCOMPARE(order.lines[0].total, std::optional<Cents>(3000000));
        QCOMPARE(order.lines[0].status, QString(orderstatus::Shipped));
        QCOMPARE(order.status, QString(orderstatus::Paid)); // the least advanced line
        QVERIFY(!order.data.contains(u"items"_s));
    }
};

QTEST_GUILESS_MAIN(TestCafe24Mapping)
#include "tst_cafe24mapping.moc"
