#pragma once

#include "services/marketplaces/common/account.h"

#include <QtGlobal>

namespace md::marketplaces::cafe24 {

// The loopback port of the redirect URI http://127.0.0.1:<port>/cafe24 that Cafe24 must have registered for the app
// (it compares the URI exactly). One fixed default so the URI is registered once; an account whose app registered
// another port says so in its options ("redirect_port").
inline constexpr quint16 kDefaultRedirectPort = 8765;

inline quint16 redirectPort(const Account& account)
{
    const qint64 port = account.options.value(QStringLiteral("redirect_port")).toInteger(kDefaultRedirectPort);
    return port > 0 && port < 65536 ? quint16(port) : kDefaultRedirectPort;
}

} // namespace md::marketplaces::cafe24
