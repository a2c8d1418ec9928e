#include "services/marketplaces/products/productsync.h"

#include "services/jobs/leasedrun.h"
#include "services/jobs/progressreporter.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/products/listingpresence.h"
#include "services/marketplaces/products/listingsource.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProductSync, "md.products.sync")

namespace md::marketplaces {

QString productSyncLeaseName(const QString& accountName)
{
    return QString(kProductSyncJobKind) + u':' + accountName;
}

QJsonObject ProductSyncOutcome::toJson() const
{
    QJsonObject o { { u"account"_s, accountName }, { u"listings"_s, listings }, { u"inserted"_s, counts.inserted },
        { u"updated"_s, counts.updated }, { u"unchanged"_s, counts.unchanged }, { u"unlisted"_s, unlisted },
        { u"relisted"_s, relisted }, { u"pages"_s, pages }, { u"variants_inserted"_s, counts.variantsInserted },
        { u"variants_updated"_s, counts.variantsUpdated }, { u"complete"_s, complete }, { u"calls"_s, calls },
        { u"duration_ms"_s, durationMs } };
    if (!status)
        o.insert(u"error"_s, status.error().message);
    if (!lockHolder.isEmpty())
        o.insert(u"lock_holder"_s, lockHolder);
    return o;
}

ProductSync::ProductSync(db::Database database, CollectorEnv env, ProductSyncRequest request,
    jobs::CancellationToken token, jobs::ProgressReporter* progress, QObject* parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_env(env)
    , m_request(std::move(request))
    , m_token(std::move(token))
    , m_progress(progress)
{
    m_outcome.accountName = m_request.accountName;
    m_request.pagesPerTransaction = std::max(1, m_request.pagesPerTransaction);
    m_cancelPoll.setInterval(200);
    connect(&m_cancelPoll, &QTimer::timeout, this, [this] {
        if (m_token.isCancelled() && m_source)
            m_source->cancel();
    });
}

ProductSync::~ProductSync()
{
    if (m_lease)
        (void)m_lease->release();
}

void ProductSync::start()
{
    m_elapsed.start();
    auto account = Accounts(m_db).get(m_request.accountName);
    if (!account)
        return finish(account.error());
    m_account = *account;
    m_outcome.accountName = m_account.name;
    const jobs::RunInfo run { QString(kProductSyncJobKind), {}, m_account.id };
    if (m_request.ownLeaseAndResult) {
        auto begun = jobs::LeasedRun::begin(m_db, productSyncLeaseName(m_account.name), run, m_request.leaseDuration);
        if (!begun)
            return finish(begun.error());
        if (begun->heldBy) {
            m_outcome.lockHolder = begun->heldBy->holder;
            return finish(Error { ErrorCode::LockHeld,
                tr("Products of %1 are already being synced (%2); this run was skipped.")
                    .arg(m_account.label(), begun->heldBy->describe()),
                {} });
        }
        m_lease = std::move(begun->lease);
        m_run.emplace(std::move(*begun->run));
    }
    m_env.database = m_db;
    auto source = createListingSource(m_account, m_env);
    if (!source)
        return finish(source.error());
    m_source = std::move(*source);
    m_writer = std::make_unique<ListingWriter>(m_db);
    m_presence = std::make_unique<ListingPresence>(m_db, m_account.platform, m_account.sellerId);
    if (auto s = m_presence->begin(); !s)
        return finish(s);
    if (m_token.isCancelled())
        return finish(
            Error { ErrorCode::Cancelled, tr("The product sync of %1 was cancelled.").arg(m_account.label()), {} });
    if (m_progress)
        m_progress->start();
    m_scanning = true;
    m_cancelPoll.start();
    m_source->scan([this](const QList<Listing>& listings) { return onPage(listings); },
        [this](Status s) { onScanned(std::move(s)); });
}

Status ProductSync::onPage(const QList<Listing>& listings)
{
    if (m_token.isCancelled())
        return Error { ErrorCode::Cancelled, tr("The product sync of %1 was cancelled.").arg(m_account.label()), {} };
    ++m_outcome.pages;
    m_pending += listings;
    if (++m_pendingPages >= m_request.pagesPerTransaction) {
        if (auto s = flush(); !s)
            return s;
    }
    if (m_progress) {
        m_progress->report(m_presence->seenCount() + m_pending.size());
        m_progress->setStep(m_outcome.pages,
            tr("%1: page %2, %3 listing(s); %4 new, %5 changed, %6 unchanged")
                .arg(m_account.name)
                .arg(m_outcome.pages)
                .arg(m_presence->seenCount() + m_pending.size())
                .arg(m_outcome.counts.inserted)
                .arg(m_outcome.counts.updated)
                .arg(m_outcome.counts.unchanged));
    }
    return {};
}

Status ProductSync::flush()
{
    if (m_pending.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    auto counts = m_writer->write(m_account.platform, m_account.sellerId, m_pending);
    if (!counts) {
        m_writeFailed = true;
        return counts.error();
    }
    m_outcome.counts += *counts;
    auto shown = m_presence->see(m_pending);
    if (!shown) {
        m_writeFailed = true;
        return shown.error();
    }
    m_outcome.relisted += *shown;
    qCDebug(lcProductSync) << m_account.name << "wrote" << m_pending.size() << "listings in" << timer.elapsed() << "ms";
    m_pending.clear();
    m_pendingPages = 0;
    if (m_lease) {
        if (auto s = m_lease->extend(m_request.leaseDuration); !s)
            qCWarning(lcProductSync) << s.error().toString();
    }
    return {};
}

void ProductSync::onScanned(Status status)
{
    // Listings already fetched are real whatever stopped the scan; only a cancelled run stops writing at once.
    const bool cancelled = !status && status.error().code == ErrorCode::Cancelled;
    if (!m_writeFailed && !cancelled) {
        if (auto s = flush(); !s && status)
            status = s;
    }
    if (status) {
        m_outcome.complete = true;
        auto hidden = m_presence->hideUnseen();
        if (hidden)
            m_outcome.unlisted = *hidden;
        else
            status = hidden.error();
    }
    finish(std::move(status));
}

void ProductSync::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelPoll.stop();
    if (!status && !status.error().message.contains(m_outcome.accountName)) {
        // Database and other generic errors do not say whose sync failed.
        Error named = status.error();
        named.message = tr("Product sync of account \"%1\": %2").arg(m_outcome.accountName, named.message);
        status = named;
    }
    m_outcome.status = status;
    m_outcome.listings = m_presence ? m_presence->seenCount() : 0;
    m_outcome.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_outcome.calls = m_source ? m_source->callCount() : 0;
    m_presence.reset(); // drops the scan's seen set
    if (m_progress && m_scanning)
        m_progress->finish();
    if (m_run) {
        jobs::RunOutcome run;
        run.success = status.ok();
        run.counts = m_outcome.toJson();
        run.error = status.ok() ? QString() : status.error().message;
        if (auto s = m_run->finish(run); !s)
            qCWarning(lcProductSync) << s.error().toString();
    }
    if (m_lease) {
        (void)m_lease->release();
        m_lease.reset();
    }
    if (!status && status.error().code != ErrorCode::LockHeld)
        qCWarning(lcProductSync) << status.error().toString();
    // Never inside start(): callers connect after constructing and starting.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_outcome); }, Qt::QueuedConnection);
}

} // namespace md::marketplaces
