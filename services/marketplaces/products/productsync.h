#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/jobresults.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/naver/listingwriter.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace md::jobs {
class Lease;
class ProgressReporter;
} // namespace md::jobs

namespace md::marketplaces {

class ListingPresence;
class ListingSource;

// The job kind, job_results name and lease prefix of a product sync.
inline constexpr QLatin1StringView kProductSyncJobKind { "products.sync" };
// "products.sync:<account name>": the single-runner lease of one account's product sync (distinct from the
// account's order collection lease: both may run at once).
QString productSyncLeaseName(const QString& accountName);

struct ProductSyncRequest {
    QString accountName;
    // Take the account's lease and write the job_results row here (CLI); false inside a jobs::Worker, which does both.
    bool ownLeaseAndResult = true;
    std::chrono::milliseconds leaseDuration { 10 * 60'000 };
    // Platform pages written per transaction (ListingWriter batch): fewer commits, memory of a few pages.
    int pagesPerTransaction = 5;
};

struct ProductSyncOutcome {
    Status status;
    QString accountName;
    int pages = 0;
    int listings = 0; // distinct listings the scan saw
    ListingCounts counts; // inserted / updated / unchanged (and variants)
    int unlisted = 0; // hidden because the complete scan did not see them
    int relisted = 0; // hidden as not listed before, seen again and shown
    bool complete = false; // the scan reached the platform's last page
    int calls = 0;
    qint64 durationMs = 0;
    QString lockHolder; // set when skipped because the lease was held (status is LockHeld)

    // {"account","listings","inserted","updated","unchanged","unlisted","relisted","pages","variants_inserted",
    //  "variants_updated","complete","calls","duration_ms"} plus "error" / "lock_holder" when they apply.
    QJsonObject toJson() const;
};

// One product sync of one account (Cafe24 or Naver): scans every listing page by page (ListingSource), writes them
// through ListingWriter several pages per transaction (merchandiser columns untouched), shows again listings that
// were hidden as not listed, and after a COMPLETE scan hides the account's listings it did not see (a failed or
// cancelled scan hides nothing). Progress: done = listings seen, step = pages. Lives in the thread that runs it;
// asynchronous (finished is emitted once, never inside start()).
class ProductSync : public QObject {
    Q_OBJECT
public:
    ProductSync(db::Database database, CollectorEnv env, ProductSyncRequest request, jobs::CancellationToken token = {},
        jobs::ProgressReporter* progress = nullptr, QObject* parent = nullptr);
    ~ProductSync() override;

    void start();
    const ProductSyncOutcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(const md::marketplaces::ProductSyncOutcome& outcome);

private:
    Status onPage(const QList<Listing>& listings);
    Status flush();
    void onScanned(Status status);
    void finish(Status status);

    db::Database m_db;
    CollectorEnv m_env;
    ProductSyncRequest m_request;
    jobs::CancellationToken m_token;
    jobs::ProgressReporter* m_progress;
    Account m_account;
    ProductSyncOutcome m_outcome;
    std::unique_ptr<ListingSource> m_source;
    std::unique_ptr<ListingWriter> m_writer;
    std::unique_ptr<ListingPresence> m_presence;
    std::unique_ptr<jobs::Lease> m_lease;
    std::optional<jobs::JobRun> m_run;
    QList<Listing> m_pending; // pages not yet written
    int m_pendingPages = 0;
    bool m_writeFailed = false;
    bool m_scanning = false;
    QTimer m_cancelPoll;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
};

} // namespace md::marketplaces
