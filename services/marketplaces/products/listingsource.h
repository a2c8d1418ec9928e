#pragma once

#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/naver/listingwriter.h"

#include <QObject>
#include <functional>
#include <memory>

namespace md::marketplaces {

// The per-platform half of a product sync: every listing of one account, page by page, already mapped to Listings.
// Lives in (and is used from) one thread; asynchronous on its event loop. Built on the account's collector, so the
// client is configured (secrets, retries, timeout, proxy) exactly as for order collection.
class ListingSource : public QObject {
    Q_OBJECT
public:
    // Called with each page, in order; the next page is asked for only after it returned. A non-ok Status stops the
    // scan, which then ends with that Status.
    using PageFn = std::function<Status(const QList<Listing>& listings)>;
    using DoneFn = std::function<void(Status)>;

    using QObject::QObject;

    // Scans every listing of the account; `done` comes exactly once, asynchronously, ok only when the scan reached
    // the platform's last page. One scan at a time.
    virtual void scan(PageFn page, DoneFn done) = 0;
    // Stops a scan: `done` comes with ErrorCode::Cancelled, at the latest after the page in flight.
    virtual void cancel() = 0;
    // Platform calls made so far.
    virtual int callCount() const = 0;
};

// The listing source of the account's platform, created in the calling thread (it must be used there). Config error
// naming the account for a platform without a product API (Qoo10). Cafe24 needs env.database (its token lease).
Result<std::unique_ptr<ListingSource>> createListingSource(const Account& account, const CollectorEnv& env);
// Whether createListingSource() supports the platform (schedulers skip the others).
bool hasListingSource(const QString& platform);

} // namespace md::marketplaces
