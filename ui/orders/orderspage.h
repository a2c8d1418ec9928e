#pragma once

#include "services/db/database.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace md::models {
class OrderHistoryModel;
class OrderLinesModel;
class OrdersModel;
class OrdersPerDay;
} // namespace md::models
namespace md::secrets {
class SecretStore;
}

namespace md::ui {

class CollectionPanel;
class ErrorBanner;
class OrderFilterBar;
class OrdersChart;
class CsvExporter;
class TaskTracker;

// Order collection monitoring: each account's last and next run with "Collect now", the filtered orders (windowed
// table), the selected order's lines and status history, and a chart of orders per day and platform.
class OrdersPage : public QWidget {
    Q_OBJECT
public:
    OrdersPage(db::Database database, secrets::SecretStore* secrets, TaskTracker* tasks, QWidget* parent = nullptr);
    ~OrdersPage() override;

    models::OrdersModel* model() const { return m_model; }
    models::OrderLinesModel* linesModel() const { return m_lines; }
    models::OrderHistoryModel* historyModel() const { return m_history; }
    models::OrdersPerDay* perDay() const { return m_perDay; }
    OrderFilterBar* filterBar() const { return m_filterBar; }
    CollectionPanel* collection() const { return m_collection; }
    OrdersChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    ErrorBanner* banner() const { return m_banner; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* collectAction() const;

    // Writes the current filter and order to `path` in the background; progress goes to the task tracker.
    void exportCsv(const QString& path);
    // Reloads orders, filter lists, chart and collection status (after accounts changed, say).
    void refresh();

Q_SIGNALS:
    void statusTextChanged(const QString& text);
    void exportFinished(bool ok, const QString& message);

private:
    void applyFilter();
    void askExportPath();
    void onCurrentRowChanged();
    void updateStatus();

    db::Database m_database;
    TaskTracker* m_tasks;
    models::OrdersModel* m_model;
    models::OrderLinesModel* m_lines;
    models::OrderHistoryModel* m_history;
    models::OrdersPerDay* m_perDay;
    ErrorBanner* m_banner;
    CollectionPanel* m_collection;
    OrderFilterBar* m_filterBar;
    QTableView* m_table;
    QTabWidget* m_tabs;
    OrdersChart* m_chart;
    QSplitter* m_splitter;
    QLabel* m_status;
    QAction* m_exportAction;
    QAction* m_refreshAction;
    CsvExporter* m_exporter;
};

} // namespace md::ui
