#pragma once

#include "services/domain/result.h"

#include <QStringView>
#include <optional>

namespace md {

// Numbers as the G&B feed writes them (Italian ERP export), parsed without locale lookups.
//
// Accepted grammar, after trimming spaces:  [+|-] integer-part [ ',' digits ]
//   integer-part = digits                     "1234", "0012"
//                | 1-3 digits ('.' 3 digits)+ "1.234", "12.345.678"
//                | empty, only when a fraction follows: ",50" = 0,50
// Decisions where the feed contract is silent:
// - The dot is ALWAYS a thousands separator, never a decimal point: "1.234" = 1234 and "1.23", "12.5",
//   "1.23.4,5" are errors, because an English "1.23" would otherwise silently become 123.
// - The comma is the only decimal separator; a second comma ("1,2,3") or a trailing one ("12,") is an error.
// - More fraction digits than the target scale are accepted only when the extra digits are zeros
//   ("3,00" is the whole number 3; "12,500" is 1250 cents); "12,345" as cents is an error, never rounded.
// - Anything else (letters, spaces inside, currency signs, "1e3") is an error.
// - Empty text is "no value" (std::nullopt), not an error; callers decide what empty means.

// Parses text into an integer scaled by 10^decimals ("1.234,5" with decimals = 2 → 123450).
// Returns nullopt for empty text and an Error (ErrorCode::Invalid, message says why) for anything unparseable.
Result<std::optional<qint64>> parseFeedDecimal(QStringView text, int decimals);

// Parses a money amount into cents ("1.234,50" → 123450).
inline Result<std::optional<qint64>> parseFeedCents(QStringView text)
{
    return parseFeedDecimal(text, 2);
}

// Parses a whole number, e.g. a stock quantity ("1.200" → 1200, "3,00" → 3, "3,5" is an error).
inline Result<std::optional<qint64>> parseFeedInteger(QStringView text)
{
    return parseFeedDecimal(text, 0);
}

} // namespace md
