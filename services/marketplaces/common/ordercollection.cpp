#include "services/marketplaces/common/ordercollection.h"

#include "services/jobs/leasedrun.h"
#include "services/marketplaces/common/accounts.h"
#include "services/notify/notification.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCollect, "md.collect")

namespace md::marketplaces {

namespace {
QString seoulDay(const QDateTime& t)
{
    return t.toTimeZone(QTimeZone("Asia/Seoul")).toString(u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

QString collectLeaseName(const QString& accountName)
{
    return QString(kCollectJobKind) + u':' + accountName;
}

QJsonObject CollectOutcome::toJson() const
{
    QJsonObject o = counts.toJson();
    o.insert(u"account"_s, accountName);
    o.insert(u"fetched"_s, fetchedOrders);
    o.insert(u"batches"_s, batches);
    o.insert(u"calls"_s, calls);
    o.insert(u"from"_s, window.from.toString(Qt::ISODate));
    o.insert(u"to"_s, window.to.toString(Qt::ISODate));
    o.insert(u"duration_ms"_s, durationMs);
    if (!status)
        o.insert(u"error"_s, status.error().message);
    if (!lockHolder.isEmpty())
        o.insert(u"lock_holder"_s, lockHolder);
    return o;
}

OrderCollection::OrderCollection(
    db::Database database, CollectorEnv env, CollectRequest request, jobs::CancellationToken token, QObject* parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_env(env)
    , m_request(std::move(request))
    , m_token(std::move(token))
    , m_progress(this)
{
    m_outcome.accountName = m_request.accountName;
    m_cancelPoll.setInterval(200);
    connect(&m_cancelPoll, &QTimer::timeout, this, [this] {
        if (m_token.isCancelled() && m_collector)
            m_collector->cancel();
    });
}

OrderCollection::~OrderCollection()
{
    if (m_lease)
        (void)m_lease->release();
}

CollectWindow OrderCollection::windowFor(const Account& account, const QDateTime& now)
{
    const QDateTime to = now.toUTC();
    if (account.lastCollectedTo.isValid()) {
        const qint64 overlapH = account.options.value(u"overlap_hours"_s).toInteger(defaultOverlap.count());
        return { account.lastCollectedTo.addSecs(-overlapH * 3600), to };
    }
    const qint64 days = account.options.value(u"initial_days"_s).toInteger(defaultInitialDays);
    return { to.addDays(-days), to };
}

void OrderCollection::start()
{
    m_elapsed.start();
    auto account = Accounts(m_db).get(m_request.accountName);
    if (!account)
        return finish(account.error());
    m_account = *account;
    const jobs::RunInfo run { QString(kCollectJobKind), {}, m_account.id };
    if (m_request.ownLeaseAndResult) {
        auto begun = jobs::LeasedRun::begin(m_db, collectLeaseName(m_account.name), run, m_request.leaseDuration);
        if (!begun)
            return finish(begun.error());
        if (begun->heldBy) {
            m_outcome.lockHolder = begun->heldBy->holder;
            return finish(Error { ErrorCode::LockHeld,
                tr("Orders of %1 are already being collected (%2); this run was skipped.")
                    .arg(m_account.label(), begun->heldBy->describe()),
                {} });
        }
        m_lease = std::move(begun->lease);
        m_run.emplace(std::move(*begun->run));
    }
    m_outcome.window = m_request.window ? *m_request.window : windowFor(m_account, QDateTime::currentDateTimeUtc());
    m_env.database = m_db;
    auto collector = createCollector(m_account, m_env);
    if (!collector)
        return finish(collector.error());
    m_collector = std::move(*collector);
    m_repository = std::make_unique<OrderRepository>(m_db, m_account.platform, m_account.id);
    notify(u"start"_s,
        u"[MarketDesk] %1 주문 수집 시작 (%2 ~ %3)"_s.arg(
            m_account.name, seoulDay(m_outcome.window.from), seoulDay(m_outcome.window.to)));
    m_cancelPoll.start();
    m_progress.start();
    m_collector->collect(
        m_outcome.window, [this](const QList<Order>& orders) { return saveBatch(orders); },
        [this](Status s) { onCollected(std::move(s)); });
}

Status OrderCollection::saveBatch(const QList<Order>& orders)
{
    if (m_token.isCancelled())
        return Error { ErrorCode::Cancelled, tr("Collection of %1 was cancelled.").arg(m_account.label()), {} };
    m_outcome.fetchedOrders += int(orders.size());
    QElapsedTimer timer;
    timer.start();
    auto counts = m_repository->upsert(orders);
    if (!counts)
        return counts.error();
    qCDebug(lcCollect) << m_account.name << "saved" << orders.size() << "orders in" << timer.elapsed() << "ms";
    m_outcome.counts += *counts;
    ++m_outcome.batches;
    m_progress.report(m_outcome.fetchedOrders);
    m_progress.setStep(m_outcome.batches,
        tr("%1: batch %2 saved, %3 orders so far")
            .arg(m_account.name)
            .arg(m_outcome.batches)
            .arg(m_outcome.fetchedOrders));
    extendLease();
    return {};
}

void OrderCollection::extendLease()
{
    if (m_lease) {
        if (auto s = m_lease->extend(m_request.leaseDuration); !s)
            qCWarning(lcCollect) << s.error().toString();
    }
}

void OrderCollection::onCollected(Status status)
{
    if (status && !m_request.window) {
        // Only automatic windows move the mark: a hand-picked range may lie anywhere.
        if (auto s = Accounts(m_db).setLastCollectedTo(m_account.id, m_outcome.window.to); !s)
            status = s;
    }
    finish(std::move(status));
}

void OrderCollection::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelPoll.stop();
    m_outcome.status = status;
    m_outcome.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_outcome.calls = m_collector ? m_collector->callCount() : 0;
    m_progress.report(m_outcome.fetchedOrders);
    m_progress.finish();
    if (m_account.id != 0 && status.ok()) {
        notify(u"success"_s,
            u"[MarketDesk] %1 주문 수집 완료: %2/%3건 저장 (신규 %4, 변경 %5)"_s.arg(m_account.name)
                .arg(m_outcome.counts.orders)
                .arg(m_outcome.fetchedOrders)
                .arg(m_outcome.counts.inserted)
                .arg(m_outcome.counts.updated));
    } else if (m_account.id != 0 && status.error().code != ErrorCode::LockHeld) {
        notify(u"failure"_s,
            u"[MarketDesk] %1 주문 수집 실패 (%2/%3건 저장): %4"_s.arg(m_account.name)
                .arg(m_outcome.counts.orders)
                .arg(m_outcome.fetchedOrders)
                .arg(status.error().message));
    }
    if (m_run) {
        jobs::RunOutcome run;
        run.success = status.ok();
        run.counts = m_outcome.toJson();
        run.ordersCount = m_outcome.counts.orders;
        run.error = status.ok() ? QString() : status.error().message;
        if (auto s = m_run->finish(run); !s)
            qCWarning(lcCollect) << s.error().toString();
    }
    if (m_lease) {
        (void)m_lease->release();
        m_lease.reset();
    }
    // Never inside start(): callers connect after constructing and starting.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_outcome); }, Qt::QueuedConnection);
}

void OrderCollection::notify(const QString& event, const QString& text)
{
    // One INSERT into the outbox; delivery happens elsewhere, so webhooks never slow the collection down.
    if (auto s = notify::enqueueNotification(m_db, { event, m_account.name, text }); !s)
        qCWarning(lcCollect) << "cannot queue the webhook notification:" << s.error().toString();
}

} // namespace md::marketplaces
