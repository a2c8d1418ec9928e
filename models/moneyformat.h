#pragma once

#include <QLocale>
#include <QString>
#include <QVariant>

namespace md::models {

// Money as people read it in `locale`: KRW and JPY without decimals, EUR and others with two.
// An unknown (null) amount is an empty string, not zero.
QString formatMoney(const QVariant& amount, const QString& currency, const QLocale& locale = QLocale());

// Decimal places the currency is shown with.
int currencyDecimals(const QString& currency);

} // namespace md::models
