#pragma once

#include "models/productquery.h"

#include <QHash>
#include <QList>

namespace md::models {

// The windowed model's memory: pages of rows (bounded, least recently used go first) and the bookmarks
// of the current result. It also decides how to reach a page without scanning from the first row.
class RowCache {
public:
    explicit RowCache(int pageSize, int maxPages);

    int pageSize() const { return m_pageSize; }
    int pageCount() const { return int(m_pages.size()); }
    void setMaxPages(int pages);
    void clear();

    // The row if its page is cached; marks the page as used. Never queries.
    const ProductRow* row(int row);
    const ProductRow* peek(int row) const;
    bool hasPage(int page) const { return m_pages.contains(page); }
    void insert(int page, QList<ProductRow> rows);

    void setBookmarks(QList<Bookmark> bookmarks) { m_bookmarks = std::move(bookmarks); }
    int bookmarkCount() const { return int(m_bookmarks.size()); }

    // The cheapest way to fetch `page` given what is known: next to a cached page (keyset after/before),
    // from the nearest bookmark, backwards from the end, or, lacking all that, an OFFSET from the start.
    // `count` is the exact row count or -1.
    PagePlan plan(int page, qint64 count) const;

private:
    struct Page {
        QList<ProductRow> rows;
        quint64 lastUse = 0;
    };
    void evict();

    int m_pageSize;
    int m_maxPages;
    quint64 m_clock = 0;
    QHash<int, Page> m_pages;
    QList<Bookmark> m_bookmarks; // sorted by row
};

} // namespace md::models
