#include "ui/shell/jobindicator.h"

#include "ui/shell/tasktracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace md::ui {

JobIndicator::JobIndicator(TaskTracker* tracker, QWidget* parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!m_tracker->tasks().isEmpty())
            m_tracker->cancel(m_tracker->tasks().first().id);
    });
    connect(m_tracker, &TaskTracker::changed, this, &JobIndicator::update);
    // The rate and time left change with the clock, not only with progress.
    auto* tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &JobIndicator::update);
    tick->start();
    update();
}

QString JobIndicator::text() const
{
    return m_label->text();
}

void JobIndicator::update()
{
    const auto& tasks = m_tracker->tasks();
    setVisible(!tasks.isEmpty());
    if (tasks.isEmpty()) {
        m_label->clear();
        return;
    }
    const auto& task = tasks.first();
    QString text = TaskTracker::describe(task);
    if (tasks.size() > 1)
        text += u' ' + tr("(+%n more)", nullptr, int(tasks.size() - 1));
    m_label->setText(text);
    if (task.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000 * std::min(task.done, task.total) / task.total));
    } else {
        m_bar->setRange(0, 0);
    }
    m_cancel->setEnabled(bool(task.cancel));
}

} // namespace md::ui
