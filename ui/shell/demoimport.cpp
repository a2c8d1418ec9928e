#include "ui/shell/demoimport.h"

#include "services/gnb/crawler.h"
#include "services/gnb/demofeed.h"
#include "services/gnb/folderfeedsource.h"
#include "ui/shell/tasktracker.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace md::ui {

DemoImport::DemoImport(db::Database database, TaskTracker* tasks, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_tasks(tasks)
{
    m_thread.setObjectName(u"md-demo-import"_s);
}

DemoImport::~DemoImport()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
}

void DemoImport::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString day;
    auto root = gnb::demo::extractTo(*m_dir, &day);
    if (!root) {
        Q_EMIT finished(false, root.error().message);
        return;
    }
    auto cancel = m_cancel;
    m_task = m_tasks->begin(tr("Loading demo data"), -1, [cancel] { cancel.cancel(); });
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();

    const QString path = *root;
    QMetaObject::invokeMethod(
        m_context,
        [this, path, day, cancel] {
            // Everything below lives in the worker thread: the crawler runs in the thread it was created in.
            auto* source = new gnb::FolderFeedSource(path, m_context);
            gnb::CrawlRequest request;
            request.day = day;
            request.mode = gnb::CrawlMode::Full;
            auto* crawler = new gnb::Crawler(m_database, source, request, cancel, m_context);
            connect(
                crawler->progress(), &jobs::ProgressReporter::progressed, this,
                [this](const jobs::Progress& p) { m_tasks->progress(m_task, p.done, p.total); }, Qt::QueuedConnection);
            // Still in the worker thread: map the categories there, then report to the GUI thread.
            connect(crawler, &gnb::Crawler::finished, m_context, [this](const gnb::CrawlOutcome& outcome) {
                bool ok = outcome.status.ok();
                QString message = ok ? tr("Demo data loaded: %n product(s).", nullptr, int(outcome.summary.products))
                                     : outcome.status.error().message;
                if (ok) {
                    if (auto mapped = gnb::demo::mapCategories(m_database); !mapped) {
                        ok = false;
                        message = mapped.error().message;
                    }
                }
                QMetaObject::invokeMethod(
                    this, [this, ok, message] { onFinished(ok, message); }, Qt::QueuedConnection);
            });
            crawler->start();
        },
        Qt::QueuedConnection);
}

void DemoImport::onFinished(bool ok, const QString& message)
{
    m_tasks->finish(m_task);
    m_thread.quit();
    Q_EMIT finished(ok, message);
}

} // namespace md::ui
