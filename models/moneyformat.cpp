#include "models/moneyformat.h"

using namespace Qt::StringLiterals;

namespace md::models {

int currencyDecimals(const QString& currency)
{
    const QString code = currency.toUpper();
    return code == u"KRW"_s || code == u"JPY"_s ? 0 : 2;
}

QString formatMoney(const QVariant& amount, const QString& currency, const QLocale& locale)
{
    if (amount.isNull())
        return {};
    bool ok = false;
    const double value = amount.toString().toDouble(&ok);
    if (!ok)
        return {};
    const QString code = currency.toUpper();
    QString symbol;
    if (code == u"KRW"_s)
        symbol = u"₩"_s;
    else if (code == u"EUR"_s)
        symbol = u"€"_s;
    else if (code == u"JPY"_s)
        symbol = u"¥"_s;
    else if (code == u"USD"_s)
        symbol = u"$"_s;
    else
        symbol = code.isEmpty() ? QString() : code + u' ';
    return locale.toCurrencyString(value, symbol, currencyDecimals(code));
}

} // namespace md::models
