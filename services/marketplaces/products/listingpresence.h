#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/naver/listingwriter.h"

#include <QLatin1StringView>
#include <QSet>
#include <QString>

namespace md::marketplaces {

// Which listings of one (platform, seller) a product scan saw, and what follows from it. The ids seen go to a temp
// table of the calling thread's connection (never to `product`, so a scan of unchanged listings writes nothing there).
// A listing seen again after it was hidden as not listed is shown again at once; once a scan has COMPLETED, the
// account's visible listings it did not see are hidden (feed_visible = FALSE, hidden_reason = 'not_listed',
// hidden_at). Rows hidden for another reason are left alone. Callers hold the account's product-sync lease.
class ListingPresence {
public:
    // product.hidden_reason of a listing that is no longer on its platform.
    static constexpr QLatin1StringView notListed { "not_listed" };

    ListingPresence(db::Database database, QString platform, QString sellerId);
    ~ListingPresence();
    ListingPresence(const ListingPresence&) = delete;
    ListingPresence& operator=(const ListingPresence&) = delete;

    // Starts a scan with nothing seen.
    Status begin();
    // Records the listings of a batch (already written by ListingWriter) and shows again those hidden as not listed;
    // returns how many were shown again.
    Result<int> see(const QList<Listing>& listings);
    // Distinct listings seen so far.
    int seenCount() const { return int(m_seen.size()); }
    // After a complete scan: hides the listings not seen; returns how many. Only then: a failed or cancelled scan has
    // not seen everything and must hide nothing.
    Result<int> hideUnseen();

private:
    void clear();

    db::Database m_db;
    QString m_platform;
    QString m_sellerId;
    QString m_scan; // "<platform>/<seller id>": the temp table's key, so scans of other accounts never mix
    QSet<QString> m_seen;
    bool m_begun = false;
};

} // namespace md::marketplaces
