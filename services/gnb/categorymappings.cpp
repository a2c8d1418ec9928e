#include "services/gnb/categorymappings.h"

#include "services/db/sql.h"
#include "services/gnb/gnbjobs.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::gnb {

CategoryMappings::CategoryMappings(db::Database database)
    : m_database(std::move(database))
{
}

Result<QList<CategoryPair>> CategoryMappings::list()
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"SELECT cm.supplier_brand, cm.supplier_category, cm.product_count, c.path FROM category_mapping cm "
        "LEFT JOIN category c ON c.id = cm.category_id WHERE cm.supplier = 'gnb' "
        "ORDER BY CASE WHEN cm.category_id IS NULL THEN 0 ELSE 1 END, cm.supplier_brand, cm.supplier_category"_s);
    if (!q)
        return q.error();
    QList<CategoryPair> pairs;
    while (q->next())
        pairs << CategoryPair { q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
            q->value(3).toString() };
    return pairs;
}

Result<qint64> CategoryMappings::ensureCategoryPath(QSqlDatabase& db, const QString& path)
{
    QVariant parent(QMetaType::fromType<qint64>());
    QString sofar;
    qint64 id = 0;
    const auto levels = path.split(u'/');
    for (const auto& raw : levels) {
        const QString name = raw.trimmed();
        sofar = sofar.isEmpty() ? name : sofar + u'/' + name;
        if (auto q = db::exec(db,
                u"INSERT INTO category (parent_id, name, path) VALUES (?, ?, ?) ON CONFLICT (path) DO NOTHING"_s,
                { parent, name, sofar });
            !q)
            return q.error();
        auto found = db::scalar(db, u"SELECT id FROM category WHERE path = ?"_s, { sofar });
        if (!found)
            return found.error();
        id = found->toLongLong();
        parent = id;
    }
    return id;
}

Result<CategoryMappings::MapResult> CategoryMappings::map(
    const QString& brand, const QString& category, const QString& ownPath, const QString& who, const QString& source)
{
    const QString path = ownPath.trimmed();
    const auto levels = path.split(u'/');
    if (brand.trimmed().isEmpty() || category.trimmed().isEmpty()
        || std::any_of(levels.cbegin(), levels.cend(), [](const QString& l) { return l.trimmed().isEmpty(); }))
        return Error { ErrorCode::Invalid,
            tr("Give a supplier brand, a supplier category and an own category such as \"가방/숄더백\" "
               "(levels separated by /, none empty)."),
            {} };
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    const QString now = m_database.isPostgres() ? u"now()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s;
    db::Transaction tx(*conn);
    if (auto s = tx.begin(); !s)
        return s.error();

    auto categoryId = ensureCategoryPath(*conn, path);
    if (!categoryId)
        return categoryId.error();
    auto old = db::scalar(*conn,
        u"SELECT c.path FROM category_mapping cm LEFT JOIN category c ON c.id = cm.category_id "
        "WHERE cm.supplier = 'gnb' AND cm.supplier_brand = ? AND cm.supplier_category = ?"_s,
        { brand, category });
    if (!old)
        return old.error();
    if (auto q = db::exec(*conn,
            u"INSERT INTO category_mapping (supplier, supplier_brand, supplier_category, category_id, mapped_at, "
            "mapped_by) VALUES ('gnb', ?, ?, ?, "_s
                + now
                + u", ?) ON CONFLICT (supplier, supplier_brand, supplier_category) DO UPDATE SET "
                  "category_id = excluded.category_id, mapped_at = excluded.mapped_at, mapped_by = excluded.mapped_by, "
                  "version = category_mapping.version + 1"_s,
            { brand, category, *categoryId, who });
        !q)
        return q.error();

    MapResult result;
    result.categoryId = *categoryId;
    // Publish what was only waiting for this mapping; products hidden for another reason stay hidden.
    auto published = db::exec(*conn,
        u"UPDATE product SET category = ?, feed_visible = TRUE, hidden_reason = NULL, hidden_at = NULL, "
        "version = version + 1, updated_at = "_s
            + now + u" WHERE platform = 'gnb' AND brand = ? AND supplier_category = ? AND hidden_reason = 'unmapped'"_s,
        { path, brand, category });
    if (!published)
        return published.error();
    result.published = published->numRowsAffected();
    auto moved = db::exec(*conn,
        u"UPDATE product SET category = ?, version = version + 1, updated_at = "_s + now
            + u" WHERE platform = 'gnb' AND brand = ? AND supplier_category = ? AND category IS DISTINCT FROM ?"_s,
        { path, brand, category, path });
    if (!moved)
        return moved.error();
    result.recategorised = moved->numRowsAffected();

    if (auto q = db::exec(*conn,
            u"INSERT INTO log (who, action, table_name, row_id, old_value, new_value, source) "
            "VALUES (?, 'map_category', 'category_mapping', ?, ?, ?, ?)"_s,
            { who, QString(brand + u" / "_s + category),
                old->isNull() ? QVariant(QMetaType::fromType<QString>()) : *old, path, source });
        !q)
        return q.error();
    auto crawl = GnbJobs::enqueueBrandCrawl(m_database, brand);
    if (!crawl)
        return crawl.error();
    result.crawlJobId = crawl->id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace md::gnb
