#include "app/cli/commandarguments.h"

#include "app/cli/output.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::cli {

std::optional<int> parseCommandArguments(QCommandLineParser& parser, const Cli& cli, qsizetype positionals,
    const QString& whenMissing, const QString& whenUnexpected)
{
    if (!parser.parse(cli.commandArguments()))
        return usage(parser.errorText(), parser.helpText());
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() > positionals)
        return usage(whenUnexpected.isEmpty()
                ? QCoreApplication::translate("md::cli", "unexpected argument \"%1\"").arg(given.at(positionals))
                : whenUnexpected,
            parser.helpText());
    if (given.size() < positionals)
        return usage(whenMissing, parser.helpText());
    return std::nullopt;
}

} // namespace md::cli
