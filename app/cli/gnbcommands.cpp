#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/crawlrunner.h"
#include "app/cli/output.h"
#include "services/gnb/crawler.h"
#include "services/gnb/feedsources.h"
#include "services/gnb/httpfeedsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
// The supplier's calendar day: its folders are named after dates in Italy.
QString todayInRome()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Rome")).date().toString(u"yyyyMMdd"_s);
}

} // namespace

int runGnbCrawl(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Load one day of the G&B feed into the database. A full crawl reads every "
                                        "file of the day; --incremental only files changed since they were last "
                                        "applied; --brands only the named brands' files."));
    parser.addHelpOption();
    const QCommandLineOption feed(
        u"feed"_s, tr("Feed folder (holding YYYYMMDD/ folders) or HTTP(S) base URL."), tr("folder-or-URL"));
    const QCommandLineOption day(u"day"_s, tr("Day to load, YYYYMMDD (default: today in Italy)."), tr("YYYYMMDD"));
    const QCommandLineOption incremental(u"incremental"_s, tr("Only files whose sha256 changed."));
    const QCommandLineOption brands(u"brands"_s, tr("Only these brands, comma-separated."), tr("A,B"));
    const QCommandLineOption columns(u"columns"_s, tr("JSON file of header aliases."), tr("file"));
    const QCommandLineOption user(u"user"_s, tr("HTTP Basic auth user (password from the keychain)."), tr("name"));
    const QCommandLineOption apiKey(u"api-key"_s, tr("Send the X-Api-Key stored in the keychain for this feed."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object."));
    const QCommandLineOption leaseSeconds(u"lease-seconds"_s,
        tr("How long the crawl's lease lasts unless renewed between files (default 600): how soon another "
           "crawler may take over from one that died."),
        tr("seconds"));
    parser.addOptions({ feed, day, incremental, brands, columns, user, apiKey, json, leaseSeconds });
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    if (!parser.isSet(feed))
        return usage(tr("--feed is required"), parser.helpText());
    if (parser.isSet(incremental) && parser.isSet(brands))
        return usage(tr("--incremental and --brands cannot be combined"), parser.helpText());

    gnb::CrawlRequest request;
    request.day = parser.isSet(day) ? parser.value(day) : todayInRome();
    if (!QRegularExpression(u"^\\d{8}$"_s).match(request.day).hasMatch()
        || !QDate::fromString(request.day, u"yyyyMMdd"_s).isValid())
        return usage(tr("--day must be a date written YYYYMMDD, not \"%1\"").arg(request.day), parser.helpText());
    if (parser.isSet(incremental))
        request.mode = gnb::CrawlMode::Incremental;
    if (parser.isSet(brands)) {
        request.mode = gnb::CrawlMode::Brands;
        request.brands = parser.value(brands).split(u',', Qt::SkipEmptyParts);
        for (auto& b : request.brands)
            b = b.trimmed();
        if (request.brands.isEmpty())
            return usage(tr("--brands needs at least one brand"), parser.helpText());
    }
    if (parser.isSet(columns)) {
        auto loaded = gnb::FeedColumns::fromJsonFile(parser.value(columns));
        if (!loaded)
            return fail(loaded.error());
        request.columns = *loaded;
    }
    if (parser.isSet(leaseSeconds)) {
        bool ok = false;
        const int seconds = parser.value(leaseSeconds).toInt(&ok);
        if (!ok || seconds <= 0)
            return usage(tr("--lease-seconds must be a positive number"), parser.helpText());
        request.leaseDuration = std::chrono::seconds(seconds);
    }

    gnb::FeedSourceOptions sourceOptions;
    sourceOptions.location = parser.value(feed);
    sourceOptions.basicUser = parser.value(user);
    sourceOptions.useApiKey = parser.isSet(apiKey);
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());

    auto source = gnb::createFeedSource(sourceOptions);
    if (!source)
        return fail(source.error());
    const gnb::CrawlOutcome outcome
        = runCrawlInThread(*database, std::move(*source), request, !parser.isSet(json) && isatty(fileno(stderr)));

    if (parser.isSet(json)) {
        QJsonObject out = outcome.summary.toJson();
        if (!outcome.status)
            out.insert(u"error"_s, outcome.status.error().message);
        if (!outcome.lockHolder.isEmpty())
            out.insert(u"lock_holder"_s, outcome.lockHolder);
        printJson(out);
    } else {
        printCrawlSummary(outcome);
    }
    return outcome.status ? ExitOk : fail(outcome.status.error());
}

} // namespace md::cli

namespace md::cli {

int runGnbSetFeedSecret(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Store the G&B feed's password (with --user) or API key (with --api-key) in "
                                        "the OS keychain. The secret is read from standard input."));
    parser.addHelpOption();
    const QCommandLineOption feed(u"feed"_s, tr("HTTP(S) base URL of the feed."), tr("URL"));
    const QCommandLineOption user(u"user"_s, tr("Basic auth user whose password follows on stdin."), tr("name"));
    const QCommandLineOption apiKey(u"api-key"_s, tr("The secret on stdin is an X-Api-Key."));
    parser.addOptions({ feed, user, apiKey });
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    if (!parser.isSet(feed) || parser.isSet(user) == parser.isSet(apiKey))
        return usage(tr("give --feed and one of --user or --api-key"), parser.helpText());
    const auto auth = parser.isSet(apiKey) ? gnb::FeedAuth::ApiKey : gnb::FeedAuth::Basic;
    return storeSecretFromStdin(gnb::HttpFeedSource::secretKey(QUrl(parser.value(feed)), auth),
        tr("Feed secret for %1 stored in the keychain.").arg(parser.value(feed)), parser.helpText());
}

} // namespace md::cli
