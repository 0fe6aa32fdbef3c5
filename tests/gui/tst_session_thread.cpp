// SPDX-License-Identifier: MIT
// The window's runs live on threads of their own: the GUI thread keeps its pace while a step
// blocks the loop, Run gather and a scenario run at once, and the window records the very trace
// the command line records; quitting mid-run ends the process.
#include "compare_controller.h"
#include "coroscope_process.h"
#include "scenario_catalog.h"
#include "session.h"
#include "timeline_model.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coroscope;
using namespace coroscope::ui;

namespace {

/// The longest gap between the ticks of a 10 ms GUI-thread timer while `done` is false (-1
/// when it did not become true in time).
qint64 longest_tick_gap(const std::function<bool()> &done, int timeout_ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(10);
    while (!done()) {
        if (clock.elapsed() > timeout_ms)
            return -1;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return longest;
}

QJsonArray trace_events(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("traceEvents")).toArray();
}

} // namespace

class SessionThreadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Session::instance()->setScenarios(all_scenarios());
    }

    void the_window_keeps_its_pace_while_the_loop_burns_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("0.25x") << 0.25;
    }
    void the_window_keeps_its_pace_while_the_loop_burns()
    {
        QFETCH(double, speed);
        Session *session = Session::instance();
        session->reset();
        session->selectScenario(QStringLiteral("future-task"));
        session->setSpeed(speed);
        session->run();
        // While main burns the CPU on the loop's thread, its running bar grows with the clock.
        std::int64_t burn_seen_at = -1, burn_grown_to = -1;
        QObject::connect(session, &Session::statusChanged, session, [&] {
            const Lane *main = session->timeline()->lane(1);
            if (!main || main->segments.empty() || main->segments.back().state != LaneState::Running)
                return;
            const std::int64_t open_for = session->timeline()->now() - main->segments.back().start;
            if (open_for > 50'000'000 && burn_seen_at < 0)
                burn_seen_at = open_for;
            burn_grown_to = std::max(burn_grown_to, open_for);
        });
        const qint64 gap = longest_tick_gap([&] { return session->loopState() == QLatin1String("finished"); }, int(20000 / speed));
        QObject::disconnect(session, &Session::statusChanged, session, nullptr);
        QVERIFY2(gap >= 0, "the run did not finish");
        // Were the burn on the GUI thread, the window would stall for all of it (1.4 s of loop
        // time, 5.6 s at 0.25x); 250 ms leaves room for a loaded 2-core machine's scheduling.
        QVERIFY2(gap < 250, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(gap)));
        QVERIFY2(burn_seen_at > 0 && burn_grown_to > burn_seen_at + 50'000'000,
                 qPrintable(QStringLiteral("the blocked step was not shown growing (%1 -> %2 ns)").arg(burn_seen_at).arg(burn_grown_to)));
        // Its loop time does not depend on the speed: 1.4 s (10 % + 20 ms for a real clock).
        QVERIFY2(std::abs(session->now() - 1.4) < 0.16, qPrintable(QString::number(session->now())));
        session->setSpeed(1);
    }

    void run_gather_and_a_scenario_run_at_once()
    {
        Session *session = Session::instance();
        session->reset();
        session->selectScenario(QStringLiteral("gather-order"));
        session->setSpeed(0.25); // 1.2 s of wall time
        CompareController compare;
        compare.setProperty("pages", 6);
        compare.setProperty("latencyMs", 100);
        QSignalSpy gathered(&compare, &CompareController::finished);
        session->run();
        compare.runGather();
        QVERIFY(compare.running());
        QTRY_COMPARE_WITH_TIMEOUT(session->loopState(), QStringLiteral("finished"), 20000);
        QVERIFY(gathered.count() == 1 || gathered.wait(30000));
        QCOMPARE(session->console()->text(), QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n"));
        QVERIFY2(compare.speedup() > 2.0, qPrintable(compare.status()));
        QCOMPARE(compare.history()->rowCount(), 1);
        session->setSpeed(1);
    }

    void the_window_records_the_trace_the_command_line_records()
    {
        QTemporaryDir dir;
        const QString cli_trace = dir.filePath(QStringLiteral("cli.json"));
        const auto cli = coroscope_process::coroscope({QStringLiteral("run"), QStringLiteral("gather-order"),
                                                       QStringLiteral("--virtual-time"), QStringLiteral("--trace"), cli_trace});
        QCOMPARE(cli.exit_code, 0);

        Session *session = Session::instance();
        session->reset();
        session->selectScenario(QStringLiteral("gather-order"));
        session->setSpeed(0); // the virtual clock, as --virtual-time
        session->run();
        QTRY_COMPARE_WITH_TIMEOUT(session->loopState(), QStringLiteral("finished"), 10000);
        const QString window_trace = dir.filePath(QStringLiteral("window.json"));
        QCOMPARE(session->exportTrace(window_trace), QString());

        QFile a(cli_trace), b(window_trace);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QJsonArray from_cli = trace_events(a.readAll());
        const QJsonArray from_window = trace_events(b.readAll());
        QVERIFY(from_cli.size() > 20);
        QCOMPARE(from_window.size(), from_cli.size());
        for (qsizetype i = 0; i < from_cli.size(); ++i)
            QCOMPARE(QJsonDocument(from_window[i].toObject()).toJson(QJsonDocument::Compact),
                     QJsonDocument(from_cli[i].toObject()).toJson(QJsonDocument::Compact));
        session->setSpeed(1);
    }

    // Quitting with a run in progress (here: paused mid-sleep, as --wait-ms leaves it) ends the
    // process: the run's thread takes its stop command while the application still delivers
    // events (after it, the command never arrived and the process hung in the run's join).
    void quitting_during_a_run_ends_the_process()
    {
        QTemporaryDir dir;
        const auto outcome = coroscope_process::coroscope(
            {QStringLiteral("--scenario"), QStringLiteral("future-task"), QStringLiteral("--param"), QStringLiteral("sleep=3600"),
             QStringLiteral("--run"), QStringLiteral("--wait-ms"), QStringLiteral("50"), QStringLiteral("--size"), QStringLiteral("800x600"),
             QStringLiteral("--offscreen-screenshot"), dir.filePath(QStringLiteral("mid-run.png"))},
            30000);
        QVERIFY2(outcome.exit_code == 0, qPrintable(outcome.err));
    }

    // hello can end within Session::run() itself (its run thread finishes before the first
    // flush): the screenshot mode waited for a `finished` it connected to only afterwards, and
    // hung in about half the starts on a loaded machine. Ten starts in a row must all save it.
    void a_run_that_ends_at_once_still_gets_its_screenshot()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 10; ++i) {
            const QString png = dir.filePath(QStringLiteral("hello-%1.png").arg(i));
            const auto outcome = coroscope_process::coroscope(
                {QStringLiteral("--scenario"), QStringLiteral("hello"), QStringLiteral("--run"), QStringLiteral("--size"),
                 QStringLiteral("800x600"), QStringLiteral("--offscreen-screenshot"), png},
                20000);
            QVERIFY2(outcome.exit_code == 0, qPrintable(QStringLiteral("start %1: exit %2 %3").arg(i).arg(outcome.exit_code).arg(outcome.err)));
            QVERIFY2(QFileInfo(png).size() > 0, qPrintable(png));
        }
    }
};

QTEST_MAIN(SessionThreadTest)
#include "tst_session_thread.moc"
