#include "app/cli/workercontrol.h"

#include "app/cli/cli.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "services/control/bearerauth.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace md::cli {

Result<ListenAddress> parseListenAddress(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const Error invalid { ErrorCode::Invalid,
        tr("--http must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080, not \"%1\"").arg(text), {} };
    if (colon <= 0)
        return invalid;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return invalid;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return invalid;
    return ListenAddress { address, static_cast<quint16>(port) };
}

Result<QByteArray> loadControlToken(secrets::SecretStore& keychain)
{
    const QByteArray fromEnv = qgetenv(control::BearerAuth::environmentVariable().constData());
    QByteArray token = fromEnv;
    if (token.isEmpty()) {
        QEventLoop loop;
        std::optional<Result<QByteArray>> read;
        keychain.read(control::BearerAuth::keychainKey(), &loop, [&](Result<QByteArray> r) {
            read.emplace(std::move(r));
            loop.quit();
        });
        if (!read)
            loop.exec();
        if (!*read) {
            if (read->error().code == ErrorCode::NotFound)
                return QByteArray();
            Error e = read->error();
            e.message = tr("Cannot read the control API token from the keychain: %1 Set %2 instead, or make the "
                           "keychain available.")
                            .arg(e.message, QString::fromLatin1(control::BearerAuth::environmentVariable()));
            return e;
        }
        token = read->value();
    }
    if (Status strong = control::BearerAuth::checkToken(token); !strong) {
        Error e = strong.error();
        e.message = (fromEnv.isEmpty() ? tr("The control API token in the keychain is not usable: %1")
                                       : tr("%1 is not a usable control API token: %2")
                                             .arg(QString::fromLatin1(control::BearerAuth::environmentVariable())))
                        .arg(e.message);
        return e;
    }
    return token;
}

int runWorkerSetControlToken(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Store the token of the worker's control API (worker --http) in the OS keychain. The token is read from "
           "standard input, at least 16 characters, e.g. \"openssl rand -hex 32 | marketdesk-cli worker "
           "set-control-token\". Clients send it as \"Authorization: Bearer <token>\". A running worker reads it when "
           "it starts."));
    parser.addHelpOption();
    // An unexpected argument is not echoed: it may be the token itself.
    if (auto done = parseCommandArguments(parser, cli, 0, {},
            tr("unexpected argument: the token is read from standard input, never from the command line")))
        return *done;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error { ErrorCode::Io, tr("Cannot read standard input."), {} });
    const QByteArray token = in.readLine().trimmed();
    if (token.isEmpty())
        return usage(tr("nothing on standard input"), parser.helpText());
    if (Status strong = control::BearerAuth::checkToken(token); !strong)
        return usage(strong.error().message, parser.helpText());

    secrets::KeychainSecretStore store;
    QEventLoop loop;
    Status stored;
    store.write(control::BearerAuth::keychainKey(), token, &loop, [&](Status s) {
        stored = std::move(s);
        loop.quit();
    });
    loop.exec();
    if (!stored)
        return fail(stored.error());
    printOut(tr("Control API token stored in the keychain; restart the worker to use it."));
    return ExitOk;
}

} // namespace md::cli
