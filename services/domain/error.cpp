#include "services/domain/error.h"

namespace md {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Auth:
        return QStringLiteral("auth");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::LockHeld:
        return QStringLiteral("lock_held");
    case ErrorCode::Keychain:
        return QStringLiteral("keychain");
    case ErrorCode::Config:
        return QStringLiteral("config");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace md
