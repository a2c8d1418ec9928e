#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/order.h"
#include "services/marketplaces/common/orderstatusmap.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md::marketplaces;

class TestOrderStatusMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aggregate()
    {
        using namespace orderstatus;
        QCOMPARE(aggregateOrderStatus({}), QString(Unknown));
        QCOMPARE(aggregateOrderStatus({ Shipped, Delivered }), QString(Shipped));
        QCOMPARE(
            aggregateOrderStatus({ Cancelled, Shipped }), QString(Shipped)); // a cancelled line does not hold it back
        QCOMPARE(aggregateOrderStatus({ Cancelled, Returned }), QString(Returned));
        QCOMPARE(aggregateOrderStatus({ Paid, Confirmed }), QString(Paid));
    }
    void internalStatesSurviveCollection()
    {
        using namespace orderstatus;
        const QString checking = md::orderstatus::OverseasOrderChecking;
        const QString placed = md::orderstatus::OverseasOrderPlaced;
        QCOMPARE(mergeLineStatus(checking, Paid), checking);
        QCOMPARE(mergeLineStatus(placed, Confirmed), placed);
        QCOMPARE(mergeLineStatus(placed, Shipped), QString(Shipped));
        QCOMPARE(mergeLineStatus(checking, Cancelled), QString(Cancelled));
        QCOMPARE(mergeLineStatus(md::orderstatus::SoldOutCancelled, Paid), QString(md::orderstatus::SoldOutCancelled));
        QCOMPARE(mergeLineStatus(Paid, Confirmed), QString(Confirmed));
        QCOMPARE(mergeLineStatus(Shipped, Paid), QString(Paid)); // platform-owned states follow the platform
        QVERIFY(orderStatusRank(Confirmed) < orderStatusRank(checking));
        QVERIFY(orderStatusRank(placed) < orderStatusRank(Shipped));
        QCOMPARE(aggregateOrderStatus({ placed, Shipped }), placed);
    }
    void qoo10Statuses()
    {
        QCOMPARE(qoo10ShippingStatStatus(1), QString(orderstatus::Paid));
        QCOMPARE(qoo10ShippingStatStatus(3), QString(orderstatus::Confirmed));
        QCOMPARE(qoo10ShippingStatStatus(4), QString(orderstatus::Shipped));
        QCOMPARE(qoo10ShippingStatStatus(5), QString(orderstatus::Delivered));
        QCOMPARE(qoo10ShippingStatStatus(9), QString(orderstatus::Unknown));
        QCOMPARE(qoo10ClaimStatus(u"Cancel"_s), QString(orderstatus::Cancelled));
        QCOMPARE(qoo10ClaimStatus(u"Return"_s), QString(orderstatus::Returned));
        QCOMPARE(qoo10ClaimStatus(u"交換"_s), QString(orderstatus::Exchanged));
    }
    void money()
    {
        QCOMPARE(decimalToCents(u"12.34"_s), std::optional<Cents>(1234));
        QCOMPARE(decimalToCents(u"1,234.5"_s), std::optional<Cents>(123450));
        QCOMPARE(decimalToCents(u"-3"_s), std::optional<Cents>(-300));
        QCOMPARE(decimalToCents(u"abc"_s), std::optional<Cents>());
        QCOMPARE(centsToDecimal(123450), u"1234.50"_s);
        QCOMPARE(centsToDecimal(-5), u"-0.05"_s);
    }
    void secretValidation()
    {
        QVERIFY(AccountSecrets::validate(
            u"qoo10"_s, QJsonObject { { u"api_key"_s, u"a"_s }, { u"user_id"_s, u"u"_s }, { u"password"_s, u"p"_s } })
                    .ok());
        const auto missing = AccountSecrets::validate(u"naver"_s, QJsonObject { { u"client_id"_s, u"x"_s } });
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"client_secret"_s));
        const auto extra = AccountSecrets::validate(u"cafe24"_s,
            QJsonObject { { u"client_id"_s, u"x"_s }, { u"client_secret"_s, u"the-secret-value"_s },
                { u"refresh_token"_s, u"r"_s }, { u"password"_s, u"zzz"_s } });
        QVERIFY(!extra.ok());
        QVERIFY(extra.error().message.contains(u"password"_s));
        QVERIFY(!extra.error().message.contains(u"the-secret-value"_s)); // names fields, never values
        QVERIFY(!AccountSecrets::validate(u"amazon"_s, {}).ok());
        QCOMPARE(Account::secretKey(u"qoo10"_s, u"main"_s, u"seller_key"_s), u"account/qoo10/main/seller_key"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrderStatusMap)
#include "tst_orderstatusmap.moc"
