#pragma once

#include "models/productquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace md::ui {

// Search text, brand, category, platform and visibility. Typing is debounced (300 ms) so that a query runs
// once the user pauses, not per key; choosing from a list applies at once.
class ProductFilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    explicit ProductFilterBar(QWidget* parent = nullptr);

    models::ProductFilter filter() const;
    void setFacets(const models::ProductFacets& facets);
    void focusSearch();
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* brandBox() const { return m_brand; }
    QComboBox* visibilityBox() const { return m_visibility; }

Q_SIGNALS:
    void filterChanged(const md::models::ProductFilter& filter);

private:
    void emitNow();
    static void fill(QComboBox* box, const QString& allText, const QStringList& values);

    QLineEdit* m_search;
    QComboBox* m_brand;
    QComboBox* m_category;
    QComboBox* m_platform;
    QComboBox* m_visibility;
    QTimer* m_debounce;
    models::ProductFilter m_last;
};

} // namespace md::ui
