#include "services/marketplaces/cafe24/cafe24listingsource.h"

#include "services/marketplaces/cafe24/cafe24collector.h"
#include "services/marketplaces/cafe24/cafe24listings.h"

#include <QCoreApplication>

namespace md::marketplaces::cafe24 {

Cafe24ListingSource::Cafe24ListingSource(
    const Account& account, const CollectorEnv& env, db::Database database, QObject* parent)
    : ListingSource(parent)
    , m_label(account.label())
    , m_collector(new Cafe24Collector(account, env, std::move(database), this))
{
}

int Cafe24ListingSource::callCount() const
{
    return m_collector->callCount();
}

Error Cafe24ListingSource::cancelled() const
{
    return Error { ErrorCode::Cancelled,
        QCoreApplication::translate("md::marketplaces", "The product sync of %1 was cancelled.").arg(m_label), {} };
}

void Cafe24ListingSource::scan(PageFn page, DoneFn done)
{
    m_collector->withClient([this, page, done](Status ready) {
        if (!ready)
            return done(ready);
        if (m_cancelled)
            return done(cancelled());
        m_collector->client()->fetchProducts(
            [this, page](const QJsonArray& products) -> Status {
                if (m_cancelled)
                    return cancelled();
                return page(listingsFromProducts(products));
            },
            done);
    });
}

} // namespace md::marketplaces::cafe24
