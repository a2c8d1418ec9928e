#pragma once

#include "models/productquery.h"
#include "models/rowcache.h"
#include "services/db/database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <atomic>
#include <memory>
#include <optional>

namespace md::models {

class DbWorker;

// The catalogue as a windowed table: rows are fetched in pages around what the view asks for, with keyset
// queries on a worker thread that has its own connection; the count arrives asynchronously; results of an
// older filter or order are dropped by a generation counter; data() only reads the bounded page cache.
class ProductsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // SortableRole is a header role: whether clicking the section orders the table.
    enum Role { IdRole = Qt::UserRole + 1, LoadedRole, CurrencyRole, HiddenReasonRole, SortableRole };
    static constexpr int kPageSize = 128;
    static constexpr int kMaxCachedPages = 48;
    static constexpr int kBookmarkEvery = 1024;

    explicit ProductsModel(db::Database database, QObject* parent = nullptr);
    ~ProductsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Ignores columns that cannot be sorted (isSortableProductColumn()).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(int column);

    const ProductQuery& query() const { return m_query; }
    void setFilter(const ProductFilter& filter);
    // Reloads with the same filter and order (after an import, say).
    void refresh();

    // The exact number of matching rows, or -1 while it is being counted.
    qint64 totalCount() const { return m_count; }
    bool isLoading() const { return m_loading; }
    // A row from the cache; nullopt when it is not loaded (never queries).
    std::optional<ProductRow> cachedRow(int row) const;
    int cachedPageCount() const { return m_cache.pageCount(); }

    // Asks for the distinct brands, categories and platforms; answered by facetsLoaded().
    void requestFacets();

    // Test and diagnostics hooks.
    quint64 generation() const { return m_generation; }
    int droppedResults() const { return m_dropped; }
    void setFetchDelayForTesting(int milliseconds) { m_testDelay->store(milliseconds); }
    int bookmarkCount() const { return m_cache.bookmarkCount(); }
    // The row cache holds at most this many pages (least recently used go first).
    void setMaxCachedPages(int pages) { m_cache.setMaxPages(pages); }

Q_SIGNALS:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void facetsLoaded(const md::models::ProductFacets& facets);
    void errorOccurred(const md::Error& error);

private:
    void restart();
    void requestPage(int page) const;
    void pump();
    void onPage(quint64 generation, int page, const Result<QList<ProductRow>>& rows);
    void onCount(quint64 generation, const Result<qint64>& count);
    void onBookmarks(quint64 generation, QList<Bookmark> bookmarks);
    void setShownRows(qint64 rows);
    void updateLoading();

    db::Database m_database;
    ProductQuery m_query;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_current = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<int>> m_testDelay = std::make_shared<std::atomic<int>>(0);
    qint64 m_count = -1;
    int m_shownRows = 0;
    mutable RowCache m_cache { kPageSize, kMaxCachedPages }; // data() marks pages as used
    mutable QList<int> m_wanted; // most recent last
    mutable bool m_pumpQueued = false;
    bool m_inFlight = false;
    bool m_loading = false;
    bool m_failed = false;
    int m_dropped = 0;
    // Declared last so that they are destroyed first: their threads stop before the model's state goes.
    std::unique_ptr<DbWorker> m_pageWorker;
    std::unique_ptr<DbWorker> m_countWorker;
};

} // namespace md::models
