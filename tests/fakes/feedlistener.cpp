#include "tests/fakes/feedlistener.h"

#include "tests/fakes/feedconnection.h"

namespace md::fakes {

FeedListener::FeedListener(FeedState& state)
    : m_state(state)
{
}

quint16 FeedListener::start()
{
    return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0;
}

void FeedListener::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new FeedConnection(socket, m_state, this);
}

} // namespace md::fakes
