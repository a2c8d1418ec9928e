#include "ui/shell/demoimport.h"

#include "services/db/sql.h"
#include "services/gnb/crawler.h"
#include "services/gnb/folderfeedsource.h"
#include "ui/shell/tasktracker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
const QString kDemoRoot = u":/demo/gnb"_s;
}

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

bool DemoImport::isAvailable()
{
    return !QDir(kDemoRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
}

Result<bool> DemoImport::isEmpty(const db::Database& database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto any = db::scalar(*db, u"SELECT count(*) FROM (SELECT 1 FROM product LIMIT 1) t"_s);
    if (!any)
        return any.error();
    return any->toInt() == 0;
}

Result<QString> DemoImport::extractTo(QTemporaryDir& dir, QString* day)
{
    const QStringList days = QDir(kDemoRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (days.isEmpty() || !dir.isValid())
        return Error { ErrorCode::NotFound, tr("This build has no demo data."), {} };
    *day = days.last();
    QDirIterator it(kDemoRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = dir.filePath(source.mid(kDemoRoot.size() + 1));
        QDir().mkpath(QFileInfo(target).absolutePath());
        // Resource files are read-only; the copy must be readable like any feed file.
        if (!QFile::copy(source, target))
            return Error { ErrorCode::Io, tr("Cannot unpack the demo data to %1.").arg(dir.path()), {} };
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dir.path();
}

void DemoImport::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString day;
    auto root = extractTo(*m_dir, &day);
    if (!root) {
        Q_EMIT finished(false, root.error().message);
        return;
    }
    auto cancel = m_cancel;
    m_task = m_tasks->begin(tr("Loading demo data"), -1, [cancel] { cancel.cancel(); });
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    connect(
        &m_thread, &QThread::finished, this, [db = m_database] { db.closeThreadConnection(); }, Qt::DirectConnection);
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
                [this](const jobs::Progress& p) { m_tasks->progress(m_task, p.done); }, Qt::QueuedConnection);
            connect(
                crawler, &gnb::Crawler::finished, this,
                [this](const gnb::CrawlOutcome& outcome) {
                    if (!outcome.status)
                        onFinished(false, outcome.status.error().message);
                    else
                        onFinished(
                            true, tr("Demo data loaded: %n product(s).", nullptr, int(outcome.summary.products)));
                },
                Qt::QueuedConnection);
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
