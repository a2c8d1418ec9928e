#include "services/secrets/forwardingsecretstore.h"

#include <QMutex>
#include <QPointer>

namespace md::secrets {

// How an answer reaches this store's thread: posted to the store while it exists. The mutex makes "still there?"
// and the post one step, and the destructor takes it too, so no post can target a deleted store (posted events
// still pending when it is deleted are discarded by Qt).
struct ForwardingSecretStore::Relay {
    QMutex mutex;
    ForwardingSecretStore* receiver = nullptr;

    void deliver(std::function<void()> answer)
    {
        QMutexLocker lock(&mutex);
        if (receiver)
            QMetaObject::invokeMethod(receiver, std::move(answer), Qt::QueuedConnection);
    }
};

ForwardingSecretStore::ForwardingSecretStore(SecretStore* target, QObject* parent)
    : SecretStore(parent)
    , m_target(target)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->receiver = this;
}

ForwardingSecretStore::~ForwardingSecretStore()
{
    QMutexLocker lock(&m_relay->mutex);
    m_relay->receiver = nullptr;
}

void ForwardingSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    QMetaObject::invokeMethod(
        m_target,
        [target = m_target, relay = m_relay, key, guard, done = std::move(done)] {
            target->read(key, target, [relay, guard, done](Result<QByteArray> result) {
                relay->deliver([guard, done, result] {
                    if (guard)
                        done(result);
                });
            });
        },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    QMetaObject::invokeMethod(
        m_target,
        [target = m_target, relay = m_relay, key, secret, guard, done = std::move(done)] {
            target->write(key, secret, target, [relay, guard, done](Status status) {
                relay->deliver([guard, done, status] {
                    if (guard)
                        done(status);
                });
            });
        },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    QPointer<QObject> guard(context ? context : this);
    QMetaObject::invokeMethod(
        m_target,
        [target = m_target, relay = m_relay, key, guard, done = std::move(done)] {
            target->remove(key, target, [relay, guard, done](Status status) {
                relay->deliver([guard, done, status] {
                    if (guard)
                        done(status);
                });
            });
        },
        Qt::QueuedConnection);
}

} // namespace md::secrets
