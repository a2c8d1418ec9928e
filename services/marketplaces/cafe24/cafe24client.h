#pragma once

#include "services/marketplaces/cafe24/cafe24tokens.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <memory>

namespace md::marketplaces::cafe24 {

// Cafe24 Admin API client for one mall: bearer token from Cafe24Tokens (401 → renew once and repeat),
// X-Cafe24-Api-Version on every call, pacing per mall from X-Api-Call-Limit and the usage headers, error bodies
// {"error":{code,message,more_info}} surfaced; 422 and 403 are not retried; 207 on writes of several objects is a
// partial success (WriteResult). Lives in its worker's thread.
class Cafe24Client : public QObject {
    Q_OBJECT
public:
    using StatusCallback = std::function<void(md::Status)>;
    using PageCallback = std::function<md::Status(const QJsonArray& items)>;
    using JsonCallback = std::function<void(md::Result<QJsonObject>)>;

    // One object of a write that acts on several at once, refused by Cafe24 while others were accepted.
    struct ItemFailure {
        int index = 0; // position in the answer's list (the order of the request's objects)
        int status = 0; // the object's own HTTP-like status (404, 422, …)
        QString message; // Cafe24's reason, redacted
        QJsonObject item; // the answer's entry (e.g. with its variant_code)
    };
    // The answer to write(): 200/201 when every object was accepted, 207 Multi-Status when some were refused.
    struct WriteResult {
        int status = 0;
        QJsonObject body;
        QJsonArray items; // the answer's list of per-object entries (its first array member), in request order
        QList<ItemFailure> failures; // the refused entries; empty unless status is 207
        bool isPartial() const { return status == 207; }
    };
    using WriteCallback = std::function<void(md::Result<WriteResult>)>;

    Cafe24Client(Cafe24Config config, db::Database database, secrets::SecretStore* store, QObject* parent = nullptr);

    net::HttpClient& http() { return *m_http; }
    Cafe24Tokens& tokens() { return *m_tokens; }
    const Cafe24Config& config() const { return m_config; }
    int callCount() const { return m_calls; }

    // GET /api/v2/admin/<path>?<query> with the account's token.
    void get(const QString& path, const QUrlQuery& query, JsonCallback done);
    // PUT/POST/DELETE /api/v2/admin/<path> with a JSON body, e.g. {"shop_no":1,"requests":[…]} to update several
    // objects at once. A 207 answer is a PARTIAL SUCCESS, not an error: `done` gets the accepted and the refused
    // entries (each with its status and message) so that the caller can report or redo exactly the refused ones.
    // POST is never repeated after a timeout or 5xx (it might have been applied); PUT and DELETE are.
    void write(const QByteArray& method, const QString& path, const QJsonObject& body, WriteCallback done);
    // Every product with a full scan by since_product_no (100 per page, embed=variants); onPage per page.
    void fetchProducts(PageCallback onPage, StatusCallback done);
    // Orders with order_date in [from, to): calls of ≤ 3 months, embed=items, offset ≤ 15,000 (a window with more
    // orders continues from the last order date seen); each order is handed over once.
    void fetchOrders(const QDateTime& from, const QDateTime& to, PageCallback onPage, StatusCallback done);
    // Cancels every call in flight (their callbacks report Cancelled).
    void cancel() { m_http->cancelAll(); }

    static constexpr int productPageSize = 100;
    static constexpr int orderPageSize = 1000;
    static constexpr int maxOffset = 15000;

private:
    using StatusJsonCallback = std::function<void(md::Result<QPair<int, QJsonObject>>)>;
    void send(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
        StatusJsonCallback done, const QByteArray& rejected);
    md::Error errorFor(const net::HttpResponse& response, const QString& what) const;
    void paceFromHeaders(const net::HttpResponse& response);
    void productsFrom(qint64 since, PageCallback onPage, StatusCallback done);
    struct OrderRun;
    void ordersPage(std::shared_ptr<OrderRun> run);

    Cafe24Config m_config;
    net::HttpClient* m_http;
    Cafe24Tokens* m_tokens;
    QString m_rateKey;
    int m_calls = 0;
};

// "2026-11-20T10:00:00+09:00", the date-time form of Cafe24 queries (the caller percent-encodes '+').
QString cafe24Timestamp(const QDateTime& time);

} // namespace md::marketplaces::cafe24
