#pragma once

#include "models/orderquery.h"
#include "services/db/database.h"

#include <QDate>
#include <QObject>
#include <memory>

namespace md::models {

class DbWorker;

struct DayCount {
    QDate day; // Korean calendar day
    QString platform;
    int orders = 0;

    bool operator==(const DayCount&) const = default;
};

namespace ordersql {
// Orders per Korean day and platform over the filter, in one grouped statement; ordered by day, platform.
SqlWithBinds perDay(db::Dialect dialect, const OrderFilter& filter);
} // namespace ordersql
Result<QList<DayCount>> fetchOrdersPerDay(const QSqlDatabase& db, db::Dialect dialect, const OrderFilter& filter);

// Computes the orders-per-day series for the chart on a worker thread; only the last request's answer lands.
class OrdersPerDay : public QObject {
    Q_OBJECT
public:
    explicit OrdersPerDay(db::Database database, QObject* parent = nullptr);
    ~OrdersPerDay() override;

    void request(const OrderFilter& filter);
    const QList<DayCount>& counts() const { return m_counts; }

Q_SIGNALS:
    void loaded(const QList<md::models::DayCount>& counts);
    void errorOccurred(const md::Error& error);

private:
    db::Database m_database;
    quint64 m_generation = 0;
    QList<DayCount> m_counts;
    std::unique_ptr<DbWorker> m_worker;
};

} // namespace md::models
