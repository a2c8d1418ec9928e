#pragma once

#include "services/db/database.h"
#include "services/gnb/crawler.h"
#include "services/gnb/feedsources.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/progressreporter.h"

#include <QObject>

class QThread;

namespace md::secrets {
class SecretStore;
}

namespace md::ui {

// Runs one G&B crawl started from this window in a thread of its own, as marketdesk-cli does: the Crawler takes
// the "gnb.crawl" lease (skipping when a worker or another desktop holds it) and records its job_results row.
// Progress arrives queued and throttled; cancel() stops the crawl at its next check between batches (a download
// in flight is aborted). finished() comes once the crawl's thread has ended and its connection is closed.
class CrawlRunner : public QObject {
    Q_OBJECT
public:
    // secrets: the window's keychain store, reached from the crawl's thread through a forwarding store (QtKeychain
    // serves one thread per process); null: the feed source reads the keychain itself.
    CrawlRunner(db::Database database, secrets::SecretStore* secrets, QObject* parent = nullptr);
    // Cancels a crawl still running and waits for it to stop (at its next check).
    ~CrawlRunner() override;

    // Starts a crawl; fails at once when the feed location is not usable or a crawl of this window runs.
    Status start(const gnb::FeedSourceOptions& source, const gnb::CrawlRequest& request);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const { return m_thread && m_cancel.isCancelled(); }

Q_SIGNALS:
    void progressed(const md::jobs::Progress& progress);
    void finished(const md::gnb::CrawlOutcome& outcome);

private:
    void onThreadFinished();

    db::Database m_database;
    secrets::SecretStore* m_secrets;
    QThread* m_thread = nullptr;
    jobs::CancellationToken m_cancel;
    gnb::CrawlOutcome m_outcome;
};

} // namespace md::ui
