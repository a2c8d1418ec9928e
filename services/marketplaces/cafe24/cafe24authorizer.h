#pragma once

#include "services/marketplaces/cafe24/cafe24tokens.h"

#include <QObject>
#include <QUrl>

class QOAuthHttpServerReplyHandler;

namespace md::secrets {
class SecretStore;
}

namespace md::marketplaces::cafe24 {

// The first authorization of a Cafe24 app (OAuth 2.0 authorization code): listens on a loopback port with
// QtNetworkAuth's reply handler, asks the caller to open the authorize URL in the system browser (openBrowser),
// checks `state`, exchanges the code (1-minute lifetime) at the token endpoint with Basic client authentication,
// and stores the refresh and access tokens in the keychain. The browser step is the UI's (QDesktopServices).
class Cafe24Authorizer : public QObject {
    Q_OBJECT
public:
    Cafe24Authorizer(Cafe24Config config, secrets::SecretStore* store, QObject* parent = nullptr);
    ~Cafe24Authorizer() override;

    // Listens on 127.0.0.1:`port` (0: any free port; Cafe24 needs the exact redirect URI registered, so real use
    // passes the registered port). Then openBrowser(url) is emitted; finished() comes once.
    md::Status start(quint16 port = 0);
    QUrl redirectUri() const;

signals:
    void openBrowser(const QUrl& url);
    void finished(const md::Status& status);

private:
    void onCallback(const QVariantMap& values);
    void exchange(const QString& code);
    void end(md::Status status);

    Cafe24Config m_config;
    secrets::SecretStore* m_store;
    net::HttpClient* m_http;
    QOAuthHttpServerReplyHandler* m_handler = nullptr;
    QString m_state;
    bool m_done = false;
};

} // namespace md::marketplaces::cafe24
