#include "ui/accounts/accountdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

AccountDialog::AccountDialog(const marketplaces::Account* existing, QWidget* parent)
    : QDialog(parent)
    , m_edit(existing != nullptr)
    , m_platform(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_sellerId(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_proxy(new QLineEdit(this))
    , m_proxyPassword(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Collect orders automatically"), this))
    , m_interval(new QSpinBox(this))
    , m_secretForm(new QFormLayout)
    , m_problem(new QLabel(this))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(m_edit ? tr("Edit Account") : tr("Add Account"));
    if (existing)
        m_existing = *existing;
    for (const QString& p : marketplaces::supportedPlatforms())
        m_platform->addItem(p, p);
    m_baseUrl->setPlaceholderText(tr("Empty: the platform's public API"));
    m_proxy->setPlaceholderText(tr("Empty: direct connection; http://user@host:port, no password"));
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_proxyPassword->setPlaceholderText(m_edit ? tr("unchanged") : tr("only if the proxy needs one"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(5);
    m_active->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Seller id:"), m_sellerId);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("P&roxy:"), m_proxy);
    form->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    form->addRow(tr("Collection every:"), m_interval);
    form->addRow(QString(), m_active);
    if (m_edit) {
        m_platform->setCurrentIndex(m_platform->findData(m_existing.platform));
        m_name->setText(m_existing.name);
        m_sellerId->setText(m_existing.sellerId);
        m_displayName->setText(m_existing.displayName);
        m_baseUrl->setText(m_existing.baseUrl.toString());
        m_proxy->setText(m_existing.proxyUrl.toString());
        m_interval->setValue(std::max(1, m_existing.collectIntervalS / 60));
        m_active->setChecked(m_existing.active);
        for (QWidget* w : std::initializer_list<QWidget*> { m_platform, m_name, m_sellerId })
            w->setEnabled(false);
    }

    auto* secretsBox = new QGroupBox(tr("Secrets (stored only in the OS keychain)"), this);
    secretsBox->setLayout(m_secretForm);
    m_problem->setObjectName(u"accountDialogProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_edit ? tr("Save") : tr("Add account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_edit) {
        auto* note
            = new QLabel(tr("The name, platform and seller id cannot be changed: the name keys the account's "
                            "keychain entries and its collection lease. To rename, add a new account and remove "
                            "this one. Leave the secrets empty to keep them, or type every one to replace them."),
                this);
        note->setObjectName(u"accountDialogNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(secretsBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountDialog::rebuildSecretFields);
    rebuildSecretFields();
}

AccountDialog::~AccountDialog()
{
    // Do not leave typed secrets in freed memory longer than needed.
    for (QLineEdit* edit : std::as_const(m_secretEdits))
        edit->clear();
    m_proxyPassword->clear();
}

QString AccountDialog::fieldLabel(const QString& field)
{
    if (field == u"api_key")
        return tr("API key");
    if (field == u"user_id")
        return tr("User id");
    if (field == u"password")
        return tr("Password");
    if (field == u"client_id")
        return tr("Client id");
    if (field == u"client_secret")
        return tr("Client secret");
    if (field == u"refresh_token")
        return tr("Refresh token");
    return field;
}

void AccountDialog::rebuildSecretFields()
{
    while (m_secretForm->rowCount() > 0)
        m_secretForm->removeRow(0);
    m_secretEdits.clear();
    for (const QString& field : marketplaces::requiredSecretFields(m_platform->currentData().toString())) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(u"secret_"_s + field);
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        if (m_edit)
            edit->setPlaceholderText(tr("unchanged"));
        m_secretForm->addRow(fieldLabel(field) + u':', edit);
        m_secretEdits.insert(field, edit);
    }
}

marketplaces::Account AccountDialog::account() const
{
    marketplaces::Account a = m_existing;
    if (!m_edit) {
        a.platform = m_platform->currentData().toString();
        a.name = m_name->text().trimmed();
        a.sellerId = m_sellerId->text().trimmed();
    }
    a.displayName = m_displayName->text().trimmed();
    a.baseUrl = QUrl(m_baseUrl->text().trimmed());
    a.proxyUrl = QUrl(m_proxy->text().trimmed());
    a.active = m_active->isChecked();
    a.collectIntervalS = m_interval->value() * 60;
    if (m_edit && a.displayName.isEmpty())
        a.displayName = a.name;
    return a;
}

marketplaces::AccountChanges AccountDialog::changes() const
{
    const marketplaces::Account a = account();
    marketplaces::AccountChanges c;
    if (a.displayName != m_existing.displayName)
        c.displayName = a.displayName;
    if (a.baseUrl != m_existing.baseUrl)
        c.baseUrl = a.baseUrl;
    if (a.proxyUrl != m_existing.proxyUrl)
        c.proxyUrl = a.proxyUrl;
    if (m_interval->value() != std::max(1, m_existing.collectIntervalS / 60)) // the box shows whole minutes
        c.collectIntervalS = a.collectIntervalS;
    if (a.active != m_existing.active)
        c.active = a.active;
    return c;
}

QJsonObject AccountDialog::secrets() const
{
    QJsonObject out;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    }
    if (!m_proxyPassword->text().isEmpty())
        out.insert(QString(marketplaces::kProxyPasswordField), m_proxyPassword->text());
    return out;
}

QString AccountDialog::problem() const
{
    if (!m_edit) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Give the account a name.");
        if (m_sellerId->text().trimmed().isEmpty())
            return tr("Give the seller (mall) id.");
    }
    // The same rules as the database layer (no password in a URL, schemes, interval), before anything is stored.
    if (auto valid = marketplaces::Accounts::validate(account()); !valid)
        return valid.error().message;
    if (!m_proxyPassword->text().isEmpty() && m_proxy->text().trimmed().isEmpty())
        return tr("A proxy password needs a proxy address.");
    QStringList missing;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        if (it.value()->text().trimmed().isEmpty())
            missing << fieldLabel(it.key());
    }
    if (m_edit && missing.size() == m_secretEdits.size())
        return {}; // secrets kept
    if (!missing.isEmpty())
        return tr("Fill in: %1.").arg(missing.join(u", "_s));
    return {};
}

void AccountDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace md::ui
