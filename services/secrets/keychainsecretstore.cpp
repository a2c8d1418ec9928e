#include "services/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "md.secrets", QtInfoMsg)

namespace md::secrets {

KeychainSecretStore::KeychainSecretStore(QObject* parent, const QString& service)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::prepare(QKeychain::Job* job, const QString& key)
{
    // Never a plaintext QSettings file, whatever QtKeychain's defaults become.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
}

md::Error KeychainSecretStore::errorFor(const QKeychain::Job* job, const QString& key)
{
    // QtKeychain's error strings name the backend problem (D-Bus, locked collection), never the secret.
    const QString reason = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return md::Error { md::ErrorCode::NotFound, tr("No secret is stored under %1.").arg(key), reason };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return md::Error { md::ErrorCode::Keychain,
            tr("Access to the OS keychain was denied (%1). Unlock the keychain and allow MarketDesk to use it.")
                .arg(reason),
            reason };
    case QKeychain::CouldNotDeleteEntry:
        return md::Error { md::ErrorCode::Keychain,
            tr("The OS keychain could not delete the secret %1 (%2).").arg(key, reason), reason };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    return md::Error { md::ErrorCode::Keychain,
        tr("No OS keychain is available (%1). Install/unlock a Secret Service keyring such as GNOME Keyring "
           "or KWallet and log in to a desktop session (or run the worker under dbus-run-session with an "
           "unlocked keyring); MarketDesk will not store secrets in a plain file.")
            .arg(reason.isEmpty() ? tr("unknown error") : reason),
        reason };
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, context ? context : this, [key, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            const md::Error error = errorFor(j, key);
            if (error.code != md::ErrorCode::NotFound)
                qCWarning(lcSecrets).noquote() << "reading" << key << "failed:" << error.detail;
            done(error);
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, StatusCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, context ? context : this, [key, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            const md::Error error = errorFor(j, key);
            qCWarning(lcSecrets).noquote() << "writing" << key << "failed:" << error.detail;
            done(error);
            return;
        }
        done({});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, context ? context : this, [key, done = std::move(done)](QKeychain::Job* j) {
        // Removing what is not there is what the caller wanted anyway.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            const md::Error error = errorFor(j, key);
            qCWarning(lcSecrets).noquote() << "removing" << key << "failed:" << error.detail;
            done(error);
            return;
        }
        done({});
    });
    job->start();
}

} // namespace md::secrets
