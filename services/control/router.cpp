#include "services/control/router.h"

#include "services/control/controltr.h"

using namespace Qt::StringLiterals;

namespace md::control {

void Router::add(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes.append(Route { method, path, std::move(handler) });
}

void Router::dispatch(const HttpRequest& request, const Responder& respond) const
{
    // A trailing slash names the same resource ("/api/v1/orders/").
    const QString path
        = request.path.size() > 1 && request.path.endsWith(u'/') ? request.path.chopped(1) : request.path;
    QList<QByteArray> allowed;
    for (const Route& route : m_routes) {
        if (route.path != path)
            continue;
        if (route.method == request.method)
            return route.handler(request, respond);
        allowed << route.method;
    }
    if (allowed.isEmpty())
        return respond(HttpResponse::error(404, u"not_found"_s, tr("There is no resource %1.").arg(request.path)));
    HttpResponse r = HttpResponse::error(405, u"method_not_allowed"_s,
        tr("%1 does not accept %2; use %3.")
            .arg(request.path, QString::fromLatin1(request.method), QString::fromLatin1(allowed.join(", "))));
    r.headers.emplaceBack("Allow", allowed.join(", "));
    respond(r);
}

} // namespace md::control
