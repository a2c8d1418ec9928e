#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "services/gnb/categorymappings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"cli"_s : user;
}
} // namespace

int runMappingBrandCategory(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Map a supplier (brand, category) pair to an own category. Its products "
                                        "already in the database are published at once; no crawl is needed."));
    parser.addHelpOption();
    const QCommandLineOption brand(u"brand"_s, tr("Supplier brand (Marca)."), tr("MARCA"));
    const QCommandLineOption category(u"category"_s, tr("Supplier category (Categoria)."), tr("CATEGORIA"));
    const QCommandLineOption to(
        u"to"_s, tr("Own category path, levels separated by / (created if missing)."), tr("OWN_CATEGORY"));
    const QCommandLineOption list(u"list"_s, tr("List the pairs with product counts, unmapped first."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON."));
    parser.addOptions({ brand, category, to, list, json });
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    const bool mapping = parser.isSet(brand) || parser.isSet(category) || parser.isSet(to);
    if (parser.isSet(list) == mapping)
        return usage(tr("give either --list, or --brand, --category and --to"), parser.helpText());
    if (mapping && !(parser.isSet(brand) && parser.isSet(category) && parser.isSet(to)))
        return usage(tr("--brand, --category and --to go together"), parser.helpText());

    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    gnb::CategoryMappings mappings(*database);

    if (parser.isSet(list)) {
        auto pairs = mappings.list();
        if (!pairs)
            return fail(pairs.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto& p : std::as_const(*pairs))
                array.append(QJsonObject { { u"brand"_s, p.brand }, { u"category"_s, p.category },
                    { u"products"_s, p.productCount }, { u"mapped"_s, !p.mappedTo.isEmpty() },
                    { u"to"_s, p.mappedTo.isEmpty() ? QJsonValue() : QJsonValue(p.mappedTo) } });
            printJson({ { u"pairs"_s, array } });
            return ExitOk;
        }
        printOut(tr("%1 %2 %3 %4")
                     .arg(tr("BRAND").leftJustified(20), tr("CATEGORY").leftJustified(24),
                         tr("PRODUCTS").rightJustified(8), tr("MAPPED TO")));
        for (const auto& p : std::as_const(*pairs))
            printOut(u"%1 %2 %3 %4"_s.arg(p.brand.leftJustified(20), p.category.leftJustified(24),
                QString::number(p.productCount).rightJustified(8),
                p.mappedTo.isEmpty() ? tr("(unmapped)") : p.mappedTo));
        return ExitOk;
    }

    auto result = mappings.map(parser.value(brand), parser.value(category), parser.value(to), currentUser(), u"cli"_s);
    if (!result)
        return fail(result.error());
    if (parser.isSet(json))
        printJson({ { u"brand"_s, parser.value(brand) }, { u"category"_s, parser.value(category) },
            { u"to"_s, parser.value(to) }, { u"published"_s, result->published },
            { u"recategorised"_s, result->recategorised } });
    else
        printOut(tr("%1 / %2 → %3: %4 product(s) published, %5 moved to the new category.")
                     .arg(parser.value(brand), parser.value(category), parser.value(to))
                     .arg(result->published)
                     .arg(result->recategorised));
    return ExitOk;
}

} // namespace md::cli
