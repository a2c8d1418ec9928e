#include "ui/orders/orderschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace md::ui {

OrdersChart::OrdersChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(tr("No orders in this range."), this))
{
    setObjectName(u"ordersChart"_s);
    m_chart->setTitle(tr("Orders per day and platform"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    m_empty->hide();
}

void OrdersChart::setCounts(const QList<models::DayCount>& counts)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);

    // Every day of the range gets a category, also days without orders, so that gaps show as gaps.
    QMap<QString, QMap<QDate, int>> byPlatform;
    QDate first;
    QDate last;
    m_total = 0;
    for (const auto& c : counts) {
        if (!c.day.isValid())
            continue;
        byPlatform[c.platform][c.day] += c.orders;
        first = first.isValid() ? std::min(first, c.day) : c.day;
        last = last.isValid() ? std::max(last, c.day) : c.day;
        m_total += c.orders;
    }
    m_platforms = int(byPlatform.size());
    m_days = first.isValid() ? int(first.daysTo(last)) + 1 : 0;
    m_empty->setVisible(m_days == 0);
    m_view->setVisible(m_days > 0);
    if (m_days == 0)
        return;

    QStringList categories;
    for (QDate d = first; d <= last; d = d.addDays(1))
        categories << d.toString(u"MM-dd"_s);
    auto* series = new QStackedBarSeries;
    int peak = 0;
    QList<int> perDay(m_days, 0);
    for (auto it = byPlatform.cbegin(); it != byPlatform.cend(); ++it) {
        auto* set = new QBarSet(it.key());
        int i = 0;
        for (QDate d = first; d <= last; d = d.addDays(1), ++i) {
            const int n = it.value().value(d);
            *set << n;
            perDay[i] += n;
        }
        series->append(set);
    }
    for (int n : std::as_const(perDay))
        peak = std::max(peak, n);
    m_chart->addSeries(series);
    auto* days = new QBarCategoryAxis;
    days->append(categories);
    m_chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    auto* values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    values->setRange(0, std::max(1, peak));
    values->applyNiceNumbers();
    values->setTitleText(tr("Orders"));
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

} // namespace md::ui
