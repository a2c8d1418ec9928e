#include "services/control/bearerauth.h"
#include "services/control/httprequestparser.h"
#include "services/control/httpserver.h"
#include "services/control/requestparams.h"
#include "services/control/router.h"
#include "tests/common/testhelpers.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::control;

// The control API's HTTP layer in-process, over raw sockets: parsing (pipelining, keep-alive, limits, chunked
// bodies, 100-continue), answers from another thread, the bearer token gate, the router's 404/405, parameters.
namespace {
// Sends raw bytes and reads until `responses` complete answers (by Content-Length) arrived or the peer closed.
QByteArray exchange(quint16 port, const QByteArray& bytes, int responses = 1, bool* closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray in;
    QElapsedTimer clock;
    clock.start();
    auto complete = [&] {
        int seen = 0;
        qsizetype at = 0;
        while (true) {
            const qsizetype head = in.indexOf("\r\n\r\n", at);
            if (head < 0)
                return seen;
            const QByteArray headers = in.mid(at, head - at).toLower();
            if (headers.startsWith("http/1.1 100")) {
                at = head + 4;
                continue;
            }
            const qsizetype cl = headers.indexOf("content-length: ");
            const qsizetype length
                = cl < 0 ? 0 : headers.mid(cl + 16, headers.indexOf('\r', cl) - cl - 16).toLongLong();
            if (in.size() < head + 4 + length)
                return seen;
            at = head + 4 + length;
            ++seen;
        }
    };
    while (complete() < responses && clock.elapsed() < 10'000) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        QTest::qWait(5);
        in += socket.readAll();
    }
    in += socket.readAll();
    if (closed) {
        QTest::qWait(100);
        *closed = socket.state() != QAbstractSocket::ConnectedState || socket.waitForDisconnected(1000);
    }
    return in;
}

int statusOf(const QByteArray& response)
{
    return response.mid(9, 3).toInt();
}

QJsonObject bodyOf(const QByteArray& response)
{
    return QJsonDocument::fromJson(response.mid(response.lastIndexOf("\r\n\r\n") + 4)).object();
}
} // namespace

class TestControlServer : public QObject {
    Q_OBJECT
private:
    // Handlers answer from this thread, as the API's routes do.
    QThread m_thread;
    QObject* m_context = nullptr;
    std::atomic<int> m_handled = 0;
    Router m_router;

