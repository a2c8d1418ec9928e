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
    , m_active(new QCheckBox(tr("Collect orders automatically"), this))
    , m_interval(new QSpinBox(this))
    , m_secretForm(new QFormLayout)
    , m_problem(new QLabel(this))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(m_edit ? tr("Replace Account Secrets") : tr("Add Account"));
    if (existing)
        m_existing = *existing;
    for (const QString& p : marketplaces::supportedPlatforms())
        m_platform->addItem(p, p);
    m_baseUrl->setPlaceholderText(tr("Empty: the platform's public API"));
    m_proxy->setPlaceholderText(tr("Empty: direct connection"));
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
        for (QWidget* w : std::initializer_list<QWidget*> {
                 m_platform, m_name, m_sellerId, m_displayName, m_baseUrl, m_proxy, m_interval, m_active })
            w->setEnabled(false);
    }

    auto* secretsBox = new QGroupBox(tr("Secrets (stored only in the OS keychain)"), this);
    secretsBox->setLayout(m_secretForm);
    m_problem->setObjectName(u"accountDialogProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_edit ? tr("Replace secrets") : tr("Add account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_edit) {
        auto* note = new QLabel(tr("Type every secret again to replace them; the other fields cannot be changed "
                                   "here (remove and add the account to change them)."),
            this);
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

bool AccountDialog::validUrl(const QString& text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && url.password().isEmpty();
}

marketplaces::Account AccountDialog::account() const
{
    if (m_edit)
        return m_existing;
    marketplaces::Account a;
    a.platform = m_platform->currentData().toString();
    a.name = m_name->text().trimmed();
    a.sellerId = m_sellerId->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.baseUrl = QUrl(m_baseUrl->text().trimmed());
    a.proxyUrl = QUrl(m_proxy->text().trimmed());
    a.active = m_active->isChecked();
    a.collectIntervalS = m_interval->value() * 60;
    return a;
}

QJsonObject AccountDialog::secrets() const
{
    QJsonObject out;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    }
    return out;
}

QString AccountDialog::problem() const
{
    if (!m_edit) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Give the account a name.");
        if (m_sellerId->text().trimmed().isEmpty())
            return tr("Give the seller (mall) id.");
        if (!validUrl(m_baseUrl->text()))
            return tr("The base URL must be an http(s) URL without a password.");
        if (!validUrl(m_proxy->text()))
            return tr("The proxy must be an http(s) URL without a password.");
    }
    QStringList missing;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        if (it.value()->text().trimmed().isEmpty())
            missing << fieldLabel(it.key());
    }
    if (m_edit && missing.size() == m_secretEdits.size())
        return tr("Type the new secrets.");
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
