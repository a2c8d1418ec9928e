#include "services/gnb/crawler.h"

#include "services/db/sql.h"
#include "services/gnb/feedparser.h"
#include "services/gnb/fileimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

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
{
    qRegisterMetaType<md::gnb::CrawlOutcome>();
}

Crawler::~Crawler() = default;

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
    nextFile();
}

void Crawler::nextFile()
{
    if (m_cancel.isCancelled())
        return finish(cancelledError());
    if (m_next >= m_files.size())
        return finish({});
    const FeedIndexEntry entry = m_files.at(m_next++);
    m_progress.setStep(m_next, entry.file);
    m_source->fetchFile(m_request.day, entry, [self = QPointer(this), entry](Result<FetchedFile> file) {
        if (self)
            self->onFile(entry, std::move(file));
    });
}

void Crawler::onFile(const FeedIndexEntry& entry, Result<FetchedFile> file)
{
    if (m_cancel.isCancelled())
        return finish(cancelledError());
    const Status applied = file ? applyFile(entry, *file) : Status(file.error());
    if (!applied) {
        if (applied.error().code == ErrorCode::Cancelled)
            return finish(applied);
        if (applied.error().code == ErrorCode::Database) // the database itself failing stops the crawl
            return finish(applied);
        fileFailed(entry, applied.error().toString());
    }
    if (m_request.queuedJob) {
        if (m_request.queuedJob->keepAlive && !m_request.queuedJob->keepAlive())
            return finish(Error { ErrorCode::LockHeld, tr("The crawl job's claim was lost; the crawl stopped."), {} });
    } else if (auto s = m_lease->extend(m_request.leaseDuration); !s) {
        return finish(s); // someone took the lease over: stop rather than crawl twice
    }
    m_rowsDone = 0;
    // Let queued events (progress, cancel) through between files.
    QTimer::singleShot(0, this, &Crawler::nextFile);
}

Status Crawler::applyFile(const FeedIndexEntry& entry, const FetchedFile& fetched)
{
    if (!entry.sha256.isEmpty() && fetched.sha256 != entry.sha256)
        return Error { ErrorCode::Invalid,
            tr("%1: its sha256 is %2 but index.csv says %3 (a truncated download or a file replaced during the "
               "crawl). The file was not applied; its previous data stays.")
                .arg(entry.file, fetched.sha256, entry.sha256),
            {} };
    QFile device(fetched.path);
    if (!device.open(QIODevice::ReadOnly))
        return Error { ErrorCode::Io, tr("Cannot read %1: %2").arg(fetched.path, device.errorString()), {} };

    FeedParser parser(&device, entry.file, m_request.columns, m_colourCodes);
    if (auto s = parser.open(); !s)
        return s;
    FileImporter importer(m_database);
    if (auto s = importer.begin(); !s)
        return s;
    m_removals->beginFile();
    std::vector<FeedRow> rows;
    std::vector<FeedReject> rejects;
    rows.reserve(size_t(m_request.batchRows));
    const qint64 doneBefore = m_progress.current().done;
    for (bool more = true; more;) {
        if (m_cancel.isCancelled())
            return cancelledError();
        rows.clear();
        rejects.clear();
        auto next = parser.next(rows, rejects, m_request.batchRows);
        if (!next)
            return next.error();
        more = *next;
        if (auto s = importer.addRows(rows); !s)
            return s;
        m_removals->see(rows);
        importer.addRejects(rejects);
        if (m_request.queuedJob && m_request.queuedJob->keepAlive && !m_request.queuedJob->keepAlive())
            return Error { ErrorCode::Cancelled, tr("The crawl job's claim was lost; the crawl stopped."), {} };
        m_progress.report(doneBefore + parser.rowsAccepted() + parser.rowsRejected());
    }
    if (m_cancel.isCancelled())
        return cancelledError();
    const FeedFileInfo info { m_request.day, entry.file, entry.brand, fetched.sha256, fetched.etag,
        fetched.lastModified };
    auto result = importer.commit(info, m_summary.jobResultId);
    if (!result)
        return result.error();
    if (auto s = m_removals->fileApplied(entry.file); !s)
        return s;

    const auto& m = result->merge;
    if (auto s = m_statistics.afterInsert(m.inserted); !s)
        return s;
    ++m_summary.files;
    m_summary.rows += m.rows + result->rejected;
    m_summary.products += m.products;
    m_summary.variants += m.rows;
    m_summary.inserted += m.inserted;
    m_summary.updated += m.updated;
    m_summary.unchanged += m.unchanged;
    m_summary.rejected += result->rejected;
    m_summary.warnings += qint64(parser.warnings().size());
    m_summary.unresolvedColours.unite(m.unresolvedColours);
    m_summary.unmappedPairs.unite(m.unmappedPairs);
    for (const auto& w : parser.warnings()) {
        qCDebug(lcCrawl).noquote() << w.message;
        if (m_summary.warningSamples.size() < CrawlSummary::kMaxWarningSamples)
            m_summary.warningSamples << w.message;
    }
    return {};
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
