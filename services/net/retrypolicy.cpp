#include "services/net/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md::net {

std::chrono::milliseconds RetryPolicy::backoff(int retry, double unit) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double ceiling = std::min(double(maxDelay.count()), double(baseDelay.count()) * std::pow(2.0, exponent));
    return std::chrono::milliseconds(qint64(std::clamp(unit, 0.0, 1.0) * ceiling));
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = v.toDouble(&isNumber);
    if (isNumber)
        return std::chrono::milliseconds(qint64(std::max(0.0, seconds) * 1000.0));
    // HTTP-date (RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"); the obsolete forms are not sent today.
    const QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace md::net
