#include "app/cli/cli.h"
#include "services/domain/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MarketDesk"));
    // The same names as the GUI: both find the embedded database in the same folder.
    QCoreApplication::setApplicationName(QStringLiteral("MarketDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    // Messages follow the system's language (LANG/LC_MESSAGES: ko or en); MARKETDESK_LANG overrides it.
    md::installTranslations(app, qEnvironmentVariable("MARKETDESK_LANG", QStringLiteral("system")));
    // Debug output only on request (QT_LOGGING_RULES="md.*.debug=true"); it would drown the command's own output.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("md.*.debug=false"));
    return md::cli::Cli(QCoreApplication::arguments()).run();
}
