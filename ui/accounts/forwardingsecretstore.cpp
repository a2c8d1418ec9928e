#include "ui/accounts/forwardingsecretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
md::Error storeGone()
{
    return md::Error { md::ErrorCode::Keychain,
        QCoreApplication::translate("md::ui::ForwardingSecretStore", "The secret store was closed."), {} };
}
} // namespace

ForwardingSecretStore::ForwardingSecretStore(secrets::SecretStore* target, QObject* parent)
    : SecretStore(parent)
    , m_target(target)
    , m_link(std::make_shared<Link>())
{
    m_link->receiver = this;
}

ForwardingSecretStore::~ForwardingSecretStore()
{
    QMutexLocker lock(&m_link->mutex);
    m_link->receiver = nullptr;
}

void ForwardingSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    QPointer<secrets::SecretStore> target = m_target;
    if (!target) {
        QMetaObject::invokeMethod(
            this, [done] { done(storeGone()); }, Qt::QueuedConnection);
        return;
    }
    auto link = m_link;
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        target,
        [target, key, link, ctx, hasContext, done = std::move(done)]() mutable {
            target->read(key, nullptr, [link, ctx, hasContext, done = std::move(done)](md::Result<QByteArray> r) {
                QMutexLocker lock(&link->mutex);
                if (!link->receiver)
                    return;
                QMetaObject::invokeMethod(
                    link->receiver,
                    [ctx, hasContext, done, r] {
                        if (!hasContext || ctx)
                            done(r);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done)
{
    QPointer<secrets::SecretStore> target = m_target;
    if (!target) {
        QMetaObject::invokeMethod(
            this, [done] { done(storeGone()); }, Qt::QueuedConnection);
        return;
    }
    auto link = m_link;
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        target,
        [target, key, secret, link, ctx, hasContext, done = std::move(done)]() mutable {
            target->write(key, secret, nullptr, [link, ctx, hasContext, done = std::move(done)](md::Status s) {
                QMutexLocker lock(&link->mutex);
                if (!link->receiver)
                    return;
                QMetaObject::invokeMethod(
                    link->receiver,
                    [ctx, hasContext, done, s] {
                        if (!hasContext || ctx)
                            done(s);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    QPointer<secrets::SecretStore> target = m_target;
    if (!target) {
        QMetaObject::invokeMethod(
            this, [done] { done(storeGone()); }, Qt::QueuedConnection);
        return;
    }
    auto link = m_link;
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        target,
        [target, key, link, ctx, hasContext, done = std::move(done)]() mutable {
            target->remove(key, nullptr, [link, ctx, hasContext, done = std::move(done)](md::Status s) {
                QMutexLocker lock(&link->mutex);
                if (!link->receiver)
                    return;
                QMetaObject::invokeMethod(
                    link->receiver,
                    [ctx, hasContext, done, s] {
                        if (!hasContext || ctx)
                            done(s);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

} // namespace md::ui
