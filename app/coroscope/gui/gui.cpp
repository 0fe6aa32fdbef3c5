// SPDX-License-Identifier: MIT
#include "gui.h"

#include "language.h"

#include "preferences.h"
#include "scenario_catalog.h"
#include "session.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <cmath>
#include <cstdio>

namespace coroscope::gui {

namespace {

struct Options
{
    QString screenshot;  ///< grab the window into this PNG, then quit
    QString scenario;    ///< select this scenario first
    QStringList params;  ///< KEY=VALUE settings of its parameters
    bool run = false;    ///< run it (the screenshot waits until it finishes or --wait-ms passes)
    int wait_ms = 0;     ///< with --run: pause after this many ms of real time
    qulonglong select = 0;
    bool compare = false; ///< show the Compare view and press Run gather
    QSize size;
    QString open;         ///< open this saved trace at start
    double playhead = -1; ///< then (or when the run is over) put the window at this moment
};

bool parse(const QStringList &arguments, Options &o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Coroscope: asyncio's event loop, visible."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("offscreen-screenshot"), QCoreApplication::translate("cli", "Save a screenshot of the window to FILE and quit."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("scenario"), QCoreApplication::translate("cli", "Select scenario ID at start."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("param"), QCoreApplication::translate("cli", "Set a parameter of the --scenario (repeatable); 'coroscope run ID --help' lists them."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("run"), QCoreApplication::translate("cli", "Run the selected scenario at start.")});
    parser.addOption({QStringLiteral("wait-ms"), QCoreApplication::translate("cli", "With --run: pause after MS of real time (default: until it finishes)."), QStringLiteral("MS")});
    parser.addOption({QStringLiteral("select-task"), QCoreApplication::translate("cli", "Select task ID on the timeline."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("compare"), QCoreApplication::translate("cli", "Open the Compare view and press Run gather.")});
    parser.addOption({QStringLiteral("size"), QCoreApplication::translate("cli", "Window size, e.g. 1440x900."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("open"), QCoreApplication::translate("cli", "Open a trace saved by Export trace or 'coroscope run ID --trace FILE'."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("playhead"),
                      QCoreApplication::translate("cli", "Show the run at loop time SECONDS (after --open, or once --run is over or paused by --wait-ms)."),
                      QStringLiteral("SECONDS")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "coroscope: %s\n", parser.errorText().toUtf8().constData());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        std::exit(0);
    }
    o.screenshot = parser.value(QStringLiteral("offscreen-screenshot"));
    if (o.screenshot.isEmpty())
        o.screenshot = qEnvironmentVariable("COROSCOPE_SCREENSHOT");
    o.scenario = parser.value(QStringLiteral("scenario"));
    o.params = parser.values(QStringLiteral("param"));
    if (!o.params.isEmpty() && o.scenario.isEmpty()) {
        std::fputs("coroscope: --param needs --scenario ID\n", stderr);
        return false;
    }
    o.run = parser.isSet(QStringLiteral("run"));
    o.wait_ms = parser.value(QStringLiteral("wait-ms")).toInt();
    o.select = parser.value(QStringLiteral("select-task")).toULongLong();
    o.compare = parser.isSet(QStringLiteral("compare"));
    if (const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x')); wh.size() == 2)
        o.size = QSize(wh[0].toInt(), wh[1].toInt());
    o.open = parser.value(QStringLiteral("open"));
    if (parser.isSet(QStringLiteral("playhead"))) {
        bool ok = false;
        o.playhead = parser.value(QStringLiteral("playhead")).toDouble(&ok);
        if (!ok || !std::isfinite(o.playhead) || o.playhead < 0) {
            std::fprintf(stderr, "coroscope: --playhead needs loop seconds (0 or more), got '%s'\n",
                         qPrintable(parser.value(QStringLiteral("playhead"))));
            return false;
        }
    }
    if (!o.open.isEmpty() && (o.run || !o.scenario.isEmpty() || o.compare)) {
        std::fputs("coroscope: --open shows a saved run: it cannot be combined with --scenario, --run or --compare\n", stderr);
        return false;
    }
    return true;
}

void restore_geometry(QQuickWindow *window)
{
    const QRect saved = QSettings().value(QStringLiteral("window/geometry")).toRect();
    if (!saved.isValid())
        return;
    // Only where a screen still shows it (a monitor may have gone since).
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->availableGeometry().intersects(saved)) {
            window->setGeometry(saved);
            return;
        }
}

void grab_and_quit(QQuickWindow *window, const QString &file)
{
    // Two frames after the last change, so what is grabbed is what was laid out.
    QTimer::singleShot(250, window, [window, file] {
        const QImage image = window->grabWindow();
        const bool saved = !image.isNull() && image.save(file);
        if (!saved)
            std::fprintf(stderr, "coroscope: %s\n",
                         QCoreApplication::translate("cli", "could not save the screenshot to %1").arg(file).toUtf8().constData());
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int run(int &argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("coroscope"));
    QGuiApplication::setOrganizationName(QStringLiteral("Coroscope"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Coroscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.coroscope.Coroscope")); // the installed launcher
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coroscope.svg")));
    // Fusion follows the desktop's palette (light or dark) and looks the same everywhere.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // The command line's help and errors; the window (and the catalogue in it) speaks the language Preferences chose.
    install_cli_translations(CatalogueTexts::LeaveToWindow);
    Options options;
    if (!parse(QGuiApplication::arguments(), options))
        return 2;

    auto *session = ui::Session::instance();
    session->setScenarios(all_scenarios());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral(":/"));
    ui::Preferences::instance()->apply_language(&engine); // the system's language, or the one chosen
    engine.load(QUrl(QStringLiteral("qrc:/Coroscope/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "coroscope: %s\n", QCoreApplication::translate("cli", "the window could not be loaded").toUtf8().constData());
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (options.size.isValid())
        window->resize(options.size);
    else if (options.screenshot.isEmpty())
        restore_geometry(window);
    QObject::connect(&app, &QGuiApplication::aboutToQuit, window, [window, session, &options] {
        if (!options.screenshot.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("window/geometry"), window->geometry());
        QSettings().setValue(QStringLiteral("session/scenario"), session->scenarioId());
    });

    if (!options.scenario.isEmpty()) {
        if (!session->scenarios()->find(options.scenario)) {
            std::fprintf(stderr, "coroscope: %s\n",
                         QCoreApplication::translate("cli", "unknown scenario '%1' (see 'coroscope list')")
                             .arg(options.scenario)
                             .toUtf8()
                             .constData());
            return 2;
        }
        session->selectScenario(options.scenario);
    } else {
        // Never an empty window: the scenario used last, or the tutorial's first.
        const QString last = QSettings().value(QStringLiteral("session/scenario")).toString();
        session->selectScenario(session->scenarios()->find(last) ? last : session->scenarios()->idAt(0));
    }
    for (const QString &assignment : options.params) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            std::fprintf(stderr, "coroscope: --param needs KEY=VALUE, got '%s'\n", qPrintable(assignment));
            return 2;
        }
        if (!session->parameters()->setValue(assignment.left(eq), assignment.mid(eq + 1))) {
            std::fprintf(stderr, "coroscope: %s\n", qPrintable(session->parameters()->error()));
            return 2;
        }
    }
    if (options.select)
        QObject::connect(session, &ui::Session::statusChanged, window,
                         [session, id = options.select] { session->setSelectedTask(id); });
    if (!options.open.isEmpty()) {
        const QString error = session->openTrace(options.open);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "coroscope: %s\n", qPrintable(error));
            return 2;
        }
        if (options.select)
            session->setSelectedTask(options.select);
    }
    // The moment to show: at once for an opened trace, after the run otherwise.
    const auto show_moment = [session, &options] {
        if (options.playhead >= 0)
            session->setPlayhead(options.playhead);
    };

    bool waiting_for_run = false;
    if (options.compare) {
        if (QObject *bar = window->findChild<QObject *>(QStringLiteral("controlBar")))
            bar->setProperty("viewIndex", 1);
        if (QObject *controller = window->findChild<QObject *>(QStringLiteral("compareController"))) {
            QMetaObject::invokeMethod(controller, "runGather");
            if (!options.screenshot.isEmpty()) {
                waiting_for_run = true;
                QTimer *poll = new QTimer(window);
                QObject::connect(poll, &QTimer::timeout, window, [controller, window, poll, file = options.screenshot] {
                    if (controller->property("running").toBool())
                        return;
                    poll->stop();
                    grab_and_quit(window, file);
                });
                poll->start(50);
            }
        }
    } else if (options.run) {
        // Connected before the run starts: a short run (hello) can finish within run() itself.
        if (!options.screenshot.isEmpty()) {
            waiting_for_run = true;
            if (options.wait_ms > 0) {
                QTimer::singleShot(options.wait_ms, window, [session, window, show_moment, file = options.screenshot] {
                    session->pause();
                    session->flush();
                    show_moment();
                    grab_and_quit(window, file);
                });
            } else {
                QObject::connect(session, &ui::Session::finished, window, [window, show_moment, file = options.screenshot] {
                    show_moment();
                    grab_and_quit(window, file);
                });
            }
        } else if (options.playhead >= 0) {
            QObject::connect(session, &ui::Session::finished, window, show_moment);
        }
        session->run();
    } else {
        show_moment();
    }
    if (!options.screenshot.isEmpty() && !waiting_for_run)
        grab_and_quit(window, options.screenshot);
    return QGuiApplication::exec();
}

} // namespace coroscope::gui
