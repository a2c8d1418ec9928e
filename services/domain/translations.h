#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace md {

// Installs MarketDesk's translations (embedded as :/i18n/marketdesk_<lang>.qm) and Qt's own for `language`:
// "ko", "en", or "system"/empty for the system's UI languages. Also makes QLocale's default follow the choice,
// so that numbers and money read the same as the text. Returns the language actually used ("ko" or "en").
// Usable from the GUI and from marketdesk-cli alike.
QString installTranslations(QCoreApplication& app, const QString& language);

// The languages shipped, as codes.
QStringList availableLanguages();

} // namespace md
