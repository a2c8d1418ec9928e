#include "tests/fakes/qoo10/fakeqoo10server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace md::fakes {

namespace {
const QByteArray kPrefix = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi/";
const char* const kStatusText[]
    = { "", "Waiting for shipping", "Paid (Shipping request)", "Seller confirmed", "On delivery", "Delivered" };
QString day(QDate d)
{
    return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : QString();
}
} // namespace

QString qoo10FaultName(Qoo10Fault f)
{
    static const char* const names[] = { "http429", "http500", "http503", "timeout", "drop", "malformed",
        "result_error", "not_seller_key", "ip_not_allowed" };
    return QString::fromLatin1(names[int(f)]);
}

FakeQoo10Server::FakeQoo10Server(Credentials credentials)
    : m_credentials(std::move(credentials))
    , m_http([this](const FakeHttpRequest& r) { return handle(r); })
{
    m_clock.start();
}

FakeQoo10Server::~FakeQoo10Server() = default;

bool FakeQoo10Server::listen()
{
    return m_http.listen();
}

void FakeQoo10Server::generateOrders(int orders, QDate lastDay, int days, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_lines.clear();
    QRandomGenerator rng(seed);
    for (int i = 0; i < orders; ++i) {
        const qint64 packNo = 700000000 + i;
        const QDate orderDay = lastDay.addDays(-qint64(rng.bounded(days)));
        const QTime time(int(rng.bounded(24)), int(rng.bounded(60)), int(rng.bounded(60)));
        const int stat = 1 + int(rng.bounded(5));
        const bool cancelled = rng.bounded(100) < 3;
        const int lines = 1 + int(rng.bounded(3));
        for (int j = 0; j < lines; ++j) {
            Line l;
            l.stat = stat;
            l.cancelled = cancelled;
            l.orderDay = orderDay;
            l.payDay = orderDay;
            l.shipDay = stat >= 4 ? std::min(orderDay.addDays(1), lastDay) : QDate();
            l.deliverDay = stat == 5 ? std::min(orderDay.addDays(3), lastDay) : QDate();
            l.claimDay = cancelled ? std::min(orderDay.addDays(1), lastDay) : QDate();
            const int price = 1000 + int(rng.bounded(20000));
            const int qty = 1 + int(rng.bounded(3));
            l.fields = QJsonObject { { u"orderNo"_s, double(packNo * 10 + j) }, { u"packNo"_s, double(packNo) },
                { u"sellerID"_s, u"fake-seller"_s }, { u"itemCode"_s, QString::number(1000000 + rng.bounded(5000)) },
                { u"sellerItemCode"_s, u"SKU-%1"_s.arg(rng.bounded(800)) },
                { u"itemTitle"_s, u"가방 상품 %1"_s.arg(i) }, { u"option"_s, u"Color:Black"_s },
                { u"optionCode"_s, u"OPT-%1-%2"_s.arg(i).arg(j) }, { u"orderPrice"_s, price }, { u"orderQty"_s, qty },
                { u"discount"_s, 0 }, { u"total"_s, price * qty }, { u"SettlePrice"_s, price * qty },
                { u"shippingRate"_s, 0 }, { u"deliveryCompany"_s, stat >= 4 ? u"Yamato"_s : QString() },
                { u"trackingNo"_s, stat >= 4 ? QString::number(packNo) : QString() },
                { u"orderDate"_s, QString(day(orderDay) + u' ' + time.toString(u"HH:mm:ss"_s)) },
                { u"paymentDate"_s, QString(day(l.payDay) + u' ' + time.toString(u"HH:mm:ss"_s)) },
                { u"buyer"_s, u"Buyer %1"_s.arg(i) }, { u"receiver"_s, u"Receiver %1"_s.arg(i) },
                { u"shippingCountry"_s, u"JP"_s } };
            m_lines.append(l);
        }
    }
}

int FakeQoo10Server::orderCount() const
{
    return packNumbers().size();
}

int FakeQoo10Server::lineCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_lines.size());
}

QStringList FakeQoo10Server::packNumbers() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const Line& l : m_lines) {
        const QString p = QString::number(qint64(l.fields.value(u"packNo"_s).toDouble()));
        if (out.isEmpty() || out.last() != p)
            out << p;
    }
    return out;
}

void FakeQoo10Server::setPackStatus(const QString& packNo, int stat, QDate statusDay)
{
    QMutexLocker lock(&m_mutex);
    for (Line& l : m_lines) {
        if (QString::number(qint64(l.fields.value(u"packNo"_s).toDouble())) != packNo)
            continue;
        l.stat = stat;
        l.payDay = stat >= 2 && stat <= 3 ? statusDay : l.payDay;
        l.shipDay = stat >= 4 ? statusDay : QDate();
        l.deliverDay = stat == 5 ? statusDay : QDate();
        if (stat == 1)
            l.orderDay = statusDay;
    }
}

