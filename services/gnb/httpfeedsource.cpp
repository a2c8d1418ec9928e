#include "services/gnb/httpfeedsource.h"

#include "services/net/httpclient.h"
#include "services/net/redactor.h"
#include "services/secrets/secretstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("md::gnb", text);
}
} // namespace

HttpFeedSource::HttpFeedSource(
    QUrl base, FeedAuth auth, QString basicUser, secrets::SecretStore* secrets, QObject* parent)
    : FeedSource(parent)
    , m_base(std::move(base))
    , m_auth(auth)
    , m_user(std::move(basicUser))
    , m_secrets(secrets)
    , m_client(new net::HttpClient(this))
{
    if (m_auth == FeedAuth::None)
        m_secret = QByteArray();
}

HttpFeedSource::~HttpFeedSource() = default;

QString HttpFeedSource::secretKey(const QUrl& base, FeedAuth auth)
{
    const QString url = base.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
    return u"gnb/feed/"_s + url + (auth == FeedAuth::ApiKey ? u"/api_key"_s : u"/password"_s);
}

QString HttpFeedSource::describe() const
{
    return m_base.toString(QUrl::RemoveUserInfo);
}

void HttpFeedSource::cancel()
{
    m_cancelled = true;
    m_client->cancelAll();
}

void HttpFeedSource::withCredentials(std::function<void(Status)> then)
{
    if (m_secret)
        return QTimer::singleShot(0, this, [then = std::move(then)] { then({}); });
    if (!m_secrets)
        return QTimer::singleShot(0, this, [then = std::move(then)] {
            then(Error { ErrorCode::Config, tr("No secret store to read the feed's credentials from."), {} });
        });
    const QString key = secretKey(m_base, m_auth);
    m_secrets->read(key, this, [this, key, then = std::move(then)](Result<QByteArray> secret) {
        if (!secret) {
            auto e = secret.error();
            if (e.code == ErrorCode::NotFound)
                e.message = tr("No credentials for the feed %1 in the keychain (key \"%2\"). Store them with "
                               "marketdesk-cli gnb set-feed-secret --feed %1.")
                                .arg(describe(), key);
            return then(e);
        }
        m_secret = *secret;
        m_client->redactor().addSecret(QString::fromUtf8(*secret));
        then({});
    });
}

QList<QPair<QByteArray, QByteArray>> HttpFeedSource::authHeaders() const
{
    if (m_auth == FeedAuth::ApiKey)
        return { { "X-Api-Key", *m_secret } };
    if (m_auth == FeedAuth::Basic)
        return { { "Authorization", "Basic " + QByteArray(m_user.toUtf8() + ':' + *m_secret).toBase64() } };
    return {};
}

QUrl HttpFeedSource::urlFor(const QString& day, const QString& file) const
{
    QUrl url = m_base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + day + u'/' + file);
    return url;
}

void HttpFeedSource::fetchIndex(const QString& day, IndexCallback done)
{
    withCredentials([this, day, done = std::move(done)](Status ready) {
        if (!ready)
            return done(ready.error());
        net::HttpRequest request;
        request.url = urlFor(day, u"index.csv"_s);
        request.headers = authHeaders();
        m_client->send(request, this, [this, day, done](const net::HttpResponse& response) {
            if (!response.ok()) {
                auto e = *response.error;
                e.message = tr("Cannot read the index of %1 from %2: %3").arg(day, describe(), e.message);
                return done(e);
            }
            QBuffer buffer;
            buffer.setData(response.body);
            buffer.open(QIODevice::ReadOnly);
            done(parseFeedIndex(&buffer, urlFor(day, u"index.csv"_s).toString(QUrl::RemoveUserInfo)));
        });
    });
}

void HttpFeedSource::fetchFile(const QString& day, const FeedIndexEntry& entry, FileCallback done)
{
    withCredentials([this, day, entry, done = std::move(done)](Status ready) {
        if (!ready)
            return done(ready.error());
        auto temp = std::make_shared<QTemporaryFile>();
        if (!temp->open())
            return done(Error { ErrorCode::Io,
                tr("Cannot create a temporary file for %1: %2").arg(entry.file, temp->errorString()), {} });
        net::HttpRequest request;
        request.url = urlFor(day, entry.file);
        request.headers = authHeaders();
        request.sink = temp.get();
        request.sha256 = true;
        m_client->send(request, this, [this, entry, temp, done](const net::HttpResponse& response) {
            if (!response.ok()) {
                auto e = *response.error;
                e.message = tr("Cannot download %1 from %2: %3").arg(entry.file, describe(), e.message);
                return done(e);
            }
            if (!temp->flush())
                return done(Error { ErrorCode::Io, tr("Cannot write the download of %1.").arg(entry.file), {} });
            FetchedFile file;
            file.path = temp->fileName();
            file.temporary = temp;
            file.sha256 = QString::fromLatin1(response.sha256);
            file.etag = QString::fromUtf8(response.header("ETag"));
            file.lastModified = QString::fromUtf8(response.header("Last-Modified"));
            done(file);
        });
    });
}

} // namespace md::gnb
