#include "ui/shell/tasktracker.h"

#include <QLocale>

namespace md::ui {

int TaskTracker::begin(const QString& title, qint64 total, std::function<void()> cancel)
{
    Task task;
    task.id = m_nextId++;
    task.title = title;
    task.total = total;
    task.cancel = std::move(cancel);
    task.clock.start();
    m_tasks << task;
    Q_EMIT changed();
    return task.id;
}

void TaskTracker::progress(int id, qint64 done, qint64 total)
{
    for (auto& task : m_tasks) {
        if (task.id == id) {
            task.done = done;
            if (total >= 0)
                task.total = total;
            Q_EMIT changed();
            return;
        }
    }
}

void TaskTracker::finish(int id)
{
    m_tasks.removeIf([id](const Task& t) { return t.id == id; });
    Q_EMIT changed();
}

void TaskTracker::cancel(int id)
{
    for (const auto& task : m_tasks) {
        if (task.id == id && task.cancel)
            task.cancel();
    }
}

QString TaskTracker::describe(const Task& task)
{
    const QLocale locale;
    const double seconds = std::max<qint64>(task.clock.elapsed(), 1) / 1000.0;
    const double rate = task.done / seconds;
    QString text = task.total >= 0
        ? tr("%1: %2 of %3").arg(task.title, locale.toString(task.done), locale.toString(task.total))
        : tr("%1: %2").arg(task.title, locale.toString(task.done));
    if (task.done > 0 && seconds >= 1.0) {
        text += u' ' + tr("(%1/s)").arg(locale.toString(qRound64(rate)));
        if (task.total > task.done && rate > 0)
            text += u' ' + tr("about %n s left", nullptr, int((task.total - task.done) / rate) + 1);
    }
    return text;
}

} // namespace md::ui
