#include "services/marketplaces/common/collectorfactory.h"

#include "services/marketplaces/cafe24/cafe24collector.h"
#include "services/marketplaces/common/ordercollector.h"
#include "services/marketplaces/naver/navercollector.h"
#include "services/marketplaces/qoo10/qoo10collector.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

namespace {
using Factory = std::unique_ptr<OrderCollector> (*)(const Account&, const CollectorEnv&);
struct Entry {
    QLatin1StringView platform;
    Factory create;
};
// One line per platform.
const Entry kCollectors[] = {
    { QLatin1StringView("qoo10"),
        [](const Account& a, const CollectorEnv& e) -> std::unique_ptr<OrderCollector> {
            return std::make_unique<qoo10::Qoo10Collector>(a, e);
        } },
    { QLatin1StringView("naver"),
        [](const Account& a, const CollectorEnv& e) -> std::unique_ptr<OrderCollector> {
            return std::make_unique<naver::NaverCollector>(a, e);
        } },
    // Cafe24 keeps its rotating refresh token's lease in the database.
    { QLatin1StringView("cafe24"),
        [](const Account& a, const CollectorEnv& e) -> std::unique_ptr<OrderCollector> {
            if (!e.database)
                return nullptr;
            return std::make_unique<cafe24::Cafe24Collector>(a, e, *e.database);
        } },
};
} // namespace

Result<std::unique_ptr<OrderCollector>> createCollector(const Account& account, const CollectorEnv& env)
{
    if (!env.secrets)
        return Error { ErrorCode::Internal, u"createCollector without a SecretStore"_s, {} };
    for (const Entry& e : kCollectors) {
        if (account.platform != e.platform)
            continue;
        if (auto collector = e.create(account, env))
            return collector;
        return Error { ErrorCode::Internal,
            u"createCollector for %1 needs CollectorEnv::database"_s.arg(account.platform), {} };
    }
    return Error { ErrorCode::Config,
        QCoreApplication::translate("md::marketplaces", "Order collection for %1 is not available in this version.")
            .arg(account.label()),
        {} };
}

bool hasCollector(const QString& platform)
{
    for (const Entry& e : kCollectors) {
        if (platform == e.platform)
            return true;
    }
    return false;
}

} // namespace md::marketplaces
