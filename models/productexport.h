#pragma once

#include "models/productquery.h"

#include <atomic>
#include <functional>

namespace md::models {

// Streams every row of the query to a CSV file (UTF-8 with BOM, so that spreadsheet programs read Korean),
// in keyset pages, checking `cancel` between pages; the file appears only when complete. `progress` gets the
// rows written so far. Returns the row count. For a worker thread.
Result<qint64> exportProductsCsv(const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query,
    const QStringList& headers, const QString& path, const std::atomic<bool>& cancel,
    const std::function<void(qint64)>& progress);

// A CSV field, quoted when needed.
QString csvField(const QString& text);

} // namespace md::models
