#pragma once

#include <QStringList>

namespace md::cli {

// marketdesk-cli [--db URL] <command> [<subcommand>] [options]: splits the global options from the command,
// dispatches, and returns the process exit code (see output.h).
class Cli {
public:
    explicit Cli(QStringList arguments);
    int run();

    // The options after the command words, with the program name first (what QCommandLineParser expects).
    const QStringList& commandArguments() const { return m_commandArgs; }
    const QString& dbUrl() const { return m_dbUrl; }

private:
    QString help() const;

    QStringList m_args;
    QStringList m_commandArgs;
    QString m_dbUrl;
};

// Reads one line from stdin and stores it in the OS keychain under key; prints `done` on success.
int storeSecretFromStdin(const QString& key, const QString& done, const QString& help);

// Commands; each parses its own options from cli.commandArguments().
int runMigrate(const Cli& cli);
int runDemo(const Cli& cli);
int runDbSetPassword(const Cli& cli);
int runGnbCrawl(const Cli& cli);
int runGnbSetFeedSecret(const Cli& cli);
int runMappingBrandCategory(const Cli& cli);
int runWorker(const Cli& cli);
int runWorkerSetControlToken(const Cli& cli);
int runAccountsAdd(const Cli& cli);
int runAccountsList(const Cli& cli);
int runAccountsEdit(const Cli& cli);
int runAccountsRemove(const Cli& cli);
int runAccountsTest(const Cli& cli);
int runAccountsAuthorize(const Cli& cli);
int runOrdersCollect(const Cli& cli);
int runProductsSync(const Cli& cli);
int runWebhooksAdd(const Cli& cli);
int runWebhooksList(const Cli& cli);
int runWebhooksRemove(const Cli& cli);

} // namespace md::cli
