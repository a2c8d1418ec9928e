#include "services/gnb/stagetablesqlite.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
// 28 columns x 64 rows stays far below SQLite's bound-parameter limit.
constexpr int kRowsPerInsert = 64;

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QVariant money(const std::optional<qint64>& cents)
{
    return cents ? QVariant(double(*cents) / 100.0) : QVariant(QMetaType::fromType<double>());
}
} // namespace

SqliteStageTable::SqliteStageTable(QSqlDatabase db)
    : StageTable(std::move(db))
{
    m_pending.reserve(kRowsPerInsert);
}

Status SqliteStageTable::create()
{
    if (auto q = db::exec(m_db, createSql(db::Dialect::Sqlite)); !q)
        return q.error();
    return {};
}

QString SqliteStageTable::insertSql(int rows) const
{
    const auto& columns = stageColumns();
    QString one = u"("_s;
    for (qsizetype i = 0; i < columns.size(); ++i)
        one += i ? u",?"_s : u"?"_s;
    one += u')';
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << one;
    return u"INSERT INTO gnb_stage ("_s + columns.join(u',') + u") VALUES "_s + values.join(u',');
}

Status SqliteStageTable::insert(std::span<const FeedRow> rows, QSqlQuery& q)
{
    int i = 0;
    for (const FeedRow& r : rows) {
        const QVariant values[] = { r.line, text(r.variantCode), text(r.model), text(r.brand), text(r.category),
            text(r.subcategory), text(r.gender), text(r.season), text(r.colour), text(r.colourCode),
            r.colourUnresolved ? 1 : 0, note(r) ? 1 : 0, text(r.supplierColour), text(r.colourCodeField),
            text(r.colourDescription), text(r.manufacturerColour), text(r.size), text(r.sizeType), r.quantity,
            money(r.listPriceCents), money(r.netPriceCents), text(r.currency), text(r.ean), text(r.madeIn),
            text(r.composition), text(r.description),
            r.images.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : r.images.join(u'\n'),
            r.modifiedAt.isValid() ? QVariant(r.modifiedAt.toUTC().toString(Qt::ISODate))
                                   : QVariant(QMetaType::fromType<QString>()) };
        for (const auto& v : values)
            q.bindValue(i++, v);
    }
    if (!q.exec())
        return db::sqlError(q.lastError(), QCoreApplication::translate("md::gnb", "loading the staging table"));
    return {};
}

Status SqliteStageTable::append(std::span<const FeedRow> rows)
{
    for (const FeedRow& row : rows) {
        m_pending.push_back(row);
        if (m_pending.size() < size_t(kRowsPerInsert))
            continue;
        if (!m_batchInsert) {
            m_batchInsert.emplace(m_db);
            if (!m_batchInsert->prepare(insertSql(kRowsPerInsert)))
                return db::sqlError(
                    m_batchInsert->lastError(), QCoreApplication::translate("md::gnb", "preparing the staging insert"));
        }
        auto s = insert(m_pending, *m_batchInsert);
        m_pending.clear();
        if (!s)
            return s;
    }
    return {};
}

Status SqliteStageTable::flush()
{
    if (m_pending.empty())
        return {};
    QSqlQuery tail(m_db);
    if (!tail.prepare(insertSql(int(m_pending.size()))))
        return db::sqlError(tail.lastError(), QCoreApplication::translate("md::gnb", "preparing the staging insert"));
    auto s = insert(m_pending, tail);
    m_pending.clear();
    return s;
}

} // namespace md::gnb
