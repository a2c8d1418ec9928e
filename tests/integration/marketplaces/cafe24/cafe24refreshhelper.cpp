// A separate process for the token race test: renews one Cafe24 account's access token `rounds` times through
// Cafe24Tokens (lease + keychain) and proves each token with an API call. The client secret comes on stdin.
#include "services/db/database.h"
#include "services/marketplaces/cafe24/cafe24client.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces::cafe24;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"db"_s, u"database URL"_s, u"url"_s }, { u"base"_s, u"fake base URL"_s, u"url"_s },
        { u"client-id"_s, u"client id"_s, u"id"_s }, { u"rounds"_s, u"renewals"_s, u"n"_s } });
    parser.process(app);
    QTextStream in(stdin);
    const QByteArray secret = in.readLine().toUtf8();
    auto dbConfig = db::parseDbUrl(parser.value(u"db"_s));
    if (!dbConfig) {
        std::fprintf(stderr, "%s\n", qPrintable(dbConfig.error().toString()));
        return 2;
    }
    Cafe24Config config;
    config.account = u"race"_s;
    config.mallId = u"fakemall"_s;
    config.baseUrl = QUrl(parser.value(u"base"_s));
    config.clientId = parser.value(u"client-id"_s).toUtf8();
    config.clientSecret = secret;
    config.refreshTokenKey = u"account/cafe24/race/refresh_token"_s;
    config.accessTokenKey = u"account/cafe24/race/access_token"_s;
    secrets::KeychainSecretStore store;
    Cafe24Client client(config, db::Database(*dbConfig), &store);
    client.tokens().setLeaseWait(std::chrono::milliseconds(60'000));
    const int rounds = parser.value(u"rounds"_s).toInt();

    int round = 0;
    QByteArray previous;
    std::function<void()> next = [&] {
        if (round++ == rounds)
            return app.exit(0);
        // Treat the token we used last as refused: renew unless another process already did.
        client.tokens().accessToken(
            [&](Result<QByteArray> token) {
                if (!token) {
                    std::fprintf(stderr, "renewal failed: %s\n", qPrintable(token.error().toString()));
                    return app.exit(1);
                }
                previous = *token;
                QUrlQuery query;
                query.addQueryItem(u"limit"_s, u"1"_s);
                client.get(u"products"_s, query, [&](Result<QJsonObject> result) {
                    if (!result) {
                        std::fprintf(stderr, "call failed: %s\n", qPrintable(result.error().toString()));
                        return app.exit(1);
                    }
                    next();
                });
            },
            previous);
    };
    QTimer::singleShot(0, &app, next);
    const int code = app.exec();
    std::printf("refreshes=%d\n", client.tokens().refreshCount());
    return code;
}
