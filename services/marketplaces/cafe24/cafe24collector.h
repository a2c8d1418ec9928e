#pragma once

#include "services/db/database.h"
#include "services/marketplaces/cafe24/cafe24client.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/common/ordercollector.h"

namespace md::marketplaces::cafe24 {

// Cafe24 order collection: orders by order date in ≤ 3-month calls with embed=items, one batch per page.
// Secrets (client_id, client_secret, the rotating refresh_token, the cached access_token) live in the keychain
// under account/cafe24/<name>/…; `database` holds the token lease shared with every other process.
// The account's seller id is the mall id.
class Cafe24Collector : public OrderCollector {
    Q_OBJECT
public:
    Cafe24Collector(Account account, CollectorEnv env, db::Database database, QObject* parent = nullptr);

    void collect(const CollectWindow& window, BatchFn batch, DoneFn done) override;
    void testConnection(DoneFn done) override;
    void cancel() override;
    // Reads the account's secrets and creates client() on first use, then calls `next` (asynchronously); the product
    // sync uses it too, so both share one way of configuring the client (retries, timeout, proxy).
    void withClient(std::function<void(Status)> next);
    int callCount() const override { return m_client ? m_client->callCount() : 0; }

    Cafe24Client* client() const { return m_client; }

private:
    Account m_account;
    CollectorEnv m_env;
    db::Database m_db;
    Cafe24Client* m_client = nullptr;
};

// Cafe24 item order_status (N00…N40, C*, R*, E*) → our status.
QString cafe24OrderStatus(const QString& orderStatus);
// One page of GET /orders?embed=items as domain orders; lines keyed by order_item_code.
QList<Order> ordersFromPage(const QJsonArray& orders);

} // namespace md::marketplaces::cafe24
