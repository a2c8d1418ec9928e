// Benchmark of issue 2: a day of 60,000 G&B models (~230,000 variant rows, 24 brand files) crawled into
// PostgreSQL by `marketdesk-cli gnb crawl`, against `psql \copy` of the same files into an unindexed table with
// the same columns (the floor: no parsing, no grouping, no indexes). Also prints what the catalogue schema alone
// costs: the crawl's own rows copied by psql into empty catalogue tables with their keys, foreign keys and indexes.
// Prints one table.
//   tools/bench.sh gnbcrawl [--models 60000] [--work DIR] [--no-warmup]   (or bench_gnbcrawl --pg postgresql://…)

#include "services/db/database.h"
#include "services/db/sql.h"
#include "tools/feedgen/feedgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_gnbcrawl: %s\n", qPrintable(message));
    std::exit(1);
}

struct Run {
    qint64 ms = 0;
    QJsonObject json;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(u"%1 failed (exit %2)"_s.arg(program).arg(p.exitCode()));
    Run r;
    r.ms = t.elapsed();
    const QByteArray out = p.readAllStandardOutput().trimmed();
    const QByteArray lastLine = out.mid(out.lastIndexOf('\n') + 1);
    r.json = QJsonDocument::fromJson(lastLine).object();
    return r;
}

long childrenPeakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

QString psqlUrl(const md::db::DbConfig& c, const QString& database)
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(c.user, c.host).arg(c.port).arg(database);
}

// Runs a psql script against a database and returns its wall time.
qint64 psql(const QString& url, const QString& script)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(u"psql"_s, { u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, url });
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0)
        die(u"psql failed: "_s + QString::fromUtf8(p.readAllStandardError()));
    return clock.elapsed();
}

