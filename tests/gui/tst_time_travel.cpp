// SPDX-License-Identifier: MIT
// Time travel and saved runs, on the models behind the window: the whole window at a moment of a
// recorded run (every lane's segments and state, both listings' marks, the console, the task
// details, the status bar's counts) equals what the live run showed at that moment; stepping back
// and forward comes back to the same pictures; a replay at 0.25x shows the same sequence; an
// exported (or `coroscope run --trace`) trace opens to the same pictures; bad files are refused
// with a message and change nothing.

#include "coroscope_process.h"
#include "coro_test.h"
#include "recording.h"
#include "saved_run.h"
#include "scenario_catalog.h"
#include "session.h"

#include <coroscope/coroscope.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cmath>
#include <numeric>
#include <random>
#include <time.h>

using namespace coroscope;
using namespace coroscope::ui;

namespace {

/// QElapsedTimer's interface on the calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID).
class ThreadCpuTimer
{
public:
    void start() { m_start = now(); }
    void restart() { m_start = now(); }
    [[nodiscard]] qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    }
    qint64 m_start = 0;
};

QString segment_text(const Segment &s)
{
    return QStringLiteral("%1@%2-%3[%4|%5:%6|w%7 d%8]")
        .arg(TimelineModel::stateText(s.state))
        .arg(s.start)
        .arg(s.end)
        .arg(s.label, QFileInfo(QString::fromUtf8(s.file ? s.file : "")).fileName())
        .arg(s.line)
        .arg(int(s.wait))
        .arg(s.deadline);
}

/// The lanes as the timeline holds them: each row's name, state, what it waits on, its segments
/// and phases, its end. (Nothing that depends on the loop time the view is seen at.)
QStringList lanes_picture(const TimelineModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Lane &lane = *model.laneAt(row);
        const QModelIndex index = model.index(row);
        QStringList segments;
        for (const Segment &s : lane.segments)
            segments << segment_text(s);
        QStringList phases;
        for (const auto &[t, label] : lane.phases)
            phases << QStringLiteral("%1@%2").arg(label).arg(t);
        const aio::TaskSummary *row_summary = model.summary(lane.id);
        out << QStringLiteral("%1 depth %2 color %3 | %4 | waits on '%5' | await %6:%7 | finished %8 | %9 | %10 | %11")
                   .arg(model.data(index, TimelineModel::NameRole).toString())
                   .arg(lane.depth)
                   .arg(lane.color)
                   .arg(model.data(index, TimelineModel::StateTextRole).toString(),
                        model.data(index, TimelineModel::WaitingOnRole).toString(),
                        QFileInfo(QString::fromUtf8(lane.await_file ? lane.await_file : "")).fileName())
                   .arg(lane.await_line)
                   .arg(model.finishedAt(lane))
                   .arg(segments.join(QLatin1Char(' ')), phases.join(QLatin1Char(' ')),
                        row_summary ? QStringLiteral("%1 steps, %2 %3").arg(row_summary->steps).arg(row_summary->result, row_summary->error)
                                    : QStringLiteral("thread"));
    }
    return out;
}

QStringList console_picture(const ConsoleModel &console)
{
    QStringList out;
    for (int row = 0; row < console.rowCount(); ++row) {
        const QModelIndex index = console.index(row);
        out << QStringLiteral("%1 %2 %3")
                   .arg(console.data(index, ConsoleModel::TimeTextRole).toString(),
                        console.data(index, ConsoleModel::IsReportRole).toBool() ? QStringLiteral("⚠") : QStringLiteral(">"),
                        console.data(index, ConsoleModel::TextRole).toString());
    }
    return out;
}

QStringList marks_picture(const CodeModel &code, const QString &tag)
{
    QStringList out;
    for (int row = 0; row < code.rowCount(); ++row) {
        const QString names = code.data(code.index(row), CodeModel::MarkerNamesRole).toString();
        if (!names.isEmpty())
            out << QStringLiteral("%1:%2 %3").arg(tag).arg(row + 1).arg(names);
    }
    return out;
}

/// Everything the window shows of a moment that does not depend on the loop time it is seen at.
QStringList picture(const Session &session)
{
    QStringList out = lanes_picture(*session.timeline());
    out << console_picture(*session.console());
    out << marks_picture(*session.cppCode(), QStringLiteral("cpp")) << marks_picture(*session.pythonCode(), QStringLiteral("py"));
    out << QStringLiteral("ready %1, live %2, main %3").arg(session.readyCount()).arg(session.liveTasks()).arg(session.mainResult());
    return out;
}

