#include "services/net/waithints.h"

#include <algorithm>
#include <cmath>

namespace md::net::waithints {

using std::chrono::milliseconds;

namespace {

std::optional<double> number(const QByteArray& value)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    return ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<milliseconds> cafe24(const HttpResponse& response)
{
    std::optional<double> seconds;
    for (const char* name : { "X-Cafe24-Call-Remain", "X-Cafe24-Time-Remain" }) {
        if (const auto v = number(response.header(name)); v && *v > 0)
            seconds = std::max(seconds.value_or(0.0), *v);
    }
    if (seconds)
        return milliseconds(qint64(std::ceil(*seconds * 1000.0)));
    // "used/limit": the bucket leaks 2 calls per second, so a full bucket frees a slot in 500 ms.
    const QByteArray limit = response.header("X-Api-Call-Limit");
    const qsizetype slash = limit.indexOf('/');
    if (slash > 0) {
        const auto used = number(limit.left(slash));
        const auto max = number(limit.mid(slash + 1));
        if (used && max && *max > 0 && *used >= *max)
            return milliseconds(500);
    }
    return std::nullopt;
}

std::optional<milliseconds> naver(const HttpResponse& response)
{
    const auto remaining = number(response.header("GNCP-GW-RateLimit-Remaining"));
    const bool exhausted = (remaining && *remaining < 1.0) || response.status == 429;
    if (!exhausted)
        return std::nullopt;
    const auto rate = number(response.header("GNCP-GW-RateLimit-Replenish-Rate"));
    if (!rate || *rate <= 0)
        return milliseconds(1000);
    return milliseconds(qint64(std::ceil(1000.0 / *rate)));
}

} // namespace md::net::waithints
