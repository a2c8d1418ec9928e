#include "ui/crawls/inwindowscheduler.h"

#include "services/gnb/gnbworkerhost.h"
#include "services/secrets/forwardingsecretstore.h"
#include "ui/crawls/crawlcontrols.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
const QString kRunHereKey = u"crawls/runScheduleHere"_s;
const QString kTimeKey = u"crawls/scheduleTime"_s;
const QString kZoneKey = u"crawls/scheduleZone"_s;
const QString kIntervalKey = u"crawls/intervalMinutes"_s;
} // namespace

InWindowScheduler::InWindowScheduler(
    db::Database database, secrets::SecretStore* secrets, SourceProvider source, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_source(std::move(source))
    , m_action(new QAction(tr("Run the &schedule in this window"), this))
    , m_toggle(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(u"inWindowScheduler"_s);
    // A desktop closing should not keep its users waiting long; the job goes back to the queue after this.
    m_workerOptions.stopGrace = std::chrono::seconds(5);
    m_action->setObjectName(u"runScheduleHere"_s);
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Queue the day's first full crawl and the incremental crawls, and run queued crawls, in "
                            "this window while it is open. Workers (marketdesk-cli worker) and other desktops share "
                            "the same queue: each job still runs once, on whichever is free first."));
    m_toggle->setDefaultAction(m_action);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setObjectName(u"inWindowStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(u"inWindowProgress"_s);
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_stop->setObjectName(u"stopSchedule"_s);
    m_stop->setToolTip(tr("Stop running the schedule here; the crawl in progress is cancelled at its next check and "
                          "goes back to the queue for a worker"));

    const QSettings settings;
    auto* at = new QTimeEdit(QTime::fromString(settings.value(kTimeKey, u"06:00"_s).toString(), u"HH:mm"_s), this);
    at->setObjectName(u"scheduleTime"_s);
    at->setDisplayFormat(u"HH:mm"_s);
    const QString zone = settings.value(kZoneKey, u"Europe/Rome"_s).toString();
    at->setToolTip(tr("Time of the day's first full crawl (%1)").arg(zone));
    connect(at, &QTimeEdit::timeChanged, this,
        [](QTime time) { QSettings().setValue(kTimeKey, time.toString(u"HH:mm"_s)); });
    auto* interval = new QSpinBox(this);
    interval->setObjectName(u"intervalMinutes"_s);
    interval->setRange(1, 24 * 60);
    interval->setValue(settings.value(kIntervalKey, 15).toInt());
    interval->setSuffix(tr(" min"));
    interval->setToolTip(tr("Minutes between the end of one incremental crawl and the start of the next"));
    connect(interval, &QSpinBox::valueChanged, this, [](int minutes) { QSettings().setValue(kIntervalKey, minutes); });
    connect(this, &InWindowScheduler::runningChanged, this, [at, interval](bool running) {
        at->setEnabled(!running); // they apply from the next start
        interval->setEnabled(!running);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Daily full crawl at:"), at);
    form->addRow(tr("Incremental every:"), interval);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle, 1);
    buttons->addWidget(m_stop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);

    connect(m_action, &QAction::toggled, this, &InWindowScheduler::onToggled);
    connect(m_stop, &QPushButton::clicked, m_action, [this] { m_action->setChecked(false); });
    showIdle();
}

InWindowScheduler::~InWindowScheduler()
{
    delete m_host; // stops the worker and waits for its thread; the job in progress goes back to the queue
}

void InWindowScheduler::restore()
{
    if (QSettings().value(kRunHereKey, false).toBool())
        m_action->setChecked(true);
}

bool InWindowScheduler::isRunning() const
{
    return m_host && m_host->isRunning();
}

QString InWindowScheduler::statusText() const
{
    return m_status->text();
}

void InWindowScheduler::onToggled(bool on)
{
    QSettings().setValue(kRunHereKey, on);
    if (on)
        start();
    else
        stop();
}

void InWindowScheduler::start()
{
    if (m_host)
        return;
    const QSettings settings;
    const QString timeText = settings.value(kTimeKey, u"06:00"_s).toString();
    const QString zoneText = settings.value(kZoneKey, u"Europe/Rome"_s).toString();
    gnb::GnbWorkerHostOptions options;
    options.dailyAt = QTime::fromString(timeText, u"HH:mm"_s);
    options.timeZone = QTimeZone(zoneText.toUtf8());
    const int minutes = settings.value(kIntervalKey, 15).toInt();
    std::optional<Error> invalid;
    if (!options.dailyAt.isValid())
        invalid = Error { ErrorCode::Config,
            tr("The daily crawl time \"%1\" (setting %2) is not HH:MM.").arg(timeText, kTimeKey), {} };
    else if (!options.timeZone.isValid())
        invalid = Error { ErrorCode::Config,
            tr("The time zone \"%1\" (setting %2) is unknown; use an IANA name such as Europe/Rome.")
                .arg(zoneText, kZoneKey),
            {} };
    else if (minutes <= 0)
        invalid = Error { ErrorCode::Config,
            tr("The incremental interval (setting %1) must be a positive number of minutes.").arg(kIntervalKey), {} };
    options.jobs.source = m_source();
    options.jobs.incrementalInterval = std::chrono::minutes(minutes);
    options.worker = m_workerOptions;
    secrets::ForwardingSecretStore* forward = m_secrets ? new secrets::ForwardingSecretStore(m_secrets) : nullptr;
    options.jobs.source.secrets = forward;
    auto* host = new gnb::GnbWorkerHost(m_database, options, this);
    if (forward)
        forward->setParent(host->worker()); // goes to the worker's thread with it
    Status started = invalid ? Status(*invalid) : host->start();
    if (!started) {
        delete host;
        const QSignalBlocker block(m_action);
        m_action->setChecked(false);
        QSettings().setValue(kRunHereKey, false);
        Q_EMIT errorOccurred(started.error());
        return;
    }
    m_host = host;
    connect(host, &gnb::GnbWorkerHost::jobQueued, this, [this](qint64 id, const QString&, const QString& trigger) {
        Q_EMIT statusMessage(tr("The schedule queued job %1 (%2).").arg(id).arg(trigger), 5000);
    });
    connect(host, &gnb::GnbWorkerHost::jobStarted, this, [this](qint64 id, const QString& kind) {
        m_status->setText(tr("Running job %1 (%2)…").arg(id).arg(kind));
        m_bar->setRange(0, 0);
        m_bar->show();
        Q_EMIT jobStarted(id, kind);
    });
    connect(host, &gnb::GnbWorkerHost::jobProgress, this, [this](qint64 id, const jobs::Progress& p) {
        if (!m_host || m_host->isStopping())
            return;
        if (p.total > 0) {
            const int scale = p.total > INT_MAX ? int(p.total / INT_MAX + 1) : 1;
            m_bar->setRange(0, int(p.total / scale));
            m_bar->setValue(int(std::min(p.done, p.total) / scale));
        }
        m_status->setText(tr("Running job %1: %2").arg(id).arg(CrawlControls::describe(p)));
    });
    connect(host, &gnb::GnbWorkerHost::jobFinished, this,
        [this](qint64 id, const QString& kind, bool success, const QString& error) {
            const bool stopping = m_host && m_host->isStopping();
            m_bar->hide();
            if (!stopping)
                m_status->setText(success ? tr("Job %1 done; waiting for the next job.").arg(id)
                                          : tr("Job %1 did not succeed; waiting for the next job.").arg(id));
            // A job given back to the queue because this window stops is not a failure to report.
            if (!success && !stopping)
                Q_EMIT errorOccurred(Error { ErrorCode::Internal,
                    tr("The scheduled job %1 (%2) run in this window did not succeed: %3").arg(id).arg(kind, error),
                    {} });
            Q_EMIT jobFinished(id, kind, success, error);
        });
    connect(host, &gnb::GnbWorkerHost::jobSkipped, this, [this](qint64 id, const QString&, const QString& heldBy) {
        m_status->setText(tr("Job %1 waits: the crawl's lease is %2.").arg(id).arg(heldBy));
    });
    connect(host, &gnb::GnbWorkerHost::errorOccurred, this, [this](const QString& message) {
        Q_EMIT errorOccurred(Error { ErrorCode::Database, message, {} });
    });
    connect(host, &gnb::GnbWorkerHost::stopped, this, &InWindowScheduler::onStopped);
    m_status->setText(tr("This window runs the schedule as %1; waiting for jobs.").arg(m_workerOptions.holder));
    m_stop->setEnabled(true);
    Q_EMIT runningChanged(true, m_workerOptions.holder);
}

void InWindowScheduler::stop()
{
    if (!m_host || m_host->isStopping())
        return;
    m_host->stop();
    m_action->setEnabled(false); // until the worker has stopped
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping: the job in progress is cancelled and goes back to the queue…"));
}

void InWindowScheduler::onStopped()
{
    if (!m_host)
        return;
    m_host->deleteLater();
    m_host = nullptr;
    m_action->setEnabled(true);
    if (m_action->isChecked()) { // stopped without being asked to: say so rather than pretend it runs
        const QSignalBlocker block(m_action);
        m_action->setChecked(false);
    }
    showIdle();
    Q_EMIT runningChanged(false, m_workerOptions.holder);
}

void InWindowScheduler::showIdle()
{
    m_bar->hide();
    m_stop->setEnabled(false);
    m_status->setText(tr("The schedule is not run in this window."));
}

} // namespace md::ui
