// SPDX-License-Identifier: MIT
#include "commands.h"

#include <QCoreApplication>
#include <cstdio>

namespace coroscope::cli {

void print_error(const QString &message)
{
    std::fprintf(stderr, "coroscope: %s\n", message.toUtf8().constData());
}

void print_help(const QCommandLineParser &parser, const QString &usage)
{
    const QString help = parser.helpText();
    const QString rest = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
    std::fputs((QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(usage) + u'\n' + rest).toUtf8().constData(),
               stdout);
}

bool read_int(const QString &command, const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
              qint64 &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        print_error(QCoreApplication::translate("cli", "%1: --%2 must be a whole number from %3 to %4, got '%5'")
                        .arg(command, name)
                        .arg(min)
                        .arg(max)
                        .arg(text));
        return false;
    }
    out = value;
    return true;
}

} // namespace coroscope::cli
