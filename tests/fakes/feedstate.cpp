#include "tests/fakes/feedstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace md::fakes {

using namespace Qt::StringLiterals;

namespace {

QByteArray headerValue(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

PlannedResponse textResponse(int status, const QByteArray& text)
{
    PlannedResponse r;
    r.status = status;
    r.body = text + "\n";
    r.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
    return r;
}

// The URL path, decoded, or nothing when it tries to leave the feed folder.
std::optional<QString> safePath(const QByteArray& target)
{
    QByteArray raw = target;
    if (const qsizetype q = raw.indexOf('?'); q >= 0)
        raw.truncate(q);
    const QString path = QUrl::fromPercentEncoding(raw);
    if (!path.startsWith(u'/'))
        return std::nullopt;
    const QStringList parts = path.mid(1).split(u'/');
    for (const QString& part : parts) {
        if (part.isEmpty() || part == u"."_s || part == u".."_s || part.contains(u'\\'))
            return std::nullopt;
    }
    return path;
}

bool etagMatches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

// A changed digit keeps the CSV well-formed, so only the checksum can tell.
void corrupt(QByteArray& body)
{
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        if (body[i] >= '0' && body[i] <= '9') {
            body[i] = body[i] == '9' ? '0' : char(body[i] + 1);
            return;
        }
    }
    body.append("0");
}

} // namespace

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

FeedState::FeedState(const QString& feedRoot)
    : m_root(QDir(feedRoot).absolutePath())
{
}

void FeedState::setBasicAuth(const QString& user, const QString& password)
{
    QMutexLocker lock(&m_mutex);
    m_basicCredentials = user.isEmpty() ? QByteArray() : (user + u':' + password).toUtf8().toBase64();
}

void FeedState::setApiKey(const QByteArray& key)
{
    QMutexLocker lock(&m_mutex);
    m_apiKey = key;
}

void FeedState::addFault(const QString& path, const FeedFault& fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults[path].append(fault);
}

void FeedState::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<FeedRequest> FeedState::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void FeedState::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

bool FeedState::authorised(const HttpRequest& request) const
{
    if (m_basicCredentials.isEmpty() && m_apiKey.isEmpty())
        return true;
    if (!m_apiKey.isEmpty() && headerValue(request, "X-Api-Key") == m_apiKey)
        return true;
    return !m_basicCredentials.isEmpty() && headerValue(request, "Authorization") == "Basic " + m_basicCredentials;
}

std::optional<FeedFault> FeedState::takeFault(const QString& path)
{
    // The path's own faults first, then the ones for every path ("*"), each in the order they were added.
    for (const QString& key : { path, u"*"_s }) {
        auto it = m_faults.find(key);
        if (it == m_faults.end())
            continue;
        for (FeedFault& fault : *it) {
            if (fault.remaining == 0)
                continue;
            if (fault.remaining > 0)
                --fault.remaining;
            return fault;
        }
    }
    return std::nullopt;
}

PlannedResponse FeedState::respond(const HttpRequest& request)
{
    QMutexLocker lock(&m_mutex);
    FeedRequest logged;
    logged.method = request.method;
    logged.headers = request.headers;
    logged.receivedAt = QDateTime::currentDateTimeUtc();
    const std::optional<QString> path = safePath(request.target);
    logged.path = path.value_or(QString::fromLatin1(request.target));

    PlannedResponse response;
    if (request.method != "GET" && request.method != "HEAD") {
        response = textResponse(405, "Only GET and HEAD are served");
        response.headers.emplace_back("Allow", "GET, HEAD");
    } else if (!authorised(request)) {
        response = textResponse(401, "Missing or wrong credentials");
        if (!m_basicCredentials.isEmpty())
            response.headers.emplace_back("WWW-Authenticate", "Basic realm=\"G&B feed\"");
    } else if (!path) {
        response = textResponse(404, "No such file");
    } else {
        const std::optional<FeedFault> fault = takeFault(*path);
        if (fault && fault->kind == FeedFault::Kind::Status) {
            response = textResponse(fault->status, reasonPhrase(fault->status));
            if (fault->retryAfterSeconds >= 0)
                response.headers.emplace_back("Retry-After", QByteArray::number(fault->retryAfterSeconds));
        } else if (fault && fault->kind == FeedFault::Kind::NotFound) {
            response = textResponse(404, "No such file");
        } else {
            response = serveFile(request, *path, fault);
        }
    }
    if (request.method == "HEAD") {
        response.contentLength = response.contentLength < 0 ? response.body.size() : response.contentLength;
        response.body.clear();
        response.bytesToSend = -1;
    }
    logged.status = response.status;
    m_requests.append(logged);
    return response;
}

