#include "services/control/schedulerroutes.h"

#include "services/control/requestparams.h"
#include "services/control/router.h"
#include "services/control/schedulerstatus.h"
#include "services/jobs/worker.h"

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
WorkerState stateOf(const ControlContext& context)
{
    return WorkerState { context.holder, !context.worker->isClaimingPaused() };
}

// worker/start and worker/stop: idempotent; answer with what the worker does now.
Handler claimingRoute(const ControlContext& context, bool claim)
{
    return [context, claim](const HttpRequest& request, const Responder& respond) {
        RequestParams params(request);
        params.allowOnly({});
        if (!params.ok())
            return respond(params.error());
        if (claim)
            context.worker->resumeClaiming();
        else
            context.worker->pauseClaiming();
        respond(HttpResponse::json(
            { { u"worker"_s, QJsonObject { { u"holder"_s, context.holder }, { u"claiming"_s, claim } } } }));
    };
}
} // namespace

void addSchedulerRoutes(Router& router, const ControlContext& context)
{
    router.add("GET", u"/api/v1/scheduler/status"_s, [context](const HttpRequest& request, const Responder& respond) {
        RequestParams params(request);
        params.allowOnly({});
        if (!params.ok())
            return respond(params.error());
        auto status = schedulerStatus(context.database, stateOf(context));
        respond(status ? HttpResponse::json(*status) : HttpResponse::fromError(status.error()));
    });
    router.add("POST", u"/api/v1/scheduler/worker/stop"_s, claimingRoute(context, false));
    router.add("POST", u"/api/v1/scheduler/worker/start"_s, claimingRoute(context, true));
}

} // namespace md::control
