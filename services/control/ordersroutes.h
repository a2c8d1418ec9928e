#pragma once

#include "services/control/controlcontext.h"

namespace md::control {

class Router;

// GET /api/v1/orders (from, to, status, account, platform, limit, offset) and POST /api/v1/orders/collect (from,
// to, account): see docs/operations.md. Handlers run in the API's thread and use its database connection.
void addOrderRoutes(Router& router, const ControlContext& context);

} // namespace md::control