PlannedResponse FeedState::serveFile(
    const HttpRequest& request, const QString& path, const std::optional<FeedFault>& fault)
{
    const QString fileName = m_root + path;
    const QFileInfo info(fileName);
    QFile file(fileName);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return textResponse(404, "No such file");
    QByteArray body = file.readAll();
    const QDateTime modified = lastModified(info.absolutePath(), info.fileName(), info.lastModified());
    if (fault && fault->kind == FeedFault::Kind::CorruptBody)
        corrupt(body);
    // The ETag always describes the bytes sent, as a real server's would.
    const QByteArray etag = '"'
        + (fault && fault->kind == FeedFault::Kind::CorruptBody
                ? QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()
                : sha256Of(fileName, body))
        + '"';

    PlannedResponse r;
    r.headers.emplace_back("ETag", etag);
    r.headers.emplace_back("Last-Modified", httpDate(modified));
    const QByteArray ifNoneMatch = headerValue(request, "If-None-Match");
    const QByteArray ifModifiedSince = headerValue(request, "If-Modified-Since");
    bool notModified = false;
    if (!ifNoneMatch.isEmpty()) {
        notModified = etagMatches(ifNoneMatch, etag);
    } else if (!ifModifiedSince.isEmpty()) {
        QDateTime since
            = QLocale::c().toDateTime(QString::fromLatin1(ifModifiedSince), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        since.setTimeZone(QTimeZone::utc());
        notModified = since.isValid() && modified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
    }
    if (notModified) {
        r.status = 304;
        r.contentLength = 0;
        return r;
    }
    r.status = 200;
    r.headers.emplace_back("Content-Type", path.endsWith(u".csv"_s) ? "text/csv" : "application/octet-stream");
    r.body = std::move(body);
    if (fault && fault->kind == FeedFault::Kind::Delay)
        r.delay = fault->delay;
    if (fault && fault->kind == FeedFault::Kind::Truncate) {
        r.bytesToSend = r.body.size() / 2;
        r.closeAfter = true;
    }
    return r;
}

QByteArray FeedState::sha256Of(const QString& file, const QByteArray& bytes)
{
    const QFileInfo info(file);
    CachedFile& cached = m_shaCache[file];
    if (cached.size != info.size() || cached.mtime != info.lastModified() || cached.sha256.isEmpty()) {
        cached.size = info.size();
        cached.mtime = info.lastModified();
        cached.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }
    return cached.sha256;
}

QDateTime FeedState::lastModified(const QString& dayDir, const QString& fileName, const QDateTime& fallback)
{
    // The index's `modified` is when the supplier regenerated the file; the file's own mtime is only a fallback.
    QFile index(dayDir + u"/index.csv"_s);
    if (fileName == u"index.csv"_s || !index.open(QIODevice::ReadOnly))
        return fallback;
    QByteArray text = index.readAll();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty())
        return fallback;
    const QList<QByteArray> header = lines.first().trimmed().split(';');
    const qsizetype fileColumn = header.indexOf("file");
    const qsizetype modifiedColumn = header.indexOf("modified");
    if (fileColumn < 0 || modifiedColumn < 0)
        return fallback;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].trimmed().split(';');
        if (fields.size() > qMax(fileColumn, modifiedColumn) && QString::fromUtf8(fields[fileColumn]) == fileName) {
            const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(fields[modifiedColumn]), Qt::ISODate);
            return parsed.isValid() ? parsed : fallback;
        }
    }
    return fallback;
}

} // namespace md::fakes
