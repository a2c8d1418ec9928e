#pragma once

#include "services/net/httpresponse.h"

#include <chrono>
#include <functional>
#include <optional>

namespace md::net {

// A platform's own "wait before calling again" signal, read from any response (HttpClient::setWaitHint).
// HttpClient pauses the request's rate key for the returned time (capped) and retries no sooner.
using WaitHint = std::function<std::optional<std::chrono::milliseconds>(const HttpResponse&)>;

namespace waithints {

// Cafe24: the larger of X-Cafe24-Call-Remain / X-Cafe24-Time-Remain (seconds); on a full X-Api-Call-Limit
// ("40/40") one leak interval of the 2-per-second bucket.
std::optional<std::chrono::milliseconds> cafe24(const HttpResponse& response);
// Naver Commerce: when GNCP-GW-RateLimit-Remaining is 0 (or on a 429), the time to replenish one token at
// GNCP-GW-RateLimit-Replenish-Rate per second (1 s when the rate is missing).
std::optional<std::chrono::milliseconds> naver(const HttpResponse& response);

} // namespace waithints

} // namespace md::net
