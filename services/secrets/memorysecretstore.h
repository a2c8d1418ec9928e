#pragma once

#include "services/secrets/secretstore.h"

#include <QHash>
#include <optional>

namespace md::secrets {

// A SecretStore in memory, for tests and for code that must not touch the OS keychain. Completes
// asynchronously like the real store. setFailure() makes every operation fail, to test error paths.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

    // Every later operation fails with this error (std::nullopt: back to normal).
    void setFailure(std::optional<md::Error> error) { m_failure = std::move(error); }
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
    std::optional<md::Error> m_failure;
};

} // namespace md::secrets
