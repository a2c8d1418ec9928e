#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"
#include "services/net/retrypolicy.h"

#include <chrono>
#include <memory>
#include <optional>

namespace md::secrets {
class SecretStore;
}

namespace md::marketplaces {

class OrderCollector;

// What every collector needs besides its account: where the secrets are and how patient to be. The defaults are
// the production contract (≤ 3 retries, 30 s per call); tests shrink the delays.
struct CollectorEnv {
    secrets::SecretStore* secrets = nullptr; // not owned; must outlive the collector
    net::RetryPolicy retry { 4, std::chrono::milliseconds(1000), std::chrono::milliseconds(30'000),
        std::chrono::milliseconds(60'000) };
    std::chrono::milliseconds callTimeout { 30'000 };
    // Platforms without published limits (Qoo10) are paced at least this far apart per account.
    std::chrono::milliseconds minCallSpacing { 300 };
    // The database of the run (OrderCollection sets it), for collectors that keep state there (e.g. serialized
    // token refreshes).
    std::optional<db::Database> database;
};

// The collector of the account's platform, created in the calling thread (it must be used there).
// One line per platform in kCollectors (collectorfactory.cpp); Config error for a platform without collection.
Result<std::unique_ptr<OrderCollector>> createCollector(const Account& account, const CollectorEnv& env);
// Whether createCollector() supports the platform (schedulers skip the others).
bool hasCollector(const QString& platform);

} // namespace md::marketplaces
