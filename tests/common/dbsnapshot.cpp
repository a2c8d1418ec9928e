#include "tests/common/dbsnapshot.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::test {

QStringList catalogueSnapshot(QSqlDatabase db, bool postgres)
{
    QStringList out;
    // SQLite has no row version of its own: use the columns every update of these tables must touch.
    const std::pair<const char*, const char*> tables[]
        = { { "product", "version || '/' || updated_at" }, { "product_stock", "version || '/' || updated_at" },
              { "product_stock_gnb", "updated_at" }, { "category_mapping", "version || '/' || product_count" } };
    for (const auto& [table, sqliteVersion] : tables) {
        const QString rowVersion = postgres ? u"xmin::text"_s : QString::fromLatin1(sqliteVersion);
        auto q = db::exec(db, u"SELECT id, "_s + rowVersion + u" FROM "_s + QLatin1String(table) + u" ORDER BY id"_s);
        if (!q)
            qFatal("%s", qPrintable(q.error().toString()));
        while (q->next())
            out << QLatin1String(table) + u':' + q->value(0).toString() + u'@' + q->value(1).toString();
    }
    return out;
}

qint64 queryNumber(QSqlDatabase db, const QString& sql)
{
    auto v = db::scalar(db, sql);
    return v ? v->toLongLong() : -1;
}

} // namespace md::test
