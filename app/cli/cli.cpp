#include "app/cli/cli.h"

#include "app/cli/output.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
struct Command {
    QStringList words;
    int (*run)(const Cli&);
    const char* summary;
};
const Command kCommands[] = {
    { { u"migrate"_s }, runMigrate, QT_TRANSLATE_NOOP("md::cli", "bring the database schema up to date") },
    { { u"demo"_s }, runDemo, QT_TRANSLATE_NOOP("md::cli", "load the bundled demo data into an empty database") },
    { { u"db"_s, u"set-password"_s }, runDbSetPassword,
        QT_TRANSLATE_NOOP("md::cli", "store the PostgreSQL password (read from stdin) in the keychain") },
    { { u"gnb"_s, u"crawl"_s }, runGnbCrawl,
        QT_TRANSLATE_NOOP("md::cli", "load a day of the G&B feed (full, incremental or chosen brands)") },
    { { u"gnb"_s, u"set-feed-secret"_s }, runGnbSetFeedSecret,
        QT_TRANSLATE_NOOP("md::cli", "store the feed's password or API key (read from stdin) in the keychain") },
    { { u"worker"_s }, runWorker, QT_TRANSLATE_NOOP("md::cli", "run scheduled and queued jobs until stopped") },
    { { u"worker"_s, u"set-control-token"_s }, runWorkerSetControlToken,
        QT_TRANSLATE_NOOP("md::cli", "store the worker control API's bearer token (read from stdin) in the keychain") },
    { { u"mapping"_s, u"brand-category"_s }, runMappingBrandCategory,
        QT_TRANSLATE_NOOP("md::cli", "list or map supplier (brand, category) pairs; mapping publishes at once") },
    { { u"accounts"_s, u"add"_s }, runAccountsAdd,
        QT_TRANSLATE_NOOP("md::cli", "add a marketplace account (secrets as one JSON object on stdin)") },
    { { u"accounts"_s, u"list"_s }, runAccountsList, QT_TRANSLATE_NOOP("md::cli", "list the marketplace accounts") },
    { { u"accounts"_s, u"edit"_s }, runAccountsEdit,
        QT_TRANSLATE_NOOP("md::cli", "change an account's display name, URLs, interval or enable/disable it") },
    { { u"accounts"_s, u"remove"_s }, runAccountsRemove,
        QT_TRANSLATE_NOOP("md::cli", "remove an account and its secrets") },
    { { u"accounts"_s, u"test"_s }, runAccountsTest,
        QT_TRANSLATE_NOOP("md::cli", "check an account's secrets and connection") },
    { { u"accounts"_s, u"authorize"_s }, runAccountsAuthorize,
        QT_TRANSLATE_NOOP("md::cli", "authorize a Cafe24 account in the browser; stores its refresh token") },
    { { u"orders"_s, u"collect"_s }, runOrdersCollect,
        QT_TRANSLATE_NOOP("md::cli", "collect one account's orders now") },
    { { u"products"_s, u"sync"_s }, runProductsSync,
        QT_TRANSLATE_NOOP("md::cli", "sync one Cafe24 or Naver account's listings into the products now") },
    { { u"webhooks"_s, u"add"_s }, runWebhooksAdd,
        QT_TRANSLATE_NOOP("md::cli", "add a collection webhook (URL on stdin)") },
    { { u"webhooks"_s, u"list"_s }, runWebhooksList, QT_TRANSLATE_NOOP("md::cli", "list the webhooks") },
    { { u"webhooks"_s, u"remove"_s }, runWebhooksRemove, QT_TRANSLATE_NOOP("md::cli", "remove a webhook") },
};
} // namespace

Cli::Cli(QStringList arguments)
    : m_args(std::move(arguments))
{
}

QString Cli::help() const
{
    QString text = QCoreApplication::translate("md::cli",
        "Usage: marketdesk-cli [--db URL] <command> [options]\n\n"
        "  --db URL   sqlite:///path/file.db or postgresql://user@host:port/db\n"
        "             (default: the embedded database in the user's data folder;\n"
        "             PostgreSQL passwords come from PGPASSWORD or the keychain)\n\n"
        "Commands:\n");
    for (const auto& c : kCommands)
        text += u"  "_s + c.words.join(u' ').leftJustified(26) + QCoreApplication::translate("md::cli", c.summary)
            + u'\n';
    text += QCoreApplication::translate("md::cli",
        "\n<command> --help shows a command's options. Exit codes: 0 ok, 1 failed, 2 usage error, "
        "3 skipped because another process holds the job's lock.");
    return text;
}

int Cli::run()
{
    // --db may stand anywhere; every command takes it.
    for (qsizetype k = 1; k < m_args.size();) {
        if (m_args.at(k) == u"--db" && k + 1 < m_args.size()) {
            m_dbUrl = m_args.at(k + 1);
            m_args.remove(k, 2);
        } else if (m_args.at(k).startsWith(u"--db="_s)) {
            m_dbUrl = m_args.at(k).mid(5);
            m_args.remove(k);
        } else {
            ++k;
        }
    }
    QStringList words;
    qsizetype i = 1;
    for (; i < m_args.size(); ++i) {
        const QString& a = m_args.at(i);
        if (a == u"--version") {
            printOut(u"marketdesk-cli "_s + QCoreApplication::applicationVersion());
            return ExitOk;
        } else if (a.startsWith(u'-') || words.size() == 2) {
            break;
        } else {
            words << a;
        }
    }
    const Command* match = nullptr;
    for (const auto& c : kCommands) {
        if (words.mid(0, c.words.size()) == c.words && (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        const bool askedForHelp = m_args.contains(u"--help"_s) || m_args.contains(u"-h"_s);
        if (askedForHelp && words.isEmpty()) {
            printOut(help());
            return ExitOk;
        }
        return usage(words.isEmpty()
                ? QString()
                : QCoreApplication::translate("md::cli", "unknown command \"%1\"").arg(words.join(u' ')),
            help());
    }
    // Words after the command (e.g. a stray positional) stay for the command's parser to reject.
    m_commandArgs = QStringList { m_args.value(0) } + words.mid(match->words.size()) + m_args.mid(i);
    return match->run(*this);
}

} // namespace md::cli
