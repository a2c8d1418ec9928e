#include "ui/products/productfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::ui {

using Visibility = models::ProductFilter::Visibility;

ProductFilterBar::ProductFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_brand(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_visibility(new QComboBox(this))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(u"productSearch"_s);
    m_search->setPlaceholderText(tr("Search names and codes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_brand->setObjectName(u"brandFilter"_s);
    m_category->setObjectName(u"categoryFilter"_s);
    m_platform->setObjectName(u"platformFilter"_s);
    m_visibility->setObjectName(u"visibilityFilter"_s);
    for (QComboBox* box : { m_brand, m_category, m_platform })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fill(m_brand, tr("All brands"), {});
    fill(m_category, tr("All categories"), {});
    fill(m_platform, tr("All platforms"), {});
    m_visibility->addItem(tr("Visible and hidden"), int(Visibility::Any));
    m_visibility->addItem(tr("Visible"), int(Visibility::Visible));
    m_visibility->addItem(tr("Hidden"), int(Visibility::Hidden));
    m_visibility->addItem(tr("Unmapped"), int(Visibility::Unmapped));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    auto addLabelled = [this, layout](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    addLabelled(tr("&Brand"), m_brand);
    addLabelled(tr("C&ategory"), m_category);
    addLabelled(tr("&Platform"), m_platform);
    addLabelled(tr("&Show"), m_visibility);
    layout->addStretch(1);
    setTabOrder(m_search, m_brand);
    setTabOrder(m_brand, m_category);
    setTabOrder(m_category, m_platform);
    setTabOrder(m_platform, m_visibility);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ProductFilterBar::emitNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter applies at once.
    connect(m_search, &QLineEdit::returnPressed, this, &ProductFilterBar::emitNow);
    for (QComboBox* box : { m_brand, m_category, m_platform, m_visibility })
        connect(box, &QComboBox::currentIndexChanged, this, &ProductFilterBar::emitNow);
}

void ProductFilterBar::fill(QComboBox* box, const QString& allText, const QStringList& values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    for (const auto& value : values)
        box->addItem(value, value);
    const int index = box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void ProductFilterBar::setFacets(const models::ProductFacets& facets)
{
    fill(m_brand, tr("All brands"), facets.brands);
    fill(m_category, tr("All categories"), facets.categories);
    fill(m_platform, tr("All platforms"), facets.platforms);
}

models::ProductFilter ProductFilterBar::filter() const
{
    models::ProductFilter f;
    f.text = m_search->text().trimmed();
    f.brand = m_brand->currentData().toString();
    f.category = m_category->currentData().toString();
    f.platform = m_platform->currentData().toString();
    f.visibility = static_cast<Visibility>(m_visibility->currentData().toInt());
    return f;
}

void ProductFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductFilterBar::emitNow()
{
    m_debounce->stop();
    const auto f = filter();
    if (f == m_last)
        return;
    m_last = f;
    Q_EMIT filterChanged(f);
}

} // namespace md::ui
