#include "services/domain/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace md {

QStringList availableLanguages()
{
    return { u"ko"_s, u"en"_s };
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    QString chosen = language.trimmed().toLower();
    if (chosen.isEmpty() || chosen == u"system"_s) {
        chosen = u"en"_s;
        // The first shipped language among the user's preferences; English when none is shipped.
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString code = ui.section(u'-', 0, 0).toLower();
            if (availableLanguages().contains(code)) {
                chosen = code;
                break;
            }
        }
    } else if (!availableLanguages().contains(chosen)) {
        chosen = u"en"_s;
    }

    // Keep the system's regional formats when they are already in the chosen language (en_GB stays en_GB).
    if (QLocale::system().name().section(u'_', 0, 0) != chosen)
        QLocale::setDefault(chosen == u"ko"_s ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                              : QLocale(QLocale::English, QLocale::UnitedStates));

    // Sources are written in English: the English file only carries plural forms.
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/marketdesk_"_s + chosen + u".qm"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return chosen;
}

} // namespace md
