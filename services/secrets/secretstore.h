#pragma once

#include "services/domain/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace md::secrets {

// Where MarketDesk keeps secrets (client secrets, refresh tokens, seller keys, DB passwords): by key,
// e.g. "account/naver/<name>/client_secret". Asynchronous: every operation completes exactly once, later,
// in the caller's thread, through its callback — unless `context` is destroyed first.
// Implementations never put a secret's value into logs or error messages.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(md::Result<QByteArray>)>;
    using StatusCallback = std::function<void(md::Status)>;

    using QObject::QObject;

    // The secret stored under `key`; ErrorCode::NotFound when there is none, ErrorCode::Keychain when the store fails.
    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    // Stores (or replaces) the secret under `key`.
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) = 0;
    // Removes the secret under `key`; removing a key that does not exist succeeds.
    virtual void remove(const QString& key, QObject* context, StatusCallback done) = 0;

    // Convenience for text secrets (stored as UTF-8).
    void writeText(const QString& key, const QString& secret, QObject* context, StatusCallback done)
    {
        write(key, secret.toUtf8(), context, std::move(done));
    }
};

} // namespace md::secrets
