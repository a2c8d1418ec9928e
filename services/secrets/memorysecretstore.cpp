#include "services/secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace md::secrets {

namespace {

// Runs `f` on the next event-loop pass unless `context` (when given) has been destroyed by then.
template<typename F> void later(QObject* self, QObject* context, F f)
{
    QTimer::singleShot(0, context ? context : self, std::move(f));
}

md::Error notFound(const QString& key)
{
    return md::Error { md::ErrorCode::NotFound,
        QCoreApplication::translate("md::secrets::SecretStore", "No secret is stored under %1.").arg(key), {} };
}

} // namespace

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    md::Result<QByteArray> result = m_failure ? md::Result<QByteArray>(*m_failure)
        : m_secrets.contains(key)             ? md::Result<QByteArray>(m_secrets.value(key))
                                              : md::Result<QByteArray>(notFound(key));
    later(this, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done)
{
    md::Status status;
    if (m_failure)
        status = *m_failure;
    else
        m_secrets.insert(key, secret);
    later(this, context, [done = std::move(done), status] { done(status); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    md::Status status;
    if (m_failure)
        status = *m_failure;
    else
        m_secrets.remove(key);
    later(this, context, [done = std::move(done), status] { done(status); });
}

} // namespace md::secrets
