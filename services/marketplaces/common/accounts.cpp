#include "services/marketplaces/common/accounts.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/net/httpclient.h"
#include "services/secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlQuery>
#include <memory>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

namespace {

const QString kColumns = u"id, platform, name, seller_id, display_name, base_url, proxy_url, options, active, "
                         u"collect_interval_s, last_collected_to, version"_s;

Account fromRow(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.platform = q.value(1).toString();
    a.name = q.value(2).toString();
    a.sellerId = q.value(3).toString();
    a.displayName = q.value(4).toString();
    a.baseUrl = QUrl(q.value(5).toString());
    a.proxyUrl = QUrl(q.value(6).toString());
    a.options = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    a.active = q.value(8).toBool();
    a.collectIntervalS = q.value(9).toInt();
    a.lastCollectedTo = jobs::DbClock::toDateTime(q.value(10));
    a.version = q.value(11).toInt();
    return a;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Writes or removes `keys` one after the other (the stores complete asynchronously).
void chain(std::shared_ptr<QList<std::function<void(AccountSecrets::Done)>>> steps, AccountSecrets::Done done)
{
    if (steps->isEmpty())
        return done({});
    auto step = steps->takeFirst();
    step([steps, done](Status s) {
        if (!s)
            return done(s);
        chain(steps, done);
    });
}
} // namespace

Accounts::Accounts(db::Database database)
    : m_db(std::move(database))
{
}

Status Accounts::validate(const Account& a)
{
    if (!a.baseUrl.isEmpty()) {
        const QString scheme = a.baseUrl.scheme().toLower();
        if (!a.baseUrl.isValid() || a.baseUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
            return Error { ErrorCode::Invalid,
                tr("The base URL of account \"%1\" must be an http:// or https:// address (or empty for the "
                   "platform's own).")
                    .arg(a.name),
                {} };
        if (!a.baseUrl.password().isEmpty())
            return Error { ErrorCode::Invalid,
                tr("The base URL of account \"%1\" contains a password; remove it.").arg(a.name), {} };
    }
    if (!a.proxyUrl.isEmpty()) {
        const QString scheme = a.proxyUrl.scheme().toLower();
        // Checked first so that the message never repeats the URL, password included.
        if (!a.proxyUrl.password().isEmpty())
            return Error { ErrorCode::Invalid,
                tr("The proxy URL of account \"%1\" contains a password. Give the URL without it (e.g. "
                   "http://user@proxy:3128) and store the password in the keychain as the account's secret \"%2\".")
                    .arg(a.name, QString(kProxyPasswordField)),
                {} };
        if (!a.proxyUrl.isValid() || a.proxyUrl.host().isEmpty() || (scheme != u"http" && scheme != u"socks5"))
            return Error { ErrorCode::Invalid,
                tr("The proxy of account \"%1\" must be an http:// or socks5:// address with a host (or empty for a "
                   "direct connection).")
                    .arg(a.name),
                {} };
    }
    if (a.collectIntervalS < minCollectIntervalS || a.collectIntervalS > maxCollectIntervalS)
        return Error { ErrorCode::Invalid,
            tr("The collection interval of account \"%1\" must be between %2 and %3 minutes.")
                .arg(a.name)
                .arg(minCollectIntervalS / 60)
                .arg(maxCollectIntervalS / 60),
            {} };
    return {};
}

Result<qint64> Accounts::add(const Account& a)
{
    if (auto valid = validate(a); !valid)
        return valid.error();
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto taken = db::scalar(*db, u"SELECT COUNT(*) FROM account WHERE name = ? OR (platform = ? AND seller_id = ?)"_s,
        { a.name, a.platform, a.sellerId });
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error { ErrorCode::Conflict,
            tr("An account named \"%1\" (or a %2 account with seller id \"%3\") already exists; choose another name "
               "or remove it first with `accounts remove`.")
                .arg(a.name, a.platform, a.sellerId),
            {} };
    const QString options = QString::fromUtf8(QJsonDocument(a.options).toJson(QJsonDocument::Compact));
    auto id = db::scalar(*db,
        u"INSERT INTO account (platform, name, seller_id, display_name, base_url, proxy_url, options, active, "
        u"collect_interval_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { a.platform, a.name, a.sellerId, a.displayName.isEmpty() ? a.name : a.displayName,
            textOrNull(a.baseUrl.toString()), textOrNull(a.proxyUrl.toString()), options, a.active,
            a.collectIntervalS });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<Account>> Accounts::list()
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto q
        = db::exec(*db, u"SELECT "_s + kColumns + u" FROM account WHERE platform <> 'gnb' ORDER BY platform, name"_s);
    if (!q)
        return q.error();
    QList<Account> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<Account> Accounts::get(const QString& name)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto q = db::exec(*db, u"SELECT "_s + kColumns + u" FROM account WHERE name = ?"_s, { name });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { ErrorCode::NotFound,
            tr("There is no account named \"%1\"; `marketdesk-cli accounts list` shows them.").arg(name), {} };
    return fromRow(*q);
}

Result<Account> Accounts::get(qint64 id)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto q = db::exec(*db, u"SELECT "_s + kColumns + u" FROM account WHERE id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { ErrorCode::NotFound, tr("Account %1 no longer exists.").arg(id), {} };
    return fromRow(*q);
}

Result<Account> Accounts::update(const QString& name, const AccountChanges& changes, std::optional<int> expectedVersion)
{
    auto current = get(name);
    if (!current)
        return current.error();
    const auto conflict = [&] {
        return Error { ErrorCode::Conflict,
            tr("Account \"%1\" was changed elsewhere since it was read; reload it and make the change again.")
                .arg(name),
            {} };
    };
    if (expectedVersion && *expectedVersion != current->version)
        return conflict();
    Account next = *current;
    if (changes.displayName)
        next.displayName = changes.displayName->trimmed().isEmpty() ? next.name : changes.displayName->trimmed();
    if (changes.baseUrl)
        next.baseUrl = *changes.baseUrl;
    if (changes.proxyUrl)
        next.proxyUrl = *changes.proxyUrl;
    if (changes.collectIntervalS)
        next.collectIntervalS = *changes.collectIntervalS;
    if (changes.active)
        next.active = *changes.active;
    if (auto valid = validate(next); !valid)
        return valid.error();
    auto db = m_db.connection();
    if (!db)
        return db.error();
    // The version in the WHERE clause catches a change made between the read above and this write.
    auto q = db::exec(*db,
        u"UPDATE account SET display_name = ?, base_url = ?, proxy_url = ?, active = ?, collect_interval_s = ?, "
        u"version = version + 1, updated_at = "_s
            + jobs::DbClock::now(m_db.dialect()) + u" WHERE id = ? AND version = ?"_s,
        { next.displayName, textOrNull(next.baseUrl.toString()), textOrNull(next.proxyUrl.toString()), next.active,
            next.collectIntervalS, current->id, current->version });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return conflict();
    return get(current->id);
}

Status Accounts::remove(const QString& name)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    auto q = db::exec(*db, u"DELETE FROM account WHERE name = ?"_s, { name });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error { ErrorCode::NotFound,
            tr("There is no account named \"%1\"; `marketdesk-cli accounts list` shows them.").arg(name), {} };
    return {};
}

