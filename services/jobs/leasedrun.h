#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/jobs/jobresults.h"
#include "services/jobs/lease.h"

#include <chrono>
#include <memory>
#include <optional>

namespace md::jobs {

// The start of a single-runner run (an order collection, a product sync): takes the lease, or, when another holder
// has it, records a skipped job_results row naming that holder; then begins the run's job_results row.
struct LeasedRun {
    std::unique_ptr<Lease> lease; // held; empty when skipped
    std::optional<JobRun> run; // begun; empty when skipped
    std::optional<LeaseInfo> heldBy; // set when skipped: who holds the lease

    static Result<LeasedRun> begin(const db::Database& database, const QString& leaseName, const RunInfo& run,
        std::chrono::milliseconds leaseDuration);
};

} // namespace md::jobs
