#pragma once

#include <QHash>
#include <QString>

namespace md {

// True when a (trimmed) colour value is a supplier code rather than a name: one token of 4–8 ASCII
// letters and digits with at least one digit ("A1192", "F0UU0", "0001"). Names: "Nero", "Blu navy",
// "BLACK"; also short or long digit strings such as "001" or "123456789", which the rule leaves as names.
bool isColourCode(QStringView value);

// The colour chosen for one variant.
struct ColourChoice {
    QString colour; // the display colour: a name from the row or the table, else the raw code
    QString code; // the code the colour was found by in the table, or the raw code when unresolved; empty for a name
    bool unresolved = false; // every candidate was a code (or empty) and none is in the table
};

// The G&B colour rule (reference/gnb-feed.md "Choosing the colour"), on trimmed field values:
// 1. the first of description (DescrizioneColore), manufacturer (ColoreFornitore), supplier (Colore)
//    that is non-empty and not a code is the colour;
// 2. otherwise the first of description, manufacturer, supplier, codeField (CodiceColore) that is a key
//    of codeTable (code → name, exact match, non-empty name) gives the colour, and code = that key;
// 3. otherwise colour = code = the first non-empty of supplier, codeField, manufacturer, description,
//    unresolved = true; when all four are empty the result is empty and not unresolved.
ColourChoice chooseColour(const QString& description, const QString& manufacturer, const QString& supplier,
    const QString& codeField, const QHash<QString, QString>& codeTable);

} // namespace md
