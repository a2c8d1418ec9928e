// marketdesk: the desktop application. Everything but the QApplication lives in marketdesk_ui.
#include "services/domain/translations.h"
#include "ui/shell/startup.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MarketDesk"_s);
    QApplication::setApplicationName(u"MarketDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QApplication::setDesktopFileName(u"marketdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/marketdesk.svg"_s));
    md::installTranslations(app, QSettings().value(u"ui/language"_s, u"system"_s).toString());

    md::ui::Startup startup;
    QString error;
    if (!startup.parseArguments(QApplication::arguments(), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "MarketDesk"), error);
        return 2;
    }
    startup.start();
    return QApplication::exec();
}
