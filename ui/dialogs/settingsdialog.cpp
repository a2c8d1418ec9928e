#include "ui/dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    // Language names are written in their own language so that anyone can find theirs.
    m_language->addItem(tr("System language"), u"system"_s);
    m_language->addItem(u"한국어"_s, u"ko"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_note->setText(tr("A new language applies the next time MarketDesk starts."));
    m_note->setWordWrap(true);
    m_note->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString stored = QSettings().value(kLanguageKey, u"system"_s).toString();
    setLanguage(stored);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this, stored] { m_note->setVisible(language() != stored); });
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

bool SettingsDialog::save() const
{
    QSettings settings;
    const bool changed = settings.value(kLanguageKey, u"system"_s).toString() != language();
    settings.setValue(kLanguageKey, language());
    return changed;
}

} // namespace md::ui
