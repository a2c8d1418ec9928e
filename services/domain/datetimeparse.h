#pragma once

#include "services/domain/result.h"

#include <QDateTime>
#include <QStringView>

namespace md {

// Parses a G&B timestamp "dd/MM/yyyy HH:mm:ss" (always two-digit day, month, hour, minute, second;
// spaces around it are trimmed), read as Europe/Rome wall-clock time, into a UTC QDateTime.
// Empty text gives an invalid QDateTime (no value), not an error; any other shape, or an impossible
// date or time (31/02/2024, 24:00:00), is an Error (ErrorCode::Invalid).
// Daylight-saving edges, decided here rather than left to the Qt version: a time in the spring-forward gap
// (02:30 on the last Sunday of March does not exist) is read with the offset before the gap (UTC+1), i.e.
// as 03:30 summer time; a time in the repeated October hour (02:30 happens twice) is the first occurrence,
// summer time (UTC+2).
Result<QDateTime> parseRomeDateTime(QStringView text);

} // namespace md
