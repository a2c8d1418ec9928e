#include "services/marketplaces/common/order.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

QString centsToDecimal(Cents value)
{
    const bool negative = value < 0;
    const quint64 abs = negative ? quint64(-value) : quint64(value);
    return (negative ? u"-"_s : QString()) + QString::number(abs / 100) + u'.'
        + QString::number(abs % 100).rightJustified(2, u'0');
}

std::optional<Cents> decimalToCents(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(-?)(\\d+)(?:\\.(\\d{1,2})\\d*)?\\s*$"_s);
    QString plain = text;
    plain.remove(u',');
    const auto m = pattern.match(plain);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 whole = m.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString frac = m.captured(3).leftJustified(2, u'0');
    const Cents value = whole * 100 + frac.toLongLong();
    return m.captured(1).isEmpty() ? value : -value;
}

} // namespace md::marketplaces
