#pragma once

#include <QString>

namespace md {

// What went wrong, as a category callers can branch on. The message is for people.
enum class ErrorCode {
    Invalid, // bad input: a file, a field, an argument
    NotFound,
    Conflict, // optimistic concurrency: the row changed since it was read
    Database,
    SchemaTooNew, // the database was migrated by a newer MarketDesk
    Network,
    Timeout,
    Auth,
    RateLimited,
    Io,
    Cancelled,
    LockHeld, // another process holds the single-runner lease
    Keychain,
    Config,
    Internal,
};

// The one error type of the services: a code, a translated message that names what to fix,
// and an optional technical detail (already redacted) for logs and "details" panes.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

QString errorCodeName(ErrorCode code);

} // namespace md
