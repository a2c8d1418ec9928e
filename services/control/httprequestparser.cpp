#include "services/control/httprequestparser.h"

#include "services/control/controltr.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
ParseResult failed(int status, const QString& code, const QString& message)
{
    ParseResult r;
    r.kind = ParseResult::Failed;
    r.failure = HttpResponse::error(status, code, message);
    return r;
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c <= ' ' || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}
} // namespace

ParseResult parseRequest(QByteArray& buffer, const ParseLimits& limits)
{
    // Tolerate blank lines before a request (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > limits.maxHead)
            return failed(431, u"headers_too_large"_s, tr("The request's headers are too large."));
        return {};
    }
    if (headEnd > limits.maxHead)
        return failed(431, u"headers_too_large"_s, tr("The request's headers are too large."));

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/'))
        return failed(400, u"bad_request"_s, tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    const QByteArray& version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return failed(505, u"http_version"_s, tr("Only HTTP/1.0 and HTTP/1.1 are served."));

    ParseResult r;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return failed(400, u"bad_request"_s, tr("A request header is malformed."));
        r.request.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }
    if (!r.request.header("transfer-encoding").isEmpty())
        return failed(501, u"chunked_body"_s, tr("Send the body with a Content-Length, not chunked."));
    qsizetype length = 0;
    if (const QByteArray value = r.request.header("content-length"); !value.isEmpty()) {
        bool ok = false;
        length = value.toLongLong(&ok);
        if (!ok || length < 0)
            return failed(400, u"bad_request"_s, tr("The Content-Length header is not a number."));
        if (length > limits.maxBody)
            return failed(
                413, u"body_too_large"_s, tr("The request body is larger than %1 bytes.").arg(limits.maxBody));
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < length) {
        ParseResult waiting;
        waiting.wantsContinue
            = version == "HTTP/1.1" && r.request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
        return waiting;
    }

    r.kind = ParseResult::Complete;
    r.request.method = requestLine[0];
    QByteArray target = requestLine[1];
    // Query strings follow application/x-www-form-urlencoded: '+' is a space, a literal plus is %2B.
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target = target.left(q + 1) + target.mid(q + 1).replace('+', "%20");
    const QUrl url = QUrl::fromEncoded(target);
    r.request.path = url.path(QUrl::FullyDecoded);
    r.request.query = QUrlQuery(url);
    r.request.body = buffer.mid(bodyStart, length);
    const QByteArray connection = r.request.header("connection").toLower();
    r.keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    buffer.remove(0, bodyStart + length);
    return r;
}

} // namespace md::control
