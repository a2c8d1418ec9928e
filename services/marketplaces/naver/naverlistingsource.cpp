#include "services/marketplaces/naver/naverlistingsource.h"

#include "services/marketplaces/naver/navercollector.h"
#include "services/marketplaces/naver/naverlistings.h"

#include <QCoreApplication>
#include <QTimer>

namespace md::marketplaces::naver {

NaverListingSource::NaverListingSource(const Account& account, const CollectorEnv& env, QObject* parent)
    : ListingSource(parent)
    , m_label(account.label())
    , m_collector(new NaverCollector(account, env, this))
{
}

int NaverListingSource::callCount() const
{
    return m_collector ? m_collector->callCount() : m_calls;
}

void NaverListingSource::scan(PageFn page, DoneFn done)
{
    m_done = std::move(done);
    m_collector->withClient([this, page](Status ready) {
        if (!ready)
            return end(ready);
        m_collector->client()->fetchProducts(
            [this, page](const QJsonArray& contents) {
                if (m_stopping)
                    return;
                if (auto status = page(listingsFromSearch(contents)); !status)
                    stop(status);
            },
            [this](Status status) {
                if (!m_stopping)
                    end(status);
            },
            NaverClient::maxProductPageSize);
    });
}

void NaverListingSource::cancel()
{
    stop(Error { ErrorCode::Cancelled,
        QCoreApplication::translate("md::marketplaces", "The product sync of %1 was cancelled.").arg(m_label), {} });
}

void NaverListingSource::stop(Status why)
{
    if (m_stopping || !m_done || !m_collector)
        return;
    m_stopping = std::move(why);
    // Out of the client's call stack (this may run inside its page callback): delete it, and every call and timer of
    // it with it, then report.
    QTimer::singleShot(0, this, [this] {
        m_calls = m_collector->callCount();
        delete m_collector;
        m_collector = nullptr;
        end(*m_stopping);
    });
}

void NaverListingSource::end(Status status)
{
    if (auto done = std::exchange(m_done, {}))
        done(std::move(status));
}

} // namespace md::marketplaces::naver
