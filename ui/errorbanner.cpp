#include "ui/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace md::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::clear);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::showError(const md::Error& error)
{
    showText(error.message, error.detail, false);
}

void ErrorBanner::showWarning(const QString& text)
{
    showText(text, {}, true);
}

void ErrorBanner::showText(const QString& text, const QString& detail, bool warning)
{
    setStyleSheet(warning ? u"#errorBanner { background: #fff4ce; border: 1px solid #e0b400; }"_s
                          : u"#errorBanner { background: #fde7e9; border: 1px solid #c50f1f; }"_s);
    m_label->setText(text);
    m_label->setToolTip(detail);
    show();
}

void ErrorBanner::clear()
{
    m_label->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

} // namespace md::ui
