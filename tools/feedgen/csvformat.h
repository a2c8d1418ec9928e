#pragma once

#include <QByteArray>
#include <QString>

// How the supplier's ERP writes values: `;` CSV with quotes only where needed, Italian numbers and dates,
// and Windows-1252 for some files (QStringConverter has no Windows-1252 encoder in Qt 6.4).
namespace md::feedgen {

// Appends one field, quoted (with doubled quotes) only when it holds `;`, `"`, CR or LF.
void appendCsvField(QString& line, QStringView field);

// 123450 cents → "1.234,50" (thousandsDot) or "1234,50".
QString formatEuroCents(qint64 cents, bool thousandsDot);

// A value of one token of 4–8 letters and digits with at least one digit: the reference's colour-code rule.
bool isColourCode(QStringView value);

// Windows-1252 bytes; characters it cannot hold become '?'.
QByteArray toWindows1252(QStringView text);

// The EAN-13 check digit for 12 digits.
int ean13CheckDigit(QStringView twelveDigits);

} // namespace md::feedgen
