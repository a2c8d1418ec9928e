#pragma once

#include "services/secrets/secretstore.h"

#include <memory>

namespace md::secrets {

// A SecretStore for one thread whose operations run on another store in that store's own thread, with the results
// brought back. QtKeychain serves one thread per process (its job queue is a per-process object bound to the
// first thread that used it), so a process whose main thread holds the KeychainSecretStore gives its worker threads
// one of these. Use it from the thread it lives in, with contexts of that thread. `target` must outlive the thread
// this store lives in. Operations still running when this store is destroyed are dropped without a callback.
class ForwardingSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit ForwardingSecretStore(SecretStore* target, QObject* parent = nullptr);
    ~ForwardingSecretStore() override;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

private:
    struct Relay;
    SecretStore* m_target;
    std::shared_ptr<Relay> m_relay; // shared with the operations in flight; cut when this store goes
};

} // namespace md::secrets
