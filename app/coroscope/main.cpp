// SPDX-License-Identifier: MIT
// coroscope: the window, or a headless command (list, run, gather, serve, trace-python).

#include "cli/commands.h"
#include "gui/gui.h"
#include "language.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstring>
#include <map>
#include <string>

namespace {

using Command = int (*)(const QStringList &);

const std::map<std::string, Command> &commands()
{
    static const std::map<std::string, Command> table{
        {"list", &coroscope::cli::list_command},
        {"run", &coroscope::cli::run_command},
        {"gather", &coroscope::cli::gather_command},
        {"serve", &coroscope::cli::serve_command},
        {"trace-python", &coroscope::cli::trace_python_command},
    };
    return table;
}

void print_usage(FILE *to)
{
    // The command lines themselves are not translated; what they do is.
    const QString text = QCoreApplication::translate("cli",
                                                     "Usage:\n"
                                                     "  coroscope                              open the window\n"
                                                     "  coroscope --open FILE [--playhead S]   open a saved trace in the window at a moment\n"
                                                     "  coroscope list                         scenario ids and titles\n"
                                                     "  coroscope run ID [--json] [--trace F] [--speed X] [--virtual-time]\n"
                                                     "  coroscope gather [--pages N] [--latency-ms L] [--url U ...] [--json]\n"
                                                     "  coroscope serve [--port P]             the loopback demo server alone\n"
                                                     "  coroscope trace-python [--out F] [--map-url PREFIX=URL] [--timeout S] SCRIPT [ARGS...]\n"
                                                     "                                         trace an asyncio script run by CPython\n"
                                                     "Each command takes --help.\n");
    std::fputs(text.toUtf8().constData(), to);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] != '-') {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("coroscope"));
        coroscope::install_cli_translations();
        const auto it = commands().find(argv[1]);
        if (it == commands().end()) {
            coroscope::cli::print_error(
                QCoreApplication::translate("cli", "unknown command '%1'").arg(QString::fromLocal8Bit(argv[1])));
            print_usage(stderr);
            return 2;
        }
        return it->second(QCoreApplication::arguments().mid(2));
    }
    if (argc > 1 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
        QCoreApplication app(argc, argv);
        coroscope::install_cli_translations();
        print_usage(stdout);
        return 0;
    }
    return coroscope::gui::run(argc, argv);
}
