#pragma once

#include "services/net/httpclient.h"

#include <QTest>
#include <optional>

namespace md::net::test {

// Sends `request` and spins the test's event loop until the call completes (tests only; production code never waits).
inline std::optional<HttpResponse> runCall(HttpClient& client, HttpRequest request, int maxWaitMs = 10'000)
{
    std::optional<HttpResponse> out;
    client.send(std::move(request), &client, [&out](const HttpResponse& r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, maxWaitMs))
        return std::nullopt;
    return out;
}

// A client with delays small enough for tests.
inline void useFastPolicy(HttpClient& client, int maxAttempts = 3)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelay = std::chrono::milliseconds(20);
    policy.maxDelay = std::chrono::milliseconds(200);
    policy.serverWaitCap = std::chrono::milliseconds(2'000);
    client.setRetryPolicy(policy);
    client.setDefaultTimeout(std::chrono::milliseconds(2'000));
}

} // namespace md::net::test
