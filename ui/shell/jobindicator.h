#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace md::ui {

class TaskTracker;

// Status bar widget: the running background tasks, with progress and a cancel button; hidden when idle.
class JobIndicator : public QWidget {
    Q_OBJECT
public:
    explicit JobIndicator(TaskTracker* tracker, QWidget* parent = nullptr);

    QString text() const;

private:
    void update();

    TaskTracker* m_tracker;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace md::ui
