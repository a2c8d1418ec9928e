#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/jobresults.h"
#include "services/jobs/progressreporter.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/common/ordercollector.h"
#include "services/marketplaces/common/orderrepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace md::jobs {
class Lease;
}

namespace md::marketplaces {

// The job kind, job_results name and lease prefix of order collection.
inline constexpr QLatin1StringView kCollectJobKind { "orders.collect" };
// "orders.collect:<account name>": the single-runner lease of one account's collection.
QString collectLeaseName(const QString& accountName);

struct CollectRequest {
    QString accountName;
    // Explicit window (CLI --from/--to); otherwise since the account's last success minus the overlap.
    std::optional<CollectWindow> window;
    // Take the account's lease and write the job_results row here (CLI); false inside a jobs::Worker, which
    // does both itself.
    bool ownLeaseAndResult = true;
    std::chrono::milliseconds leaseDuration { 10 * 60'000 };
};

struct CollectOutcome {
    Status status;
    QString accountName;
    CollectWindow window;
    UpsertCounts counts;
    int fetchedOrders = 0;
    int batches = 0; // batches handed over by the collector and saved (pages or windows, depending on the platform)
    int calls = 0;
    qint64 durationMs = 0;
    QString lockHolder; // set when skipped because the lease was held (status is LockHeld)

    // {"account","orders","lines","inserted","updated","unchanged","fetched","calls","from","to","duration_ms"}
    QJsonObject toJson() const;
};

// One collection run of one account: window → collector batches → OrderRepository → account.last_collected_to,
// with start/success/failure notifications queued to the webhook outbox (sending never delays the run).
// Lives in the thread that runs it; asynchronous (finished is emitted once, never inside start()).
class OrderCollection : public QObject {
    Q_OBJECT
public:
    // The window starts this long before the last successful window's end (late or re-dated orders).
    static constexpr std::chrono::hours defaultOverlap { 24 };
    // First collection of an account: this far back.
    static constexpr int defaultInitialDays = 30;

    OrderCollection(db::Database database, CollectorEnv env, CollectRequest request, jobs::CancellationToken token = {},
        QObject* parent = nullptr);
    ~OrderCollection() override;

    void start();
    const CollectOutcome& outcome() const { return m_outcome; }
    // Progress while it runs: done = orders fetched and saved so far, step = batches saved (the label names the
    // account and the batch), total unknown; throttled, with a final signal when the run ends.
    jobs::ProgressReporter* progress() { return &m_progress; }

    // The window a run would use for `account` at `now` (exposed for tests and the Orders page's "next run").
    static CollectWindow windowFor(const Account& account, const QDateTime& now);

Q_SIGNALS:
    void finished(const md::marketplaces::CollectOutcome& outcome);

private:
    Status saveBatch(const QList<Order>& orders);
    void onCollected(Status status);
    void finish(Status status);
    void notify(const QString& event, const QString& text);
    void extendLease();

    db::Database m_db;
    CollectorEnv m_env;
    CollectRequest m_request;
    jobs::CancellationToken m_token;
    Account m_account;
    CollectOutcome m_outcome;
    std::unique_ptr<OrderCollector> m_collector;
    std::unique_ptr<OrderRepository> m_repository;
    std::unique_ptr<jobs::Lease> m_lease;
    std::optional<jobs::JobRun> m_run;
    QTimer m_cancelPoll;
    jobs::ProgressReporter m_progress;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
};

} // namespace md::marketplaces
