#pragma once

#include "services/domain/error.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace md::ui {

// The one way the UI shows a failure: an inline banner above the content, with the reason and, on hover,
// the technical detail. Never a modal dialog for something the user did not just ask for.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const md::Error& error);
    void showWarning(const QString& text);
    void clear();
    QString text() const;

private:
    void showText(const QString& text, const QString& detail, bool warning);

    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace md::ui
