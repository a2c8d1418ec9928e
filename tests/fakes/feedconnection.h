#pragma once

#include "tests/fakes/feedstate.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace md::fakes {

// One client connection of the fake server: parses HTTP/1.1 requests (keep-alive, one at a time) and writes
// the planned responses byte for byte, which is what lets it send truncated bodies or stall on purpose.
class FeedConnection : public QObject {
    Q_OBJECT
public:
    FeedConnection(QTcpSocket* socket, FeedState& state, QObject* parent = nullptr);

private:
    void readRequests();
    void send(const PlannedResponse& response, bool keepAlive);

    QPointer<QTcpSocket> m_socket;
    FeedState& m_state;
    QByteArray m_buffer;
    bool m_busy = false; // a delayed response is pending: later requests wait in the buffer
};

} // namespace md::fakes