Status Accounts::setLastCollectedTo(qint64 accountId, const QDateTime& to)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    const QVariant bound = jobs::DbClock::bindValue(m_db.dialect(), to);
    auto q = db::exec(*db,
        u"UPDATE account SET last_collected_to = ?, updated_at = "_s + jobs::DbClock::now(m_db.dialect())
            + u" WHERE id = ? AND (last_collected_to IS NULL OR last_collected_to < ?)"_s,
        { bound, accountId, bound });
    if (!q)
        return q.error();
    return {};
}

Status AccountSecrets::validate(const QString& platform, const QJsonObject& secrets)
{
    const QStringList required = requiredSecretFields(platform);
    const QStringList optional = optionalSecretFields(platform);
    if (required.isEmpty())
        return Error { ErrorCode::Invalid,
            tr("Unknown platform \"%1\"; use one of %2.").arg(platform, supportedPlatforms().join(u", "_s)), {} };
    QStringList missing;
    QStringList unexpected;
    for (const QString& field : required) {
        if (!secrets.value(field).isString() || secrets.value(field).toString().trimmed().isEmpty())
            missing << field;
    }
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (optional.contains(it.key())) {
            if (!it.value().isString() || it.value().toString().isEmpty())
                missing << it.key();
        } else if (!required.contains(it.key())) {
            unexpected << it.key();
        }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
        QString message = tr("The %1 secrets on standard input must be one JSON object with the fields %2 (and "
                             "optionally %3).")
                              .arg(platform, required.join(u", "_s), optional.join(u", "_s));
        if (!missing.isEmpty())
            message += u' ' + tr("Missing or empty: %1.").arg(missing.join(u", "_s));
        if (!unexpected.isEmpty())
            message += u' ' + tr("Not expected: %1.").arg(unexpected.join(u", "_s));
        return Error { ErrorCode::Invalid, message, {} };
    }
    return {};
}

