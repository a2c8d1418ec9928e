#pragma once

#include <QTcpServer>

namespace md::fakes {

class FeedState;

// Accepts connections for FakeGnbServer in the server's thread.
class FeedListener : public QTcpServer {
    Q_OBJECT
public:
    explicit FeedListener(FeedState& state);

    // Listens on 127.0.0.1, any free port; returns the port or 0.
    quint16 start();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    FeedState& m_state;
};

} // namespace md::fakes
