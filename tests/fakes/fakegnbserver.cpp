#include "tests/fakes/fakegnbserver.h"

#include "tests/fakes/feedlistener.h"
#include "tests/fakes/feedstate.h"

namespace md::fakes {

using namespace Qt::StringLiterals;

FakeGnbServer::FakeGnbServer(const QString& feedRoot)
    : m_state(std::make_unique<FeedState>(feedRoot))
{
    m_thread.setObjectName(u"fake-gnb"_s);
}

FakeGnbServer::~FakeGnbServer()
{
    if (m_listener) {
        // Sockets must die in their own thread, and before the state they point to.
        FeedListener* listener = m_listener;
        QMetaObject::invokeMethod(
            m_listener, [listener] { delete listener; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool FakeGnbServer::listen()
{
    if (m_listener)
        return m_port != 0;
    m_listener = new FeedListener(*m_state);
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    // Blocking here is fine for a test fixture: the caller needs the port before it can do anything.
    FeedListener* listener = m_listener;
    QMetaObject::invokeMethod(
        m_listener, [listener] { return listener->start(); }, Qt::BlockingQueuedConnection, &m_port);
    return m_port != 0;
}

QUrl FakeGnbServer::baseUrl() const
{
    return { u"http://127.0.0.1:%1/"_s.arg(m_port) };
}

QUrl FakeGnbServer::url(const QString& path) const
{
    return baseUrl().resolved(QUrl(path.startsWith(u'/') ? path.mid(1) : path));
}

void FakeGnbServer::setBasicAuth(const QString& user, const QString& password)
{
    m_state->setBasicAuth(user, password);
}

void FakeGnbServer::setApiKey(const QByteArray& key)
{
    m_state->setApiKey(key);
}

void FakeGnbServer::injectFault(const QString& path, const FeedFault& fault)
{
    m_state->addFault(path, fault);
}

void FakeGnbServer::clearFaults()
{
    m_state->clearFaults();
}

QList<FeedRequest> FakeGnbServer::requests() const
{
    return m_state->requests();
}

QList<FeedRequest> FakeGnbServer::requests(const QString& path) const
{
    QList<FeedRequest> out;
    for (const FeedRequest& r : m_state->requests()) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

void FakeGnbServer::clearRequests()
{
    m_state->clearRequests();
}

} // namespace md::fakes
