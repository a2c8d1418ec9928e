#pragma once

#include "models/ordersperday.h"

#include <QWidget>

class QLabel;

class QChart;
class QChartView;

namespace md::ui {

// Orders per Korean day, one stacked bar set per platform, over the Orders page's filter.
class OrdersChart : public QWidget {
    Q_OBJECT
public:
    explicit OrdersChart(QWidget* parent = nullptr);

    void setCounts(const QList<models::DayCount>& counts);
    // What the chart shows now: bar sets (platforms), categories (days) and the orders counted.
    int seriesCount() const { return m_platforms; }
    int dayCount() const { return m_days; }
    int total() const { return m_total; }
    QChart* chart() const { return m_chart; }

private:
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_empty;
    int m_platforms = 0;
    int m_days = 0;
    int m_total = 0;
};

} // namespace md::ui
