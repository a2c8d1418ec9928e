#include "services/control/bearerauth.h"

#include "services/control/controltr.h"

#include <QCryptographicHash>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
constexpr qsizetype kMinTokenLength = 16;

QByteArray digestOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}
} // namespace

BearerAuth::BearerAuth(const QByteArray& token)
    : m_digest(token.isEmpty() ? QByteArray() : digestOf(token))
{
}

bool BearerAuth::accepts(const HttpRequest& request) const
{
    if (!isEnabled())
        return true;
    const QByteArray value = request.header("authorization");
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || QByteArrayView(value).first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    // Comparing digests (equal lengths) keeps the presented token's length out of the timing too.
    return constantTimeEquals(digestOf(value.mid(space + 1).trimmed()), m_digest);
}

HttpResponse BearerAuth::unauthorized()
{
    HttpResponse r = HttpResponse::error(401, u"unauthorized"_s,
        tr("This worker's control API needs the header \"Authorization: Bearer <token>\" with the token set by "
           "\"marketdesk-cli worker set-control-token\"."));
    r.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"marketdesk-worker\"");
    return r;
}

bool BearerAuth::isFromLocalProgram(const HttpRequest& request)
{
    if (!request.header("origin").isEmpty())
        return false;
    QByteArray host = request.header("host");
    if (host.isEmpty())
        return true; // HTTP/1.0 clients may omit it
    if (host.startsWith('[')) {
        host = host.mid(1, host.indexOf(']') - 1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host.truncate(colon);
    }
    return host.compare("localhost", Qt::CaseInsensitive) == 0 || QHostAddress(QString::fromLatin1(host)).isLoopback();
}

HttpResponse BearerAuth::forbiddenBrowser()
{
    return HttpResponse::error(403, u"forbidden"_s,
        tr("Requests from web pages (an Origin header, or a Host that is not a loopback address) are refused by a "
           "control API without a token."));
}

QString BearerAuth::keychainKey()
{
    return u"worker/control-token"_s;
}

QByteArray BearerAuth::environmentVariable()
{
    return "MARKETDESK_CONTROL_TOKEN";
}

Status BearerAuth::checkToken(QByteArrayView token)
{
    bool printable = true;
    for (const char c : token)
        printable = printable && c > ' ' && c < 127;
    if (token.size() < kMinTokenLength || !printable)
        return Error { ErrorCode::Invalid,
            tr("The control API token must be at least %1 printable ASCII characters without spaces "
               "(e.g. the output of \"openssl rand -hex 32\").")
                .arg(kMinTokenLength),
            {} };
    return {};
}

Status BearerAuth::checkBind(const QHostAddress& address, bool hasToken)
{
    if (hasToken || address.isLoopback())
        return {};
    return Error { ErrorCode::Invalid,
        tr("Refusing to serve the control API on %1 without a token: only loopback addresses (127.0.0.1, ::1) are "
           "served without one. Store a token with \"marketdesk-cli worker set-control-token\" (read from standard "
           "input) or set %2, or bind 127.0.0.1.")
            .arg(address.toString(), QString::fromLatin1(environmentVariable())),
        {} };
}

bool BearerAuth::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    // volatile read: keep the compiler from turning the loop into an early-exit comparison
    const volatile unsigned char result = diff;
    return result == 0;
}

} // namespace md::control
