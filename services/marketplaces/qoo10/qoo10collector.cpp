#include "services/marketplaces/qoo10/qoo10collector.h"

#include "services/marketplaces/common/orderstatusmap.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::marketplaces::qoo10 {

namespace {
QDate japanDate(const QDateTime& t)
{
    return t.toTimeZone(QTimeZone("Asia/Tokyo")).date();
}
} // namespace

Qoo10Collector::Qoo10Collector(Account account, CollectorEnv env, QObject* parent)
    : OrderCollector(parent)
    , m_client(new Qoo10Client(std::move(account), env, this))
{
}

int Qoo10Collector::searchConditionFor(int shippingStat)
{
    switch (shippingStat) {
    case 1:
        return 1; // order date
    case 2:
    case 3:
        return 2; // payment date
    case 4:
        return 3; // shipping date
    default:
        return 4; // delivered date
    }
}

void Qoo10Collector::collect(const CollectWindow& window, BatchFn batch, DoneFn done)
{
    m_batch = std::move(batch);
    m_done = std::move(done);
    m_running = true;
    m_windows = Qoo10Client::splitWindow(japanDate(window.from), japanDate(window.to));
    m_window = 0;
    m_step = 0;
    m_lines.clear();
    QTimer::singleShot(0, this, &Qoo10Collector::nextStep);
}

void Qoo10Collector::nextStep()
{
    if (!m_running)
        return;
    if (m_window >= m_windows.size())
        return end({});
    ++m_step;
    const auto [from, to] = m_windows.at(m_window);
    if (m_step <= 5) {
        const int stat = m_step;
        m_client->shippingInfo(stat, searchConditionFor(stat), from, to, [this, stat](Result<QJsonArray> r) {
            if (!m_running)
                return;
            if (!r)
                return end(r.error());
            const QString status = qoo10ShippingStatStatus(stat);
            for (const QJsonValue& v : *r) {
                const QJsonObject o = v.toObject();
                const QString no = o.value(u"orderNo"_s).toVariant().toString();
                if (no.isEmpty())
                    continue;
                auto it = m_lines.find(no);
                if (it == m_lines.end() || orderStatusRank(status) >= orderStatusRank(it->status))
                    m_lines.insert(no, { o, status });
            }
            nextStep();
        });
        return;
    }
    m_client->claimInfo(from, to, [this](Result<QJsonArray> r) {
        if (!m_running)
            return;
        if (!r)
            return end(r.error());
        for (const QJsonValue& v : *r) {
            const QJsonObject o = v.toObject();
            const QString no = o.value(u"orderNo"_s).toVariant().toString();
            if (no.isEmpty())
                continue;
            const QString status = qoo10ClaimStatus(o.value(u"ClaimType"_s).toString());
            // Keep the line's last known fields; the claim adds its own.
            QJsonObject merged = m_lines.contains(no) ? m_lines.value(no).raw : QJsonObject {};
            for (auto f = o.begin(); f != o.end(); ++f)
                merged.insert(f.key(), f.value());
            m_lines.insert(no, { merged, status });
        }
        endWindow();
    });
}

void Qoo10Collector::endWindow()
{
    QList<Qoo10Line> lines;
    lines.reserve(m_lines.size());
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        lines.append(it.value());
    m_lines.clear();
    const QList<Order> orders = toOrders(lines);
    if (!orders.isEmpty()) {
        if (auto s = m_batch(orders); !s)
            return end(s);
    }
    ++m_window;
    m_step = 0;
    nextStep();
}

void Qoo10Collector::end(Status status)
{
    if (!m_running)
        return;
    m_running = false;
    auto done = std::exchange(m_done, nullptr);
    m_batch = nullptr;
    // Never inside collect(): nextStep always runs from the event loop.
    if (done)
        done(std::move(status));
}

void Qoo10Collector::testConnection(DoneFn done)
{
    // The cheapest authenticated call: today's "awaiting shipping" list. It creates the seller key if there is none
    // and re-creates it on -90001, so it checks the API key, user id and password too.
    const QDate today = japanDate(QDateTime::currentDateTimeUtc());
    m_client->shippingInfo(1, 1, today, today, [this, done](Result<QJsonArray> r) {
        if (!r)
            return done(r.error());
        const qint64 skew = m_client->clockSkewSeconds();
        if (std::abs(skew) > maxClockSkewSeconds)
            return done(Error { ErrorCode::Config,
                tr("The credentials of %1 work, but this computer's clock is %2 seconds off Qoo10's; collection "
                   "windows are computed from it. Turn on automatic time synchronisation (NTP).")
                    .arg(m_client->account().label())
                    .arg(-skew),
                {} });
        done({});
    });
}

void Qoo10Collector::cancel()
{
    m_client->cancel();
    if (m_running)
        end(Error { ErrorCode::Cancelled, tr("Collection of %1 was cancelled.").arg(m_client->account().label()), {} });
}

} // namespace md::marketplaces::qoo10
