#pragma once

#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/collectorfactory.h"

#include <QDate>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <functional>

namespace md::net {
class HttpClient;
struct HttpResponse;
} // namespace md::net

namespace md::marketplaces::qoo10 {

// A QAPI ResultCode that is not 0, with its message (e.g. -90001 "not a seller key").
inline constexpr int kNotSellerKey = -90001;

// Qoo10 Japan QAPI for one account (reference/marketplace-apis.md): form-encoded POSTs to
// {base}/GMKT.INC.Front.QAPIService/ebayjapan.qapi/{Class.Method} with GiosisCertificationKey and QAPIVersion headers.
// The seller key comes from CertificationAPI.CreateCertificationKey (api_key + user_id + pwd from the SecretStore)
// and is cached in the SecretStore as "seller_key"; a -90001 answer re-creates it once per call.
// Calls of an account are paced at least env.minCallSpacing apart. Transport errors (timeouts, 5xx, 429) are
// retried by HttpClient; malformed JSON and non-auth ResultCode errors are retried here with backoff, both within
// env.retry.maxAttempts. All secrets are registered with the client's Redactor. Asynchronous, one thread.
class Qoo10Client : public QObject {
    Q_OBJECT
public:
    using ObjectsFn = std::function<void(Result<QJsonArray>)>;
    using KeyFn = std::function<void(Result<QByteArray>)>;
    using Params = QList<QPair<QString, QString>>;

    static constexpr int maxWindowDays = 90; // GetShippingInfo_v2 refuses longer windows

    Qoo10Client(Account account, CollectorEnv env, QObject* parent = nullptr);
    ~Qoo10Client() override;

    // Calls an authenticated QAPI method; `done` gets ResultObject as an array (a single object becomes one
    // element, null or empty none).
    void call(const QString& method, const Params& params, ObjectsFn done);
    // ShippingBasic.GetShippingInfo_v2 for one ShippingStat (1–5) and one window of ≤ 90 days (JST dates).
    void shippingInfo(int shippingStat, int searchCondition, QDate from, QDate to, ObjectsFn done);
    // ShippingBasic.GetClaimInfo_V3: claims (cancellations, returns, exchanges) dated in the window.
    void claimInfo(QDate from, QDate to, ObjectsFn done);
    // Creates a new seller key, stores it in the SecretStore and uses it from now on.
    void createSellerKey(KeyFn done);
    // Splits [from, to] (inclusive days) into consecutive windows of at most maxDays days.
    static QList<QPair<QDate, QDate>> splitWindow(QDate from, QDate to, int maxDays = maxWindowDays);

    // Ends every running call with ErrorCode::Cancelled.
    void cancel();
    int callCount() const { return m_calls; }
    // The server's clock minus ours, from the Date header of the last response (0 before any).
    qint64 clockSkewSeconds() const { return m_skewSeconds; }
    net::HttpClient* http() const { return m_http; }
    const Account& account() const { return m_account; }
    QUrl methodUrl(const QString& method) const;

private:
    struct Attempt;
    void withSellerKey(std::function<void(Result<QByteArray>)> next);
    void send(std::shared_ptr<Attempt> attempt);
    void onResponse(std::shared_ptr<Attempt> attempt, const net::HttpResponse& response);
    void readSecrets(
        const QStringList& fields, std::function<void(Result<QList<QByteArray>>)> done, QList<QByteArray> values = {});
    Error httpError(const net::HttpResponse& response) const;
    Error resultCodeError(const QString& method, int code, const QString& message) const;

    Account m_account;
    CollectorEnv m_env;
    net::HttpClient* m_http;
    QString m_rateKey;
    QByteArray m_sellerKey;
    QList<KeyFn> m_keyWaiters; // callers waiting for a key being read or created
    int m_calls = 0;
    qint64 m_skewSeconds = 0;
    quint64 m_generation = 0; // bumped by cancel(): late secret-store answers are dropped
    bool m_proxyReady = false; // the account's proxy is set, with its password from the keychain
};

} // namespace md::marketplaces::qoo10
