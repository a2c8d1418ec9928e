#include "services/marketplaces/common/rowbatch.h"

#include "services/db/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

RowBatch::RowBatch(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QString RowBatch::placeholder(const QString& type, bool castAlways) const
{
    if (m_dialect != db::Dialect::Postgres || (!castAlways && type != u"ts"))
        return u"?"_s;
    if (type == u"int")
        return u"CAST(? AS BIGINT)"_s;
    if (type == u"money")
        return u"CAST(? AS NUMERIC(14,2))"_s;
    if (type == u"ts")
        return u"CAST(? AS TIMESTAMPTZ)"_s;
    return u"CAST(? AS TEXT)"_s;
}

Status RowBatch::insert(const QString& table, const QStringList& columns, const QStringList& types,
    const QList<QVariantList>& rows, const QString& returning, const std::function<void(const QSqlQuery&)>& onRow)
{
    QStringList cells;
    for (const QString& t : types)
        cells << placeholder(t, false);
    const QString tuple = u'(' + cells.join(u", "_s) + u')';
    for (qsizetype start = 0; start < rows.size(); start += rowsPerStatement()) {
        const qsizetype n = std::min<qsizetype>(rowsPerStatement(), rows.size() - start);
        QString sql = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s + tuple
            + QString(u", "_s + tuple).repeated(n - 1);
        if (!returning.isEmpty())
            sql += u" RETURNING "_s + returning;
        QVariantList binds;
        binds.reserve(n * columns.size());
        for (qsizetype i = start; i < start + n; ++i)
            binds += rows[i];
        auto q = db::exec(m_db, sql, binds);
        if (!q)
            return q.error();
        if (onRow) {
            while (q->next())
                onRow(*q);
        }
    }
    return {};
}

Status RowBatch::update(const QString& table, const QStringList& columns, const QStringList& types,
    const QList<QVariantList>& rows, const QString& extraSet)
{
    // WITH v(id, …) AS (VALUES …) UPDATE t SET c = v.c FROM v WHERE t.id = v.id: the same text on both dialects.
    QStringList cells { placeholder(u"int"_s, true) };
    for (const QString& t : types)
        cells << placeholder(t, true);
    const QString tuple = u'(' + cells.join(u", "_s) + u')';
    QStringList sets;
    for (const QString& c : columns)
        sets << c + u" = v."_s + c;
    if (!extraSet.isEmpty())
        sets << extraSet;
    for (qsizetype start = 0; start < rows.size(); start += rowsPerStatement()) {
        const qsizetype n = std::min<qsizetype>(rowsPerStatement(), rows.size() - start);
        const QString sql = u"WITH v (id, "_s + columns.join(u", "_s) + u") AS (VALUES "_s + tuple
            + QString(u", "_s + tuple).repeated(n - 1) + u") UPDATE "_s + table + u" SET "_s + sets.join(u", "_s)
            + u" FROM v WHERE "_s + table + u".id = v.id"_s;
        QVariantList binds;
        for (qsizetype i = start; i < start + n; ++i)
            binds += rows[i];
        auto q = db::exec(m_db, sql, binds);
        if (!q)
            return q.error();
    }
    return {};
}

} // namespace md::marketplaces
