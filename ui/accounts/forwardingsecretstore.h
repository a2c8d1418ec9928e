#pragma once

#include "services/secrets/secretstore.h"

#include <QMutex>
#include <QPointer>
#include <memory>

namespace md::ui {

// A SecretStore for a worker thread that forwards every operation to the application's store in the thread that
// store lives in (the keychain store's jobs must run there), and brings the answer back to this thread. Answers
// arriving after this object is gone are dropped.
class ForwardingSecretStore : public secrets::SecretStore {
    Q_OBJECT
public:
    explicit ForwardingSecretStore(secrets::SecretStore* target, QObject* parent = nullptr);
    ~ForwardingSecretStore() override;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

private:
    // Shared with the callbacks running in the target's thread: they post back only while the receiver lives.
    struct Link {
        QMutex mutex;
        QObject* receiver = nullptr;
    };

    QPointer<secrets::SecretStore> m_target;
    std::shared_ptr<Link> m_link;
};

} // namespace md::ui
