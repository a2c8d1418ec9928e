#include "services/marketplaces/cafe24/cafe24authorizer.h"

#include "services/net/redactor.h"
#include "services/secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces::cafe24 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("md::cafe24", text);
}

} // namespace

Cafe24Authorizer::Cafe24Authorizer(Cafe24Config config, secrets::SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_http(new net::HttpClient(this))
{
    m_http->redactor().addSecret(m_config.clientSecret);
    m_http->redactor().addSensitiveParameter(u"code"_s);
    m_http->redactor().addSensitiveParameter(u"refresh_token"_s);
    m_http->redactor().addSensitiveParameter(u"access_token"_s);
}

Cafe24Authorizer::~Cafe24Authorizer() = default;

Status Cafe24Authorizer::start(quint16 port)
{
    m_handler = new QOAuthHttpServerReplyHandler(port, this);
    if (!m_handler->isListening())
        return Error { ErrorCode::Network,
            tr("Cafe24 account %1: cannot listen on 127.0.0.1:%2 for the browser's redirect; close the program using "
               "that port or register another redirect port.")
                .arg(m_config.account)
                .arg(port),
            {} };
    m_handler->setCallbackPath(u"cafe24"_s);
    connect(m_handler, &QOAuthHttpServerReplyHandler::callbackReceived, this, &Cafe24Authorizer::onCallback);
    const quint64 random[2] = { QRandomGenerator::system()->generate64(), QRandomGenerator::system()->generate64() };
    m_state = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex());
    QUrl url = m_config.apiBase();
    url.setPath(u"/api/v2/oauth/authorize"_s);
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, QString::fromUtf8(m_config.clientId));
    query.addQueryItem(u"state"_s, m_state);
    query.addQueryItem(u"redirect_uri"_s, redirectUri().toString());
    query.addQueryItem(u"scope"_s, m_config.scope);
    url.setQuery(query);
    emit openBrowser(url);
    return {};
}

QUrl Cafe24Authorizer::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void Cafe24Authorizer::onCallback(const QVariantMap& values)
{
    if (m_done)
        return;
    if (values.value(u"state"_s).toString() != m_state)
        return end(Error { ErrorCode::Auth,
            tr("Cafe24 account %1: the browser's answer does not belong to this authorization; start again.")
                .arg(m_config.account),
            {} });
    const QString code = values.value(u"code"_s).toString();
    if (code.isEmpty())
        return end(Error { ErrorCode::Auth,
            tr("Cafe24 account %1: the authorization was refused in the browser (%2).")
                .arg(m_config.account, values.value(u"error_description"_s, values.value(u"error"_s)).toString()),
            {} });
    exchange(code);
}

void Cafe24Authorizer::exchange(const QString& code)
{
    m_http->redactor().addSecret(code);
    net::HttpRequest request;
    request.method = "POST";
    request.url = m_config.apiBase();
    request.url.setPath(u"/api/v2/oauth/token"_s);
    request.headers = { { QByteArray("Authorization"), basicAuthorization(m_config.clientId, m_config.clientSecret) },
        { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") } };
    request.body = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code)
        + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri().toString());
    m_http->send(request, this, [this](const net::HttpResponse& response) {
        if (!response.ok())
            return end(Error { ErrorCode::Auth,
                tr("Cafe24 account %1: the authorization code was refused (it lives one minute); start again.")
                    .arg(m_config.account),
                m_http->redactor().redact(cafe24ErrorText(response.body)) });
        const QJsonObject object = QJsonDocument::fromJson(response.body).object();
        const QByteArray access = object.value(u"access_token"_s).toString().toUtf8();
        const QByteArray refresh = object.value(u"refresh_token"_s).toString().toUtf8();
        if (access.isEmpty() || refresh.isEmpty())
            return end(Error { ErrorCode::Network,
                tr("Cafe24 account %1: the token answer is unreadable; start again.").arg(m_config.account), {} });
        m_http->redactor().addSecret(access);
        m_http->redactor().addSecret(refresh);
        const QJsonObject stored { { u"access_token"_s, QString::fromUtf8(access) },
            { u"expires_at"_s,
                parseCafe24Time(object.value(u"expires_at"_s).toString()).toString(Qt::ISODateWithMs) } };
        m_store->write(m_config.refreshTokenKey, refresh, this, [this, stored](Status written) {
            if (!written)
                return end(Error { ErrorCode::Keychain,
                    tr("Cafe24 account %1: the refresh token could not be saved in the keychain (%2).")
                        .arg(m_config.account, written.error().message),
                    {} });
            m_store->write(m_config.accessTokenKey, QJsonDocument(stored).toJson(QJsonDocument::Compact), this,
                [this](Status) { end({}); });
        });
    });
}

void Cafe24Authorizer::end(Status status)
{
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    emit finished(status);
}

} // namespace md::marketplaces::cafe24
