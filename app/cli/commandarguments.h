#pragma once

#include "app/cli/cli.h"

#include <QCommandLineParser>
#include <optional>

namespace md::cli {

// Parses a command's arguments (the parser has its options and help option): --help prints the help (exit 0); an
// unknown option, a missing value or a wrong number of positional arguments is a usage error (exit 2). Returns the
// exit code when the command is done, nothing when it goes on. `whenMissing` says what to give when positional
// arguments are missing; `whenUnexpected` replaces "unexpected argument "…"" (which echoes the argument).
std::optional<int> parseCommandArguments(QCommandLineParser& parser, const Cli& cli, qsizetype positionals = 0,
    const QString& whenMissing = {}, const QString& whenUnexpected = {});

} // namespace md::cli
