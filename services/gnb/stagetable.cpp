#include "services/gnb/stagetable.h"

#include "services/db/sql.h"
#include "services/gnb/stagetablepg.h"
#include "services/gnb/stagetablesqlite.h"

using namespace Qt::StringLiterals;

namespace md::gnb {

const QStringList& stageColumns()
{
    static const QStringList columns { u"line"_s, u"variant_code"_s, u"model"_s, u"brand"_s, u"category"_s,
        u"subcategory"_s, u"gender"_s, u"season"_s, u"colour"_s, u"colour_code"_s, u"colour_unresolved"_s,
        u"first_of_model"_s, u"supplier_colour"_s, u"colour_code_field"_s, u"colour_description"_s,
        u"manufacturer_colour"_s, u"size"_s, u"size_type"_s, u"quantity"_s, u"list_price"_s, u"net_price"_s,
        u"currency"_s, u"ean"_s, u"made_in"_s, u"composition"_s, u"description"_s, u"images"_s, u"modified_at"_s };
    return columns;
}

QString StageTable::createSql(db::Dialect dialect)
{
    // Types mirror the target tables so that IS DISTINCT FROM compares like with like.
    const QString ts = dialect == db::Dialect::Postgres ? u"TIMESTAMPTZ"_s : u"TEXT"_s;
    return u"CREATE TEMP TABLE gnb_stage (line INTEGER NOT NULL, variant_code TEXT NOT NULL, model TEXT NOT NULL, "
           "brand TEXT, category TEXT, subcategory TEXT, gender TEXT, season TEXT, colour TEXT, colour_code TEXT, "
           "colour_unresolved BOOLEAN NOT NULL, first_of_model BOOLEAN NOT NULL, supplier_colour TEXT, "
           "colour_code_field TEXT, colour_description TEXT, "
           "manufacturer_colour TEXT, size TEXT, size_type TEXT, quantity INTEGER NOT NULL, list_price NUMERIC(14,2), "
           "net_price NUMERIC(14,2), currency TEXT, ean TEXT, made_in TEXT, composition TEXT, description TEXT, "
           "images TEXT, modified_at "_s
        + ts + u')';
}

Status StageTable::drop()
{
    if (auto q = db::exec(m_db, u"DROP TABLE IF EXISTS gnb_stage"_s); !q)
        return q.error();
    return {};
}

std::unique_ptr<StageTable> StageTable::create(db::Dialect dialect, QSqlDatabase db)
{
    if (dialect == db::Dialect::Postgres)
        return std::make_unique<PgCopyStageTable>(std::move(db));
    return std::make_unique<SqliteStageTable>(std::move(db));
}

} // namespace md::gnb
