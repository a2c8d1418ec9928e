#include "services/jobs/dbclock.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace md::jobs {

namespace {
constexpr auto kSqliteFormat = "%Y-%m-%dT%H:%M:%fZ";
} // namespace

QString DbClock::now(db::Dialect dialect)
{
    // clock_timestamp(), not now(): now() is frozen at the start of the transaction, and callers may run
    // these statements inside a long one of their own.
    if (dialect == db::Dialect::Postgres)
        return u"clock_timestamp()"_s;
    return u"strftime('%1', 'now')"_s.arg(QLatin1StringView(kSqliteFormat));
}

QString DbClock::nowPlusMs(db::Dialect dialect)
{
    if (dialect == db::Dialect::Postgres)
        return u"(clock_timestamp() + CAST(? AS DOUBLE PRECISION) * INTERVAL '1 millisecond')"_s;
    // strftime() accepts a Julian day number, which lets the offset be one numeric parameter like on PostgreSQL.
    return u"strftime('%1', julianday('now') + CAST(? AS REAL) / 86400000.0)"_s.arg(QLatin1StringView(kSqliteFormat));
}

QString DbClock::msSince(db::Dialect dialect, const QString& from)
{
    if (dialect == db::Dialect::Postgres)
        return u"CAST(ROUND(EXTRACT(EPOCH FROM (clock_timestamp() - %1)) * 1000) AS BIGINT)"_s.arg(from);
    return u"CAST(ROUND((julianday('now') - julianday(%1)) * 86400000.0) AS INTEGER)"_s.arg(from);
}

QVariant DbClock::bindValue(db::Dialect dialect, const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    if (dialect == db::Dialect::Postgres)
        return utc;
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime DbClock::toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc()); // SQLite text without a suffix is UTC by convention
    return parsed.toUTC();
}

} // namespace md::jobs
