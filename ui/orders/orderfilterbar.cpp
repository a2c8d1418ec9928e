#include "ui/orders/orderfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::ui {

OrderFilterBar::OrderFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_range(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_platform(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(models::businessTimeZone()).date();
    m_range->setToolTip(tr("Only orders of these Korean calendar days"));
    m_range->setChecked(true);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    m_search->setPlaceholderText(tr("Order no., buyer or receiver"));
    m_search->setClearButtonEnabled(true);
    fill(m_platform, tr("All platforms"), {});
    fill(m_account, tr("All accounts"), {});
    fill(m_status, tr("All statuses"), {});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_platform);
    layout->addWidget(m_account);
    layout->addWidget(m_status);
    layout->addWidget(m_search, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &OrderFilterBar::emitNow);
    auto later = [this] { m_debounce->start(); };
    connect(m_search, &QLineEdit::textChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_range, &QCheckBox::toggled, this, [this, later](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        later();
    });
    for (QComboBox* box : { m_platform, m_account, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, later);
    m_last = filter();
}

models::OrderFilter OrderFilterBar::filter() const
{
    models::OrderFilter f;
    if (m_range->isChecked()) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    f.platform = m_platform->currentData().toString();
    f.accountId = m_account->currentData().toLongLong();
    f.status = m_status->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void OrderFilterBar::setAllDates(bool all)
{
    m_range->setChecked(!all);
}

void OrderFilterBar::fill(QComboBox* box, const QString& allText, const QList<QPair<QVariant, QString>>& values)
{
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QVariant());
    for (const auto& [value, text] : values)
        box->addItem(text, value);
    const int again = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(std::max(0, again));
}

void OrderFilterBar::setFacets(const models::OrderFacets& facets)
{
    QList<QPair<QVariant, QString>> platforms;
    for (const QString& p : facets.platforms)
        platforms.append({ p, p });
    QList<QPair<QVariant, QString>> accounts;
    for (const auto& [id, name] : facets.accounts)
        accounts.append({ id, name });
    QList<QPair<QVariant, QString>> statuses;
    for (const QString& s : facets.statuses)
        statuses.append({ s, s });
    fill(m_platform, tr("All platforms"), platforms);
    fill(m_account, tr("All accounts"), accounts);
    fill(m_status, tr("All statuses"), statuses);
    if (filter() != m_last)
        m_debounce->start();
}

void OrderFilterBar::emitNow()
{
    const models::OrderFilter f = filter();
    if (f == m_last)
        return;
    m_last = f;
    Q_EMIT filterChanged(f);
}

} // namespace md::ui
