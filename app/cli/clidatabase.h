#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

namespace md::cli {

// The database a command works on: --db URL, or the embedded SQLite file when there is none. For PostgreSQL the
// password comes from PGPASSWORD or else the keychain (key "db/<url>"), never from argv or a settings file.
Result<db::DbConfig> resolveDbConfig(const QString& url);

// Opens it and brings its schema up to date (refusing a database newer than this program).
Result<db::Database> openDatabase(const QString& url);

} // namespace md::cli
