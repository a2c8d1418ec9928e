#pragma once

#include "services/db/dbconfig.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <chrono>

namespace md::jobs {

// SQL fragments that read the database's clock, so that leases, claims and durations never depend on the
// clocks of the desktops and workers that share the database. On SQLite a timestamp is ISO-8601 UTC text with
// milliseconds ("2026-11-20T22:00:00.000Z"), which sorts and compares correctly as text.
struct DbClock {
    // The current time of the database.
    static QString now(db::Dialect dialect);
    // The database's time plus a number of milliseconds bound as one positional parameter (`?`).
    static QString nowPlusMs(db::Dialect dialect);
    // Milliseconds elapsed from the timestamp column/expression `from` to the database's current time.
    static QString msSince(db::Dialect dialect, const QString& from);

    // A QDateTime as the bind value a timestamp column of the dialect expects.
    static QVariant bindValue(db::Dialect dialect, const QDateTime& time);
    // A timestamp read from either dialect (QDateTime from PostgreSQL, text from SQLite), in UTC.
    static QDateTime toDateTime(const QVariant& value);

    static qint64 ms(std::chrono::milliseconds duration) { return static_cast<qint64>(duration.count()); }
};

} // namespace md::jobs
