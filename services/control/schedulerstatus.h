#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QJsonObject>

namespace md::control {

// This worker as the API reports it.
struct WorkerState {
    QString holder; // host:pid, as in jobs.locked_by and shedlock.locked_by
    bool claiming = true; // false between worker/stop and worker/start
};

// GET /api/v1/scheduler/status, read from the database that every worker shares:
//   worker         this worker: holder, claiming
//   workers        this worker and every other holder of a running job or a live lease
//   running        the claimed jobs: id, kind, account, locked_by, locked_at, attempts
//   queue          length (queued jobs), ready (due now), next (the 50 due first: id, kind, account, run_after)
//   last_execution per job name and account, the newest job_results row: started/finished, duration, success,
//                  skipped, orders_count, error, lock_holder, host
// On the calling thread's connection.
Result<QJsonObject> schedulerStatus(const db::Database& database, const WorkerState& self);

} // namespace md::control
