#pragma once

#include "services/marketplaces/common/ordercollector.h"
#include "services/marketplaces/qoo10/qoo10client.h"
#include "services/marketplaces/qoo10/qoo10mapper.h"

#include <QHash>

namespace md::marketplaces::qoo10 {

// Qoo10 order collection: for each ≤ 90-day window (JST days), GetShippingInfo_v2 for ShippingStat 1–5 — each
// searched by the date that status sets (order, payment, shipping, delivered), so a status change of an old order is
// found — then GetClaimInfo_V3 for cancellations, returns and exchanges, which no longer appear in the shipping lists.
// A line found under several statuses keeps the most advanced; a claim overrides. One batch per window.
class Qoo10Collector : public OrderCollector {
    Q_OBJECT
public:
    Qoo10Collector(Account account, CollectorEnv env, QObject* parent = nullptr);

    void collect(const CollectWindow& window, BatchFn batch, DoneFn done) override;
    void testConnection(DoneFn done) override;
    void cancel() override;
    int callCount() const override { return m_client->callCount(); }

    Qoo10Client* client() const { return m_client; }

    // ShippingBasic.GetShippingInfo_v2 search_condition for a ShippingStat.
    static int searchConditionFor(int shippingStat);
    // Largest tolerated difference between the server's clock and ours before testConnection complains.
    static constexpr qint64 maxClockSkewSeconds = 300;

private:
    void nextStep();
    void endWindow();
    void end(Status status);

    Qoo10Client* m_client;
    BatchFn m_batch;
    DoneFn m_done;
    QList<QPair<QDate, QDate>> m_windows;
    int m_window = 0;
    int m_step = 0; // 1..5 ShippingStat, 6 claims
    QHash<QString, Qoo10Line> m_lines; // by orderNo (line)
    bool m_running = false;
};

} // namespace md::marketplaces::qoo10
