#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QSqlDatabase>

namespace md::gnb {

// Planner settings for the crawl's statements, for the current transaction (SET LOCAL; nothing on SQLite):
// probing the hot catalogue's indexes is cheap (the default random_page_cost assumes spinning disks, and then the
// planner hashes whole tables for every file), and no parallel workers (the crawl's lanes keep every core busy
// already; a parallel scan only adds its start-up cost).
Status useCrawlPlannerSettings(const QSqlDatabase& db, db::Dialect dialect);

} // namespace md::gnb
