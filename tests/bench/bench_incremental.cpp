// Benchmark of issue 4: with a day of 60,000 G&B models (~230,000 variant rows, 24 brand files) loaded into
// PostgreSQL, an incremental crawl after the supplier rewrote 2 of the 24 brand files, against the full crawl.
// Both run as `marketdesk-cli gnb crawl` processes; the table shows wall time (process start included) and the
// crawl's own duration. Target: incremental <= 10 % of full.
//   tools/bench.sh incremental [--models 60000] [--work DIR]   (or bench_incremental --pg postgresql://…)

#include "services/db/database.h"
#include "services/db/sql.h"
#include "tools/feedgen/feedgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_incremental: %s\n", qPrintable(message));
    std::exit(1);
}

struct Run {
    qint64 ms = 0;
    QJsonObject json;
    qint64 number(const char* key) const { return json.value(QLatin1String(key)).toInteger(); }
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(u"%1 %2 failed (exit %3)"_s.arg(program, args.join(u' ')).arg(p.exitCode()));
    Run r;
    r.ms = t.elapsed();
    const QByteArray out = p.readAllStandardOutput().trimmed();
    r.json = QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
    return r;
}

md::feedgen::FeedSummary generate(md::feedgen::FeedOptions options)
{
    auto feed = md::feedgen::FeedGenerator(options).run();
    if (!feed)
        die(feed.error().toString());
    return *feed;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pg(u"pg"_s,
        u"PostgreSQL server URL (maintenance database); default $MARKETDESK_BENCH_PG."_s, u"url"_s,
        qEnvironmentVariable("MARKETDESK_BENCH_PG"));
    const QCommandLineOption models(u"models"_s, u"Models to generate."_s, u"n"_s, u"60000"_s);
    const QCommandLineOption work(u"work"_s, u"Folder for the generated feed."_s, u"dir"_s);
    parser.addOptions({ pg, models, work });
    parser.process(app);
    auto server = md::db::parseDbUrl(parser.value(pg));
    if (!server)
        die(server.error().toString());

    QTemporaryDir tmp;
    md::feedgen::FeedOptions options;
    options.outDir = parser.isSet(work) ? parser.value(work) : tmp.path();
    options.day = QDate(2026, 11, 20);
    options.models = parser.value(models).toInt();
    options.brands = 24;
    options.seed = 2026;
    const auto feed = generate(options);
    std::printf("feed: %d files, %d models, %d variant rows\n", int(feed.files.size()), feed.models, feed.variants);

    md::db::Database admin(*server);
    auto conn = admin.connection();
    if (!conn)
        die(conn.error().toString());
    (void)md::db::exec(*conn, u"DROP DATABASE IF EXISTS bench_incremental WITH (FORCE)"_s);
    if (auto q = md::db::exec(*conn, u"CREATE DATABASE bench_incremental"_s); !q)
        die(q.error().toString());
    const QString db = u"postgresql://%1@%2:%3/bench_incremental"_s.arg(server->user, server->host).arg(server->port);
    const QString cli = QStringLiteral(MD_CLI_PATH);
    run(cli, { u"--db"_s, db, u"migrate"_s });
    const QStringList crawl { u"--db"_s, db, u"gnb"_s, u"crawl"_s, u"--feed"_s, options.outDir, u"--day"_s,
        u"20261120"_s, u"--json"_s };

    const Run full = run(cli, crawl);
    options.changeBrands = 2;
    options.changeSeed = 7;
    const auto changed = generate(options);
    const Run incremental = run(cli, crawl + QStringList { u"--incremental"_s });
    const Run nothing = run(cli, crawl + QStringList { u"--incremental"_s });

    std::printf("changed files: %s\n\n", qPrintable(changed.changedFiles.join(u", "_s)));
    std::printf(
        "%-40s %9s %9s %7s %9s %9s %9s\n", "run", "wall ms", "crawl ms", "files", "rows", "updated", "inserted");
    const auto line = [](const char* name, const Run& r) {
        std::printf("%-40s %9lld %9lld %7lld %9lld %9lld %9lld\n", name, r.ms, r.number("duration_ms"),
            r.number("files"), r.number("rows"), r.number("updated"), r.number("inserted"));
    };
    line("(a) full crawl, first of the day", full);
    line("(b) incremental, 2 of 24 files changed", incremental);
    line("(c) incremental, nothing changed", nothing);
    const double wallRatio = 100.0 * double(incremental.ms) / double(full.ms);
    const double crawlRatio = 100.0 * double(incremental.number("duration_ms")) / double(full.number("duration_ms"));
    std::printf("\n(b)/(a): %.1f %% wall (process start included), %.1f %% crawl time; target <= 10 %% -> %s\n",
        wallRatio, crawlRatio, wallRatio <= 10.0 ? "ok" : (crawlRatio <= 10.0 ? "ok for crawl time only" : "MISSED"));
    if (incremental.number("files") != 2 || incremental.number("inserted") != 0)
        die(u"the incremental crawl did not read exactly the 2 changed files"_s);
    return 0;
}
