#pragma once

#include <QCoreApplication>

namespace md::control {

// The control API's messages (JSON error messages, worker output) in context "md::control".
inline QString tr(const char* text)
{
    return QCoreApplication::translate("md::control", text);
}

} // namespace md::control
