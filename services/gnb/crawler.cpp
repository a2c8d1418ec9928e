#include "services/gnb/crawler.h"

#include "services/db/sql.h"
#include "services/gnb/fileimporter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCrawl, "md.gnb.crawl")

namespace md::gnb {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("md::gnb", text);
}
Error cancelledError()
{
    return Error { ErrorCode::Cancelled, tr("The crawl was cancelled."), {} };
}
Error claimLostError()
{
    return Error { ErrorCode::LockHeld, tr("The crawl job's claim was lost; the crawl stopped."), {} };
}
QString stem(const QString& file)
{
    return file.endsWith(u".csv"_s, Qt::CaseInsensitive) ? file.chopped(4) : file;
}
} // namespace

Crawler::Crawler(
    db::Database database, FeedSource* source, CrawlRequest request, jobs::CancellationToken cancel, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_source(source)
    , m_request(std::move(request))
    , m_cancel(std::move(cancel))
    , m_progress(this)
    , m_statistics(m_database)
    , m_cancelWatch(this)
    , m_keepAlive(this)
{
    qRegisterMetaType<md::gnb::CrawlOutcome>();
}

// Destroyed before it finished (a job abandoned after its stop grace): the lanes stop at their next check and their
// files roll back; their threads must end before they are destroyed.
Crawler::~Crawler()
{
    m_halt.cancel();
    stopLanes();
}

void Crawler::start()
{
    m_clock.start();
    if (m_request.queuedJob) {
        m_summary.jobResultId = m_request.queuedJob->jobResultId;
    } else {
        m_lease = std::make_unique<jobs::Lease>(m_database, QString::fromLatin1(kLeaseName));
        auto lease = m_lease->tryAcquire(m_request.leaseDuration);
        if (!lease)
            return finish(lease.error());
        const jobs::RunInfo run { QString::fromLatin1(kLeaseName), {}, {} };
        if (!lease->acquired) {
            auto skipped = jobs::JobResults(m_database).recordSkipped(run, *lease);
            if (skipped)
                m_summary.jobResultId = *skipped;
            CrawlOutcome outcome;
            outcome.status = Error { ErrorCode::LockHeld,
                tr("Another G&B crawl is running (%1); this one was skipped.").arg(lease->describe()), {} };
            outcome.lockHolder = lease->holder;
            outcome.summary = m_summary;
            m_finished = true;
            QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
            return;
        }
        auto started = jobs::JobRun::begin(m_database, run);
        if (!started)
            return finish(started.error());
        m_run.emplace(std::move(*started));
        m_summary.jobResultId = m_run->resultId();
    }
    m_cancelWatch.setInterval(100);
    connect(&m_cancelWatch, &QTimer::timeout, this, [this] {
        if (m_cancel.isCancelled() && m_source)
            m_source->cancel();
    });
    m_cancelWatch.start();
    {
        // Only a full crawl reads every file, and only the day's first successful one decides what is gone.
        bool collect = false;
        if (m_request.mode == CrawlMode::Full) {
            auto completed = FeedRemovals::dayCompleted(m_database, m_request.day);
            if (!completed)
                return finish(completed.error());
            collect = !*completed;
        }
        m_removals.emplace(m_database, m_request.day, collect);
    }
    if (auto s = loadColourCodes(); !s)
        return finish(s);
    if (auto s = m_statistics.begin(); !s)
        return finish(s);
    m_source->fetchIndex(m_request.day, [self = QPointer(this)](Result<QList<FeedIndexEntry>> index) {
        if (self)
            self->onIndex(std::move(index));
    });
}

Status Crawler::loadColourCodes()
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"SELECT code, COALESCE(name_ko, name_en) FROM colour_code WHERE name_ko IS NOT NULL OR name_en IS NOT NULL"_s);
    if (!q)
        return q.error();
    while (q->next())
        m_colourCodes.insert(q->value(0).toString(), q->value(1).toString());
    return {};
}

