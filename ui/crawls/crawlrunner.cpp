#include "ui/crawls/crawlrunner.h"

#include "services/secrets/forwardingsecretstore.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace md::ui {

CrawlRunner::CrawlRunner(db::Database database, secrets::SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
{
    qRegisterMetaType<md::jobs::Progress>();
    qRegisterMetaType<md::gnb::CrawlOutcome>();
}

CrawlRunner::~CrawlRunner()
{
    if (!m_thread)
        return;
    m_cancel.cancel();
    m_thread->wait(); // the crawl stops at its next check; its file's transaction rolls back
    delete m_thread;
}

Status CrawlRunner::start(const gnb::FeedSourceOptions& options, const gnb::CrawlRequest& request)
{
    if (m_thread)
        return Error { ErrorCode::Conflict, tr("A crawl started from this window is still running."), {} };
    gnb::FeedSourceOptions sourceOptions = options;
    std::unique_ptr<secrets::ForwardingSecretStore> forward;
    if (m_secrets) {
        forward = std::make_unique<secrets::ForwardingSecretStore>(m_secrets);
        sourceOptions.secrets = forward.get();
    }
    auto created = gnb::createFeedSource(sourceOptions);
    if (!created)
        return created.error();
    m_cancel = jobs::CancellationToken();
    m_outcome = {};
    gnb::FeedSource* source = created->release();
    auto* crawler = new gnb::Crawler(m_database, source, request, m_cancel);
    m_thread = new QThread;
    m_thread->setObjectName(u"md-gnb-crawl"_s);
    source->moveToThread(m_thread);
    crawler->moveToThread(m_thread);
    secrets::ForwardingSecretStore* secretStore = forward.release();
    if (secretStore)
        secretStore->moveToThread(m_thread);

    connect(m_thread, &QThread::started, crawler, &gnb::Crawler::start);
    connect(crawler->progress(), &jobs::ProgressReporter::progressed, this, &CrawlRunner::progressed);
    QThread* thread = m_thread;
    connect(crawler, &gnb::Crawler::finished, this, [this, thread](const gnb::CrawlOutcome& outcome) {
        if (thread != m_thread)
            return;
        m_outcome = outcome; // arrives before onThreadFinished(): both are queued to this thread, in this order
    });
    // Direct: the thread ends even while the GUI thread waits for it in the destructor.
    connect(crawler, &gnb::Crawler::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    // In the crawl's thread, after its loop: the crawler and source go with the thread that used them (before the
    // thread's connection, which db::Database closes on the same signal, connected later).
    connect(
        m_thread, &QThread::finished, m_thread,
        [crawler, source, secretStore] {
            delete crawler;
            delete source;
            delete secretStore;
        },
        Qt::DirectConnection);
    connect(m_thread, &QThread::finished, this, &CrawlRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return {};
}

void CrawlRunner::cancel()
{
    if (m_thread)
        m_cancel.cancel();
}

void CrawlRunner::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(m_outcome);
}

} // namespace md::ui
