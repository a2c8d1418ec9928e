#pragma once

#include "services/control/controlcontext.h"

namespace md::control {

class Router;

// GET /api/v1/scheduler/status, POST /api/v1/scheduler/worker/stop (this worker claims no new job; the one it is
// running goes on to its end) and POST /api/v1/scheduler/worker/start (claiming resumes at once).
void addSchedulerRoutes(Router& router, const ControlContext& context);

} // namespace md::control
