#pragma once

#include "services/domain/error.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace md::control {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the server parsed it.
struct HttpRequest {
    QByteArray method; // as sent, e.g. "GET"
    QString path; // percent-decoded, without the query, e.g. "/api/v1/orders"
    QUrlQuery query; // '+' already turned into a space
    HttpHeaders headers; // names lower-case, in arrival order
    QByteArray body;
    QHostAddress peer;

    // The first value of a header (name compared case-insensitively), empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// One HTTP response. Content-Length and Connection are added when it is written.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    // The API's one error shape: {"error": {"code": code, "message": message[, "parameter": parameter]}}.
    static HttpResponse error(int status, const QString& code, const QString& message, const QString& parameter = {});
    // A service Error in that shape: NotFound 404, Conflict 409, Invalid 400, Database 503, others 500. Only the
    // message goes out, never the technical detail.
    static HttpResponse fromError(const Error& error);

    // The bytes on the wire: status line, headers (with Content-Length and Connection), body.
    QByteArray serialize(bool keepAlive) const;
};

// Answers one request. Call it exactly once, from any thread.
using Responder = std::function<void(HttpResponse)>;
// Handles one request; answers through the responder, now or later.
using Handler = std::function<void(const HttpRequest&, Responder)>;

// "Not Found" for 404 and so on; "Unknown" for codes the server never sends.
QByteArray reasonPhrase(int status);

} // namespace md::control
