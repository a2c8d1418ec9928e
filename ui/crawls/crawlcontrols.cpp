#include "ui/crawls/crawlcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
const QString kLocationKey = u"crawls/feedLocation"_s;
const QString kUserKey = u"crawls/feedUser"_s;
const QString kApiKeyKey = u"crawls/feedApiKey"_s;
const QString kModeKey = u"crawls/mode"_s;
} // namespace

QDate CrawlControls::supplierToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Rome")).date();
}

CrawlControls::CrawlControls(QWidget* parent)
    : QWidget(parent)
    , m_location(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_apiKey(new QCheckBox(tr("Send the API key stored in the keychain"), this))
    , m_day(new QDateEdit(this))
    , m_mode(new QComboBox(this))
    , m_brandFilter(new QLineEdit(this))
    , m_brands(new QListWidget(this))
    , m_run(new QPushButton(tr("&Run crawl"), this))
    , m_cancel(new QPushButton(tr("Cancel crawl"), this))
    , m_queue(new QPushButton(tr("&Queue for workers"), this))
    , m_bar(new QProgressBar(this))
    , m_progress(new QLabel(this))
{
    setObjectName(u"crawlControls"_s);
    m_location->setObjectName(u"feedLocation"_s);
    m_location->setPlaceholderText(tr("Folder holding YYYYMMDD/ folders, or an https:// address"));
    m_location->setClearButtonEnabled(true);
    m_user->setPlaceholderText(tr("Basic auth user (optional; the password is in the keychain)"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the feed folder"));
    connect(browse, &QToolButton::clicked, this, &CrawlControls::browse);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);

    m_day->setObjectName(u"crawlDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setDate(supplierToday());
    m_day->setToolTip(tr("The supplier's day folder to read (today in Italy by default)"));

    m_mode->setObjectName(u"crawlMode"_s);
    m_mode->addItem(tr("Full: every file of the day"), int(gnb::CrawlMode::Full));
    m_mode->addItem(tr("Incremental: only changed files"), int(gnb::CrawlMode::Incremental));
    m_mode->addItem(tr("Chosen brands"), int(gnb::CrawlMode::Brands));

    m_brandFilter->setPlaceholderText(tr("Filter brands"));
    m_brandFilter->setClearButtonEnabled(true);
    connect(m_brandFilter, &QLineEdit::textChanged, this, &CrawlControls::filterBrands);
    m_brands->setObjectName(u"brandList"_s);
    m_brands->setMaximumHeight(120);
    connect(m_brands, &QListWidget::itemChanged, this, &CrawlControls::updateEnabled);

    m_run->setObjectName(u"runCrawl"_s);
    m_run->setDefault(true);
    m_run->setShortcut(Qt::CTRL | Qt::Key_R);
    m_run->setToolTip(tr("Start the crawl in this window (Ctrl+R)"));
    m_cancel->setObjectName(u"cancelCrawl"_s);
    connect(m_run, &QPushButton::clicked, this, &CrawlControls::runRequested);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop the crawl at its next check; the file in progress is rolled back (Esc)"));
    connect(m_cancel, &QPushButton::clicked, this, &CrawlControls::cancelRequested);
    m_queue->setObjectName(u"queueCrawl"_s);
    m_queue->setToolTip(tr("Let a worker (marketdesk-cli worker) run this crawl with its own feed settings"));
    connect(m_queue, &QPushButton::clicked, this, &CrawlControls::queueRequested);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CrawlControls::updateEnabled);
    connect(m_location, &QLineEdit::textChanged, this, &CrawlControls::updateEnabled);

    m_bar->setObjectName(u"crawlProgress"_s);
    m_bar->setTextVisible(false);
    m_progress->setObjectName(u"crawlProgressText"_s);
    m_progress->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* locationLabel = new QLabel(tr("&Feed:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("&User:"), m_user);
    m_apiKey->setObjectName(u"feedApiKey"_s);
    form->addRow(QString(), m_apiKey);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Brands:"), m_brandFilter);
    form->addRow(QString(), m_brands);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_queue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_bar);
    layout->addWidget(m_progress);

    const QSettings settings;
    m_location->setText(settings.value(kLocationKey).toString());
    m_user->setText(settings.value(kUserKey).toString());
    m_apiKey->setChecked(settings.value(kApiKeyKey, false).toBool());
    m_mode->setCurrentIndex(std::clamp(settings.value(kModeKey, 1).toInt(), 0, 2));
    setRunning(false);
}

void CrawlControls::saveSettings() const
{
    QSettings settings;
    settings.setValue(kLocationKey, m_location->text().trimmed());
    settings.setValue(kUserKey, m_user->text().trimmed());
    settings.setValue(kApiKeyKey, m_apiKey->isChecked());
    settings.setValue(kModeKey, m_mode->currentIndex());
}

gnb::FeedSourceOptions CrawlControls::sourceOptions() const
{
    gnb::FeedSourceOptions options;
    options.location = m_location->text().trimmed();
    options.basicUser = m_user->text().trimmed();
    options.useApiKey = m_apiKey->isChecked();
    return options;
}

gnb::CrawlRequest CrawlControls::request() const
{
    gnb::CrawlRequest request;
    request.day = m_day->date().toString(u"yyyyMMdd"_s);
    request.mode = gnb::CrawlMode(m_mode->currentData().toInt());
    if (request.mode == gnb::CrawlMode::Brands)
        request.brands = checkedBrands();
    return request;
}

void CrawlControls::setBrands(const QStringList& brands)
{
    const QStringList checked = checkedBrands();
    const QSignalBlocker block(m_brands);
    m_brands->clear();
    for (const auto& brand : brands) {
        auto* item = new QListWidgetItem(brand, m_brands);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(brand) ? Qt::Checked : Qt::Unchecked);
    }
    filterBrands(m_brandFilter->text());
    updateEnabled();
}

QStringList CrawlControls::checkedBrands() const
{
    QStringList brands;
    for (int i = 0; i < m_brands->count(); ++i) {
        if (m_brands->item(i)->checkState() == Qt::Checked)
            brands << m_brands->item(i)->text();
    }
    return brands;
}

void CrawlControls::setMode(gnb::CrawlMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void CrawlControls::setDay(const QDate& day)
{
    m_day->setDate(day);
}

void CrawlControls::setFeedLocation(const QString& location)
{
    m_location->setText(location);
}

void CrawlControls::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("G&B feed folder"), m_location->text());
    if (!dir.isEmpty())
        m_location->setText(dir);
}

void CrawlControls::filterBrands(const QString& text)
{
    for (int i = 0; i < m_brands->count(); ++i)
        m_brands->item(i)->setHidden(!m_brands->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void CrawlControls::updateEnabled()
{
    const bool brands = gnb::CrawlMode(m_mode->currentData().toInt()) == gnb::CrawlMode::Brands;
    m_brandFilter->setEnabled(brands && !m_running);
    m_brands->setEnabled(brands && !m_running);
    const bool brandsChosen = !brands || !checkedBrands().isEmpty();
    const bool ready = !m_location->text().trimmed().isEmpty() && brandsChosen;
    m_queue->setEnabled(brandsChosen); // workers use their own feed location
    m_run->setEnabled(!m_running && ready);
    m_run->setToolTip(ready ? tr("Start the crawl in this window (Ctrl+R)")
                            : tr("Give the feed location (and, for chosen brands, at least one brand)"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_location, m_user, m_apiKey, m_day, m_mode })
        w->setEnabled(!m_running);
}

void CrawlControls::setRunning(bool running, bool cancelling)
{
    m_running = running;
    m_cancelling = running && cancelling;
    m_cancel->setEnabled(running && !cancelling);
    m_bar->setVisible(running);
    if (running && !cancelling && m_progress->text().isEmpty()) {
        m_bar->setRange(0, 0); // busy until the index is read
        m_progress->setText(tr("Reading the index…"));
    }
    if (cancelling)
        m_progress->setText(tr("Cancelling…"));
    if (!running)
        m_progress->clear();
    updateEnabled();
}

void CrawlControls::showProgress(const jobs::Progress& p)
{
    if (!m_running || m_cancelling)
        return;
    if (p.total > 0) {
        // QProgressBar holds ints; rows of one day fit, but scale anyway rather than overflow.
        const int scale = p.total > INT_MAX ? int(p.total / INT_MAX + 1) : 1;
        m_bar->setRange(0, int(p.total / scale));
        m_bar->setValue(int(std::min(p.done, p.total) / scale));
    }
    m_progress->setText(describe(p));
}

QString CrawlControls::describe(const jobs::Progress& p)
{
    const QLocale locale;
    QStringList parts;
    if (p.steps > 0)
        parts << tr("File %1 of %2: %3").arg(p.step).arg(p.steps).arg(p.label);
    parts << (p.total >= 0 ? tr("%1 of %2 rows").arg(locale.toString(p.done), locale.toString(p.total))
                           : tr("%1 rows").arg(locale.toString(p.done)));
    if (p.ratePerSecond > 0)
        parts << tr("%1 rows/s").arg(locale.toString(qRound64(p.ratePerSecond)));
    if (p.etaMs >= 0 && !p.finished)
        parts << tr("about %n s left", nullptr, int(p.etaMs / 1000) + 1);
    return parts.join(u" · "_s);
}

QString CrawlControls::progressText() const
{
    return m_progress->text();
}

} // namespace md::ui
