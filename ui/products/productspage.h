#pragma once

#include "services/db/database.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace md::models {
class ProductsModel;
} // namespace md::models

namespace md::ui {

class ErrorBanner;
class ImageCache;
class ProductDetailPane;
class ProductFilterBar;
class CsvExporter;
class TaskTracker;

// The catalogue: filter bar, the windowed products table, and the selected product's details.
class ProductsPage : public QWidget {
    Q_OBJECT
public:
    ProductsPage(db::Database database, TaskTracker* tasks, QWidget* parent = nullptr);
    ~ProductsPage() override;

    models::ProductsModel* model() const { return m_model; }
    ProductFilterBar* filterBar() const { return m_filterBar; }
    QTableView* table() const { return m_table; }
    ProductDetailPane* detailPane() const { return m_detail; }
    ErrorBanner* banner() const { return m_banner; }

    QAction* findAction() const { return m_findAction; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* refreshAction() const { return m_refreshAction; }

    // Selected rows as tab-separated text with a header line (what Copy puts on the clipboard).
    QString selectedRowsText() const;
    // Writes the current filter and order to `path` in the background; progress goes to the task tracker.
    void exportCsv(const QString& path);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void statusTextChanged(const QString& text);
    void exportFinished(bool ok, const QString& message);

private:
    void copySelection();
    void askExportPath();
    void onCurrentRowChanged();
    void updateStatus();

    db::Database m_database;
    TaskTracker* m_tasks;
    models::ProductsModel* m_model;
    ImageCache* m_images;
    ErrorBanner* m_banner;
    ProductFilterBar* m_filterBar;
    QTableView* m_table;
    ProductDetailPane* m_detail;
    QSplitter* m_splitter;
    QLabel* m_status;
    QTimer* m_detailDelay;
    QAction* m_findAction;
    QAction* m_copyAction;
    QAction* m_exportAction;
    QAction* m_refreshAction;
    int m_sortSection = -1; // the order in force, restored when a column that cannot be sorted is clicked
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CsvExporter* m_exporter;
};

} // namespace md::ui