void FakeQoo10Server::setShape(Qoo10Shape shape)
{
    QMutexLocker lock(&m_mutex);
    m_shape = shape;
}

void FakeQoo10Server::setRandomFaults(double rate, QList<Qoo10Fault> kinds, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_faultRate = rate;
    m_faultKinds = std::move(kinds);
    m_rng.seed(seed);
}

void FakeQoo10Server::queueFault(Qoo10Fault fault, int times, const QString& method)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < times; ++i)
        m_queued.append({ fault, method });
}

void FakeQoo10Server::setTimeoutDelay(std::chrono::milliseconds delay)
{
    QMutexLocker lock(&m_mutex);
    m_timeoutDelay = delay;
}

void FakeQoo10Server::setLatency(std::chrono::milliseconds delay)
{
    QMutexLocker lock(&m_mutex);
    m_latency = delay;
}

void FakeQoo10Server::setClockOffset(std::chrono::seconds offset)
{
    QMutexLocker lock(&m_mutex);
    m_clockOffset = offset;
}

void FakeQoo10Server::revokeSellerKeys()
{
    QMutexLocker lock(&m_mutex);
    m_validKeys.clear();
}

QList<FakeQoo10Server::Call> FakeQoo10Server::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

QList<FakeQoo10Server::Call> FakeQoo10Server::calls(const QString& method) const
{
    QList<Call> out;
    for (const Call& c : calls()) {
        if (c.method == method)
            out << c;
    }
    return out;
}

void FakeQoo10Server::clearCalls()
{
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
}

int FakeQoo10Server::pacingViolations(std::chrono::milliseconds spacing) const
{
    const QList<Call> all = calls();
    int n = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        // 20 ms of slack for timer granularity and loopback scheduling between client start and server arrival.
        if (all[i].atMs - all[i - 1].atMs < spacing.count() - 20)
            ++n;
    }
    return n;
}

int FakeQoo10Server::keysIssued() const
{
    QMutexLocker lock(&m_mutex);
    return m_keysIssued;
}

int FakeQoo10Server::faultsInjected() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

std::optional<Qoo10Fault> FakeQoo10Server::drawFault(const QString& method)
{
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        if (m_queued[i].second.isEmpty() || m_queued[i].second == method)
            return m_queued.takeAt(i).first;
    }
    if (m_faultRate > 0 && !m_faultKinds.isEmpty() && m_rng.generateDouble() < m_faultRate)
        return m_faultKinds.at(int(m_rng.bounded(int(m_faultKinds.size()))));
    return std::nullopt;
}

