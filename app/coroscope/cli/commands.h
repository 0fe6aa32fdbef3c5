// SPDX-License-Identifier: MIT
#pragma once
// The command line's subcommands. Each takes the arguments after its name and returns the
// process exit code (0 on success; 1 for a failed run; 2 for bad input).

#include <QCommandLineParser>
#include <QStringList>

namespace coroscope::cli {

int list_command(const QStringList &arguments);
int run_command(const QStringList &arguments);
int gather_command(const QStringList &arguments);
int serve_command(const QStringList &arguments);
int trace_python_command(const QStringList &arguments);

/// Prints "coroscope: <message>" to stderr.
void print_error(const QString &message);

/// Prints `parser`'s help to stdout with the usage line `usage` (e.g. "coroscope serve [options]")
/// in place of Qt's, which names argv[0].
void print_help(const QCommandLineParser &parser, const QString &usage);

/// Reads option --`name` as a whole number in [min, max] into `out` (left alone when the option
/// is absent); on a bad value prints "<command>: --<name> must be ..." and returns false.
bool read_int(const QString &command, const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
              qint64 &out);

} // namespace coroscope::cli
