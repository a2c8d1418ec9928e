#pragma once

#include "models/orderquery.h"
#include "services/db/database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <atomic>
#include <memory>
#include <optional>

namespace md::models {

class DbWorker;

// The collected orders as a windowed table, like ProductsModel: pages of rows fetched around what the view asks
// for with keyset queries (continuing from the previous page's last row when it is cached) on a worker thread,
// the count asynchronously, stale answers dropped by a generation counter, data() reading only the page cache.
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, LoadedRole, PlatformRole, StatusRole };
    static constexpr int kPageSize = 128;
    static constexpr int kMaxCachedPages = 40;

    explicit OrdersModel(db::Database database, QObject* parent = nullptr);
    ~OrdersModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(int column);

    const OrderQuery& query() const { return m_query; }
    void setFilter(const OrderFilter& filter);
    void refresh();

    // The exact number of matching orders, or -1 while it is being counted.
    qint64 totalCount() const { return m_count; }
    bool isLoading() const { return m_loading; }
    std::optional<OrderRow> cachedRow(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    quint64 generation() const { return m_generation; }
    int droppedResults() const { return m_dropped; }
    void setFetchDelayForTesting(int milliseconds) { m_testDelay->store(milliseconds); }

    // Asks for the platforms, statuses and accounts to filter by; answered by facetsLoaded().
    void requestFacets();

Q_SIGNALS:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void facetsLoaded(const md::models::OrderFacets& facets);
    void errorOccurred(const md::Error& error);

private:
    void restart();
    void requestPage(int page) const;
    void pump();
    void onPage(quint64 generation, int page, const Result<QList<OrderRow>>& rows);
    void onCount(quint64 generation, const Result<qint64>& count);
    void setShownRows(qint64 rows);
    void updateLoading();
    void evictAround(int page);

    db::Database m_database;
    OrderQuery m_query;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_current = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<int>> m_testDelay = std::make_shared<std::atomic<int>>(0);
    qint64 m_count = -1;
    int m_shownRows = 0;
    QHash<int, QList<OrderRow>> m_pages;
    mutable QList<int> m_wanted; // most recent last
    mutable bool m_pumpQueued = false;
    bool m_inFlight = false;
    bool m_loading = false;
    bool m_failed = false;
    int m_dropped = 0;
    // Declared last so that their threads stop before the model's state goes.
    std::unique_ptr<DbWorker> m_pageWorker;
    std::unique_ptr<DbWorker> m_countWorker;
};

} // namespace md::models

Q_DECLARE_METATYPE(md::models::OrderFacets)
