#pragma once

#include "tests/fakes/common/fakehttpserver.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <chrono>
#include <optional>

namespace md::fakes {

// Faults a fake Qoo10 answer can carry instead of the real one.
enum class Qoo10Fault {
    Http429, // 429 with Retry-After: 0
    Http500,
    Http503,
    Timeout, // the answer is held back for timeoutDelay (longer than the client's timeout in tests)
    Drop, // connection closed without an answer
    Malformed, // HTTP 200 with a truncated JSON body
    ResultError, // HTTP 200, ResultCode -999 "System error"
    NotSellerKey, // HTTP 200, ResultCode -90001; every seller key issued so far stops working
    IpNotAllowed, // HTTP 200, ResultCode -10005 "Not allowed IP address"
};

// How ResultObject is written when a list has 0 or 1 element (all seen from the real QAPI).
enum class Qoo10Shape {
    Array, // always an array
    SingleObject, // one element → the object itself; none → null
    EmptyString, // one element → the object itself; none → ""
    Missing, // none → no ResultObject at all
};

// A fake Qoo10 Japan QAPI (reference/marketplace-apis.md) on 127.0.0.1:
//   POST /GMKT.INC.Front.QAPIService/ebayjapan.qapi/{Class.Method}, form-encoded, GiosisCertificationKey header.
//   CertificationAPI.CreateCertificationKey (API key in the header, user_id, pwd) → a new seller key;
//   ShippingBasic.GetShippingInfo_v2 (ShippingStat 1–5, search_Sdate/search_Edate YYYYMMDD ≤ 90 days,
//   search_condition 1 order / 2 payment / 3 shipping / 4 delivered date) → every matching line on one page;
//   ShippingBasic.GetClaimInfo_V3 (claims dated in the window; cancelled lines no longer appear above).
// Orders are generated deterministically from a seed. Faults are drawn per request from a seeded generator (rate)
// or queued explicitly. Every request is logged with its arrival time so tests can check the client's pacing.
struct FakeQoo10Credentials {
    QByteArray apiKey = "fake-api-key";
    QString userId = QStringLiteral("fake-user");
    QString password = QStringLiteral("fake-password");
};

class FakeQoo10Server {
public:
    using Credentials = FakeQoo10Credentials;
    struct Call {
        QString method;
        QList<QPair<QString, QString>> form;
        QByteArray certificationKey;
        qint64 atMs = 0; // since the server started
        QString fault; // empty when answered normally
    };

    explicit FakeQoo10Server(Credentials credentials = {});
    ~FakeQoo10Server();

    bool listen();
    QUrl baseUrl() const { return m_http.baseUrl(); }
    const Credentials& credentials() const { return m_credentials; }

    // N orders (carts of 1–3 lines) with order dates spread over `days` days ending at `lastDay` (JST), statuses
    // spread over ShippingStat 1–5 and about 3 % cancelled (claims). Same seed, same orders.
    void generateOrders(int orders, QDate lastDay, int days, quint32 seed = 1);
    int orderCount() const;
    int lineCount() const;
    // Moves every line of `packNo` to ShippingStat `stat` (a status change the next collection must record).
    void setPackStatus(const QString& packNo, int stat, QDate statusDay);
    QStringList packNumbers() const;

    void setShape(Qoo10Shape shape);
    // Each request fails with probability `rate` with one of `kinds`, drawn from a generator seeded with `seed`.
    void setRandomFaults(double rate, QList<Qoo10Fault> kinds, quint32 seed = 7);
    // The next `times` requests (to `method`, or any when empty) fail with `fault`.
    void queueFault(Qoo10Fault fault, int times = 1, const QString& method = {});
    void setTimeoutDelay(std::chrono::milliseconds delay);
    // Every answer is held back this long (tests of two processes racing for one account).
    void setLatency(std::chrono::milliseconds delay);
    // The server's clock runs this far ahead of ours (its Date header), for clock-skew checks.
    void setClockOffset(std::chrono::seconds offset);
    // Makes every seller key issued so far invalid (as if it expired).
    void revokeSellerKeys();

    QList<Call> calls() const;
    QList<Call> calls(const QString& method) const;
    void clearCalls();
    // Calls that came less than `spacing` after the previous call.
    int pacingViolations(std::chrono::milliseconds spacing) const;
    int keysIssued() const;
    int faultsInjected() const;

    static constexpr int maxWindowDays = 90;

private:
    struct Line {
        QJsonObject fields;
        int stat = 1;
        bool cancelled = false;
        QDate orderDay, payDay, shipDay, deliverDay, claimDay;
    };
    FakeHttpResponse handle(const FakeHttpRequest& request);
    std::optional<Qoo10Fault> drawFault(const QString& method);
    FakeHttpResponse faultResponse(Qoo10Fault fault);
    FakeHttpResponse result(int code, const QString& message, const QJsonValue& object = {}) const;
    FakeHttpResponse list(const QList<QJsonObject>& objects) const;
    QJsonObject lineJson(const Line& line) const;

    Credentials m_credentials;
    FakeHttpServer m_http;
    mutable QMutex m_mutex;
    QList<Line> m_lines;
    QSet<QByteArray> m_validKeys;
    int m_keysIssued = 0;
    Qoo10Shape m_shape = Qoo10Shape::Array;
    double m_faultRate = 0;
    QList<Qoo10Fault> m_faultKinds;
    QRandomGenerator m_rng;
    QList<QPair<Qoo10Fault, QString>> m_queued;
    std::chrono::milliseconds m_timeoutDelay { 1500 };
    std::chrono::milliseconds m_latency { 0 };
    std::chrono::seconds m_clockOffset { 0 };
    QList<Call> m_calls;
    QElapsedTimer m_clock;
    int m_faults = 0;
};

QString qoo10FaultName(Qoo10Fault fault);

} // namespace md::fakes
