#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

class QTemporaryDir;

namespace md::gnb {

// The sample G&B feed bundled with MarketDesk (resources/demo/gnb/<YYYYMMDD>/, made with gnb-feedgen), embedded in
// the services library so that the GUI's first start and `marketdesk-cli demo` load the same data.
namespace demo {

// Whether this build carries the demo feed.
bool isAvailable();
// True when the database has no products yet (reads at most one row).
Result<bool> databaseIsEmpty(const db::Database& database);
// Copies the embedded feed into dir (a crawl reads it like any feed folder); returns that folder, sets *day.
Result<QString> extractTo(QTemporaryDir& dir, QString* day);
// Maps the demo's supplier categories to own Korean categories, as a merchandiser would, leaving one brand
// unmapped so the mapping work is there to see. Returns the number of products published.
Result<int> mapCategories(const db::Database& database);
// The brand mapCategories() leaves unmapped.
QString unmappedBrand();

} // namespace demo
} // namespace md::gnb
