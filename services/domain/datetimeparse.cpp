#include "services/domain/datetimeparse.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {
Error invalidDate(QStringView text, const char* why)
{
    return Error { ErrorCode::Invalid,
        QCoreApplication::translate("md", "\"%1\" is not a date dd/MM/yyyy HH:mm:ss (%2)")
            .arg(text.toString(), QCoreApplication::translate("md", why)),
        {} };
}

// Two ASCII digits at s[pos], or -1.
int twoDigits(QStringView s, qsizetype pos)
{
    const char16_t a = s[pos].unicode(), b = s[pos + 1].unicode();
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return -1;
    return (a - '0') * 10 + (b - '0');
}

// Converting through QTimeZone costs microseconds per call; a feed has ~230,000 rows with few distinct
// days, so the UTC offset of each day without a DST transition is cached per thread. On transition days
// the two offsets of the day are tried explicitly, so the choice in the gap and in the repeated hour is
// ours (see the header) and not whatever the Qt version does.
struct RomeClock {
    QTimeZone zone { QByteArrayLiteral("Europe/Rome") };
    struct Day {
        int offsetAtStart;
        int offsetAtEnd;
    };
    QHash<qint64, Day> days; // julian day → UTC offsets (seconds east) at 00:00 and 23:59:59 local

    QDateTime toUtc(QDate date, QTime time)
    {
        auto it = days.constFind(date.toJulianDay());
        if (it == days.cend()) {
            if (days.size() > 4096)
                days.clear();
            it = days.insert(date.toJulianDay(),
                Day { QDateTime(date, QTime(0, 0), zone).offsetFromUtc(),
                    QDateTime(date, QTime(23, 59, 59), zone).offsetFromUtc() });
        }
        const QDateTime wall(date, time, Qt::UTC); // the wall-clock reading, as if it were UTC
        QDateTime before = wall.addSecs(-it->offsetAtStart);
        if (it->offsetAtStart == it->offsetAtEnd)
            return before;
        QDateTime after = wall.addSecs(-it->offsetAtEnd);
        const bool beforeFits = zone.offsetFromUtc(before) == it->offsetAtStart;
        const bool afterFits = zone.offsetFromUtc(after) == it->offsetAtEnd;
        if (beforeFits && afterFits) // the repeated hour: the first occurrence
            return std::min(before, after);
        if (afterFits)
            return after;
        return before; // fits, or the skipped hour: read with the offset in force before the gap
    }
};
} // namespace

Result<QDateTime> parseRomeDateTime(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return QDateTime();
    // dd/MM/yyyy HH:mm:ss
    // 0123456789012345678
    if (s.size() != 19 || s[2] != u'/' || s[5] != u'/' || s[10] != u' ' || s[13] != u':' || s[16] != u':')
        return invalidDate(text, QT_TRANSLATE_NOOP("md", "wrong format"));
    const int day = twoDigits(s, 0), month = twoDigits(s, 3), century = twoDigits(s, 6), year = twoDigits(s, 8);
    const int hour = twoDigits(s, 11), minute = twoDigits(s, 14), second = twoDigits(s, 17);
    if (day < 0 || month < 0 || century < 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
        return invalidDate(text, QT_TRANSLATE_NOOP("md", "wrong format"));
    const QDate date(century * 100 + year, month, day);
    if (!date.isValid())
        return invalidDate(text, QT_TRANSLATE_NOOP("md", "no such date"));
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return invalidDate(text, QT_TRANSLATE_NOOP("md", "no such time"));

    thread_local RomeClock clock;
    if (!clock.zone.isValid())
        return Error { ErrorCode::Internal,
            QCoreApplication::translate("md", "The time zone Europe/Rome is not available on this system"), {} };
    return clock.toUtc(date, time);
}

} // namespace md
