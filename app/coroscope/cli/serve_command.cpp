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
    parser.setApplicationDescription(QStringLiteral(
        "Runs the loopback demo server alone (127.0.0.1 only) until killed, and prints its base URL.\n"
        "Routes: /search?q=<word>, /delay/<ms>, /bytes/<n>, /status/<code>, /redirect/<n>, /drop, /hang."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (default: a free one)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("Base latency of a /search page (default 200)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("speed"), QStringLiteral("Speed factor: every delay is divided by it (default 1)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("hosts"),
                      QStringLiteral("Also listen on 127.0.0.2 .. 127.0.0.<H> where the OS allows (default 1)."),
                      QStringLiteral("H")});
    if (!parser.parse(QStringList{QStringLiteral("coroscope serve")} + arguments)) {
        print_error(QStringLiteral("serve: %1 (see coroscope serve --help)").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names argv[0]; the first line is ours.
        const QString help = parser.helpText();
        std::printf("Usage: coroscope serve [options]\n%s", qPrintable(help.mid(help.indexOf(QLatin1Char('\n')) + 1)));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print_error(QStringLiteral("serve: unexpected argument '%1'").arg(parser.positionalArguments().first()));
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
            print_error(QStringLiteral("serve: --speed must be a number from 0.01 to 100, got '%1'").arg(parser.value(QStringLiteral("speed"))));
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
    std::printf("Coroscope demo server listening on %s\n", qPrintable(server.base_url().toString()));
    for (int i = 1; i < server.hosts().size(); ++i)
        std::printf("  also on %s\n", qPrintable(server.base_url(i).toString()));
    if (server.hosts().size() < options.hosts)
        std::printf("  (this OS refused %d of the extra loopback addresses)\n", int(options.hosts - server.hosts().size()));
    std::printf("Try: curl -s '%s' | wc -c\nStop with Ctrl+C.\n",
                qPrintable(server.page_url(QStringLiteral("apple")).toString()));
    std::fflush(stdout); // the URL must reach a pipe (a test, a script) now, not at exit
    return QCoreApplication::exec();
}

} // namespace coroscope::cli
