#include "tools/feedgen/csvformat.h"

namespace md::feedgen {

using namespace Qt::StringLiterals;

void appendCsvField(QString& line, QStringView field)
{
    bool needsQuotes = false;
    for (QChar c : field) {
        if (c == u';' || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        line.append(field);
        return;
    }
    line.append(u'"');
    for (QChar c : field) {
        if (c == u'"')
            line.append(u'"');
        line.append(c);
    }
    line.append(u'"');
}

QString formatEuroCents(qint64 cents, bool thousandsDot)
{
    const bool negative = cents < 0;
    if (negative)
        cents = -cents;
    const QString euros = QString::number(cents / 100);
    QString out;
    out.reserve(euros.size() + 6);
    if (negative)
        out.append(u'-');
    for (qsizetype i = 0; i < euros.size(); ++i) {
        if (thousandsDot && i > 0 && (euros.size() - i) % 3 == 0)
            out.append(u'.');
        out.append(euros.at(i));
    }
    out.append(u',');
    const int rest = int(cents % 100);
    out.append(QChar(u'0' + rest / 10));
    out.append(QChar(u'0' + rest % 10));
    return out;
}

bool isColourCode(QStringView value)
{
    if (value.size() < 4 || value.size() > 8)
        return false;
    bool digit = false;
    for (QChar c : value) {
        if (c.isDigit())
            digit = true;
        else if (!(c.isLetter() && c.unicode() < 128))
            return false;
    }
    return digit;
}

QByteArray toWindows1252(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        // The 0x80–0x9F block of Windows-1252 that differs from Latin-1, for the characters Italian text uses.
        switch (u) {
        case 0x20AC:
            out.append(char(0x80)); // €
            break;
        case 0x2018:
            out.append(char(0x91));
            break;
        case 0x2019:
            out.append(char(0x92));
            break;
        case 0x201C:
            out.append(char(0x93));
            break;
        case 0x201D:
            out.append(char(0x94));
            break;
        case 0x2013:
            out.append(char(0x96));
            break;
        case 0x2014:
            out.append(char(0x97));
            break;
        case 0x2026:
            out.append(char(0x85));
            break;
        default:
            out.append('?');
        }
    }
    return out;
}

int ean13CheckDigit(QStringView twelveDigits)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelveDigits.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

} // namespace md::feedgen
