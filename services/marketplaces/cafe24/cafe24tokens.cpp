#include "services/marketplaces/cafe24/cafe24tokens.h"

#include "services/jobs/lease.h"
#include "services/net/redactor.h"
#include "services/secrets/secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces::cafe24 {

namespace {

constexpr qint64 marginSecs = 300; // never start a call with a token that dies within 5 minutes
constexpr std::chrono::milliseconds leaseLength { 120'000 }; // > the refresh call's timeout
constexpr int leasePollMs = 200;

QString tr(const char* text)
{
    return QCoreApplication::translate("md::cafe24", text);
}

} // namespace

QUrl Cafe24Config::apiBase() const
{
    return baseUrl.isEmpty() ? QUrl(u"https://%1.cafe24api.com"_s.arg(mallId)) : baseUrl;
}

QDateTime parseCafe24Time(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone(9 * 3600));
    return time.toUTC();
}

QByteArray basicAuthorization(const QByteArray& clientId, const QByteArray& clientSecret)
{
    return "Basic " + QByteArray(clientId + ':' + clientSecret).toBase64();
}

QString cafe24ErrorText(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString code = e.value(u"code"_s).isDouble() ? QString::number(e.value(u"code"_s).toInt())
                                                           : e.value(u"code"_s).toString();
        QString text = code + u' ' + e.value(u"message"_s).toString();
        if (!e.value(u"more_info"_s).toVariant().toString().isEmpty())
            text += u" ("_s
                + QString::fromUtf8(QJsonDocument(e.value(u"more_info"_s).toObject()).toJson(QJsonDocument::Compact))
                + u')';
        return text.trimmed();
    }
    return QString(error.toString() + u' ' + object.value(u"error_description"_s).toString()).trimmed();
}

struct Cafe24Tokens::Attempt {
    QByteArray rejected;
    TokenCallback done;
    std::unique_ptr<jobs::Lease> lease;
    QElapsedTimer waited;
};