Result<QList<FeedIndexEntry>> Crawler::select(const QList<FeedIndexEntry>& index)
{
    if (m_request.mode == CrawlMode::Full)
        return index;
    QList<FeedIndexEntry> chosen;
    if (m_request.mode == CrawlMode::Brands) {
        QStringList missing;
        for (const auto& wanted : std::as_const(m_request.brands)) {
            const auto it = std::find_if(index.cbegin(), index.cend(), [&](const FeedIndexEntry& e) {
                return e.brand.compare(wanted, Qt::CaseInsensitive) == 0
                    || stem(e.file).compare(wanted, Qt::CaseInsensitive) == 0;
            });
            if (it == index.cend())
                missing << wanted;
            else if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const auto& c) { return c.file == it->file; }))
                chosen << *it;
        }
        if (!missing.isEmpty())
            return Error { ErrorCode::NotFound,
                tr("No file for brand(s) %1 in the index of %2.").arg(missing.join(u", "_s), m_request.day), {} };
        return chosen;
    }
    // Incremental: the sha256 each file had when it was last applied, whatever the day.
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"SELECT name, sha256 FROM feed_file WHERE supplier = 'gnb' AND status = 'applied' ORDER BY crawled_at"_s);
    if (!q)
        return q.error();
    QHash<QString, QString> applied;
    while (q->next())
        applied.insert(q->value(0).toString(), q->value(1).toString());
    for (const auto& e : index) {
        if (applied.value(e.file) == e.sha256)
            ++m_summary.filesSkipped;
        else
            chosen << e;
    }
    return chosen;
}

void Crawler::onIndex(Result<QList<FeedIndexEntry>> index)
{
    if (!index)
        return finish(index.error());
    for (const auto& e : std::as_const(*index))
        m_indexFiles << e.file;
    auto files = select(*index);
    if (!files)
        return finish(files.error());
    m_files = *files;
    qint64 total = 0;
    for (const auto& f : std::as_const(m_files))
        total += f.rows;
    m_progress.start(total, int(m_files.size()));
    startLanes();
    pump();
}

void Crawler::startLanes()
{
    const bool postgres = m_database.isPostgres();
    const int lanes = m_request.lanes > 0 ? m_request.lanes : (postgres ? 2 : 1);
    const bool threaded = postgres || lanes > 1;
    for (int i = 0; i < lanes; ++i) {
        Lane lane;
        FileApplier applier(m_database, m_request.columns, m_colourCodes, m_request.batchRows);
        lane.worker = new FileLane(std::move(applier), [this, threaded]() -> std::optional<Error> {
            if (auto stopped = laneStop())
                return stopped;
            // A lane in this thread blocks the keep-alive timer: a job's claim is renewed between batches instead
            // (the lease between files, outside the file's transaction).
            if (!threaded && m_request.queuedJob && m_request.queuedJob->keepAlive && !m_request.queuedJob->keepAlive())
                return claimLostError();
            return std::nullopt;
        });
        if (threaded) {
            lane.thread = new QThread(this);
            lane.thread->setObjectName(u"md-gnb-lane-%1"_s.arg(i + 1));
            lane.worker->moveToThread(lane.thread);
            lane.thread->start();
        }
        connect(lane.worker, &FileLane::rowsRead, this, [this, i](qint64 rows) {
            m_lanes[size_t(i)].rowsRead = rows;
            qint64 done = m_rowsApplied;
            for (const auto& l : m_lanes)
                done += l.rowsRead;
            m_progress.report(done);
        });
        connect(lane.worker, &FileLane::applied, this,
            [this, i](const md::gnb::FileApplyResult& result) { onApplied(i, result); });
        m_lanes.push_back(std::move(lane));
    }
    if (threaded) {
        m_keepAlive.setInterval(std::chrono::seconds(2));
        connect(&m_keepAlive, &QTimer::timeout, this, [this] {
            if (auto s = stillHolding(); !s)
                stop(s);
        });
        m_keepAlive.start();
    }
}

