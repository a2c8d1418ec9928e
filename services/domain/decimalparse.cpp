#include "services/domain/decimalparse.h"

#include <QCoreApplication>
#include <limits>

using namespace Qt::StringLiterals;

namespace md {

namespace {
Error invalidNumber(QStringView text, const char* why)
{
    return Error { ErrorCode::Invalid,
        QCoreApplication::translate("md", "\"%1\" is not a number (%2)")
            .arg(text.toString(), QCoreApplication::translate("md", why)),
        {} };
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// value = value * 10 + digit, false on overflow.
bool pushDigit(qint64& value, QChar c)
{
    const int digit = c.unicode() - '0';
    if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
        return false;
    value = value * 10 + digit;
    return true;
}
} // namespace

Result<std::optional<qint64>> parseFeedDecimal(QStringView text, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= 9);
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::optional<qint64> {};

    qsizetype i = 0;
    const qsizetype n = s.size();
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        ++i;
    }

    qint64 value = 0;
    // Integer part: plain digits, or groups of three after thousands dots.
    int intDigits = 0;
    int groupDigits = 0; // digits since the last dot (or since the start)
    bool sawDot = false;
    for (; i < n && s[i] != u','; ++i) {
        const QChar c = s[i];
        if (isDigit(c)) {
            if (!pushDigit(value, c))
                return invalidNumber(text, QT_TRANSLATE_NOOP("md", "too large"));
            ++intDigits;
            ++groupDigits;
        } else if (c == u'.') {
            // A dot must follow 1-3 digits (first group) or exactly 3 (later groups).
            if (groupDigits == 0 || (sawDot ? groupDigits != 3 : groupDigits > 3))
                return invalidNumber(text, QT_TRANSLATE_NOOP("md", "misplaced thousands separator"));
            sawDot = true;
            groupDigits = 0;
        } else {
            return invalidNumber(text, QT_TRANSLATE_NOOP("md", "unexpected character"));
        }
    }
    if (sawDot && groupDigits != 3)
        return invalidNumber(text, QT_TRANSLATE_NOOP("md", "misplaced thousands separator"));

    int fracDigits = 0;
    if (i < n) { // at the decimal comma
        ++i;
        if (i == n)
            return invalidNumber(text, QT_TRANSLATE_NOOP("md", "no digits after the decimal comma"));
        for (; i < n; ++i) {
            const QChar c = s[i];
            if (!isDigit(c))
                return invalidNumber(text,
                    c == u',' ? QT_TRANSLATE_NOOP("md", "more than one decimal comma")
                              : QT_TRANSLATE_NOOP("md", "unexpected character"));
            if (fracDigits < decimals) {
                if (!pushDigit(value, c))
                    return invalidNumber(text, QT_TRANSLATE_NOOP("md", "too large"));
            } else if (c != u'0') {
                return decimals == 0 ? invalidNumber(text, QT_TRANSLATE_NOOP("md", "not a whole number"))
                                     : invalidNumber(text, QT_TRANSLATE_NOOP("md", "too many decimals"));
            }
            ++fracDigits;
        }
    } else if (intDigits == 0) {
        return invalidNumber(text, QT_TRANSLATE_NOOP("md", "no digits"));
    }

    for (int scale = std::min(fracDigits, decimals); scale < decimals; ++scale) {
        if (value > std::numeric_limits<qint64>::max() / 10)
            return invalidNumber(text, QT_TRANSLATE_NOOP("md", "too large"));
        value *= 10;
    }
    return std::optional<qint64> { negative ? -value : value };
}

} // namespace md
