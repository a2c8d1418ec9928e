#include "services/control/controlapi.h"

#include "services/control/ordersroutes.h"
#include "services/control/requestparams.h"
#include "services/control/schedulerroutes.h"
#include "services/db/sql.h"
#include "services/jobs/worker.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
// GET /api/v1/health: 200 when the database answers, 503 when it does not.
void health(const ControlContext& context, const HttpRequest& request, const Responder& respond)
{
    RequestParams params(request);
    params.allowOnly({});
    if (!params.ok())
        return respond(params.error());
    auto conn = context.database.connection();
    Result<QVariant> alive = conn ? db::scalar(*conn, u"SELECT 1"_s) : Result<QVariant>(conn.error());
    if (!alive)
        return respond(HttpResponse::fromError(alive.error()));
    respond(HttpResponse::json({
        { u"status"_s, u"ok"_s },
        { u"version"_s, QCoreApplication::applicationVersion() },
        { u"worker"_s, context.holder },
        { u"claiming"_s, !context.worker->isClaimingPaused() },
        { u"database"_s, context.database.isPostgres() ? u"postgresql"_s : u"sqlite"_s },
        { u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
    }));
}
} // namespace

ControlApi::ControlApi(ControlContext context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_router.add("GET", u"/api/v1/health"_s,
        [this](const HttpRequest& request, const Responder& respond) { health(m_context, request, respond); });
    addOrderRoutes(m_router, m_context);
    addSchedulerRoutes(m_router, m_context);
}

void ControlApi::post(const HttpRequest& request, Responder respond)
{
    QMetaObject::invokeMethod(
        this, [this, request, respond = std::move(respond)] { m_router.dispatch(request, respond); },
        Qt::QueuedConnection);
}

} // namespace md::control
