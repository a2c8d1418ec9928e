#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace md::ui {

// Preferences kept in QSettings (never secrets): the interface language ("system", "ko", "en").
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    static inline const QString kLanguageKey = QStringLiteral("ui/language");

    explicit SettingsDialog(QWidget* parent = nullptr);

    QString language() const;
    void setLanguage(const QString& code);
    // Saves the choice; returns true when it differs from what the running application uses.
    bool save() const;

private:
    QComboBox* m_language;
    QLabel* m_note;
};

} // namespace md::ui
