// SPDX-License-Identifier: MIT
// coroscope serve: the loopback demo server alone, for curl, a browser or the tutorial's Python.

#include "commands.h"

#include "demo_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace coroscope::cli {


int serve_command(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Runs the loopback demo server alone (127.0.0.1 only) until killed, and prints its base URL.\n"
        "Routes: /search?q=<word>, /delay/<ms>, /bytes/<n>, /status/<code>, /redirect/<n>, /drop, /hang."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("port"), QCoreApplication::translate("cli", "Port to listen on (default: a free one)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("latency-ms"), QCoreApplication::translate("cli", "Base latency of a /search page (default 200)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("speed"), QCoreApplication::translate("cli", "Speed factor: every delay is divided by it (default 1)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("hosts"),
                      QCoreApplication::translate("cli", "Also listen on 127.0.0.2 .. 127.0.0.<H> where the OS allows (default 1)."),
                      QStringLiteral("H")});
    if (!parser.parse(QStringList{QStringLiteral("coroscope serve")} + arguments)) {
        print_error(QCoreApplication::translate("cli", "serve: %1 (see coroscope serve --help)").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print_help(parser, QStringLiteral("coroscope serve [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print_error(QCoreApplication::translate("cli", "serve: unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return 2;
    }
    demo::DemoServerOptions options;
    qint64 port = 0, latency = options.latency.count(), hosts = 1;
    if (!read_int(QStringLiteral("serve"), parser, QStringLiteral("port"), 1, 65535, port)
        || !read_int(QStringLiteral("serve"), parser, QStringLiteral("latency-ms"), 0, options.limits.max_delay.count(), latency)
        || !read_int(QStringLiteral("serve"), parser, QStringLiteral("hosts"), 1, 64, hosts))
        return 2;
    if (parser.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || !(speed >= 0.01 && speed <= 100)) {
            print_error(QCoreApplication::translate("cli", "serve: --speed must be a number from 0.01 to 100, got '%1'").arg(parser.value(QStringLiteral("speed"))));
            return 2;
        }
        options.speed = speed;
    }
    options.port = quint16(port);
    options.latency = std::chrono::milliseconds(latency);
    options.hosts = int(hosts);

    demo::DemoServer server(options);
    if (!server.start()) {
        print_error(QStringLiteral("serve: %1").arg(server.error_string()));
        return 1;
    }
    // The first line is for scripts too (they read the URL from it): it is the same in every language.
    std::printf("Coroscope demo server listening on %s\n", qPrintable(server.base_url().toString()));
    QString more;
    for (int i = 1; i < server.hosts().size(); ++i)
        more += QCoreApplication::translate("cli", "  also on %1\n").arg(server.base_url(i).toString());
    if (server.hosts().size() < options.hosts)
        more += QCoreApplication::translate("cli", "  (this OS refused %1 of the extra loopback addresses)\n")
                    .arg(options.hosts - server.hosts().size());
    more += QCoreApplication::translate("cli", "Try: curl -s '%1' | wc -c\nStop with Ctrl+C.\n")
                .arg(server.page_url(QStringLiteral("apple")).toString());
    std::fputs(more.toUtf8().constData(), stdout);
    std::fflush(stdout); // the URL must reach a pipe (a test, a script) now, not at exit
    return QCoreApplication::exec();
}

} // namespace coroscope::cli
