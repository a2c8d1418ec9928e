#include "app/cli/output.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace md::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("md::cli", text);
}

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

int fail(const Error& error)
{
    printErr(QCoreApplication::translate("md::cli", "error: %1").arg(error.message));
    if (!error.detail.isEmpty())
        printErr(QCoreApplication::translate("md::cli", "  detail: %1").arg(error.detail));
    return error.code == ErrorCode::LockHeld ? ExitLockHeld : ExitFailed;
}

int usage(const QString& message, const QString& help)
{
    if (!message.isEmpty())
        printErr(QCoreApplication::translate("md::cli", "error: %1").arg(message));
    printErr(help);
    return ExitUsage;
}

} // namespace md::cli
