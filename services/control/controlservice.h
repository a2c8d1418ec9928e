#pragma once

#include "services/control/controlcontext.h"
#include "services/domain/result.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace md::control {

class ControlApi;
class HttpServer;

// The worker's control API as one piece: the HTTP server in the thread that creates this object (parsing and the
// token check only), the routes in a thread of their own. Destroying it closes the port and ends that thread.
class ControlService : public QObject {
    Q_OBJECT
public:
    // `token`: empty for none (then only loopback addresses may be served).
    ControlService(ControlContext context, const QByteArray& token, QObject* parent = nullptr);
    ~ControlService() override;

    // Starts serving; Invalid for a non-loopback address without a token, Config when the port cannot be opened.
    Status listen(const QHostAddress& address, quint16 port);
    quint16 port() const;

Q_SIGNALS:
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs);

private:
    QThread m_thread;
    ControlApi* m_api = nullptr; // lives in m_thread, deleted when it ends
    HttpServer* m_server = nullptr;
};

} // namespace md::control
