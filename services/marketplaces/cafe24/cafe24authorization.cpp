#include "services/marketplaces/cafe24/cafe24authorization.h"

#include "services/marketplaces/cafe24/cafe24authorizer.h"
#include "services/marketplaces/cafe24/cafe24collector.h"

namespace md::marketplaces::cafe24 {

Cafe24Authorization::Cafe24Authorization(Account account, CollectorEnv env, db::Database database, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_env(std::move(env))
    , m_db(std::move(database))
    , m_deadline(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        end(Error { ErrorCode::Timeout,
            tr("No answer from the browser for %1 within %2 seconds; start again and allow access in the browser (the "
               "page must come back to %3).")
                .arg(m_account.label())
                .arg(m_timeout.count())
                .arg(redirectUri().toString()),
            {} });
    });
}

Cafe24Authorization::~Cafe24Authorization() = default;

void Cafe24Authorization::start(quint16 port, std::chrono::seconds timeout)
{
    m_timeout = timeout;
    if (m_account.platform != u"cafe24") { // reported later, as every outcome is
        QTimer::singleShot(0, this, [this] {
            end(Error { ErrorCode::Invalid,
                tr("%1 is not a Cafe24 account; only Cafe24 accounts are authorized in the browser (the others use "
                   "their secrets).")
                    .arg(m_account.label()),
                {} });
        });
        return;
    }
    m_collector = new Cafe24Collector(m_account, m_env, m_db, this);
    m_collector->withClient([this, port](Status ready) {
        if (!ready)
            return end(ready);
        if (m_done)
            return;
        m_authorizer = new Cafe24Authorizer(m_collector->client()->config(), m_env.secrets, this);
        connect(m_authorizer, &Cafe24Authorizer::openBrowser, this, &Cafe24Authorization::openBrowser);
        connect(m_authorizer, &Cafe24Authorizer::finished, this, &Cafe24Authorization::end);
        if (auto started = m_authorizer->start(port); !started)
            return end(started);
        m_deadline.start(m_timeout);
    });
}

void Cafe24Authorization::stop()
{
    end(Error {
        ErrorCode::Cancelled, tr("Authorization of %1 stopped; nothing was changed.").arg(m_account.label()), {} });
}

QUrl Cafe24Authorization::redirectUri() const
{
    return m_authorizer ? m_authorizer->redirectUri() : QUrl();
}

void Cafe24Authorization::end(Status status)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    Q_EMIT finished(status);
}

} // namespace md::marketplaces::cafe24
