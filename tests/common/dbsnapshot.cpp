#include "tests/common/dbsnapshot.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::test {

QStringList catalogueSnapshot(QSqlDatabase db, bool postgres)
{
    QStringList out;
    // SQLite has no row version of its own: use the columns every update of these tables must touch.
    struct Table {
        const char* name;
        const char* key;
        const char* sqliteVersion;
    };
    const Table tables[] = { { "product", "id", "version || '/' || updated_at" },
        { "product_stock", "id", "version || '/' || updated_at" },
        { "product_stock_gnb", "product_stock_id", "updated_at" },
        { "category_mapping", "id", "version || '/' || product_count" } };
    for (const auto& [table, key, sqliteVersion] : tables) {
        const QString rowVersion = postgres ? u"xmin::text"_s : QString::fromLatin1(sqliteVersion);
        auto q = db::exec(
            db, u"SELECT %1, %2 FROM %3 ORDER BY %1"_s.arg(QLatin1String(key), rowVersion, QLatin1String(table)));
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
