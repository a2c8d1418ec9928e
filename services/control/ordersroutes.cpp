#include "services/control/ordersroutes.h"

#include "services/control/collectionqueue.h"
#include "services/control/controltr.h"
#include "services/control/orderlisting.h"
#include "services/control/requestparams.h"
#include "services/control/router.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/orderstatusmap.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
constexpr int kMaxLimit = 1000;

// from/to as Korean days, `to` not before `from`; both or neither when `together`.
std::optional<std::pair<QDate, QDate>> days(RequestParams& params, bool together, QDate* from, QDate* to)
{
    *from = params.date(u"from"_s);
    *to = params.date(u"to"_s);
    if (together && params.has(u"from"_s) != params.has(u"to"_s)) {
        const QString missing = params.has(u"from"_s) ? u"to"_s : u"from"_s;
        params.reject(missing, tr("Give both from and to (YYYY-MM-DD), or neither."));
    }
    if (from->isValid() && to->isValid() && *from > *to)
        params.reject(
            u"to"_s, tr("to (%1) is before from (%2).").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    if (!params.ok() || !from->isValid() || !to->isValid())
        return std::nullopt;
    return std::pair { *from, *to };
}

void listOrdersRoute(const ControlContext& context, const HttpRequest& request, const Responder& respond)
{
    RequestParams params(request);
    params.allowOnly({ u"from"_s, u"to"_s, u"status"_s, u"account"_s, u"platform"_s, u"limit"_s, u"offset"_s });
    OrderListFilter filter;
    days(params, false, &filter.from, &filter.to);
    if (const QString statuses = params.text(u"status"_s); !statuses.isEmpty()) {
        QStringList known = marketplaces::allOrderStatuses();
        for (const QString& s : statuses.split(u',', Qt::SkipEmptyParts)) {
            if (!known.contains(s.trimmed()))
                params.reject(u"status"_s,
                    tr("Unknown status \"%1\"; one or more of %2, separated by commas.")
                        .arg(s.trimmed().left(40), known.join(u", "_s)));
            filter.statuses << s.trimmed();
        }
    }
    filter.account = params.text(u"account"_s);
    filter.platform = params.text(u"platform"_s);
    if (!filter.platform.isEmpty() && !marketplaces::supportedPlatforms().contains(filter.platform))
        params.reject(u"platform"_s,
            tr("Unknown platform \"%1\"; one of %2.")
                .arg(filter.platform.left(40), marketplaces::supportedPlatforms().join(u", "_s)));
    filter.limit = params.integer(u"limit"_s, 100, 1, kMaxLimit);
    filter.offset = params.integer(u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (!params.ok())
        return respond(params.error());
    auto page = listOrders(context.database, filter);
    respond(page ? HttpResponse::json(*page) : HttpResponse::fromError(page.error()));
}

void collectRoute(const ControlContext& context, const HttpRequest& request, const Responder& respond)
{
    RequestParams params(request);
    params.allowOnly({ u"from"_s, u"to"_s, u"account"_s });
    CollectionRequest collect;
    QDate from;
    QDate to;
    collect.days = days(params, true, &from, &to);
    collect.account = params.text(u"account"_s);
    if (!params.ok())
        return respond(params.error());
    auto queued = queueCollections(context.database, collect);
    if (!queued) {
        HttpResponse r = HttpResponse::fromError(queued.error());
        if (queued.error().code == ErrorCode::NotFound)
            r = HttpResponse::error(404, u"account_not_found"_s, queued.error().message, u"account"_s);
        return respond(r);
    }
    QJsonArray jobs;
    for (const auto& q : std::as_const(*queued))
        jobs.append(QJsonObject { { u"id"_s, q.jobId }, { u"account"_s, q.account }, { u"created"_s, q.created } });
    QJsonObject body { { u"jobs"_s, jobs } };
    if (collect.days) {
        body.insert(u"from"_s, from.toString(Qt::ISODate));
        body.insert(u"to"_s, to.toString(Qt::ISODate));
    }
    respond(HttpResponse::json(body, 202));
}
} // namespace

void addOrderRoutes(Router& router, const ControlContext& context)
{
    router.add("GET", u"/api/v1/orders"_s, [context](const HttpRequest& request, const Responder& respond) {
        listOrdersRoute(context, request, respond);
    });
    router.add("POST", u"/api/v1/orders/collect"_s,
        [context](const HttpRequest& request, const Responder& respond) { collectRoute(context, request, respond); });
}

} // namespace md::control
