#include "models/rowcache.h"

#include <algorithm>

namespace md::models {

RowCache::RowCache(int pageSize, int maxPages)
    : m_pageSize(pageSize)
    , m_maxPages(std::max(2, maxPages))
{
}

void RowCache::setMaxPages(int pages)
{
    m_maxPages = std::max(2, pages);
    evict();
}

void RowCache::clear()
{
    m_pages.clear();
    m_bookmarks.clear();
}

const ProductRow* RowCache::row(int row)
{
    auto it = m_pages.find(row / m_pageSize);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_clock;
    const int offset = row % m_pageSize;
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

const ProductRow* RowCache::peek(int row) const
{
    auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend() || row % m_pageSize >= it->rows.size())
        return nullptr;
    return &it->rows.at(row % m_pageSize);
}

void RowCache::insert(int page, QList<ProductRow> rows)
{
    m_pages.insert(page, Page { std::move(rows), ++m_clock });
    evict();
}

void RowCache::evict()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

PagePlan RowCache::plan(int page, qint64 count) const
{
    const qint64 start = qint64(page) * m_pageSize;
    PagePlan plan;
    plan.limit = count >= 0 ? int(std::min<qint64>(m_pageSize, count - start)) : m_pageSize;
    if (page == 0)
        return plan;
    auto before = m_pages.constFind(page - 1);
    if (before != m_pages.cend() && before->rows.size() == m_pageSize) {
        const auto& last = before->rows.last();
        plan.mode = PagePlan::Mode::After;
        plan.anchor = { last.sortKey, last.id };
        return plan;
    }
    auto after = m_pages.constFind(page + 1);
    if (after != m_pages.cend() && !after->rows.isEmpty()) {
        const auto& first = after->rows.first();
        plan.mode = PagePlan::Mode::Before;
        plan.anchor = { first.sortKey, first.id };
        plan.limit = m_pageSize;
        return plan;
    }
    // The nearest known position: a bookmark before the page, the end of the result, or the start.
    const Bookmark* mark = nullptr;
    qint64 fromBookmark = -1;
    auto it = std::upper_bound(
        m_bookmarks.cbegin(), m_bookmarks.cend(), start, [](qint64 row, const Bookmark& b) { return row < b.row; });
    if (it != m_bookmarks.cbegin()) {
        mark = &*(it - 1);
        fromBookmark = start - mark->row;
    }
    const qint64 fromEnd = count >= 0 ? count - (start + plan.limit) : -1;
    if (mark && (fromEnd < 0 || fromBookmark <= fromEnd)) {
        plan.mode = PagePlan::Mode::After;
        plan.inclusive = true;
        plan.anchor = mark->anchor;
        plan.offset = fromBookmark;
    } else if (fromEnd >= 0 && fromEnd < start) {
        plan.mode = PagePlan::Mode::FromEnd;
        plan.offset = fromEnd;
    } else {
        plan.offset = start;
    }
    return plan;
}

} // namespace md::models
