#pragma once

#include "services/marketplaces/products/listingsource.h"

#include <optional>

namespace md::marketplaces::naver {

class NaverCollector;

// Naver listings: every page of POST /v1/products/search (500 per page) through the account's NaverCollector
// client. The client cannot be told to stop between pages, so stopping (cancel() or a page refused by the caller)
// deletes the collector, which drops the call in flight: Naver tokens do not rotate, nothing can be lost.
class NaverListingSource : public ListingSource {
    Q_OBJECT
public:
    NaverListingSource(const Account& account, const CollectorEnv& env, QObject* parent = nullptr);

    void scan(PageFn page, DoneFn done) override;
    void cancel() override;
    int callCount() const override;

private:
    void stop(Status why);
    void end(Status status);

    QString m_label;
    NaverCollector* m_collector;
    DoneFn m_done;
    std::optional<Status> m_stopping;
    int m_calls = 0; // counted before the collector goes
};

} // namespace md::marketplaces::naver
