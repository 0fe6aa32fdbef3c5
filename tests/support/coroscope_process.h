// SPDX-License-Identifier: MIT
#pragma once
// Runs the real coroscope binary (COROSCOPE_BINARY, set by the test's CMake) as a user would,
// for the command-line suites.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace coroscope_process {

struct Outcome
{
    int exit_code = -1; ///< -1 when it crashed or did not finish
    QString out;
    QString err;
};

inline Outcome coroscope(const QStringList &arguments, int timeout_ms = 60000)
{
    QProcess process;
    process.start(QStringLiteral(COROSCOPE_BINARY), arguments);
    Outcome outcome;
    if (!process.waitForFinished(timeout_ms)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("(did not finish)");
        return outcome;
    }
    outcome.exit_code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace coroscope_process
