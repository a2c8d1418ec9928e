#pragma once

#include "services/db/database.h"
#include "services/marketplaces/common/ordercollection.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace md::models {
class AccountsModel;
}
namespace md::secrets {
class SecretStore;
}

namespace md::ui {

class CollectorRunner;
class TaskTracker;

// Per account the last collection run (time, result, orders, error) and the next one, the job queue, and
// "Collect now" for the selected account (the backend's OrderCollection in the background, cancellable from the
// job indicator). Refreshed every 15 s and after each run.
class CollectionPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 15'000;

    CollectionPanel(
        db::Database database, secrets::SecretStore* secrets, TaskTracker* tasks, QWidget* parent = nullptr);
    ~CollectionPanel() override;

    models::AccountsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QAction* collectAction() const { return m_collect; }
    QString queueText() const;
    QString selectedAccountName() const;
    // Starts a collection of the account; false (and nothing happens) when one is running here already.
    bool collectNow(const QString& accountName);

Q_SIGNALS:
    void collectFinished(const md::marketplaces::CollectOutcome& outcome);

private:
    void collectSelected();
    void updateQueue();
    void updateActions();

    QPointer<TaskTracker> m_tasks; // owned by the window, which may delete it before its pages
    models::AccountsModel* m_model;
    QTableView* m_table;
    QLabel* m_queue;
    QAction* m_collect;
    QTimer* m_refresh;
    CollectorRunner* m_runner;
    QHash<QString, int> m_taskIds;
};

} // namespace md::ui