    Handler handler()
    {
        return [this](const HttpRequest& request, Responder respond) {
            QMetaObject::invokeMethod(
                m_context,
                [this, request, respond] {
                    ++m_handled;
                    m_router.dispatch(request, respond);
                },
                Qt::QueuedConnection);
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.setObjectName(u"handlers"_s);
        m_thread.start();
        m_router.add("GET", u"/echo"_s, [](const HttpRequest& r, const Responder& respond) {
            QJsonObject q;
            for (const auto& [k, v] : r.query.queryItems(QUrl::FullyDecoded))
                q.insert(k, v);
            respond(HttpResponse::json(
                { { u"path"_s, r.path }, { u"query"_s, q }, { u"thread"_s, QThread::currentThread()->objectName() } }));
        });
        m_router.add("POST", u"/echo"_s, [](const HttpRequest& r, const Responder& respond) {
            respond(HttpResponse::json({ { u"body"_s, QString::fromUtf8(r.body) } }));
        });
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void keepAlivePipeliningAndThreads()
    {
        HttpServer server(BearerAuth(), handler());
        MD_VERIFY_OK(server.listen(QHostAddress::LocalHost, 0));
        // Two pipelined requests in one write: two answers, in order, on the same connection.
        bool closed = false;
        const QByteArray both = exchange(server.port(),
            "GET /echo?a=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nPOST /echo HTTP/1.1\r\nHost: "
            "127.0.0.1\r\nContent-Length: 5\r\n\r\nhello",
            2, &closed);
        QVERIFY2(both.startsWith("HTTP/1.1 200 OK\r\n"), both.constData());
        QCOMPARE(both.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(both.indexOf("\"a\":\"1\"") < both.indexOf("\"body\":\"hello\""));
        QVERIFY(both.contains("Connection: keep-alive"));
        QVERIFY(both.contains("\"thread\":\"handlers\""));
        QVERIFY(!closed);
        // HTTP/1.0 and "Connection: close": one answer, then the server closes.
        const QByteArray old = exchange(server.port(), "GET /echo HTTP/1.0\r\n\r\n", 1, &closed);
        QCOMPARE(statusOf(old), 200);
        QVERIFY(old.contains("Connection: close"));
        QVERIFY(closed);
        // Query strings: percent-decoding, '+' as a space; a trailing slash names the same route.
        const QByteArray query
            = exchange(server.port(), "GET /echo/?name=%ED%95%9C+b%2Bc HTTP/1.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(bodyOf(query).value(u"query"_s).toObject().value(u"name"_s).toString(), u"한 b+c"_s);
        // Expect: 100-continue gets its interim answer before the body is sent.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /echo HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n");
        QByteArray interim;
        QTRY_VERIFY((interim += socket.readAll()).contains("\r\n\r\n"));
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write("ok");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()).contains("{\"body\":\"ok\"}"));
        QVERIFY(answer.startsWith("HTTP/1.1 200 OK"));
    }

    void malformedAndOversized()
    {
        HttpServer server(BearerAuth(), handler());
        MD_VERIFY_OK(server.listen(QHostAddress::LocalHost, 0));
        const int before = m_handled;
        bool closed = false;
        const QByteArray chunked = exchange(server.port(),
            "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 1, &closed);
        QCOMPARE(statusOf(chunked), 501);
        QCOMPARE(bodyOf(chunked).value(u"error"_s).toObject().value(u"code"_s).toString(), u"chunked_body"_s);
        QVERIFY(closed);
        QCOMPARE(statusOf(exchange(server.port(), "NONSENSE\r\n\r\n")), 400);
        QCOMPARE(statusOf(exchange(server.port(), "GET /echo HTTP/2.0\r\n\r\n")), 505);
        QCOMPARE(statusOf(exchange(server.port(), "GET /echo HTTP/1.1\r\nX-Big: " + QByteArray(20'000, 'a'))), 431);
        QCOMPARE(statusOf(exchange(server.port(), "POST /echo HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")), 413);
        QCOMPARE(statusOf(exchange(server.port(), "GET /echo HTTP/1.1\r\nbad header\r\n\r\n")), 400);
        QCOMPARE(int(m_handled), before); // none of them reached a handler
        // Unknown path 404, known path with another method 405 with Allow; both JSON errors.
        const QByteArray missing = exchange(server.port(), "GET /nope HTTP/1.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(missing), 404);
        QCOMPARE(bodyOf(missing).value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
        const QByteArray method = exchange(server.port(), "DELETE /echo HTTP/1.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(method), 405);
        QVERIFY(method.contains("Allow: GET, POST"));
    }

    void browsersRefusedWithoutToken()
    {
        HttpServer server(BearerAuth(), handler());
        MD_VERIFY_OK(server.listen(QHostAddress::LocalHost, 0));
        const int before = m_handled;
        const QByteArray origin = exchange(server.port(),
            "POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(origin), 403);
        QCOMPARE(bodyOf(origin).value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1.
        QCOMPARE(statusOf(exchange(
                     server.port(), "GET /echo HTTP/1.1\r\nHost: evil.example:8080\r\nConnection: close\r\n\r\n")),
            403);
        QCOMPARE(int(m_handled), before);
        for (const QByteArray host : { "127.0.0.1:8080", "localhost", "[::1]:8080", "LOCALHOST:1" }) {
            QCOMPARE(statusOf(exchange(
                         server.port(), "GET /echo HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")),
                200);
        }
    }

    void tokenGate()
    {
        const QByteArray token = "tok-0123456789abcdef";
        HttpServer server(BearerAuth(token), handler());
        MD_VERIFY_OK(server.listen(QHostAddress::LocalHost, 0));
        const int before = m_handled;
        for (const QByteArray& header : { QByteArray(), QByteArray("Authorization: Bearer nope\r\n"),
                 QByteArray("Authorization: Bearer " + token + "x\r\n"), QByteArray("Authorization: " + token + "\r\n"),
                 QByteArray("Authorization: Basic " + token.toBase64() + "\r\n") }) {
            const QByteArray r
                = exchange(server.port(), "GET /nope HTTP/1.1\r\n" + header + "Connection: close\r\n\r\n");
            QCOMPARE(statusOf(r), 401);
            QVERIFY(r.contains("WWW-Authenticate: Bearer"));
            QCOMPARE(bodyOf(r).value(u"error"_s).toObject().value(u"code"_s).toString(), u"unauthorized"_s);
            QVERIFY(!r.contains(token));
        }
        QCOMPARE(int(m_handled), before); // the handler never saw them
        const QByteArray ok = exchange(
            server.port(), "GET /echo HTTP/1.1\r\nauthorization: bearer " + token + "\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(ok), 200);
    }

    void bindAndTokenRules()
    {
        QVERIFY(BearerAuth::checkBind(QHostAddress(u"127.0.0.1"_s), false).ok());
        QVERIFY(BearerAuth::checkBind(QHostAddress(u"127.8.0.1"_s), false).ok());
        QVERIFY(BearerAuth::checkBind(QHostAddress(u"::1"_s), false).ok());
        QVERIFY(!BearerAuth::checkBind(QHostAddress(u"0.0.0.0"_s), false).ok());
        QVERIFY(!BearerAuth::checkBind(QHostAddress(u"192.168.1.5"_s), false).ok());
        QVERIFY(!BearerAuth::checkBind(QHostAddress(u"::"_s), false).ok());
        QVERIFY(BearerAuth::checkBind(QHostAddress(u"0.0.0.0"_s), true).ok());
        HttpServer open(BearerAuth(), handler());
        const Status refused = open.listen(QHostAddress(u"0.0.0.0"_s), 0);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"0.0.0.0"_s));
        QCOMPARE(open.port(), quint16(0));

        QVERIFY(!BearerAuth::checkToken("short").ok());
        QVERIFY(!BearerAuth::checkToken("has a space in it 123456").ok());
        QVERIFY(BearerAuth::checkToken("0123456789abcdef").ok());
        QVERIFY(BearerAuth::constantTimeEquals("abc", "abc"));
        QVERIFY(!BearerAuth::constantTimeEquals("abc", "abd"));
        QVERIFY(!BearerAuth::constantTimeEquals("abc", "abcd"));
        QVERIFY(BearerAuth::constantTimeEquals("", ""));
    }

    void parameters()
    {
        HttpRequest r;
        r.query = QUrlQuery(u"from=2026-11-01&limit=20&to=2026-02-30"_s);
        RequestParams p(r);
        QCOMPARE(p.date(u"from"_s), QDate(2026, 11, 1));
        QCOMPARE(p.integer(u"limit"_s, 100, 1, 1000), 20);
        QVERIFY(p.ok());
        QVERIFY(!p.date(u"to"_s).isValid()); // 30 February
        QVERIFY(!p.ok());
        QCOMPARE(
            bodyOf(p.error().serialize(false)).value(u"error"_s).toObject().value(u"parameter"_s).toString(), u"to"_s);
        QCOMPARE(p.error().status, 400);

        HttpRequest body;
        body.body = R"({"account": "main", "limit": 5})";
        RequestParams b(body);
        QCOMPARE(b.text(u"account"_s), u"main"_s);
        QCOMPARE(b.integer(u"limit"_s, 1, 1, 10), 5);
        b.allowOnly({ u"account"_s, u"limit"_s });
        QVERIFY(b.ok());
        b.allowOnly({ u"account"_s });
        QVERIFY(!b.ok());

        HttpRequest twice;
        twice.query = QUrlQuery(u"status=a&status=b"_s);
        QVERIFY(!RequestParams(twice).ok());
        HttpRequest notObject;
        notObject.body = "[1]";
        QVERIFY(!RequestParams(notObject).ok());
        HttpRequest shortDate;
        shortDate.query = QUrlQuery(u"from=2026-1-1"_s);
        RequestParams s(shortDate);
        QVERIFY(!s.date(u"from"_s).isValid());
        QVERIFY(!s.ok());
    }

    void parserKeepsPipelinedBytes()
    {
        QByteArray buffer = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n";
        ParseResult first = parseRequest(buffer);
        QCOMPARE(first.kind, ParseResult::Complete);
        QCOMPARE(first.request.path, u"/a"_s);
        QVERIFY(first.keepAlive);
        QCOMPARE(parseRequest(buffer).kind, ParseResult::Incomplete); // /b's head is not complete yet
        buffer += "Connection: close\r\n\r\n";
        ParseResult second = parseRequest(buffer);
        QCOMPARE(second.request.path, u"/b"_s);
        QVERIFY(!second.keepAlive);
        QVERIFY(buffer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestControlServer)
#include "tst_controlserver.moc"
