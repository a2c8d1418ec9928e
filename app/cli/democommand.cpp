#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/crawlrunner.h"
#include "app/cli/output.h"
#include "services/gnb/demofeed.h"
#include "services/gnb/folderfeedsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace md::cli {

int runDemo(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Load the bundled demo data (a sample G&B feed, with most categories mapped) "
                                        "into an empty database, as the application does on its first start."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON."));
    parser.addOption(json);
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    if (!gnb::demo::isAvailable())
        return fail(Error { ErrorCode::NotFound, tr("This build has no demo data."), {} });
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    auto empty = gnb::demo::databaseIsEmpty(*database);
    if (!empty)
        return fail(empty.error());
    if (!*empty)
        return fail(Error { ErrorCode::Invalid,
            tr("%1 already holds products; demo data only goes into an empty database.")
                .arg(database->config().displayUrl()),
            {} });

    QTemporaryDir dir;
    gnb::CrawlRequest request;
    auto root = gnb::demo::extractTo(dir, &request.day);
    if (!root)
        return fail(root.error());
    const auto outcome = runCrawlInThread(*database, std::make_unique<gnb::FolderFeedSource>(*root), request,
        !parser.isSet(json) && isatty(fileno(stderr)));
    if (!outcome.status)
        return fail(outcome.status.error());
    auto published = gnb::demo::mapCategories(*database);
    if (!published)
        return fail(published.error());

    if (parser.isSet(json)) {
        QJsonObject out = outcome.summary.toJson();
        out.insert(u"published"_s, *published);
        printJson(out);
    } else {
        printCrawlSummary(outcome);
        printOut(tr("%1 product(s) published; the pairs of %2 are left unmapped for the mapping page.")
                     .arg(*published)
                     .arg(gnb::demo::unmappedBrand()));
    }
    return ExitOk;
}

} // namespace md::cli