// The catalogue tables the crawl writes, in the order their keys need.
const char* const kCatalogue[] = { "product", "product_stock", "product_stock_gnb" };
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
    const QCommandLineOption noWarmup(u"no-warmup"_s, u"Time the crawl on a cold server (no warm-up crawl first)."_s);
    parser.addOptions({ pg, models, work, noWarmup });
    parser.process(app);
    auto server = md::db::parseDbUrl(parser.value(pg));
    if (!server)
        die(server.error().toString());

    QTemporaryDir tmp;
    const QString feedDir = parser.isSet(work) ? parser.value(work) : tmp.path();
    md::feedgen::FeedOptions options;
    options.outDir = feedDir;
    options.day = QDate(2026, 11, 20);
    options.models = parser.value(models).toInt();
    options.brands = 24;
    options.seed = 2026;
    QElapsedTimer genClock;
    genClock.start();
    auto feed = md::feedgen::FeedGenerator(options).run();
    if (!feed)
        die(feed.error().toString());
    std::printf("feed: %d files, %d models, %d variant rows, generated in %lld ms\n", int(feed->files.size()),
        feed->models, feed->variants, genClock.elapsed());

    // A fresh database for the crawl, another for the floor.
    md::db::Database admin(*server);
    auto conn = admin.connection();
    if (!conn)
        die(conn.error().toString());
    for (const char* name : { "bench_warmup", "bench_crawl", "bench_floor", "bench_load" }) {
        (void)md::db::exec(*conn, u"DROP DATABASE IF EXISTS "_s + QLatin1String(name) + u" WITH (FORCE)"_s);
        if (auto q = md::db::exec(*conn, u"CREATE DATABASE "_s + QLatin1String(name)); !q)
            die(q.error().toString());
    }
    const QString crawlDb = psqlUrl(*server, u"bench_crawl"_s);
    const QString cli = QStringLiteral(MD_CLI_PATH);
    run(cli, { u"--db"_s, crawlDb, u"migrate"_s });

    const QStringList crawlArgs { u"--db"_s, crawlDb, u"gnb"_s, u"crawl"_s, u"--feed"_s, feedDir, u"--day"_s,
        u"20261120"_s, u"--json"_s };

    // Warm-up, not timed: the same crawl into a scratch database. A fresh server must first create its WAL files
    // (a running one recycles them), and the floor below runs on a server the crawls have warmed.
    if (!parser.isSet(noWarmup)) {
        const QString warmupDb = psqlUrl(*server, u"bench_warmup"_s);
        run(cli, { u"--db"_s, warmupDb, u"migrate"_s });
        QStringList warmupArgs = crawlArgs;
        warmupArgs[1] = warmupDb;
        const Run warmup = run(cli, warmupArgs);
        std::printf("warm-up crawl into a scratch database (not timed for the targets): %lld ms\n", warmup.ms);
    }
    (void)md::db::exec(*conn, u"DROP DATABASE bench_warmup WITH (FORCE)"_s);

    const Run full = run(cli, crawlArgs);
    const long peakKb = childrenPeakRssKb();
    const Run again = run(cli, crawlArgs);

    // The floor: psql \copy of the same files (CSV, ';', header, each file in its own encoding) into an unindexed
    // table with the feed's columns as text.
    QString script = u"CREATE TABLE floor (CodArticolo text, Modello text, Marca text, Categoria text, "
                     "Sottocategoria text, Genere text, Stagione text, Colore text, CodiceColore text, "
                     "DescrizioneColore text, ColoreFornitore text, Taglia text, TipoTaglia text, Quantita text, "
                     "PrezzoListino text, PrezzoNetto text, Valuta text, EAN text, MadeIn text, Composizione text, "
                     "Descrizione text, Foto1 text, Foto2 text, Foto3 text, Foto4 text, Foto5 text, "
                     "UltimaModifica text);\n"_s;
    script += u"\\timing on\n"_s;
    for (const auto& f : std::as_const(feed->files)) {
        const QString encoding = f.encoding == md::feedgen::FileEncoding::Windows1252 ? u"WIN1252"_s : u"UTF8"_s;
        script += u"\\copy floor FROM '%1/%2' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING '%3')\n"_s.arg(
            feed->dayDir, f.file, encoding);
    }
    const qint64 floorMs = psql(psqlUrl(*server, u"bench_floor"_s), script);

    // What the schema alone costs: the rows the crawl wrote, copied by psql into the same catalogue tables (same
    // keys, foreign keys and indexes) of an empty database. No parsing, grouping or merging: the cheapest way
    // PostgreSQL has to write those rows, in one session.
    QString dump, load;
    for (const char* table : kCatalogue) {
        const QString file = tmp.filePath(QLatin1String(table) + u".tsv"_s);
        dump += u"\\copy %1 TO '%2'\n"_s.arg(QLatin1String(table), file);
        load += u"\\copy %1 FROM '%2'\n"_s.arg(QLatin1String(table), file);
    }
    const QString loadDb = psqlUrl(*server, u"bench_load"_s);
    run(cli, { u"--db"_s, loadDb, u"migrate"_s });
    psql(crawlDb, dump);
    const qint64 loadMs = psql(loadDb, load);
    for (const char* table : kCatalogue)
        QFile::remove(tmp.filePath(QLatin1String(table) + u".tsv"_s));

    const auto num = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toInteger(); };
    std::printf("\n%-44s %10s %10s %10s %10s\n", "run", "wall ms", "rows", "inserted", "updated");
    std::printf("%-44s %10lld %10lld %10lld %10lld\n", "(a) full crawl (marketdesk-cli gnb crawl)", full.ms,
        num(full.json, "variants"), num(full.json, "inserted"), num(full.json, "updated"));
    std::printf("%-44s %10lld %10lld %10lld %10lld\n", "(b) same crawl again", again.ms, num(again.json, "variants"),
        num(again.json, "inserted"), num(again.json, "updated"));
    std::printf("%-44s %10lld %10d %10s %10s\n", "(c) psql \\copy into unindexed table (floor)", floorMs,
        feed->variants, "-", "-");
    std::printf("%-44s %10.1f MB\n", "(d) peak RSS of the crawl process", double(peakKb) / 1024.0);
    std::printf("%-44s %10lld %10d %10s %10s\n", "(e) psql \\copy of the crawl's rows into the", loadMs, feed->variants,
        "-", "-");
    std::printf("%-44s\n", "    catalogue tables (keys, FKs, indexes)");
    std::printf("\ncrawl-reported duration: (a) %lld ms, (b) %lld ms\n", num(full.json, "duration_ms"),
        num(again.json, "duration_ms"));
    std::printf("(e)/(c) = %.2fx: writing these rows into the schema alone, one session; (a)/(e) = %.2fx\n",
        double(loadMs) / double(floorMs), double(full.ms) / double(loadMs));
    std::printf(
        "targets: (a) <= 5x(c) -> %.2fx %s; (a) <= 10 s -> %s; (b) <= 50%% of (a) -> %.0f%% %s, 0 updated -> %s; "
        "(d) <= 300 MB -> %s\n",
        double(full.ms) / double(floorMs), full.ms <= 5 * floorMs ? "ok" : "MISSED", full.ms <= 10000 ? "ok" : "MISSED",
        100.0 * double(again.ms) / double(full.ms), again.ms * 2 <= full.ms ? "ok" : "MISSED",
        num(again.json, "updated") == 0 ? "ok" : "MISSED", peakKb <= 300 * 1024 ? "ok" : "MISSED");
    return 0;
}
