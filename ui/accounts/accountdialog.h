#pragma once

#include "services/marketplaces/common/account.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace md::ui {

// Adds an account, or replaces the secrets of an existing one. The platform's secret fields are password inputs;
// their values leave the dialog only through secrets(), which the page writes to the keychain (never to settings
// or the database). In edit mode the row's fields are shown read-only and empty secret fields keep what is stored.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: edit that account; nullptr: a new account.
    explicit AccountDialog(const marketplaces::Account* existing = nullptr, QWidget* parent = nullptr);
    ~AccountDialog() override;

    marketplaces::Account account() const;
    // The secret fields typed (all of the platform's when adding; none or all when editing).
    QJsonObject secrets() const;
    bool isEdit() const { return m_edit; }

    QComboBox* platformBox() const { return m_platform; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* sellerIdEdit() const { return m_sellerId; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QLineEdit* secretEdit(const QString& field) const { return m_secretEdits.value(field); }
    QString problem() const;

    void accept() override;

    // "API key", "Client secret", … for a secret field name.
    static QString fieldLabel(const QString& field);

private:
    void rebuildSecretFields();
    static bool validUrl(const QString& text);

    bool m_edit;
    marketplaces::Account m_existing;
    QComboBox* m_platform;
    QLineEdit* m_name;
    QLineEdit* m_sellerId;
    QLineEdit* m_displayName;
    QLineEdit* m_baseUrl;
    QLineEdit* m_proxy;
    QCheckBox* m_active;
    QSpinBox* m_interval;
    QFormLayout* m_secretForm;
    QMap<QString, QLineEdit*> m_secretEdits;
    QLabel* m_problem;
};

} // namespace md::ui
