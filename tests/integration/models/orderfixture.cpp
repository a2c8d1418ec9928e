#include "orderfixture.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace md::test {

namespace {
QString accountFor(const QString& platform)
{
    if (platform == u"cafe24")
        return u"cafe-main"_s;
    if (platform == u"naver")
        return u"naver-main"_s;
    return u"qoo-main"_s;
}

bool insertLines(const QSqlDatabase& db, db::Dialect dialect, qint64 orderId, const QString& status,
    const QString& currency, const QDateTime& at)
{
    for (int line = 1; line <= 2; ++line) {
        auto item = db::scalar(db,
            u"INSERT INTO order_items (order_id, line_no, status, product_ref, sku, variant_code, product_name, "
            u"option_text, qty, unit_price, total, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { orderId, QString::number(line), status, u"P%1"_s.arg(orderId), u"SKU-%1-%2"_s.arg(orderId).arg(line),
                u"V%1-%2"_s.arg(orderId).arg(line), u"가방 %1"_s.arg(line), u"색상: 검정"_s, line, 500.0 * line,
                500.0 * line * line, currency });
        if (!item) {
            qWarning("%s", qPrintable(item.error().toString()));
            return false;
        }
        auto h = db::exec(db,
            u"INSERT INTO order_status_history (order_item_id, old_status, new_status, source, changed_at) "
            u"VALUES (?, NULL, ?, 'collect', ?)"_s,
            { item->toLongLong(), status, jobs::DbClock::bindValue(dialect, at.addSecs(line)) });
        if (!h) {
            qWarning("%s", qPrintable(h.error().toString()));
            return false;
        }
    }
    return true;
}
} // namespace

const QStringList& OrderFixture::platforms()
{
    static const QStringList list { u"cafe24"_s, u"naver"_s, u"qoo10"_s };
    return list;
}

const QStringList& OrderFixture::statuses()
{
    static const QStringList list { u"paid"_s, u"confirmed"_s, u"shipping"_s, u"cancelled"_s };
    return list;
}

QDateTime OrderFixture::base()
{
    return QDateTime(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
}

bool OrderFixture::insertAccounts(const QSqlDatabase& db, db::Dialect)
{
    for (const QString& platform : platforms()) {
        auto q = db::exec(db,
            u"INSERT INTO account (platform, name, seller_id, display_name, collect_interval_s) VALUES (?, ?, ?, ?, 300)"_s,
            { platform, accountFor(platform), QString(u"seller-"_s + platform), QString(u"Main "_s + platform) });
        if (!q) {
            qWarning("%s", qPrintable(q.error().toString()));
            return false;
        }
    }
    return true;
}

qint64 OrderFixture::accountId(const QSqlDatabase& db, const QString& name)
{
    auto id = db::scalar(db, u"SELECT id FROM account WHERE name = ?"_s, { name });
    return id ? id->toLongLong() : -1;
}

qint64 OrderFixture::insertOrder(const QSqlDatabase& db, db::Dialect dialect, const QString& orderNo,
    const QString& platform, const QString& buyer, const QDateTime& orderDate, const QString& status)
{
    const QString currency = platform == u"qoo10" ? u"JPY"_s : u"KRW"_s;
    auto id = db::scalar(db,
        u"INSERT INTO orders (platform, account_id, order_no, status, order_date, buyer_name, receiver_name, "
        u"total_amount, currency) VALUES (?, (SELECT id FROM account WHERE name = ?), ?, ?, ?, ?, ?, ?, ?) "
        u"RETURNING id"_s,
        { platform, accountFor(platform), orderNo, status, jobs::DbClock::bindValue(dialect, orderDate), buyer,
            QString(u"receiver of "_s + buyer), 1000.0 + orderNo.size(), currency });
    if (!id) {
        qWarning("%s", qPrintable(id.error().toString()));
        return -1;
    }
    return insertLines(db, dialect, id->toLongLong(), status, currency, orderDate) ? id->toLongLong() : -1;
}

bool OrderFixture::insertOrders(const QSqlDatabase& db, db::Dialect dialect, int count, int first)
{
    db::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return false;
    for (int i = first; i < first + count; ++i) {
        const QString platform = platforms().at(i % 3);
        const QString currency = platform == u"qoo10" ? u"JPY"_s : u"KRW"_s;
        const QString status = statuses().at(i % 4);
        const QDateTime at = base().addDays(i % 10).addSecs(60 * i);
        auto id = db::scalar(db,
            u"INSERT INTO orders (platform, account_id, order_no, status, order_date, buyer_name, receiver_name, "
            u"total_amount, currency) VALUES (?, (SELECT id FROM account WHERE name = ?), ?, ?, ?, ?, ?, ?, ?) "
            u"RETURNING id"_s,
            { platform, accountFor(platform), u"ORD-%1"_s.arg(i, 5, 10, QChar(u'0')), status,
                jobs::DbClock::bindValue(dialect, at), u"buyer %1"_s.arg(i), u"receiver %1"_s.arg(i), 1000.0 * (i + 1),
                currency });
        if (!id) {
            qWarning("%s", qPrintable(id.error().toString()));
            return false;
        }
        if (!insertLines(db, dialect, id->toLongLong(), status, currency, at))
            return false;
    }
    return bool(tx.commit());
}

} // namespace md::test