Cafe24Tokens::Cafe24Tokens(
    Cafe24Config config, db::Database database, secrets::SecretStore* store, net::HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(std::move(database))
    , m_store(store)
    , m_http(http)
{
    m_http->redactor().addSecret(m_config.clientSecret);
    m_http->redactor().addSensitiveParameter(u"refresh_token"_s);
    m_http->redactor().addSensitiveParameter(u"access_token"_s);
    m_http->redactor().addSensitiveParameter(u"code"_s);
}

bool Cafe24Tokens::usable(const QByteArray& token, const QDateTime& expiry, const QByteArray& rejected) const
{
    return !token.isEmpty() && token != rejected && QDateTime::currentDateTimeUtc().secsTo(expiry) > marginSecs;
}

void Cafe24Tokens::accessToken(TokenCallback done, const QByteArray& rejected)
{
    if (usable(m_access, m_expiry, rejected)) {
        QTimer::singleShot(0, this, [this, done] { done(m_access); });
        return;
    }
    if (m_busy) { // one renewal per process at a time; the others take its result
        m_queued.append({ rejected, std::move(done) });
        return;
    }
    m_busy = true;
    auto attempt = std::make_shared<Attempt>();
    attempt->rejected = rejected;
    attempt->done = std::move(done);
    // Another process may have refreshed already: its token is in the keychain.
    readStored(attempt, [this, attempt](bool found) {
        if (found)
            return finish(attempt, m_access);
        attempt->waited.start();
        tryLease(attempt);
    });
}

void Cafe24Tokens::readStored(std::shared_ptr<Attempt> attempt, std::function<void(bool)> next)
{
    m_store->read(m_config.accessTokenKey, this, [this, attempt, next](Result<QByteArray> stored) {
        if (stored) {
            const QJsonObject object = QJsonDocument::fromJson(*stored).object();
            const QByteArray token = object.value(u"access_token"_s).toString().toUtf8();
            const QDateTime expiry = parseCafe24Time(object.value(u"expires_at"_s).toString());
            if (usable(token, expiry, attempt->rejected)) {
                m_http->redactor().addSecret(token);
                m_access = token;
                m_expiry = expiry;
                return next(true);
            }
        }
        next(false);
    });
}

void Cafe24Tokens::tryLease(std::shared_ptr<Attempt> attempt)
{
    attempt->lease = std::make_unique<jobs::Lease>(m_db, u"cafe24.token:"_s + m_config.account);
    auto info = attempt->lease->tryAcquire(leaseLength);
    if (!info)
        return finish(attempt, info.error());
    if (!info->acquired) {
        attempt->lease.reset();
        if (attempt->waited.elapsed() > m_leaseWait.count())
            return finish(attempt,
                Error { ErrorCode::LockHeld,
                    tr("Cafe24 account %1: another MarketDesk process is renewing the access token and did not finish "
                       "(%2); try again in a minute.")
                        .arg(m_config.account, info->describe()),
                    {} });
        QTimer::singleShot(leasePollMs, this, [this, attempt] { tryLease(attempt); });
        return;
    }
    // Under the lease: the holder before us may have refreshed while we waited.
    readStored(attempt, [this, attempt](bool found) {
        if (found)
            return finish(attempt, m_access);
        refresh(attempt);
    });
}

void Cafe24Tokens::refresh(std::shared_ptr<Attempt> attempt)
{
    m_store->read(m_config.refreshTokenKey, this, [this, attempt](Result<QByteArray> refreshToken) {
        if (!refreshToken)
            return finish(attempt,
                Error { refreshToken.error().code,
                    tr("Cafe24 account %1: no refresh token in the keychain; authorize the app again from the "
                       "Accounts page.")
                        .arg(m_config.account),
                    refreshToken.error().toString() });
        m_http->redactor().addSecret(*refreshToken);
        net::HttpRequest request;
        request.method = "POST";
        request.url = m_config.apiBase();
        request.url.setPath(u"/api/v2/oauth/token"_s);
        request.headers
            = { { QByteArray("Authorization"), basicAuthorization(m_config.clientId, m_config.clientSecret) },
                  { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") } };
        request.body
            = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(QString::fromUtf8(*refreshToken));
        // Never repeated: if the server rotated the token but the answer was lost, a repeat cannot help and would
        // only hide what happened.
        request.idempotent = false;
        // Nor abandoned on cancel: the server retires the old token on receipt, so the answer must be stored.
        request.outlivesCancel = true;
        m_http->send(request, this, [this, attempt](const net::HttpResponse& response) {
            if (!response.ok()) {
                const bool refused = response.status == 400 || response.status == 401;
                return finish(attempt,
                    Error { refused ? ErrorCode::Auth : (response.error ? response.error->code : ErrorCode::Network),
                        refused ? tr("Cafe24 account %1: the refresh token was refused (expired after two weeks or "
                                     "revoked); authorize the app again from the Accounts page.")
                                      .arg(m_config.account)
                                : tr("Cafe24 account %1: the access token could not be renewed; try again later.")
                                      .arg(m_config.account),
                        m_http->redactor().redact(cafe24ErrorText(response.body)) });
            }
            const QJsonObject object = QJsonDocument::fromJson(response.body).object();
            const QByteArray access = object.value(u"access_token"_s).toString().toUtf8();
            const QByteArray next = object.value(u"refresh_token"_s).toString().toUtf8();
            if (access.isEmpty() || next.isEmpty())
                return finish(attempt,
                    Error { ErrorCode::Network,
                        tr("Cafe24 account %1: the token answer is unreadable; authorize the app again if this "
                           "persists.")
                            .arg(m_config.account),
                        {} });
            m_http->redactor().addSecret(access);
            m_http->redactor().addSecret(next);
            ++m_refreshes;
            const QDateTime expiry = parseCafe24Time(object.value(u"expires_at"_s).toString());
            // The new refresh token goes to the keychain first: the old one is already dead on the server.
            m_store->write(m_config.refreshTokenKey, next, this, [this, attempt, access, expiry](Status written) {
                if (!written)
                    return finish(attempt,
                        Error { ErrorCode::Keychain,
                            tr("Cafe24 account %1: the renewed refresh token could not be saved in the keychain (%2); "
                               "authorize the app again once the keychain works.")
                                .arg(m_config.account, written.error().message),
                            {} });
                const QJsonObject stored { { u"access_token"_s, QString::fromUtf8(access) },
                    { u"expires_at"_s, expiry.toString(Qt::ISODateWithMs) } };
                m_store->write(m_config.accessTokenKey, QJsonDocument(stored).toJson(QJsonDocument::Compact), this,
                    [this, attempt, access, expiry](Status) {
                        // Only a cache: a failure here costs one more refresh later, nothing else.
                        m_access = access;
                        m_expiry = expiry;
                        finish(attempt, access);
                    });
            });
        });
    });
}

void Cafe24Tokens::finish(std::shared_ptr<Attempt> attempt, Result<QByteArray> result)
{
    if (attempt->lease) {
        (void)attempt->lease->release();
        attempt->lease.reset();
    }
    m_busy = false;
    auto done = std::exchange(attempt->done, {});
    if (done)
        done(std::move(result));
    const auto queued = std::exchange(m_queued, {});
    for (const auto& [rejected, next] : queued)
        accessToken(next, rejected);
}

} // namespace md::marketplaces::cafe24
