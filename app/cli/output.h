#pragma once

#include "services/domain/error.h"

#include <QJsonObject>
#include <QString>

namespace md::cli {

// Exit codes of every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitLockHeld = 3,
};

void printOut(const QString& text); // stdout, UTF-8, newline added
void printErr(const QString& text); // stderr, UTF-8, newline added
void printJson(const QJsonObject& object); // one compact object on one line
// Prints an error to stderr (and its detail) and returns the exit code that fits it.
int fail(const Error& error);
int usage(const QString& message, const QString& help);
// A message of the CLI in the user's language (context "md::cli", where lupdate files the commands' tr() calls).
QString tr(const char* text);

} // namespace md::cli
