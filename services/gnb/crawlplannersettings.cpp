#include "services/gnb/crawlplannersettings.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::gnb {

Status useCrawlPlannerSettings(const QSqlDatabase& db, db::Dialect dialect)
{
    if (dialect != db::Dialect::Postgres)
        return {};
    for (const auto& sql :
        { u"SET LOCAL random_page_cost = 1.1"_s, u"SET LOCAL max_parallel_workers_per_gather = 0"_s }) {
        if (auto q = db::exec(db, sql); !q)
            return q.error();
    }
    return {};
}

} // namespace md::gnb
