#pragma once

#include "services/db/database.h"

namespace md::jobs {
class Worker;
}

namespace md::control {

// What the control API's routes work on: the database and this process's worker.
struct ControlContext {
    db::Database database;
    jobs::Worker* worker = nullptr; // not owned; only its thread-safe members are used
    QString holder; // the worker's holder string (host:pid)
};

} // namespace md::control