FakeHttpResponse FakeQoo10Server::result(int code, const QString& message, const QJsonValue& object) const
{
    QJsonObject body { { u"ResultCode"_s, code }, { u"ResultMsg"_s, message } };
    if (!object.isUndefined())
        body.insert(u"ResultObject"_s, object);
    return FakeHttpResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeHttpResponse FakeQoo10Server::list(const QList<QJsonObject>& objects) const
{
    if (m_shape != Qoo10Shape::Array && objects.size() == 1)
        return result(0, u"SUCCESS"_s, objects.first());
    if (objects.isEmpty()) {
        switch (m_shape) {
        case Qoo10Shape::SingleObject:
            return result(0, u"SUCCESS"_s, QJsonValue(QJsonValue::Null));
        case Qoo10Shape::EmptyString:
            return result(0, u"SUCCESS"_s, u""_s);
        case Qoo10Shape::Missing:
            return result(0, u"SUCCESS"_s);
        case Qoo10Shape::Array:
            break;
        }
    }
    QJsonArray array;
    for (const auto& o : objects)
        array.append(o);
    return result(0, u"SUCCESS"_s, array);
}

FakeHttpResponse FakeQoo10Server::faultResponse(Qoo10Fault fault)
{
    ++m_faults;
    FakeHttpResponse r;
    switch (fault) {
    case Qoo10Fault::Http429:
        r = FakeHttpResponse::json(R"({"message":"Too Many Requests"})", 429);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        return r;
    case Qoo10Fault::Http500:
        return FakeHttpResponse::json("Internal Server Error", 500);
    case Qoo10Fault::Http503:
        return FakeHttpResponse::json("Service Unavailable", 503);
    case Qoo10Fault::Timeout:
        r = result(0, u"SUCCESS"_s, QJsonArray {});
        r.delay = m_timeoutDelay;
        return r;
    case Qoo10Fault::Drop:
        r.drop = true;
        return r;
    case Qoo10Fault::Malformed:
        return FakeHttpResponse::json(R"({"ResultCode":0,"ResultMsg":"SUCCESS","ResultObject":[{"orderNo":)");
    case Qoo10Fault::ResultError:
        return result(-999, u"System error. Please try again later."_s);
    case Qoo10Fault::NotSellerKey:
        m_validKeys.clear();
        return result(-90001, u"It is not a seller key."_s);
    case Qoo10Fault::IpNotAllowed:
        return result(-10005, u"Not allowed IP address."_s);
    }
    return r;
}

FakeHttpResponse FakeQoo10Server::handle(const FakeHttpRequest& request)
{
    QMutexLocker lock(&m_mutex);
    Call call;
    call.atMs = m_clock.elapsed();
    call.form = request.form();
    call.certificationKey = request.header("GiosisCertificationKey");
    const QByteArray path = request.path();
    call.method = path.startsWith(kPrefix) ? QString::fromUtf8(path.mid(kPrefix.size())) : QString::fromUtf8(path);
    auto finish = [this, &call](FakeHttpResponse r) {
        if (r.delay.count() == 0)
            r.delay = m_latency;
        if (m_clockOffset.count() != 0) {
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(m_clockOffset.count());
            r.headers.append(qMakePair(
                QByteArray("Date"), QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " GMT"));
        }
        m_calls.append(call);
        return r;
    };
    if (request.method != "POST" || !path.startsWith(kPrefix))
        return finish(FakeHttpResponse::json("Not Found", 404));
    if (request.header("QAPIVersion") != "1.0")
        return finish(result(-10000, u"QAPIVersion header is required."_s));
    if (const auto fault = drawFault(call.method)) {
        call.fault = qoo10FaultName(*fault);
        return finish(faultResponse(*fault));
    }
    auto form = [&request](const char* key) { return request.formValue(QString::fromLatin1(key)); };

    if (call.method == u"CertificationAPI.CreateCertificationKey") {
        if (call.certificationKey != m_credentials.apiKey)
            return finish(result(-10001, u"Invalid API key."_s));
        if (form("user_id") != m_credentials.userId || form("pwd") != m_credentials.password)
            return finish(result(-10003, u"The user ID or password is incorrect."_s));
        const QByteArray key = "SK" + QByteArray::number(++m_keysIssued) + "-" + QByteArray::number(m_clock.elapsed());
        m_validKeys.insert(key);
        return finish(result(0, u"SUCCESS"_s, QString::fromLatin1(key)));
    }
    if (!m_validKeys.contains(call.certificationKey))
        return finish(result(-90001, u"It is not a seller key."_s));

    const QDate from = QDate::fromString(form("search_Sdate"), u"yyyyMMdd"_s);
    const QDate to = QDate::fromString(form("search_Edate"), u"yyyyMMdd"_s);
    if (!from.isValid() || !to.isValid() || from > to)
        return finish(result(-10010, u"search_Sdate and search_Edate must be dates (YYYYMMDD)."_s));
    if (from.daysTo(to) + 1 > maxWindowDays)
        return finish(result(-10011, u"The search period cannot exceed 90 days."_s));
    auto inWindow = [&](QDate d) { return d.isValid() && d >= from && d <= to; };

    QList<QJsonObject> out;
    if (call.method == u"ShippingBasic.GetShippingInfo_v2") {
        const int stat = form("ShippingStat").toInt();
        const int condition = form("search_condition").toInt();
        if (stat < 1 || stat > 5 || condition < 1 || condition > 4)
            return finish(result(-10012, u"ShippingStat must be 1-5 and search_condition 1-4."_s));
        for (const Line& l : std::as_const(m_lines)) {
            if (l.cancelled || l.stat != stat)
                continue;
            const QDate d = condition == 1 ? l.orderDay
                : condition == 2           ? l.payDay
                : condition == 3           ? l.shipDay
                                           : l.deliverDay;
            if (inWindow(d))
                out << lineJson(l);
        }
        return finish(list(out));
    }
    if (call.method == u"ShippingBasic.GetClaimInfo_V3") {
        for (const Line& l : std::as_const(m_lines)) {
            if (!l.cancelled || !inWindow(l.claimDay))
                continue;
            QJsonObject o = lineJson(l);
            o.insert(u"ClaimType"_s, u"Cancel"_s);
            o.insert(u"ClaimStatus"_s, u"Cancel completed"_s);
            o.insert(u"ClaimDate"_s, QString(day(l.claimDay) + u" 10:00:00"_s));
            out << o;
        }
        return finish(list(out));
    }
    return finish(result(-10099, u"Unknown method."_s));
}

QJsonObject FakeQoo10Server::lineJson(const Line& l) const
{
    QJsonObject o = l.fields;
    o.insert(u"shippingStatus"_s, QString::fromLatin1(kStatusText[l.stat]));
    o.insert(u"shippingDate"_s, day(l.shipDay));
    o.insert(u"deliveredDate"_s, day(l.deliverDay));
    return o;
}

} // namespace md::fakes
