#pragma once

#include "services/net/httprequest.h"
#include "services/net/httpresponse.h"
#include "services/net/sha256.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace md::net {

class HttpClient;

// One call of HttpClient: waits for a rate token, runs attempts, waits between retries, completes once.
// Created only by HttpClient::send; deletes itself after finished().
class HttpCall : public QObject {
    Q_OBJECT
public:
    const HttpRequest& request() const { return m_request; }
    // Ends the call now with ErrorCode::Cancelled (no-op once it has finished).
    void cancel();

signals:
    void finished(const md::net::HttpResponse& response);

private:
    friend class HttpClient;
    enum class State { Created, WaitingToken, InFlight, WaitingRetry, Done };

    HttpCall(HttpClient* client, HttpRequest request);
    void start();
    void acquireToken();
    void startAttempt();
    void onReadyRead();
    void onTimeout();
    void onReplyFinished();
    void failAttempt(md::Error error, bool retryable);
    bool rewindSink();
    void detachReply();
    void complete(std::optional<md::Error> error);
    md::Error statusError() const;
    bool isTruncated() const;
    QString loggableUrl() const;
    QString describe() const; // "METHOD url", redacted
    QString redactedPrefix(const QByteArray& body) const; // the start of a body, fit for logs and details

    HttpClient* m_client;
    HttpRequest m_request;
    HttpResponse m_response;
    State m_state = State::Created;
    QElapsedTimer m_elapsed;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    quint64 m_ticket = 0;
    Sha256 m_hash;
    qint64 m_sinkBytes = 0; // bytes written to the sink over all attempts (decides whether a rewind is needed)
    std::function<void(const HttpResponse&)> m_callback;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
};

} // namespace md::net
