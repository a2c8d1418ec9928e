#include "services/marketplaces/qoo10/qoo10client.h"

#include "services/marketplaces/common/accounts.h"
#include "services/net/httpcall.h"
#include "services/net/httpclient.h"
#include "services/net/redactor.h"
#include "services/secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::marketplaces::qoo10 {

namespace {
const QString kDefaultBase = u"https://api.qoo10.jp"_s;
const QString kServicePath = u"/GMKT.INC.Front.QAPIService/ebayjapan.qapi"_s;

QByteArray formEncode(const Qoo10Client::Params& params)
{
    QByteArray out;
    for (const auto& [key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// ResultObject may be an array, one object, a scalar (the seller key), or null/absent/empty.
QJsonArray normalize(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return value.toObject().isEmpty() ? QJsonArray {} : QJsonArray { value };
    if (value.isString())
        return value.toString().isEmpty() ? QJsonArray {} : QJsonArray { value };
    if (value.isDouble() || value.isBool())
        return QJsonArray { value };
    return {};
}

std::optional<int> resultCode(const QJsonObject& body)
{
    const QJsonValue v = body.value(u"ResultCode"_s);
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int code = v.toString().trimmed().toInt(&ok);
        if (ok)
            return code;
    }
    return std::nullopt;
}

bool looksLikeAuth(int code, const QString& message)
{
    static const QRegularExpression authWords(
        u"(certif|api ?key|seller ?key|password|pwd|user ?id|login|auth|\\bIP\\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return code == kNotSellerKey || authWords.match(message).hasMatch();
}
} // namespace

struct Qoo10Client::Attempt {
    QString method;
    Params params;
    ObjectsFn done;
    QByteArray keyOverride; // the API key, for CreateCertificationKey
    int appAttempts = 0;
    bool keyRecreated = false;
    quint64 generation = 0;
};

Qoo10Client::Qoo10Client(Account account, CollectorEnv env, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_env(env)
    , m_http(new net::HttpClient(this))
    , m_rateKey(u"qoo10:"_s + m_account.name)
{
    m_http->setRetryPolicy(m_env.retry);
    m_http->setDefaultTimeout(m_env.callTimeout);
    const double perSecond = m_env.minCallSpacing.count() > 0 ? 1000.0 / double(m_env.minCallSpacing.count()) : 0.0;
    m_http->setRateLimit(m_rateKey, perSecond, 1);
    auto& redactor = m_http->redactor();
    redactor.addSensitiveHeader(u"GiosisCertificationKey"_s);
    for (const auto& p : { u"pwd"_s, u"user_id"_s, u"api_key"_s, u"password"_s })
        redactor.addSensitiveParameter(p);
}

Qoo10Client::~Qoo10Client() = default;

QUrl Qoo10Client::methodUrl(const QString& method) const
{
    QString base = m_account.baseUrl.isEmpty() ? kDefaultBase : m_account.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(kServicePath))
        base += kServicePath;
    return QUrl(base + u'/' + method);
}

QList<QPair<QDate, QDate>> Qoo10Client::splitWindow(QDate from, QDate to, int maxDays)
{
    QList<QPair<QDate, QDate>> out;
    for (QDate start = from; start.isValid() && start <= to;) {
        const QDate end = std::min(start.addDays(maxDays - 1), to);
        out.append({ start, end });
        start = end.addDays(1);
    }
    return out;
}

void Qoo10Client::shippingInfo(int shippingStat, int searchCondition, QDate from, QDate to, ObjectsFn done)
{
    call(u"ShippingBasic.GetShippingInfo_v2"_s,
        { { u"ShippingStat"_s, QString::number(shippingStat) }, { u"search_Sdate"_s, from.toString(u"yyyyMMdd"_s) },
            { u"search_Edate"_s, to.toString(u"yyyyMMdd"_s) },
            { u"search_condition"_s, QString::number(searchCondition) } },
        std::move(done));
}

void Qoo10Client::claimInfo(QDate from, QDate to, ObjectsFn done)
{
    call(u"ShippingBasic.GetClaimInfo_V3"_s,
        { { u"ClaimStat"_s, u"0"_s }, { u"search_Sdate"_s, from.toString(u"yyyyMMdd"_s) },
            { u"search_Edate"_s, to.toString(u"yyyyMMdd"_s) }, { u"search_condition"_s, u"1"_s } },
        std::move(done));
}

void Qoo10Client::call(const QString& method, const Params& params, ObjectsFn done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->method = method;
    attempt->params = params;
    attempt->done = std::move(done);
    attempt->generation = m_generation;
    withSellerKey([this, attempt](Result<QByteArray> key) {
        if (attempt->generation != m_generation)
            return attempt->done(Error { ErrorCode::Cancelled, tr("Cancelled."), {} });
        if (!key)
            return attempt->done(key.error());
        send(attempt);
    });
}

void Qoo10Client::readSecrets(
    const QStringList& fields, std::function<void(Result<QList<QByteArray>>)> done, QList<QByteArray> values)
{
    if (values.size() == fields.size())
        return done(values);
    const QString field = fields.at(values.size());
    m_env.secrets->read(m_account.secretKey(field), this, [this, fields, field, values, done](Result<QByteArray> r) {
        if (!r) {
            if (r.error().code == ErrorCode::NotFound)
                return done(Error { ErrorCode::Auth,
                    tr("The secret \"%1\" of %2 is missing from the keychain; add the account again with "
                       "`marketdesk-cli accounts add` (secrets as JSON on standard input).")
                        .arg(field, m_account.label()),
                    {} });
            return done(r.error());
        }
        // A user id is a login name, short and common: masked as a parameter, not as a value everywhere.
        if (field != u"user_id")
            m_http->redactor().addSecret(*r);
        readSecrets(fields, done, values + QList<QByteArray> { *r });
    });
}

void Qoo10Client::withSellerKey(std::function<void(Result<QByteArray>)> next)
{
    if (!m_sellerKey.isEmpty())
        return next(m_sellerKey);
    m_keyWaiters.append(std::move(next));
    if (m_keyWaiters.size() > 1)
        return; // a read or creation is already under way
    m_env.secrets->read(m_account.secretKey(u"seller_key"_s), this, [this](Result<QByteArray> key) {
        if (key && !key->isEmpty()) {
            m_sellerKey = *key;
            m_http->redactor().addSecret(m_sellerKey);
            const auto waiters = std::exchange(m_keyWaiters, {});
            for (const auto& w : waiters)
                w(m_sellerKey);
            return;
        }
        if (!key && key.error().code != ErrorCode::NotFound) {
            const auto waiters = std::exchange(m_keyWaiters, {});
            for (const auto& w : waiters)
                w(key.error());
            return;
        }
        const auto waiters = std::exchange(m_keyWaiters, {});
        createSellerKey([waiters](Result<QByteArray> created) {
            for (const auto& w : waiters)
                w(created);
        });
    });
}

void Qoo10Client::createSellerKey(KeyFn done)
{
    m_sellerKey.clear();
    readSecrets({ u"api_key"_s, u"user_id"_s, u"password"_s }, [this, done](Result<QList<QByteArray>> secrets) {
        if (!secrets)
            return done(secrets.error());
        auto attempt = std::make_shared<Attempt>();
        attempt->method = u"CertificationAPI.CreateCertificationKey"_s;
        attempt->params
            = { { u"user_id"_s, QString::fromUtf8(secrets->at(1)) }, { u"pwd"_s, QString::fromUtf8(secrets->at(2)) } };
        attempt->keyOverride = secrets->at(0);
        attempt->generation = m_generation;
        attempt->done = [this, done](Result<QJsonArray> result) {
            if (!result)
                return done(result.error());
            const QByteArray key = result->isEmpty() ? QByteArray() : result->at(0).toString().toUtf8();
            if (key.isEmpty())
                return done(Error { ErrorCode::Auth,
                    tr("Qoo10 answered CreateCertificationKey for %1 without a seller key; check the API key, user "
                       "id and password in the Qoo10 seller centre (QSM) and add the account again.")
                        .arg(m_account.label()),
                    {} });
            m_http->redactor().addSecret(key);
            m_env.secrets->write(m_account.secretKey(u"seller_key"_s), key, this, [this, key, done](Status stored) {
                if (!stored)
                    return done(stored.error());
                m_sellerKey = key;
                done(key);
            });
        };
        send(attempt);
    });
}

void Qoo10Client::send(std::shared_ptr<Attempt> attempt)
{
    if (!m_proxyReady && !m_account.proxyUrl.isEmpty()) {
        // The proxy's password is in the keychain: read it before the first call goes out.
        AccountSecrets::applyProxy(m_env.secrets, m_account, m_http, this, [this, attempt](Status proxied) {
            if (attempt->generation != m_generation)
                return attempt->done(Error { ErrorCode::Cancelled, tr("Cancelled."), {} });
            if (!proxied)
                return attempt->done(proxied.error());
            m_proxyReady = true;
            send(attempt);
        });
        return;
    }
    net::HttpRequest request;
    request.method = "POST";
    request.url = methodUrl(attempt->method);
    request.headers = { { "Content-Type", "application/x-www-form-urlencoded" },
        { "GiosisCertificationKey", attempt->keyOverride.isEmpty() ? m_sellerKey : attempt->keyOverride },
        { "QAPIVersion", "1.0" }, { "Accept", "application/json" } };
    request.body = formEncode(attempt->params + Params { { u"returnType"_s, u"application/json"_s } });
    request.idempotent = true; // reads, and a key creation that may be repeated
    request.rateKey = m_rateKey;
    ++m_calls;
    m_http->send(std::move(request), this, [this, attempt](const net::HttpResponse& r) { onResponse(attempt, r); });
}

void Qoo10Client::onResponse(std::shared_ptr<Attempt> attempt, const net::HttpResponse& response)
{
    if (const QByteArray date = response.header("Date"); !date.isEmpty()) {
        // An HTTP-date ("Fri, 20 Nov 2026 22:45:00 GMT"); Qt's RFC 2822 parser wants a numeric zone.
        QDateTime server = QLocale::c().toDateTime(
            QString::fromLatin1(date).remove(u" GMT"_s).trimmed(), u"ddd, dd MMM yyyy HH:mm:ss"_s);
        server.setTimeZone(QTimeZone::utc());
        if (server.isValid())
            m_skewSeconds = QDateTime::currentDateTimeUtc().secsTo(server);
    }
    if (!response.ok())
        return attempt->done(httpError(response));

    // Errors that an immediate repeat may cure (a garbled body, a transient ResultCode): retry with backoff.
    auto retryOr = [this, attempt](Error error) {
        if (attempt->generation != m_generation)
            return attempt->done(Error { ErrorCode::Cancelled, tr("Cancelled."), {} });
        if (++attempt->appAttempts >= m_env.retry.maxAttempts)
            return attempt->done(std::move(error));
        const auto wait
            = std::max(m_env.retry.backoff(attempt->appAttempts, QRandomGenerator::global()->generateDouble()),
                m_env.minCallSpacing);
        m_http->pauseRateKey(m_rateKey, wait);
        QTimer::singleShot(0, this, [this, attempt] { send(attempt); });
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const std::optional<int> code = doc.isObject() ? resultCode(doc.object()) : std::nullopt;
    if (!code)
        return retryOr(Error { ErrorCode::Network,
            tr("Qoo10 sent an unreadable answer to %1 for %2; try again later.")
                .arg(attempt->method, m_account.label()),
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"no ResultCode"_s });
    const QJsonObject body = doc.object();
    const QString message = body.value(u"ResultMsg"_s).toString();
    if (*code == 0)
        return attempt->done(normalize(body.value(u"ResultObject"_s)));

    const bool usesSellerKey = attempt->keyOverride.isEmpty();
    if (*code == kNotSellerKey && usesSellerKey && !attempt->keyRecreated) {
        attempt->keyRecreated = true;
        createSellerKey([this, attempt](Result<QByteArray> key) {
            if (!key)
                return attempt->done(key.error());
            send(attempt);
        });
        return;
    }
    Error error = resultCodeError(attempt->method, *code, message);
    if (looksLikeAuth(*code, message))
        return attempt->done(std::move(error));
    retryOr(std::move(error));
}

Error Qoo10Client::httpError(const net::HttpResponse& response) const
{
    Error e = *response.error;
    if (e.code == ErrorCode::Cancelled)
        return e;
    const QString host = methodUrl({}).host();
    if (response.status == 0) {
        e.message = tr("Qoo10 (%1) cannot be reached for %2: %3 Check the network, the account's base URL and proxy.")
                        .arg(host, m_account.label(), e.message);
        return e;
    }
    if (response.status == 401 || response.status == 403) {
        e.code = ErrorCode::Auth;
        e.message = tr("Qoo10 refused access for %1 (HTTP %2): this computer's IP address may not be allowed for the "
                       "API key, or the key is wrong. Register the IP in the Qoo10 seller centre (QSM) or run "
                       "collection on the allowed server.")
                        .arg(m_account.label())
                        .arg(response.status);
    }
    return e;
}

Error Qoo10Client::resultCodeError(const QString& method, int code, const QString& message) const
{
    static const QRegularExpression ipWords(u"\\bIP\\b"_s, QRegularExpression::CaseInsensitiveOption);
    Error e { ErrorCode::Network, {}, u"%1 ResultCode %2: %3"_s.arg(method).arg(code).arg(message) };
    if (ipWords.match(message).hasMatch()) {
        e.code = ErrorCode::Auth;
        e.message
            = tr("Qoo10 does not accept calls from this computer's IP address for %1 (%2). Register the IP in the "
                 "Qoo10 seller centre (QSM) or run collection on the allowed server.")
                  .arg(m_account.label(), message);
    } else if (code == kNotSellerKey) {
        e.code = ErrorCode::Auth;
        e.message = tr("Qoo10 rejects the seller key of %1 even after creating a new one (%2). Check the API key in "
                       "the Qoo10 seller centre (QSM) and add the account again.")
                        .arg(m_account.label(), message);
    } else if (method.startsWith(u"CertificationAPI"_s) || looksLikeAuth(code, message)) {
        e.code = ErrorCode::Auth;
        e.message = tr("Qoo10 refused the API key, user id or password of %1 (%2). Fix them and add the account again "
                       "(`accounts remove`, then `accounts add` with the secrets on standard input).")
                        .arg(m_account.label(), message);
    } else {
        e.message = tr("Qoo10 answered %1 for %2 with error %3 (%4); try again later.")
                        .arg(method, m_account.label())
                        .arg(code)
                        .arg(message);
    }
    e.detail = m_http->redactor().redact(e.detail);
    return e;
}

void Qoo10Client::cancel()
{
    ++m_generation;
    m_http->cancelAll();
    const auto waiters = std::exchange(m_keyWaiters, {});
    for (const auto& w : waiters)
        w(Error { ErrorCode::Cancelled, tr("Cancelled."), {} });
}

} // namespace md::marketplaces::qoo10