/// With what depends on the time seen at: busy and waiting times, the details of every task.
QStringList timed_picture(Session &session)
{
    QStringList out = picture(session);
    out << QStringLiteral("playhead %1").arg(session.playhead());
    const qulonglong selected = session.selectedTask();
    const TimelineModel &model = *session.timeline();
    for (int row = 0; row < model.rowCount(); ++row) {
        const Lane &lane = *model.laneAt(row);
        out << QStringLiteral("%1 busy %2 waiting %3").arg(lane.name).arg(model.busyNs(lane)).arg(model.waitingNs(lane));
        session.setSelectedTask(lane.id);
        QVariantMap details = session.selection();
        details.remove(QStringLiteral("canCancel")); // live only, by design
        for (auto it = details.cbegin(); it != details.cend(); ++it)
            out << QStringLiteral("  %1 = %2").arg(it.key(), it.value().toString());
    }
    session.setSelectedTask(selected);
    return out;
}

void compare_pictures(const QStringList &actual, const QStringList &expected, const QString &where)
{
    if (actual == expected)
        return;
    QString diff;
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = actual.value(i), e = expected.value(i);
        if (a != e)
            diff += QStringLiteral("\n  line %1\n    got      %2\n    expected %3").arg(i).arg(a, e);
    }
    QFAIL(qPrintable(where + diff));
}

/// Steps a scenario live on the virtual clock, one ready item at a time, keeping what the window
/// showed after each step (its position, loop time and picture).
struct Moment
{
    std::size_t position;
    double now;
    QStringList picture;
    QStringList timed;
};

std::vector<Moment> step_live(Session &session, const QString &scenario)
{
    session.reset();
    session.selectScenario(scenario);
    session.setSpeed(0);
    std::vector<Moment> moments;
    for (int i = 0; i < 5000 && session.loopState() != QLatin1String("finished") && session.loopState() != QLatin1String("failed"); ++i) {
        const std::uint64_t done = session.currentRun() ? session.currentRun()->commands_done() : 0;
        session.step();
        if (!QTest::qWaitFor([&] { return session.currentRun()->commands_done() > done || session.currentRun()->finished(); }, 10000))
            qFatal("a step did not happen");
        session.flush();
        moments.push_back({session.recording().position(), session.now(), picture(session), timed_picture(session)});
    }
    // The end: asyncio.run's shutdown runs without steps.
    if (!QTest::qWaitFor([&] { return session.currentRun()->finished(); }, 10000))
        qFatal("the run did not end");
    session.flush();
    if (session.loopState() != QLatin1String("finished") && session.loopState() != QLatin1String("failed"))
        qFatal("the run ended, the session did not see it");
    moments.push_back({session.recording().position(), session.now(), picture(session), timed_picture(session)});
    return moments;
}

/// Runs a scenario live to its end (virtual clock).
void run_to_end(Session &session, const QString &scenario)
{
    session.reset();
    session.selectScenario(scenario);
    session.setSpeed(0);
    QSignalSpy finished(&session, &Session::finished);
    session.run();
    if (finished.count() == 0 && !finished.wait(20000))
        qFatal("%s did not finish", qPrintable(scenario));
}

aio::Coroutine<void> work(int id, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        co_await aio::sleep(0.001 * ((id * 7 + i) % 5));
        if (i % 3 == 0)
            aio::print(QStringLiteral("%1.%2").arg(id).arg(i), i % 2 ? QStringLiteral(" ") : QStringLiteral("\n"));
    }
}

/// Many tasks sleeping and printing: thousands of events, so the recording keeps checkpoints.
aio::Coroutine<void> busy_main(coroscope::ScenarioContext)
{
    std::vector<aio::Task<void>> tasks;
    for (int i = 0; i < 80; ++i)
        tasks.push_back(aio::create_task(work(i, 12), QStringLiteral("w%1").arg(i)));
    for (auto &t : tasks)
        co_await t;
}

aio::Coroutine<void> fails_later()
{
    co_await aio::sleep(0.1);
    throw std::runtime_error("nobody awaits me");
}

/// A task's exception nobody retrieves: the loop reports it, a console line of its own.
aio::Coroutine<void> unretrieved_main(coroscope::ScenarioContext)
{
    {
        auto lost = aio::create_task(fails_later(), QStringLiteral("lost"));
        co_await aio::sleep(0.2);
    }
    aio::print(QStringLiteral("after the report"));
    co_await aio::sleep(0.1);
}

QList<Scenario> test_scenarios()
{
    QList<Scenario> list = all_scenarios();
    Scenario busy;
    busy.id = QStringLiteral("test-busy");
    busy.title = busy.id;
    busy.group = QStringLiteral("Tests");
    busy.cpp_file = QStringLiteral("tst_time_travel.cpp");
    busy.main = busy_main;
    list << busy;
    Scenario lost = busy;
    lost.id = QStringLiteral("test-unretrieved");
    lost.main = unretrieved_main;
    list << lost;
    return list;
}

