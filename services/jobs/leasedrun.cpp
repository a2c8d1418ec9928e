#include "services/jobs/leasedrun.h"

namespace md::jobs {

Result<LeasedRun> LeasedRun::begin(
    const db::Database& database, const QString& leaseName, const RunInfo& run, std::chrono::milliseconds leaseDuration)
{
    LeasedRun out;
    out.lease = std::make_unique<Lease>(database, leaseName);
    auto lease = out.lease->tryAcquire(leaseDuration);
    if (!lease)
        return lease.error();
    if (!lease->acquired) {
        out.lease.reset();
        (void)JobResults(database).recordSkipped(run, *lease);
        out.heldBy = *lease;
        return out;
    }
    auto begun = JobRun::begin(database, run);
    if (!begun) {
        (void)out.lease->release();
        return begun.error();
    }
    out.run.emplace(std::move(*begun));
    return out;
}

} // namespace md::jobs
