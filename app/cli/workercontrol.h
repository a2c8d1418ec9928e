#pragma once

#include "services/domain/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace md::secrets {
class SecretStore;
}

namespace md::cli {

// --http ADDRESS:PORT: an IPv4 address, [IPv6] or localhost, and a port (0: any free one).
struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;
};
Result<ListenAddress> parseListenAddress(const QString& text);

// The control API's token: MARKETDESK_CONTROL_TOKEN when set, else the keychain's (stored by `worker
// set-control-token`), else empty (none configured). An error when the keychain cannot be read or the token is
// too weak; the token itself never appears in a message. Waits for `keychain` in a local event loop.
Result<QByteArray> loadControlToken(secrets::SecretStore& keychain);

} // namespace md::cli