void AccountSecrets::storeAll(
    secrets::SecretStore* store, const Account& account, const QJsonObject& secrets, QObject* context, Done done)
{
    auto steps = std::make_shared<QList<std::function<void(Done)>>>();
    QPointer<QObject> guard(context);
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString key = account.secretKey(it.key());
        const QByteArray value = it.value().toString().trimmed().toUtf8();
        steps->append([store, key, value, guard](Done next) {
            if (!guard)
                return;
            store->write(key, value, guard, std::move(next));
        });
    }
    chain(steps, std::move(done));
}

void AccountSecrets::removeAll(secrets::SecretStore* store, const Account& account, QObject* context, Done done)
{
    auto steps = std::make_shared<QList<std::function<void(Done)>>>();
    QPointer<QObject> guard(context);
    for (const QString& field : requiredSecretFields(account.platform) + derivedSecretFields(account.platform)
            + optionalSecretFields(account.platform)) {
        const QString key = account.secretKey(field);
        steps->append([store, key, guard](Done next) {
            if (!guard)
                return;
            store->remove(key, guard, std::move(next));
        });
    }
    chain(steps, std::move(done));
}

void AccountSecrets::readProxyPassword(
    secrets::SecretStore* store, const Account& account, QObject* context, std::function<void(Result<QString>)> done)
{
    if (account.proxyUrl.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    store->read(account.secretKey(QString(kProxyPasswordField)), context, [done](Result<QByteArray> password) {
        if (!password && password.error().code == ErrorCode::NotFound)
            return done(QString()); // a proxy without a password, or one that knows this host
        if (!password)
            return done(password.error());
        done(QString::fromUtf8(*password));
    });
}

void AccountSecrets::applyProxy(
    secrets::SecretStore* store, const Account& account, net::HttpClient* http, QObject* context, Done done)
{
    QPointer<net::HttpClient> target(http);
    readProxyPassword(store, account, context, [account, target, done](Result<QString> password) {
        if (!password)
            return done(password.error());
        if (!target)
            return done(Error { ErrorCode::Cancelled, tr("Cancelled."), {} });
        if (account.proxyUrl.password().isEmpty())
            return done(target->setProxy(account.proxyUrl, *password));
        done(Error { ErrorCode::Config,
            tr("The proxy URL of %1 contains a password. Edit the account to give the URL without it and store the "
               "password as its secret \"%2\".")
                .arg(account.label(), QString(kProxyPasswordField)),
            {} });
    });
}

} // namespace md::marketplaces
