#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <memory>

// Test support for tests that drive `marketdesk-cli worker --http` as a real process and call its control API.
namespace md::test {

// A marketdesk-cli process whose output is collected as it comes (the test's event loop must run).
class CliProcess {
public:
    CliProcess(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {})
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(QStringLiteral(MD_CLI_PATH), args);
        m_process.waitForStarted();
        if (!input.isNull())
            m_process.write(input);
        m_process.closeWriteChannel();
    }
    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }

    QProcess& process() { return m_process; }
    const QByteArray& out() const { return m_out; }
    const QByteArray& err() const { return m_err; }
    QByteArray output() const { return m_out + '\n' + m_err; }

    // The control API's port, once the worker printed "control API listening on http://HOST:PORT"; 0 until then.
    quint16 port() const
    {
        static const QRegularExpression listening(QStringLiteral("listening on http://[^ ]*:(\\d+)/api/v1"));
        const auto m = listening.match(QString::fromUtf8(m_err));
        return m.hasMatch() ? m.captured(1).toUShort() : 0;
    }
    // Waits (running the event loop) for the process to end: its exit code, -1 after a crash, -2 on timeout.
    int waitForExit(int timeoutMs = 60'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
            QTest::qWait(50);
        if (m_process.state() != QProcess::NotRunning)
            return -2;
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    // SIGTERM, then waits for the clean exit.
    int terminate()
    {
        m_process.terminate();
        return waitForExit();
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

struct ApiReply {
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QJsonObject json;
    QNetworkReply::RawHeaderPair header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h;
        }
        return {};
    }
    QList<QNetworkReply::RawHeaderPair> headers;
    // The error object's code and parameter ({"error": {"code", "message", "parameter"}}).
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
    QString errorParameter() const { return json.value(u"error").toObject().value(u"parameter").toString(); }
    QString errorMessage() const { return json.value(u"error").toObject().value(u"message").toString(); }
};

// One request with QNetworkAccessManager, waited for in a local event loop.
inline ApiReply callApi(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url,
    const QByteArray& body = {}, const QByteArray& authorization = {})
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    return r;
}

} // namespace md::test
