#include "services/control/collectionqueue.h"

#include "services/control/controltr.h"
#include "services/control/orderlisting.h"
#include "services/jobs/jobqueue.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/collectionjob.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/common/ordercollection.h"

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
Result<qint64> enqueue(const db::Database& database, const marketplaces::Account& account,
    const std::optional<std::pair<QDate, QDate>>& days, bool* created)
{
    QJsonObject payload = marketplaces::collectPayload(account);
    jobs::EnqueueOptions options;
    options.priority = kRequestedCollectionPriority;
    // Not the scheduled chain's key: that job is usually queued minutes ahead and would swallow this request.
    options.dedupeKey = marketplaces::collectDedupeKey(account.name) + u":api:"_s;
    if (days) {
        const QDateTime from = koreanDayStart(days->first);
        const QDateTime to = koreanDayStart(days->second.addDays(1));
        payload.insert(u"from"_s, from.toString(Qt::ISODate));
        payload.insert(u"to"_s, to.toString(Qt::ISODate));
        options.dedupeKey += days->first.toString(Qt::ISODate) + u'/' + days->second.toString(Qt::ISODate);
    } else {
        options.dedupeKey += u"since-last"_s;
    }
    auto queued = jobs::JobQueue(database).enqueue(QString(marketplaces::kCollectJobKind), payload, options);
    if (!queued)
        return queued.error();
    *created = queued->created;
    return queued->id;
}
} // namespace

Result<QList<QueuedCollection>> queueCollections(const db::Database& database, const CollectionRequest& request)
{
    QList<marketplaces::Account> accounts;
    if (!request.account.isEmpty()) {
        auto account = marketplaces::Accounts(database).get(request.account);
        if (!account)
            return account.error();
        if (!account->active)
            return Error { ErrorCode::Conflict,
                tr("The account \"%1\" is disabled; enable it on the Accounts page first.").arg(account->name), {} };
        if (!marketplaces::hasCollector(account->platform))
            return Error { ErrorCode::Invalid,
                tr("Orders of %1 accounts are not collected (account \"%2\").").arg(account->platform, account->name),
                {} };
        accounts << *account;
    } else {
        auto all = marketplaces::Accounts(database).list();
        if (!all)
            return all.error();
        for (const auto& a : std::as_const(*all)) {
            if (a.active && marketplaces::hasCollector(a.platform))
                accounts << a;
        }
        if (accounts.isEmpty())
            return Error { ErrorCode::Conflict,
                tr("There is no enabled account to collect; add one with \"marketdesk-cli accounts add\"."), {} };
    }
    QList<QueuedCollection> queued;
    for (const auto& account : std::as_const(accounts)) {
        bool created = false;
        auto id = enqueue(database, account, request.days, &created);
        if (!id)
            return id.error();
        queued << QueuedCollection { *id, account.name, created };
    }
    return queued;
}

} // namespace md::control
