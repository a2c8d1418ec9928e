#pragma once

#include "services/control/httpmessage.h"
#include "services/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

class QHostAddress;

namespace md::control {

// The control API's access rule: loopback by default, a bearer token for anything else. When a token is set, every
// request must carry "Authorization: Bearer <token>"; the comparison takes the same time whatever the guess.
// Only the token's SHA-256 is kept, and neither appears in any message.
class BearerAuth {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::control::BearerAuth)

public:
    // An empty token: no authentication (allowed on loopback only, see checkBind()).
    explicit BearerAuth(const QByteArray& token = {});

    bool isEnabled() const { return !m_digest.isEmpty(); }
    bool accepts(const HttpRequest& request) const;
    // 401 with WWW-Authenticate and the API's JSON error.
    static HttpResponse unauthorized();
    // Without a token, loopback alone does not keep out a web page open in a local browser: refuse requests that
    // carry an Origin (browsers add it to cross-site requests) or a Host that is not a loopback name (DNS
    // rebinding). Programs such as curl or n8n send neither.
    static bool isFromLocalProgram(const HttpRequest& request);
    // 403 for the requests isFromLocalProgram() refuses.
    static HttpResponse forbiddenBrowser();

    // The keychain key and environment variable the worker reads the token from.
    static QString keychainKey();
    static QByteArray environmentVariable();
    // Invalid unless the token is at least 16 printable characters without spaces.
    static Status checkToken(QByteArrayView token);
    // Invalid (saying what to do) when `address` is not loopback and there is no token.
    static Status checkBind(const QHostAddress& address, bool hasToken);

    // Equality of two byte strings in time that depends only on their lengths.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_digest;
};

} // namespace md::control
