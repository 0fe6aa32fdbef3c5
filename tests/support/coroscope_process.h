// SPDX-License-Identifier: MIT
#pragma once
// Runs the real coroscope binary (COROSCOPE_BINARY, set by the test's CMake) as a user would,
// for the command-line suites. It speaks the system's language, so the suites say which: English
// (the C locale) unless a test asks for another.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace coroscope_process {

struct Outcome
{
    int exit_code = -1; ///< -1 when it crashed or did not finish
    QString out;
    QString err;
};

/// Runs coroscope with `arguments` in `locale` (e.g. "ko_KR.UTF-8", set as LC_ALL and LANG).
inline Outcome coroscope_in(const QString &locale, const QStringList &arguments, int timeout_ms = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
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

/// Runs coroscope with `arguments` in English.
inline Outcome coroscope(const QStringList &arguments, int timeout_ms = 60000)
{
    return coroscope_in(QStringLiteral("C.UTF-8"), arguments, timeout_ms);
}

} // namespace coroscope_process