QByteArray read_all(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write_all(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TimeTravelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void the_moments_of_a_run_are_what_the_live_run_showed_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *id : {"gather-order", "future-task", "async-generator", "fetch-executor", "fetch-async", "async-with"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void the_moments_of_a_run_are_what_the_live_run_showed()
    {
        QFETCH(QString, scenario);
        Session session(nullptr);
        session.setScenarios(test_scenarios());
        QAbstractItemModelTester lanes(session.timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester console(session.console(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::vector<Moment> moments = step_live(session, scenario);
        QVERIFY(moments.size() >= 3);
        QCOMPARE(moments.back().position, session.recording().size());

        // Every position the live run stood at, visited in a shuffled order: the same picture.
        std::vector<std::size_t> order(moments.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937(11));
        for (std::size_t i : order) {
            session.setCursor(int(moments[i].position));
            QVERIFY(!session.followLive());
            compare_pictures(picture(session), moments[i].picture, QStringLiteral("%1 at event %2").arg(scenario).arg(moments[i].position));
        }

        // At chosen playhead times (where the loop moved on to a later time after the step), the
        // whole window with its times: busy and waiting so far, sleeps' time left, task details.
        int checked = 0;
        for (std::size_t i = 0; i + 1 < moments.size(); ++i) {
            if (moments[i + 1].now <= moments[i].now)
                continue; // more happened at this time later: not the live picture of the time
            session.setPlayhead(moments[i].now);
            // (Network replies come in while the loop is paused, stamped at the paused time:
            // then the time holds more than the step showed.)
            if (session.recording().position() != moments[i].position)
                continue;
            compare_pictures(timed_picture(session), moments[i].timed, QStringLiteral("%1 at %2 s").arg(scenario).arg(moments[i].now));
            ++checked;
        }
        QVERIFY(checked >= 1);

        // Back to live: the end again.
        session.goLive();
        QVERIFY(session.followLive());
        compare_pictures(picture(session), moments.back().picture, QStringLiteral("live again"));
    }

    void stepping_back_then_forward_comes_back_to_the_same_moments()
    {
        Session session(nullptr);
        session.setScenarios(test_scenarios());
        run_to_end(session, QStringLiteral("gather-order"));
        const QStringList end = picture(session);
        const int steps = session.stepCount();
        QVERIFY(steps > 5);

        // Back one task step at a time to the start, then forward again.
        std::vector<std::pair<int, QStringList>> back;
        QCOMPARE(session.stepIndex(), steps);
        while (session.cursor() > 0) {
            session.stepBack();
            back.emplace_back(session.cursor(), picture(session));
            QVERIFY(!session.followLive());
        }
        QCOMPARE(session.stepIndex(), 0);
        QCOMPARE(session.timeline()->rowCount(), 0);
        QCOMPARE(session.console()->rowCount(), 0);
        QVERIFY(int(back.size()) > steps); // before each step (and after it, when time passed before the next)
        for (auto it = back.rbegin(); it != back.rend(); ++it) {
            QCOMPARE(session.cursor(), it->first);
            compare_pictures(picture(session), it->second, QStringLiteral("forward at %1").arg(it->first));
            session.stepForward();
        }
        QCOMPARE(session.cursor(), session.eventCount());
        compare_pictures(picture(session), end, QStringLiteral("the end"));

        // Before a step, the task is ready (pending) and the one before has ended its step.
        session.setCursor(0);
        session.stepForward();
        QCOMPARE(session.recording().events()[std::size_t(session.cursor())].type, aio::TraceType::StepBegin);

        // Loop iterations: fewer stops than steps, and the same way back and forth.
        session.goLive();
        const int iterations = session.iterationCount();
        QVERIFY(iterations > 2 && iterations < steps);
        std::vector<QStringList> by_iteration;
        while (session.cursor() > 0) {
            session.iterationBack();
            by_iteration.push_back(picture(session));
        }
        QVERIFY(int(by_iteration.size()) > iterations && int(by_iteration.size()) <= 2 * iterations + 1);
        for (auto it = by_iteration.rbegin(); it != by_iteration.rend(); ++it) {
            compare_pictures(picture(session), *it, QStringLiteral("iteration forward"));
            session.iterationForward();
        }
        compare_pictures(picture(session), end, QStringLiteral("the end, by iterations"));

        // gather-order: main's first iteration creates three workers (ready, not run yet); they
        // all run their first step in the next one and sleep; the next iteration with a task step
        // runs the one whose sleep ended first (woken: ready again).
        const auto states = [&session] {
            QStringList out;
            for (int row = 0; row < session.timeline()->rowCount(); ++row)
                out << session.timeline()->data(session.timeline()->index(row), TimelineModel::StateTextRole).toString();
            return out;
        };
        session.setCursor(0);
        session.iterationForward();
        QCOMPARE(session.iteration(), 0);
        QCOMPARE(states(), QStringList{QStringLiteral("pending")}); // main created, its first step next
        session.iterationForward();
        QCOMPARE(session.iteration(), 1);
        QCOMPARE(states(), QStringList({QStringLiteral("waiting"), QStringLiteral("pending"), QStringLiteral("pending"),
                                        QStringLiteral("pending")}));
        QCOMPARE(session.readyCount(), 3);
        // The end of that iteration: all three sleep, none woken yet (a stop of its own, at 0 s).
        session.iterationForward();
        QCOMPARE(session.iteration(), 2);
        QCOMPARE(states(), QStringList({QStringLiteral("waiting"), QStringLiteral("waiting"), QStringLiteral("waiting"),
                                        QStringLiteral("waiting")}));
        QCOMPARE(session.readyCount(), 0);
        QCOMPARE(session.playhead(), 0.0);
        // The next: 0.1 s later, the first sleep is over (woken: ready).
        session.iterationForward();
        QCOMPARE(session.iteration(), 2);
        QStringList workers = states().mid(1);
        std::sort(workers.begin(), workers.end());
        QCOMPARE(workers, QStringList({QStringLiteral("pending"), QStringLiteral("waiting"), QStringLiteral("waiting")}));
        QCOMPARE(session.readyCount(), 1);
        QCOMPARE(session.playhead(), 0.1);
        // By task steps, the same two moments are one step apart.
        session.stepBack();
        QCOMPARE(session.readyCount(), 0);
        QCOMPARE(session.playhead(), 0.0);
    }

    void random_seeks_equal_a_fold_from_the_start()
    {
        // Thousands of events: the rewinds go through checkpoints (rows removed, lanes cut back,
        // console lines joined and split again), checked against a fresh fold each time.
        Scenario busy;
        busy.id = QStringLiteral("test-busy");
        busy.main = busy_main;
        const RunResult result = run_scenario(busy, {.clock = aio::ClockMode::Virtual});
        QVERIFY(result.ok());
        QVERIFY2(result.events.size() > 3000, qPrintable(QString::number(result.events.size())));

        TimelineModel timeline;
        ConsoleModel console;
        QAbstractItemModelTester timeline_tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester console_tester(&console, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Recording recording(timeline, console);
        recording.append(result.events);
        recording.seek(recording.size()); // the live path: everything, once

        QRandomGenerator random(7);
        QElapsedTimer clock;
        qint64 longest_ns = 0;
        for (int i = 0; i < 60; ++i) {
            const std::size_t target = random.bounded(quint32(recording.size() + 1));
            clock.start();
            recording.seek(target);
            timeline.commit(recording.time_at(target));
            longest_ns = std::max(longest_ns, clock.nsecsElapsed());
            QCOMPARE(recording.position(), target);

            TimelineModel fresh_timeline;
            ConsoleModel fresh_console;
            Recording fresh(fresh_timeline, fresh_console);
            fresh.append(std::vector<aio::TraceEvent>(result.events.begin(), result.events.begin() + qsizetype(target)));
            fresh.seek(target);
            compare_pictures(lanes_picture(timeline), lanes_picture(fresh_timeline), QStringLiteral("lanes at %1").arg(target));
            compare_pictures(console_picture(console), console_picture(fresh_console), QStringLiteral("console at %1").arg(target));
            QCOMPARE(timeline.readyTaskCount(), fresh_timeline.readyTaskCount());
            QCOMPARE(timeline.liveTaskCount(), fresh_timeline.liveTaskCount());
        }
        qInfo("%zu events: the slowest seek took %.1f ms", recording.size(), double(longest_ns) / 1e6);
    }

    void scrubbing_costs_the_distance_not_the_length_of_the_run()
    {
        // A step back or forward costs a small part of folding the whole run, and a jump anywhere
        // a fraction of it: the fold goes back to a checkpoint, it does not start over (which
        // would cost half the whole fold on average). Compared within this run, not against a
        // wall-clock limit a loaded machine or a sanitizer may miss; in this thread's CPU time, so
        // being preempted by other work (a loaded CI machine) does not count.
        const auto cost = [](int tasks) {
            Scenario busy;
            busy.id = QStringLiteral("test-busy");
            busy.main = [tasks](coroscope::ScenarioContext) -> aio::Coroutine<void> {
                std::vector<aio::Task<void>> all;
                for (int i = 0; i < tasks; ++i)
                    all.push_back(aio::create_task(work(i, 12), QStringLiteral("w%1").arg(i)));
                for (auto &t : all)
                    co_await t;
            };
            const RunResult result = run_scenario(busy, {.clock = aio::ClockMode::Virtual});
            TimelineModel timeline;
            ConsoleModel console;
            Recording recording(timeline, console);
            recording.append(result.events);
            ThreadCpuTimer clock;
            clock.start();
            recording.seek(recording.size()); // the live path: every event once
            timeline.commit(recording.end_time());
            const double fold_ms = double(clock.nsecsElapsed()) / 1e6;
            // Back and forth over the last 40 steps, one step at a time.
            clock.restart();
            std::size_t at = recording.size();
            for (int i = 0; i < 40; ++i) {
                at = recording.previous_step(at);
                recording.seek(at);
                timeline.commit(recording.time_at(at));
            }
            for (int i = 0; i < 40; ++i) {
                at = recording.next_step(at);
                recording.seek(at);
                timeline.commit(recording.time_at(at));
            }
            const double step_ms = double(clock.nsecsElapsed()) / 1e6 / 80;
            // Random jumps anywhere.
            QRandomGenerator random(3);
            clock.restart();
            double longest_ms = 0;
            for (int i = 0; i < 40; ++i) {
                ThreadCpuTimer one;
                one.start();
                recording.seek(random.bounded(quint32(recording.size() + 1)));
                timeline.commit(recording.time_at(recording.position()));
                longest_ms = std::max(longest_ms, double(one.nsecsElapsed()) / 1e6);
            }
            qInfo("%d tasks, %zu events: folded in %.1f ms; a step back or forward %.3f ms; random jumps %.2f ms on average, %.1f ms at most",
                  tasks, recording.size(), fold_ms, step_ms, double(clock.nsecsElapsed()) / 1e6 / 40, longest_ms);
            return std::array<double, 3>{fold_ms, step_ms, double(clock.nsecsElapsed()) / 1e6 / 40};
        };
        cost(80);
        const auto [fold_ms, step_ms, jump_ms] = cost(800);
        QVERIFY2(step_ms * 20 < fold_ms, qPrintable(QStringLiteral("a step %1 ms, the fold %2 ms").arg(step_ms).arg(fold_ms)));
        QVERIFY2(jump_ms * 3 < fold_ms, qPrintable(QStringLiteral("a jump %1 ms, the fold %2 ms").arg(jump_ms).arg(fold_ms)));
    }

    void a_replay_at_a_quarter_speed_shows_the_same_sequence()
    {
        Session session(nullptr);
        session.setScenarios(test_scenarios());
        run_to_end(session, QStringLiteral("gather-order"));
        const QStringList end = picture(session);
        const double duration = session.now();
        QVERIFY(duration > 0.2);

        session.setSpeed(0.25);
        QSignalSpy replaying(&session, &Session::replayChanged);
        session.replay();
        QVERIFY(session.replaying());
        QCOMPARE(session.cursor(), 0); // from the start
        // Frames of 20 ms real time: 5 ms of loop time each.
        std::vector<std::pair<double, QStringList>> seen;
        QStringList lines_in_order;
        int frames = 0;
        while (session.replaying() && frames < 10000) {
            session.advanceReplay(20'000'000);
            ++frames;
            if (!session.replaying())
                break;
            QCOMPARE(qRound64(session.playhead() * 1e9), qint64(frames) * 5'000'000);
            seen.emplace_back(session.playhead(), timed_picture(session));
            for (const QString &line : console_picture(*session.console()))
                if (!lines_in_order.contains(line))
                    lines_in_order << line;
        }
        QVERIFY(!session.replaying());
        QVERIFY(session.followLive()); // at the end, as the live run ended
        for (const QString &line : console_picture(*session.console()))
            if (!lines_in_order.contains(line))
                lines_in_order << line;
        compare_pictures(picture(session), end, QStringLiteral("after the replay"));
        // As long as the run took at a quarter of its speed.
        QCOMPARE(frames, int(std::ceil(duration / 0.005 - 1e-9)));
        // The console's lines in the order the run printed them.
        QCOMPARE(lines_in_order, console_picture(*session.console()));
        // Each frame is the moment of its time, as the run showed it then.
        for (const auto &[t, expected] : seen) {
            session.setPlayhead(t);
            compare_pictures(timed_picture(session), expected, QStringLiteral("replay at %1 s").arg(t));
        }

        // Real time: a replay of 0.3 s at 0.25x takes about 1.2 s, and touching the playhead stops it.
        session.goLive();
        session.replay(); // at the end: from the start
        QElapsedTimer wall;
        wall.start();
        QVERIFY(QTest::qWaitFor([&] { return !session.replaying(); }, 20000));
        const double took = double(wall.elapsed()) / 1000;
        qInfo("replay of %.3f s at 0.25x took %.2f s", duration, took);
        QVERIFY2(took > duration / 0.25 * 0.8 && took < duration / 0.25 * 3 + 1, qPrintable(QString::number(took)));
        session.replay();
        session.setPlayhead(0.1);
        QVERIFY(!session.replaying());
        QVERIFY(!session.followLive());
        session.setSpeed(1);
    }

    void exported_runs_open_to_the_same_pictures_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *id : {"gather-order", "fetch-executor", "async-generator", "test-unretrieved"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void exported_runs_open_to_the_same_pictures()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        Session live(nullptr);
        live.setScenarios(test_scenarios());
        run_to_end(live, scenario);
        QCOMPARE(live.exportTrace(QUrl::fromLocalFile(path).toString()), QString());
        if (scenario == QLatin1String("test-unretrieved")) {
            // The loop's report, between the lines printed before and after it.
            const QStringList lines = console_picture(*live.console());
            QCOMPARE(lines.size(), 2);
            QVERIFY2(lines[0].contains(QStringLiteral("⚠ Task exception was never retrieved")), qPrintable(lines.join(u'\n')));
            QVERIFY(lines[1].endsWith(QStringLiteral("> after the report")));
        }

        // Still Chrome Trace Event JSON, events first: what Perfetto opens.
        const QByteArray json = read_all(path);
        QVERIFY(json.startsWith("{\"traceEvents\":["));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QVERIFY(root.value(QStringLiteral("traceEvents")).toArray().size() > 10);
        QCOMPARE(root.value(QStringLiteral("otherData")).toObject().value(QStringLiteral("coroscope_format")).toInt(), saved_run_format);
        const QJsonObject record = root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("coroscope")).toObject();
        QCOMPARE(record.value(QStringLiteral("scenario")).toString(), scenario);
        QCOMPARE(record.value(QStringLiteral("clock")).toString(), QStringLiteral("virtual"));

        Session opened(nullptr);
        opened.setScenarios(test_scenarios());
        QCOMPARE(opened.openTrace(path), QString());
        QCOMPARE(opened.scenarioId(), scenario);
        QCOMPARE(opened.openedFile(), QStringLiteral("run.json"));
        QCOMPARE(opened.loopState(), live.loopState());
        QCOMPARE(opened.now(), live.now());
        QCOMPARE(opened.eventCount(), live.eventCount());
        QVERIFY(opened.followLive());
        compare_pictures(timed_picture(opened), timed_picture(live), QStringLiteral("opened at its end"));
        for (int step = 0; step < live.stepCount(); step += std::max(1, live.stepCount() / 12)) {
            live.setCursor(0);
            opened.setCursor(0);
            for (int i = 0; i < step; ++i) {
                live.stepForward();
                opened.stepForward();
            }
            compare_pictures(timed_picture(opened), timed_picture(live), QStringLiteral("opened at step %1").arg(step));
        }
        // Exported again from the opened run: the same record.
        const QString again = dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(opened.exportTrace(again), QString());
        const QJsonObject again_record = QJsonDocument::fromJson(read_all(again)).object().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("coroscope")).toObject();
        QCOMPARE(again_record, record);

        // Run runs anew (the opened file is left behind).
        opened.setSpeed(0);
        QSignalSpy finished(&opened, &Session::finished);
        opened.run();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(opened.openedFile(), QString());
        live.goLive();
        QCOMPARE(opened.loopState(), live.loopState());
        QCOMPARE(opened.console()->text(), live.console()->text());
    }

    void a_trace_from_the_command_line_opens_to_the_live_picture_data()
    {
        // Scenarios whose runs are the same every time on the virtual clock (a fetch's network
        // phases depend on when connections come free, so two runs may differ in a phase).
        QTest::addColumn<QString>("scenario");
        for (const char *id : {"gather-order", "async-generator", "future-task"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void a_trace_from_the_command_line_opens_to_the_live_picture()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.json"));
        const auto cli = coroscope_process::coroscope({QStringLiteral("run"), scenario, QStringLiteral("--virtual-time"),
                                                       QStringLiteral("--trace"), path});
        QCOMPARE(cli.exit_code, 0);
        Session live(nullptr);
        live.setScenarios(test_scenarios());
        run_to_end(live, scenario);
        Session opened(nullptr);
        opened.setScenarios(test_scenarios());
        QCOMPARE(opened.openTrace(path), QString());
        QCOMPARE(opened.eventCount(), live.eventCount());
        // Pool threads are numbered per process: the command line's first is this test's 20th.
        const auto picture_of = [](Session &session) {
            static const QRegularExpression thread(QStringLiteral("executor thread \\d+|id = 10000000\\d\\d"));
            QStringList out = timed_picture(session);
            for (QString &line : out)
                line.replace(thread, QStringLiteral("executor thread N"));
            return out;
        };
        compare_pictures(picture_of(opened), picture_of(live), QStringLiteral("the end"));
        for (int i = 0; i <= 10; ++i) {
            const double t = live.now() * i / 10;
            live.setPlayhead(t);
            opened.setPlayhead(t);
            compare_pictures(picture_of(opened), picture_of(live), QStringLiteral("at %1 s").arg(t));
        }
    }

    void bad_files_are_refused_with_a_message_and_change_nothing()
    {
        QTemporaryDir dir;
        Session session(nullptr);
        session.setScenarios(test_scenarios());
        run_to_end(session, QStringLiteral("gather-order"));
        const QString good = dir.filePath(QStringLiteral("good.json"));
        QCOMPARE(session.exportTrace(good), QString());
        const QByteArray json = read_all(good);
        session.stepBack();
        session.stepBack();
        const QStringList before = timed_picture(session);
        const int cursor = session.cursor();
        QSignalSpy failed(&session, &Session::openFailed);

        QByteArray newer = json;
        newer.replace("\"format\":1,", "\"format\":7,");
        QVERIFY(newer != json);
        QByteArray damaged = json;
        damaged.replace("\"type\":\"step_end\"", "\"type\":\"teleport\"");
        QByteArray elsewhere = json;
        elsewhere.replace("\"scenario\":\"gather-order\"", "\"scenario\":\"no-such-scenario\"");
        std::vector<aio::TraceEvent> some(session.events().begin(), session.events().begin() + 20);

        const struct
        {
            const char *name;
            QByteArray data;
            QString message;
        } cases[] = {
            {"notes.txt", "These are my notes, not a trace.\n", QStringLiteral("notes.txt is not a Coroscope trace: it is not JSON")},
            {"empty.json", "", QStringLiteral("empty.json is empty")},
            {"half.json", json.left(json.size() / 2), QStringLiteral("half.json is truncated")},
            {"end-missing.json", json.left(json.size() - 3), QStringLiteral("end-missing.json is truncated")},
            {"list.json", "[1, 2, 3]", QStringLiteral("list.json is not a Coroscope trace: it is JSON, but has no list of trace events")},
            {"perfetto.json", aio::to_chrome_trace(some), QStringLiteral("perfetto.json is a trace from another tool")},
            {"newer.json", newer, QStringLiteral("newer.json was written by a newer Coroscope")},
            {"damaged.json", damaged, QStringLiteral("damaged.json has a damaged Coroscope record: event")},
            {"elsewhere.json", elsewhere, QStringLiteral("elsewhere.json records scenario 'no-such-scenario'")},
        };
        for (const auto &bad : cases) {
            const QString path = dir.filePath(QString::fromLatin1(bad.name));
            write_all(path, bad.data);
            const QString message = session.openTrace(QUrl::fromLocalFile(path).toString());
            QVERIFY2(message.startsWith(bad.message), qPrintable(message));
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.takeFirst().at(0).toString(), message);
            // Nothing changed.
            QCOMPARE(session.scenarioId(), QStringLiteral("gather-order"));
            QCOMPARE(session.openedFile(), QString());
            QCOMPARE(session.loopState(), QStringLiteral("finished"));
            QCOMPARE(session.cursor(), cursor);
            compare_pictures(timed_picture(session), before, QString::fromLatin1(bad.name));
        }
        QVERIFY(session.openTrace(dir.filePath(QStringLiteral("missing.json"))).startsWith(QStringLiteral("Cannot open missing.json")));
        // Cut anywhere, a trace is truncated, never "not JSON".
        for (int cut = 1; cut < 40; ++cut) {
            QString error;
            SavedRun run;
            QVERIFY(!parse_saved_run(json.left(json.size() * cut / 40), QStringLiteral("cut.json"), run, &error));
            QVERIFY2(error.startsWith(QStringLiteral("cut.json is truncated")), qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(error)));
        }
        // And the good one still opens.
        QCOMPARE(session.openTrace(good), QString());
        QCOMPARE(session.openedFile(), QStringLiteral("good.json"));
    }

    void the_window_command_line_opens_a_trace_at_a_moment()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("gather.json"));
        QCOMPARE(coroscope_process::coroscope({QStringLiteral("run"), QStringLiteral("gather-order"), QStringLiteral("--virtual-time"),
                                               QStringLiteral("--trace"), trace})
                     .exit_code,
                 0);
        const auto shot = [&](const QStringList &arguments) {
            const QString png = dir.filePath(QStringLiteral("shot-%1.png").arg(QRandomGenerator::global()->generate()));
            const auto outcome = coroscope_process::coroscope(
                arguments + QStringList{QStringLiteral("--size"), QStringLiteral("1280x800"), QStringLiteral("--offscreen-screenshot"), png});
            return std::make_pair(outcome, QImage(png));
        };
        const auto [early_run, early] = shot({QStringLiteral("--open"), trace, QStringLiteral("--playhead"), QStringLiteral("0.05")});
        QCOMPARE(early_run.exit_code, 0);
        QVERIFY(!early.isNull());
        const auto [end_run, end] = shot({QStringLiteral("--open"), trace});
        QCOMPARE(end_run.exit_code, 0);
        QVERIFY(early != end); // another moment, another picture
        const auto [run_run, run_image] = shot({QStringLiteral("--scenario"), QStringLiteral("gather-order"), QStringLiteral("--run"),
                                                QStringLiteral("--playhead"), QStringLiteral("0.1")});
        QCOMPARE(run_run.exit_code, 0);
        QVERIFY(!run_image.isNull());

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        write_all(bad, "{\"traceEvents\": []}");
        const auto [bad_run, bad_image] = shot({QStringLiteral("--open"), bad});
        QCOMPARE(bad_run.exit_code, 2);
        QVERIFY2(bad_run.err.contains(QStringLiteral("bad.json is a trace from another tool")), qPrintable(bad_run.err));
        QVERIFY(bad_image.isNull());
        const auto [nonsense, none] = shot({QStringLiteral("--open"), trace, QStringLiteral("--playhead"), QStringLiteral("soon")});
        QCOMPARE(nonsense.exit_code, 2);
        QVERIFY(nonsense.err.contains(QStringLiteral("--playhead needs loop seconds")));
    }

    void a_python_script_traced_by_trace_python_opens_too()
    {
        // trace-python writes the same record (scenario "python:NAME"): the window opens it with
        // the script in the Python pane, marked where its tasks wait, and nothing to run.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("no python3 here");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gather.json"));
        const auto traced = coroscope_process::coroscope({QStringLiteral("trace-python"), QStringLiteral("--out"), path,
                                                          QStringLiteral("--python"), python,
                                                          QStringLiteral(COROSCOPE_TRACER_SCRIPTS "/gather.py")});
        QCOMPARE(traced.exit_code, 0);
        Session session(nullptr);
        session.setScenarios(test_scenarios());
        QCOMPARE(session.openTrace(path), QString());
        QCOMPARE(session.scenarioId(), QStringLiteral("python:gather.py"));
        QVERIFY(!session.runnable());
        QCOMPARE(session.cppCode()->rowCount(), 0);
        QVERIFY(session.pythonCode()->lines().join(u'\n').contains(QStringLiteral("asyncio.gather(work(2), work(1))")));
        QCOMPARE(session.console()->text(), QStringLiteral("finished 1\nfinished 2\n[20, 10]\n"));
        // Back to the moment both workers sleep: line 5 carries two marks, main's line 11 one.
        while (session.cursor() > 0 && session.pythonCode()->data(session.pythonCode()->index(4), CodeModel::MarkersRole).toList().size() < 2)
            session.stepBack();
        QCOMPARE(session.pythonCode()->data(session.pythonCode()->index(4), CodeModel::MarkersRole).toList().size(), 2);
        QCOMPARE(session.pythonCode()->data(session.pythonCode()->index(10), CodeModel::MarkersRole).toList().size(), 1);
        QVERIFY(session.console()->text().isEmpty());
        const qulonglong worker = session.timeline()->laneAt(1)->id;
        session.setSelectedTask(worker);
        QCOMPARE(session.selection().value(QStringLiteral("sourceLine")).toString(),
                 QStringLiteral("await asyncio.sleep(0.05 * n)  # line 5: where each worker waits"));
        // Run is off: the window cannot run Python.
        const QString state = session.loopState();
        session.run();
        session.step();
        QCOMPARE(session.loopState(), state);
        QCOMPARE(session.openedFile(), QStringLiteral("gather.json"));
    }

    void following_live_and_leaving_it()
    {
        // While the run goes on, the past stays put and the recording grows; Live comes back.
        Session session(nullptr);
        session.setScenarios(test_scenarios());
        session.selectScenario(QStringLiteral("gather-order"));
        session.setSpeed(0.25);
        session.run();
        QTRY_VERIFY_WITH_TIMEOUT(session.timeline()->rowCount() == 4, 10000);
        session.setPlayhead(0.0);
        QVERIFY(!session.followLive());
        const QStringList past = picture(session);
        const int events = session.eventCount();
        QTRY_VERIFY_WITH_TIMEOUT(session.eventCount() > events, 10000);
        compare_pictures(picture(session), past, QStringLiteral("the past while the run goes on"));
        QVERIFY(!session.cancelSelected()); // no cancelling from the past
        session.goLive();
        QVERIFY(session.followLive());
        QTRY_COMPARE_WITH_TIMEOUT(session.loopState(), QStringLiteral("finished"), 20000);
        QCOMPARE(session.cursor(), session.eventCount());
        QCOMPARE(session.console()->text(), QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n"));
        session.setSpeed(1);
    }
};

QTEST_MAIN(TimeTravelTest)
#include "tst_time_travel.moc"
