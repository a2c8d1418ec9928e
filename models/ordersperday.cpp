#include "models/ordersperday.h"

#include "models/dbworker.h"
#include "services/db/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::models {

namespace ordersql {

SqlWithBinds perDay(db::Dialect dialect, const OrderFilter& filter)
{
    // Korea has had no daylight saving time since 1988: a fixed +9 hours is the Korean day on SQLite.
    const QString day = dialect == db::Dialect::Postgres
        ? u"to_char(COALESCE(o.order_date, o.collected_at) AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD')"_s
        : u"date(COALESCE(o.order_date, o.collected_at), '+9 hours')"_s;
    const SqlWithBinds w = where(dialect, filter);
    return { u"SELECT "_s + day + u" AS day, o.platform, COUNT(*) FROM orders o"_s + w.sql
            + u" GROUP BY 1, o.platform ORDER BY 1, 2"_s,
        w.binds };
}

} // namespace ordersql

Result<QList<DayCount>> fetchOrdersPerDay(const QSqlDatabase& db, db::Dialect dialect, const OrderFilter& filter)
{
    const SqlWithBinds s = ordersql::perDay(dialect, filter);
    auto q = db::exec(db, s.sql, s.binds);
    if (!q)
        return q.error();
    QList<DayCount> out;
    while (q->next())
        out.append(
            { QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toString(), q->value(2).toInt() });
    return out;
}

OrdersPerDay::OrdersPerDay(db::Database database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(std::make_unique<DbWorker>(database, u"md-orders-per-day"_s))
{
}

OrdersPerDay::~OrdersPerDay() = default;

void OrdersPerDay::request(const OrderFilter& filter)
{
    const quint64 generation = ++m_generation;
    const auto dialect = m_database.dialect();
    m_worker->post([this, generation, filter, dialect](const Result<QSqlDatabase>& db) {
        auto counts = db ? fetchOrdersPerDay(*db, dialect, filter) : Result<QList<DayCount>>(db.error());
        QMetaObject::invokeMethod(
            this,
            [this, generation, counts] {
                if (generation != m_generation)
                    return;
                if (!counts) {
                    Q_EMIT errorOccurred(counts.error());
                    return;
                }
                m_counts = *counts;
                Q_EMIT loaded(m_counts);
            },
            Qt::QueuedConnection);
    });
}

} // namespace md::models