void Crawler::stopLanes()
{
    m_keepAlive.stop();
    for (auto& lane : m_lanes) {
        if (lane.thread) {
            lane.thread->quit();
            lane.thread->wait();
        }
        delete lane.worker;
    }
    m_lanes.clear();
}

std::optional<Error> Crawler::laneStop() const
{
    if (m_cancel.isCancelled() || m_halt.isCancelled())
        return cancelledError();
    return std::nullopt;
}

Status Crawler::stillHolding()
{
    if (m_request.queuedJob) {
        if (m_request.queuedJob->keepAlive && !m_request.queuedJob->keepAlive())
            return claimLostError();
        return {};
    }
    return m_lease->extend(m_request.leaseDuration); // someone took the lease over: stop rather than crawl twice
}

void Crawler::pump()
{
    if (!m_stopping && m_cancel.isCancelled())
        stop(cancelledError());
    if (m_stopping) {
        m_ready.reset(); // fetched, never applied
        if (lanesIdle() && !m_fetching)
            finish(*m_stopping);
        return;
    }
    dispatchReady();
    if (m_fetching || m_ready) // one file fetched ahead at most
        return;
    if (m_next >= m_files.size()) {
        if (lanesIdle())
            finish({});
        return;
    }
    m_fetching = true;
    const FeedIndexEntry entry = m_files.at(m_next++);
    m_source->fetchFile(m_request.day, entry, [self = QPointer(this), entry](Result<FetchedFile> file) {
        if (self)
            self->onFetched(entry, std::move(file));
    });
}

bool Crawler::lanesIdle() const
{
    return std::none_of(m_lanes.cbegin(), m_lanes.cend(), [](const Lane& l) { return l.busy; });
}

void Crawler::onFetched(const FeedIndexEntry& entry, Result<FetchedFile> file)
{
    m_fetching = false;
    if (!file || m_stopping || m_cancel.isCancelled()) {
        if (m_cancel.isCancelled() || (!file && file.error().code == ErrorCode::Cancelled))
            stop(cancelledError());
        else if (!file)
            fileFailed(entry, file.error().toString());
        return pump();
    }
    m_ready = ReadyFile { entry, std::move(*file) };
    pump(); // to a free lane, and the next download overlaps the lanes' work
}

void Crawler::dispatchReady()
{
    const auto free = std::find_if(m_lanes.begin(), m_lanes.end(), [](const Lane& l) { return !l.busy; });
    if (!m_ready || free == m_lanes.end())
        return;
    Lane& l = *free;
    l.busy = true;
    l.file = std::move(m_ready->file);
    l.rowsRead = 0;
    const FeedIndexEntry entry = m_ready->entry;
    m_ready.reset();
    m_progress.setStep(++m_dispatched, entry.file);
    const FileApplyRequest request { m_request.day, entry, l.file.path, l.file.sha256, l.file.etag, l.file.lastModified,
        m_summary.jobResultId ? std::optional<qint64>(m_summary.jobResultId) : std::nullopt };
    QMetaObject::invokeMethod(
        l.worker, [worker = l.worker, request] { worker->apply(request); }, Qt::QueuedConnection);
}

void Crawler::onApplied(int lane, const FileApplyResult& result)
{
    Lane& l = m_lanes[size_t(lane)];
    l.busy = false;
    l.file = {};
    l.rowsRead = 0;
    m_rowsApplied += result.rowsRead;
    const Status& status = result.status;
    if (status) {
        // The fetched next file goes to this lane before this file's bookkeeping, which queries the database.
        if (!m_cancel.isCancelled())
            dispatchReady();
        if (auto s = recordApplied(result); !s)
            stop(s);
    } else if (status.error().code == ErrorCode::Cancelled) {
        stop(m_stopping ? *m_stopping : Status(cancelledError()));
    } else if (status.error().code == ErrorCode::LockHeld) {
        stop(status);
    } else if (db::isTransientConflict(status.error()) && m_retries[result.entry.file]++ < 2) {
        // Another lane held rows this file needed too (a model or CodArticolo that moved between files): the
        // file was rolled back whole; apply it again after the others.
        qCInfo(lcCrawl).noquote()
            << tr("%1 is applied again after a conflict with another file.").arg(result.entry.file);
        m_rowsApplied -= result.rowsRead;
        m_files.append(result.entry);
    } else if (status.error().code == ErrorCode::Database) {
        stop(status); // the database itself failing stops the crawl
    } else {
        fileFailed(result.entry, status.error().toString());
    }
    if (!m_stopping && !m_lanes.front().thread) {
        if (auto s = stillHolding(); !s)
            stop(s);
    }
    // Let queued events (progress, cancel) through between files.
    QTimer::singleShot(0, this, &Crawler::pump);
}

