#pragma once

#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/accounts.h"

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

// Adds an account, or edits an existing one: display name, base URL, proxy, interval and automatic collection, and
// optionally its secrets. The name, platform and seller id of an existing account are read-only (the name keys its
// keychain entries and collection lease). Secret fields are password inputs whose values leave the dialog only
// through secrets(), which the page writes to the keychain (never to settings or the database); when editing, empty
// secret fields keep what is stored. The proxy's password is an optional secret of its own.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: edit that account; nullptr: a new account.
    explicit AccountDialog(const marketplaces::Account* existing = nullptr, QWidget* parent = nullptr);
    ~AccountDialog() override;

    // The account as entered (when editing: the existing one with the edited fields).
    marketplaces::Account account() const;
    // When editing: the fields that differ from the existing account.
    marketplaces::AccountChanges changes() const;
    // The secret fields typed (all of the platform's required ones when adding; none or all when editing), plus the
    // proxy password when one was typed.
    QJsonObject secrets() const;
    bool isEdit() const { return m_edit; }

    QComboBox* platformBox() const { return m_platform; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* sellerIdEdit() const { return m_sellerId; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* proxyEdit() const { return m_proxy; }
    QLineEdit* proxyPasswordEdit() const { return m_proxyPassword; }
    QSpinBox* intervalBox() const { return m_interval; }
    QCheckBox* activeBox() const { return m_active; }
    QLineEdit* secretEdit(const QString& field) const { return m_secretEdits.value(field); }
    QString problem() const;

    void accept() override;

    // "API key", "Client secret", … for a secret field name.
    static QString fieldLabel(const QString& field);

private:
    void rebuildSecretFields();

    bool m_edit;
    marketplaces::Account m_existing;
    QComboBox* m_platform;
    QLineEdit* m_name;
    QLineEdit* m_sellerId;
    QLineEdit* m_displayName;
    QLineEdit* m_baseUrl;
    QLineEdit* m_proxy;
    QLineEdit* m_proxyPassword;
    QCheckBox* m_active;
    QSpinBox* m_interval;
    QFormLayout* m_secretForm;
    QMap<QString, QLineEdit*> m_secretEdits;
    QLabel* m_problem;
};

} // namespace md::ui
