#include "services/control/httpmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace md::control {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    HttpResponse r;
    r.status = status;
    r.headers = { { "Content-Type", "application/json; charset=utf-8" }, { "Cache-Control", "no-store" } };
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message, const QString& parameter)
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    if (!parameter.isEmpty())
        error.insert(u"parameter"_s, parameter);
    return json({ { u"error"_s, error } }, status);
}

HttpResponse HttpResponse::fromError(const Error& e)
{
    switch (e.code) {
    case ErrorCode::NotFound:
        return error(404, u"not_found"_s, e.message);
    case ErrorCode::Conflict:
        return error(409, u"conflict"_s, e.message);
    case ErrorCode::Invalid:
        return error(400, u"invalid"_s, e.message);
    case ErrorCode::Database:
        return error(503, u"database_unavailable"_s, e.message);
    default:
        return error(500, u"internal"_s, e.message);
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out + body;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace md::control
