#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <functional>

namespace md::ui {

// Background work the user started (an export, the demo import), for the status bar's job indicator.
// GUI thread only; workers report through queued calls to their owner, which updates the tracker.
class TaskTracker : public QObject {
    Q_OBJECT
public:
    struct Task {
        int id = 0;
        QString title;
        qint64 done = 0;
        qint64 total = -1; // unknown
        QElapsedTimer clock;
        std::function<void()> cancel;
    };

    using QObject::QObject;

    int begin(const QString& title, qint64 total, std::function<void()> cancel);
    // `total` < 0 keeps the total known so far.
    void progress(int id, qint64 done, qint64 total = -1);
    void finish(int id);
    void cancel(int id);

    const QList<Task>& tasks() const { return m_tasks; }
    // "Exporting: 12,000 of 50,000 (3,000/s, about 13 s left)".
    static QString describe(const Task& task);

Q_SIGNALS:
    void changed();

private:
    QList<Task> m_tasks;
    int m_nextId = 1;
};

} // namespace md::ui
