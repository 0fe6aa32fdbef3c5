// SPDX-License-Identifier: MIT
// The real window, offscreen: run a tutorial scenario and check the lanes and states shown,
// cancel a waiting task from the details panel, press "Run gather" and wait for the speedup on
// the demo server, and save screenshots under the build folder.

#include "scenario_catalog.h"
#include "session.h"
#include "timeline_model.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "quick_items.h"

using namespace coroscope::ui;

class AppTest : public QObject
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;

    template<typename T = QQuickItem>
    T *item(const char *name) const
    {
        const QString wanted = QString::fromLatin1(name);
        if (T *found = m_window->findChild<T *>(wanted))
            return found;
        return qobject_cast<T *>(quick_items::find_item(m_window->contentItem(), wanted));
    }
    void click(QQuickItem *target)
    {
        QVERIFY(target);
        QVERIFY(target->isVisible());
        QVERIFY(target->isEnabled());
        const QPointF center = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, center.toPoint());
    }
    void screenshot(const QString &name)
    {
        QDir().mkpath(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR));
        const QString path = QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR "/") + name;
        QVERIFY(m_window->grabWindow().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    static QStringList lane_names(const TimelineModel *model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->data(model->index(row), TimelineModel::NameRole).toString() + QLatin1Char(':')
                       + model->data(model->index(row), TimelineModel::StateTextRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        Session::instance()->setScenarios(coroscope::all_scenarios());
        m_engine = new QQmlApplicationEngine(this);
        m_engine->addImportPath(QStringLiteral(":/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Coroscope/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1440, 900);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void scenario_runs_and_its_lanes_and_states_show()
    {
        Session *session = Session::instance();
        click(item("scenario_gather-order"));
        QCOMPARE(session->scenarioId(), QStringLiteral("gather-order"));
        QSignalSpy finished(session, &Session::finished);
        click(item("runButton"));
        QCOMPARE(session->loopState(), QStringLiteral("running"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(session->loopState(), QStringLiteral("finished"));
        // main and its three workers, all done; the console in completion order.
        const QStringList lanes = lane_names(session->timeline());
        QCOMPARE(lanes.size(), 4);
        for (const QString &lane : lanes)
            QVERIFY2(lane.endsWith(QStringLiteral(":done")), qPrintable(lanes.join(QLatin1Char(' '))));
        QCOMPARE(session->console()->text(), QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n"));
        // The lane delegates exist on screen (a ListView of TimelineLane items).
        auto *list = item("laneList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 4);
        QVERIFY(session->now() >= 0.29 && session->now() < 2.0);
        // Clicking a console line moves the playhead to the moment it was printed ("finished 1" at 0.1 s).
        click(item("console_0"));
        QVERIFY(!session->followLive());
        QVERIFY2(session->playhead() >= 0.09 && session->playhead() < 1.0, qPrintable(QString::number(session->playhead())));
        screenshot(QStringLiteral("app-gather-order.png"));
    }

    void a_waiting_task_is_cancelled_from_the_details_panel()
    {
        Session *session = Session::instance();
        click(item("scenario_await-chain"));
        QCOMPARE(session->scenarioId(), QStringLiteral("await-chain"));
        session->setSpeed(0.25); // four real seconds to click in, on a loaded machine too
        click(item("runButton"));
        // print_add awaits add inline: one task, waiting on its 1 s sleep.
        QTRY_VERIFY(session->timeline()->rowCount() == 1 && session->timeline()->laneAt(0)->state == LaneState::Waiting);
        const qulonglong id = session->timeline()->laneAt(0)->id;
        QQuickItem *lane = item(qPrintable(QStringLiteral("lane_%1").arg(id)));
        click(lane);
        QCOMPARE(session->selectedTask(), id);
        QTRY_COMPARE(session->selection().value(QStringLiteral("canCancel")).toBool(), true);
        click(item("cancelTaskButton"));
        QTRY_COMPARE(session->loopState(), QStringLiteral("finished"));
        QCOMPARE(session->timeline()->laneAt(0)->state, LaneState::Cancelled);
        QTRY_COMPARE(item<QObject>("detailsState")->property("text").toString(), QStringLiteral("cancelled"));
        QVERIFY(session->console()->text().startsWith(QStringLiteral("1 + 2\n")));
        QVERIFY(!session->console()->text().contains(QStringLiteral("= 3")));
        screenshot(QStringLiteral("app-cancelled.png"));
        session->setSpeed(1);
    }

    void run_gather_shows_a_speedup_above_three()
    {
        QObject *bar = item<QObject>("controlBar");
        QVERIFY(bar);
        bar->setProperty("viewIndex", 1);
        QObject *controller = item<QObject>("compareController");
        QVERIFY(controller);
        QTRY_VERIFY(item("runGatherButton")->isVisible());
        click(item("runGatherButton"));
        QTRY_VERIFY_WITH_TIMEOUT(controller->property("running").toBool(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->property("running").toBool(), 60000);
        const double speedup = controller->property("speedup").toDouble();
        qInfo("speedup: %.2f", speedup);
        QVERIFY2(speedup > 3, qPrintable(controller->property("status").toString()));
        QCOMPARE(controller->property("strips").toList().size(), 3);
        QCOMPARE(item<QObject>("historyList")->property("count").toInt(), 1);
        QVERIFY(item<QObject>("speedupLabel")->property("text").toString().endsWith(QStringLiteral("×")));
        screenshot(QStringLiteral("app-compare.png"));
        bar->setProperty("viewIndex", 0);
    }
};

QTEST_MAIN(AppTest)
#include "tst_app.moc"
