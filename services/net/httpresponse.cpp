#include "services/net/httpresponse.h"

#include "services/net/httprequest.h"

namespace md::net {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent.has_value())
        return *idempotent;
    const QByteArray m = method.toUpper();
    return m != "POST" && m != "PATCH";
}

} // namespace md::net
