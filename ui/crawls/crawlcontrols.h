#pragma once

#include "services/gnb/crawler.h"
#include "services/gnb/feedsources.h"
#include "services/jobs/progressreporter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace md::ui {

// "Run now": the feed location (QSettings, never a secret), the supplier day, the mode (full, incremental, chosen
// brands with a brand picker), Run and Cancel, and the running crawl's progress (file i/n, rows, rate, ETA).
class CrawlControls : public QWidget {
    Q_OBJECT
public:
    explicit CrawlControls(QWidget* parent = nullptr);

    gnb::FeedSourceOptions sourceOptions() const;
    gnb::CrawlRequest request() const;
    void setBrands(const QStringList& brands);
    QStringList checkedBrands() const;
    void setMode(gnb::CrawlMode mode);
    void setDay(const QDate& day);
    void setFeedLocation(const QString& location);
    void saveSettings() const;

    void setRunning(bool running, bool cancelling = false);
    void showProgress(const jobs::Progress& progress);
    QString progressText() const;
    // A crawl's progress in words: file i of n, rows, rate, ETA.
    static QString describe(const jobs::Progress& progress);

    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* queueButton() const { return m_queue; }
    QListWidget* brandList() const { return m_brands; }
    QComboBox* modeBox() const { return m_mode; }

    // The supplier's calendar day now: its folders are named after dates in Italy.
    static QDate supplierToday();

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    // Queue the chosen crawl for the workers (marketdesk-cli worker) instead of running it here.
    void queueRequested();

private:
    void browse();
    void updateEnabled();
    void filterBrands(const QString& text);

    QLineEdit* m_location;
    QLineEdit* m_user;
    QCheckBox* m_apiKey;
    QDateEdit* m_day;
    QComboBox* m_mode;
    QLineEdit* m_brandFilter;
    QListWidget* m_brands;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_queue;
    QProgressBar* m_bar;
    QLabel* m_progress;
    bool m_running = false;
    bool m_cancelling = false;
};

} // namespace md::ui
