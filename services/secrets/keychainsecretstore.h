#pragma once

#include "services/secrets/secretstore.h"

namespace QKeychain {
class Job;
}

namespace md::secrets {

// SecretStore over the OS keychain through QtKeychain (Secret Service/KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). The plaintext fallback is always off: with no keychain every operation fails
// with ErrorCode::Keychain and a message that says what to install or unlock.
// Operations still running when the store is destroyed are dropped without a callback.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    static inline const QString defaultService = QStringLiteral("MarketDesk");

    explicit KeychainSecretStore(QObject* parent = nullptr, const QString& service = defaultService);

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

    QString service() const { return m_service; }

private:
    void prepare(QKeychain::Job* job, const QString& key);
    // The Error for a failed job: names the key and the backend's reason, never the secret.
    static md::Error errorFor(const QKeychain::Job* job, const QString& key);

    QString m_service;
};

} // namespace md::secrets
