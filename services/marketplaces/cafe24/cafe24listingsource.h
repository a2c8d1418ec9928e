#pragma once

#include "services/db/database.h"
#include "services/marketplaces/products/listingsource.h"

namespace md::marketplaces::cafe24 {

class Cafe24Collector;

// Cafe24 listings: the full product scan by since_product_no (100 per page, embed=variants) through the account's
// Cafe24Collector client. cancel() takes effect at the next page boundary and never aborts a call in flight: that
// call may be the refresh of the rotating token, whose answer must reach the keychain.
class Cafe24ListingSource : public ListingSource {
    Q_OBJECT
public:
    Cafe24ListingSource(
        const Account& account, const CollectorEnv& env, db::Database database, QObject* parent = nullptr);

    void scan(PageFn page, DoneFn done) override;
    void cancel() override { m_cancelled = true; }
    int callCount() const override;

private:
    Error cancelled() const;

    QString m_label;
    Cafe24Collector* m_collector;
    bool m_cancelled = false;
};

} // namespace md::marketplaces::cafe24
