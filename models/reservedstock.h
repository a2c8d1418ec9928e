#pragma once

#include <QBrush>
#include <QColor>

namespace md::models {

// The background of a row whose stock open orders partly hold (sellable < stock). Translucent, so that it tints
// the light and the dark palettes alike and alternating rows stay apart.
inline QBrush reservedStockBrush()
{
    return QBrush(QColor(255, 170, 0, 56));
}

} // namespace md::models
