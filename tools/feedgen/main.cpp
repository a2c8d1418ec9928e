// gnb-feedgen: writes a realistic G&B feed day for tests, benchmarks and demo data.
#include "tools/feedgen/feedgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <limits>

using namespace Qt::StringLiterals;
using namespace md::feedgen;

namespace {

bool parseCount(const QCommandLineParser& parser, const QString& name, qint64 low, qint64 high, qint64& out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        QTextStream(stderr) << "gnb-feedgen: --" << name << " must be a number between " << low << " and " << high
                            << "\n";
        return false;
    }
    out = value;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gnb-feedgen"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a realistic, deterministic G&B supplier feed day: <out>/<day>/<BRAND>.csv and index.csv.\n"
        "With --change-brands, rewrites that many brand files of an existing day (generated with the same\n"
        "--day/--models/--brands/--seed/--bad-rows) with new stock and prices, and updates index.csv."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"out"_s, u"Folder that receives the day folder."_s, u"DIR"_s },
        { u"day"_s, u"Feed day, yyyyMMdd."_s, u"YYYYMMDD"_s },
        { u"models"_s, u"Number of models (default 60000, about 3.8 variant rows each)."_s, u"N"_s, u"60000"_s },
        { u"brands"_s, u"Number of brand files (default 24, at most %1)."_s.arg(FeedGenerator::maxBrands()), u"N"_s,
            u"24"_s },
        { u"seed"_s, u"Seed: the same options give the same bytes (default 1)."_s, u"N"_s, u"1"_s },
        { u"bad-rows"_s, u"Add exactly N rejected rows spread over the files (default 0)."_s, u"N"_s, u"0"_s },
        { u"change-brands"_s, u"Rewrite N brand files of an existing day with changed stock and prices."_s, u"N"_s },
        { u"change-seed"_s, u"Seed of the changes (default 1)."_s, u"N"_s, u"1"_s },
        { u"quiet"_s, u"Print nothing on success."_s },
    });
    parser.process(app);

    FeedOptions options;
    QTextStream err(stderr);
    if (!parser.isSet(u"out"_s) || !parser.isSet(u"day"_s)) {
        err << "gnb-feedgen: --out and --day are required (see --help)\n";
        return 2;
    }
    options.outDir = parser.value(u"out"_s);
    options.day = QDate::fromString(parser.value(u"day"_s), u"yyyyMMdd"_s);
    if (!options.day.isValid()) {
        err << "gnb-feedgen: --day must be a date written yyyyMMdd\n";
        return 2;
    }
    qint64 models = options.models, brandCount = options.brands, seed = 1, bad = 0, change = 0, changeSeed = 1;
    if (!parseCount(parser, u"models"_s, 0, 100000000, models)
        || !parseCount(parser, u"brands"_s, 1, FeedGenerator::maxBrands(), brandCount)
        || !parseCount(parser, u"seed"_s, 0, std::numeric_limits<qint64>::max(), seed)
        || !parseCount(parser, u"bad-rows"_s, 0, 1000000, bad)
        || !parseCount(parser, u"change-brands"_s, 1, FeedGenerator::maxBrands(), change)
        || !parseCount(parser, u"change-seed"_s, 0, std::numeric_limits<qint64>::max(), changeSeed))
        return 2;
    options.models = int(models);
    options.brands = int(brandCount);
    options.seed = quint64(seed);
    options.badRows = int(bad);
    options.changeBrands = int(change);
    options.changeSeed = quint64(changeSeed);

    const md::Result<FeedSummary> result = FeedGenerator(options).run();
    if (!result) {
        err << "gnb-feedgen: " << result.error().toString() << "\n";
        return 1;
    }
    if (parser.isSet(u"quiet"_s))
        return 0;
    const FeedSummary& s = *result;
    QTextStream out(stdout);
    if (!s.changedFiles.isEmpty())
        out << "changed " << s.changedFiles.join(u", "_s) << "\n";
    out << "day " << s.dayDir << ": " << s.files.size() << " files, " << s.models << " models, " << s.variants
        << " variants, " << s.rows() << " rows, " << s.badRowsTotal() << " bad rows ("
        << badRowKindName(BadRowKind::MissingCodArticolo) << ' ' << s.badRows[0] << ", "
        << badRowKindName(BadRowKind::UnparseableNumber) << ' ' << s.badRows[1] << ", "
        << badRowKindName(BadRowKind::DuplicateCodArticolo) << ' ' << s.badRows[2] << "), "
        << s.modelsByBrandCategory.size() << " brand/category pairs, " << s.codeOnlyColours.size()
        << " code-only colours; wrote " << s.bytes << " bytes in " << s.elapsedMs << " ms\n";
    return 0;
}
