// SPDX-License-Identifier: MIT
// The window's CPython beside the C++ run (Session.beside): the listing runs on a QProcess while
// the GUI thread goes on, its lanes start at main's start like the C++ run's, the summary compares
// the two real runs; a missing interpreter is said plainly; another scenario clears the view.

#include "python_beside.h"
#include "scenario_catalog.h"
#include "session.h"
#include "timeline_model.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace coroscope;
using namespace coroscope::ui;

class PythonBesideTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Session::instance()->setScenarios(all_scenarios());
    }

    void the_listing_runs_beside_without_holding_the_window()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("no python3");
        Session *session = Session::instance();
        session->reset();
        session->selectScenario(QStringLiteral("gather-order"));
        session->run();
        QTRY_VERIFY_WITH_TIMEOUT(session->loopState() == QLatin1String("finished"), 30000);

        PythonBeside *beside = session->beside();
        QSignalSpy finished(beside, &PythonBeside::finished);
        beside->start(session->scenarioId());
        // start() returned with the script still to run: the result comes through the event loop.
        QVERIFY(beside->running());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(60000));
        QVERIFY2(beside->shown(), qPrintable(beside->message()));
        QVERIFY2(beside->message().isEmpty(), qPrintable(beside->message()));

        // The same tasks as the C++ run; on the shared axis both mains start at the same time.
        QCOMPARE(beside->timeline()->taskCount(), session->timeline()->taskCount());
        const Lane *main = beside->timeline()->laneAt(0);
        const Lane *cpp_main = session->timeline()->laneAt(0);
        QVERIFY(main && !main->segments.empty() && cpp_main && !cpp_main->segments.empty());
        QCOMPARE(main->segments.front().start, cpp_main->segments.front().start);
        QVERIFY(beside->end() >= 0.3); // the slowest work sleeps 0.3 s
        QVERIFY2(beside->summary().contains(QStringLiteral("Output: the same")), qPrintable(beside->summary()));
        QVERIFY2(beside->summary().contains(QStringLiteral("Order of completion: the same")), qPrintable(beside->summary()));

        // Another scenario: its listing is another, the CPython view empties.
        session->selectScenario(QStringLiteral("hello"));
        QVERIFY(!beside->shown());
        QCOMPARE(beside->timeline()->rowCount(), 0);
        QVERIFY(beside->summary().isEmpty());
    }

    void a_missing_interpreter_is_said_plainly()
    {
        const QByteArray before = qgetenv("COROSCOPE_PYTHON");
        qputenv("COROSCOPE_PYTHON", "/nonexistent/python3");
        Session *session = Session::instance();
        session->selectScenario(QStringLiteral("hello"));
        PythonBeside *beside = session->beside();
        QSignalSpy finished(beside, &PythonBeside::finished);
        beside->start(session->scenarioId());
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        if (before.isNull())
            qunsetenv("COROSCOPE_PYTHON");
        else
            qputenv("COROSCOPE_PYTHON", before);
        QVERIFY(!beside->shown());
        QVERIFY(!beside->running());
        QVERIFY2(beside->message().contains(QStringLiteral("/nonexistent/python3")), qPrintable(beside->message()));
    }
};

QTEST_MAIN(PythonBesideTest)
#include "tst_python_beside.moc"
