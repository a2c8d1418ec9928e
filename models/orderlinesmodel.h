#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVariant>
#include <memory>

class QSqlDatabase;

namespace md::models {

class DbWorker;

struct OrderLine {
    QString lineNo;
    QString status;
    QString productRef;
    QString sku;
    QString variantCode;
    QString productName;
    QString optionText;
    int qty = 0;
    QVariant unitPrice;
    QVariant total;
    QString currency;
};

struct OrderHistoryEntry {
    QDateTime changedAt; // UTC
    QString lineNo;
    QString oldStatus;
    QString newStatus;
    QString source;
};

struct OrderDetail {
    QList<OrderLine> lines;
    QList<OrderHistoryEntry> history; // oldest first
};

// An order's lines and their status history, in two queries bound to the order id.
Result<OrderDetail> fetchOrderDetail(const QSqlDatabase& db, qint64 orderId);

// The lines of one order (small: loaded whole on a worker thread when the order changes).
// history() is the same order's status history, shown by OrderHistoryModel.
class OrderLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineNo, Status, Product, Option, Sku, Qty, UnitPrice, Total, ColumnCount };

    explicit OrderLinesModel(db::Database database, QObject* parent = nullptr);
    ~OrderLinesModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loads the order's lines (0: none); only the answer for the last order asked lands.
    void setOrderId(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    const QList<OrderHistoryEntry>& history() const { return m_detail.history; }

Q_SIGNALS:
    void loaded(qint64 orderId);
    void errorOccurred(const md::Error& error);

private:
    void apply(quint64 generation, qint64 orderId, const Result<OrderDetail>& detail);

    qint64 m_orderId = 0;
    quint64 m_generation = 0;
    OrderDetail m_detail;
    std::unique_ptr<DbWorker> m_worker;
};

// The status history of the order that an OrderLinesModel shows.
class OrderHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChangedAt, LineNo, From, To, Source, ColumnCount };

    explicit OrderHistoryModel(OrderLinesModel* lines, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OrderLinesModel* m_lines;
    QList<OrderHistoryEntry> m_history;
};

} // namespace md::models
