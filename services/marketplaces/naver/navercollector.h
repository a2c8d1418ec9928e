#pragma once

#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/common/ordercollector.h"
#include "services/marketplaces/naver/naverclient.h"

#include <memory>

namespace md::marketplaces::naver {

// Naver order collection: product orders changed in the window (last-changed-statuses, 24 h windows, `more`
// paging), their details in batches of 300, grouped into orders by orderId and handed over as one batch per call.
// The client ID and secret are read from the keychain (account/naver/<name>/client_id, client_secret) on first use.
class NaverCollector : public OrderCollector {
    Q_OBJECT
public:
    NaverCollector(Account account, CollectorEnv env, QObject* parent = nullptr);

    void collect(const CollectWindow& window, BatchFn batch, DoneFn done) override;
    void testConnection(DoneFn done) override;
    void cancel() override;
    // Reads the account's secrets and creates client() on first use, then calls `next` (asynchronously); the product
    // sync uses it too, so both share one way of configuring the client (retries, timeout, proxy).
    void withClient(std::function<void(Status)> next);
    int callCount() const override { return m_client ? m_client->callCount() : 0; }

    // Set once the secrets were read (tests adjust its retry policy).
    NaverClient* client() const { return m_client; }

private:
    Account m_account;
    CollectorEnv m_env;
    NaverClient* m_client = nullptr;
};

// Naver productOrderStatus → our status (orderstatusmap.h).
QString naverOrderStatus(const QString& productOrderStatus);
// Details ({"order","productOrder"}) grouped into domain orders by orderId, lines keyed by productOrderId.
QList<Order> ordersFromDetails(const QList<QJsonObject>& details);

} // namespace md::marketplaces::naver
