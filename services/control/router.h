#pragma once

#include "services/control/httpmessage.h"

#include <QCoreApplication>
#include <QList>

namespace md::control {

// Exact-path routes by method. Unknown paths answer 404, known paths with another method 405 (with Allow), both
// in the API's JSON error shape.
class Router {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::control::Router)

public:
    void add(const QByteArray& method, const QString& path, Handler handler);
    void dispatch(const HttpRequest& request, const Responder& respond) const;

private:
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace md::control
