#pragma once

#include "models/orderquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace md::ui {

// Date range (Korean days), platform, account, status and a search over order number, buyer and receiver.
// Every change is debounced (300 ms), so a query runs once the user pauses.
class OrderFilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    explicit OrderFilterBar(QWidget* parent = nullptr);

    models::OrderFilter filter() const;
    void setFacets(const models::OrderFacets& facets);
    // Shows every date (no range) or the last `days` days up to today.
    void setAllDates(bool all);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* platformBox() const { return m_platform; }
    QComboBox* accountBox() const { return m_account; }
    QComboBox* statusBox() const { return m_status; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* rangeCheck() const { return m_range; }

Q_SIGNALS:
    void filterChanged(const md::models::OrderFilter& filter);

private:
    void emitNow();
    static void fill(QComboBox* box, const QString& allText, const QList<QPair<QVariant, QString>>& values);

    QCheckBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_platform;
    QComboBox* m_account;
    QComboBox* m_status;
    QLineEdit* m_search;
    QTimer* m_debounce;
    models::OrderFilter m_last;
};

} // namespace md::ui