Status Crawler::recordApplied(const FileApplyResult& result)
{
    if (auto s = m_removals->fileApplied(result.entry.file, result.seen); !s)
        return s;
    const auto& m = result.import.merge;
    if (auto s = m_statistics.afterInsert(m.inserted); !s)
        return s;
    ++m_summary.files;
    m_summary.rows += m.rows + result.import.rejected;
    m_summary.products += m.products;
    m_summary.variants += m.rows;
    m_summary.inserted += m.inserted;
    m_summary.updated += m.updated;
    m_summary.unchanged += m.unchanged;
    m_summary.rejected += result.import.rejected;
    m_summary.warnings += qint64(result.warnings.size());
    m_summary.unresolvedColours.unite(m.unresolvedColours);
    m_summary.unmappedPairs.unite(m.unmappedPairs);
    for (const auto& w : result.warnings) {
        qCDebug(lcCrawl).noquote() << w;
        if (m_summary.warningSamples.size() < CrawlSummary::kMaxWarningSamples)
            m_summary.warningSamples << w;
    }
    return {};
}

void Crawler::stop(const Status& status)
{
    if (!m_stopping)
        m_stopping = status;
    m_halt.cancel();
    if (m_source)
        m_source->cancel();
}

void Crawler::fileFailed(const FeedIndexEntry& entry, const QString& reason)
{
    ++m_summary.filesFailed;
    m_summary.failures << reason;
    qCWarning(lcCrawl).noquote() << reason;
    const FeedFileInfo info { m_request.day, entry.file, entry.brand, {}, {}, {} };
    if (auto s = FileImporter::recordFailure(m_database, info, reason, m_summary.jobResultId); !s)
        qCWarning(lcCrawl).noquote() << s.error().toString();
}

void Crawler::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelWatch.stop();
    stopLanes();

    if (status.ok() && m_summary.filesFailed > 0)
        status = Error { ErrorCode::Invalid,
            tr("%n file(s) could not be applied; their previous data stays.", nullptr, m_summary.filesFailed), {} };
    if (status.ok() && m_cancel.isCancelled())
        status = cancelledError();
    if (status.ok()) // a failed or cancelled full crawl hides nothing
        status = finishRemovals();
    m_summary.durationMs = m_clock.elapsed();
    m_progress.finish();
    if (m_run) {
        jobs::RunOutcome outcome;
        outcome.success = status.ok();
        outcome.counts = m_summary.toJson();
        outcome.counts.remove(u"errors"_s);
        if (m_removals)
            m_removals->counts().addTo(outcome.counts);
        if (!status.ok())
            outcome.error = (QStringList { status.error().toString() } + m_summary.failures).join(u'\n');
        if (auto s = m_run->finish(outcome); !s)
            qCWarning(lcCrawl).noquote() << s.error().toString();
    }
    if (m_lease)
        (void)m_lease->release();
    CrawlOutcome outcome { status, m_summary, {}, m_removals ? m_removals->counts() : RemovalCounts {} };
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

} // namespace md::gnb

namespace md::gnb {

Status Crawler::finishRemovals()
{
    if (!m_removals || !m_removals->collectsUnseen())
        return {};
    auto done = m_removals->complete(
        m_indexFiles, m_summary.jobResultId ? std::optional<qint64>(m_summary.jobResultId) : std::nullopt);
    if (!done)
        return done.error();
    return {};
}

} // namespace md::gnb
