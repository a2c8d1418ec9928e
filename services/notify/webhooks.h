#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace md::notify {

// A webhook as stored in `webhook`. Its URL is a secret (Slack and Discord URLs carry their token) and lives in the
// SecretStore under urlSecretKey(name), never in the database.
struct Webhook {
    qint64 id = 0;
    QString name;
    QString kind; // "generic", "slack", "discord"
    QStringList events; // "start", "success", "failure"
    bool active = true;

    static QString urlSecretKey(const QString& name)
    {
        return QStringLiteral("webhook/") + name + QStringLiteral("/url");
    }
};

QStringList webhookKinds();
QStringList webhookEvents();

// The `webhook` table, on the calling thread's connection.
class Webhooks {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::notify::Webhooks)

public:
    explicit Webhooks(db::Database database);

    Result<qint64> add(const Webhook& webhook); // Conflict when the name is taken; Invalid for a bad kind/event
    Result<QList<Webhook>> list();
    Result<Webhook> get(qint64 id);
    Status remove(const QString& name); // NotFound when absent; its queued notifications go with it

private:
    db::Database m_db;
};

} // namespace md::notify
