#pragma once

#include "services/control/controlcontext.h"
#include "services/control/httpmessage.h"
#include "services/control/router.h"

#include <QObject>

namespace md::control {

// The worker control API's routes (health, orders, scheduler), answered in the thread this object lives in: a
// thread of its own with its own database connection, so neither the HTTP thread nor the jobs thread waits on
// the API's queries.
class ControlApi : public QObject {
    Q_OBJECT
public:
    explicit ControlApi(ControlContext context, QObject* parent = nullptr);

    // Thread-safe: answers `request` later, in this object's thread.
    void post(const HttpRequest& request, Responder respond);

private:
    ControlContext m_context;
    Router m_router;
};

} // namespace md::control
