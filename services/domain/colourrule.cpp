#include "services/domain/colourrule.h"

namespace md {

bool isColourCode(QStringView value)
{
    const qsizetype n = value.size();
    if (n < 4 || n > 8)
        return false;
    bool digit = false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            digit = true;
        else if (!((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')))
            return false;
    }
    return digit;
}

ColourChoice chooseColour(const QString& description, const QString& manufacturer, const QString& supplier,
    const QString& codeField, const QHash<QString, QString>& codeTable)
{
    for (const QString* name : { &description, &manufacturer, &supplier }) {
        if (!name->isEmpty() && !isColourCode(*name))
            return { *name, {}, false };
    }
    if (!codeTable.isEmpty()) {
        for (const QString* code : { &description, &manufacturer, &supplier, &codeField }) {
            if (code->isEmpty())
                continue;
            const auto it = codeTable.constFind(*code);
            if (it != codeTable.cend() && !it->isEmpty()) // a code without a name yet is still unresolved
                return { *it, *code, false };
        }
    }
    for (const QString* raw : { &supplier, &codeField, &manufacturer, &description }) {
        if (!raw->isEmpty())
            return { *raw, *raw, true };
    }
    return {};
}

} // namespace md
