#include "services/control/controlservice.h"

#include "services/control/controlapi.h"
#include "services/control/httpserver.h"

using namespace Qt::StringLiterals;

namespace md::control {

ControlService::ControlService(ControlContext context, const QByteArray& token, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"control-api"_s);
    m_api = new ControlApi(std::move(context));
    m_api->moveToThread(&m_thread);
    // Deleted in its own thread; the thread's database connection goes with the thread (db::Database).
    connect(&m_thread, &QThread::finished, m_api, &QObject::deleteLater);
    m_server = new HttpServer(
        BearerAuth(token),
        [api = m_api](const HttpRequest& request, Responder respond) { api->post(request, std::move(respond)); }, this);
    connect(m_server, &HttpServer::served, this, &ControlService::served);
    m_thread.start();
}

ControlService::~ControlService()
{
    m_server->close(); // no new request reaches the API
    m_thread.quit();
    m_thread.wait();
    delete m_server; // after the API's thread: nothing can answer through it any more
    m_server = nullptr;
}

Status ControlService::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 ControlService::port() const
{
    return m_server->port();
}

} // namespace md::control
