// SPDX-License-Identifier: MIT
// The real window, offscreen: run a tutorial scenario and check the lanes and states shown,
// cancel a waiting task from the details panel, press "Run gather" and wait for the speedup on
// the demo server, travel in time (scrub the time axis, step back by key and button, back to
// live, open saved traces through the Open dialog and by dropping them on the window, a bad one
// refused with a message), and save screenshots under the build folder.

#include "scenario_catalog.h"
#include "session.h"
#include "timeline_model.h"

#include <QDir>
#include <QMimeData>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "main_window.h"
#include "quick_items.h"

using namespace coroscope::ui;

class AppTest : public QObject
{
    Q_OBJECT

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
    /// The lane list's delegate for `row` (null until the list has laid it out).
    QQuickItem *lane_delegate(int row) const
    {
        QQuickItem *delegate = nullptr;
        QMetaObject::invokeMethod(item("laneList"), "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
        return delegate;
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
        m_window = main_window::load(this);
        QVERIFY(m_window);
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

    void reset_lets_go_of_the_lane_delegates_kept_for_reuse()
    {
        // The lane list keeps the delegates scrolled out of sight for reuse (each with its lane's
        // image); emptied by Reset it lets go of them, so a reset window gives back the memory
        // the run took.
        Session *session = Session::instance();
        click(item("scenario_many-tasks"));
        session->parameters()->setValue(QStringLiteral("tasks"), 200);
        session->setSpeed(0);
        QSignalSpy finished(session, &Session::finished);
        click(item("runButton"));
        // On the virtual clock the run can end within the click (Session::run's first flush).
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        session->setSpeed(1);
        auto *list = item("laneList");
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 200);
        auto *content = list->property("contentItem").value<QQuickItem *>();
        QVERIFY(content);
        const auto delegates = [content] {
            const QList<QQuickItem *> children = content->childItems();
            return std::count_if(children.cbegin(), children.cend(),
                                 [](const QQuickItem *child) { return child->objectName().startsWith(QStringLiteral("lane_")); });
        };
        // Scrolled a few screens down and back: the list has delegates in its pool now.
        for (const double y : {300.0, 900.0, 1800.0, 0.0}) {
            list->setProperty("contentY", y);
            QVERIFY(QTest::qWaitForWindowExposed(m_window));
            m_window->grabWindow();
        }
        QVERIFY(delegates() > 0);
        session->reset();
        QTRY_COMPARE(list->property("count").toInt(), 0);
        QTRY_COMPARE(delegates(), 0);
        session->parameters()->resetToDefaults();
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
        // The lane's delegate as the list shows it now: a search by name could find a delegate
        // the list keeps for reuse (culled, from the run before) before the frame that lays out
        // the new one.
        QQuickItem *lane = nullptr;
        QTRY_VERIFY((lane = lane_delegate(0)) && lane->objectName() == QStringLiteral("lane_%1").arg(id));
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

    // A finished run fits the timeline's width; a zoom during the run is kept; each new run and
    // each opened trace starts fitted again.
    void a_finished_run_fits_unless_zoomed_during_it()
    {
        Session *session = Session::instance();
        auto *timeline = item<QObject>("timeline");
        QVERIFY(timeline);
        click(item("scenario_gather-order"));
        session->setSpeed(0); // the virtual clock: the run ends as soon as it is resumed
        const auto fits = [&] {
            return !timeline->property("autoFit").toBool() ? QStringLiteral("not fitting")
                   : timeline->property("viewStart").toDouble() != 0.0      ? QStringLiteral("starts late")
                   : timeline->property("viewEnd").toDouble() < session->now() ? QStringLiteral("cuts the end")
                                                                              : QString();
        };
        // Zoomed during a run (paused after one step): kept when it finishes.
        click(item("stepButton"));
        QCOMPARE(session->loopState(), QStringLiteral("paused"));
        click(item("zoomInButton"));
        QVERIFY(!timeline->property("autoFit").toBool());
        click(item("runButton"));
        QTRY_COMPARE(session->loopState(), QStringLiteral("finished"));
        QCOMPARE(fits(), QStringLiteral("not fitting"));
        // A new run: fitted, up to its end.
        click(item("runButton"));
        QTRY_COMPARE(session->loopState(), QStringLiteral("finished"));
        QVERIFY(session->now() > 0.29);
        QCOMPARE(fits(), QString());
        // Zoomed, then a saved run opened: fitted to the whole of it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gather-order.json"));
        QCOMPARE(session->exportTrace(path), QString());
        click(item("zoomInButton"));
        QVERIFY(!timeline->property("autoFit").toBool());
        QCOMPARE(session->openTrace(path), QString());
        QCOMPARE(fits(), QString());
        session->setSpeed(1);
    }

    void time_travel_scrub_step_back_and_open()
    {
        Session *session = Session::instance();
        click(item("scenario_gather-order"));
        session->setSpeed(0.5);
        QSignalSpy finished(session, &Session::finished);
        click(item("runButton"));
        QVERIFY(finished.wait(20000));
        QVERIFY(session->followLive());
        const QString end_console = session->console()->text();
        const int events = session->eventCount();
        QTRY_COMPARE(item("laneList")->property("count").toInt(), 4);

        // Scrub: press on the time axis and drag; the whole window follows the playhead.
        QQuickItem *axis = item("timeAxis");
        QVERIFY(axis);
        const double span = axis->parentItem()->property("viewEnd").toDouble() - axis->parentItem()->property("viewStart").toDouble();
        const auto at = [axis](double fraction) {
            return axis->mapToScene(QPointF(axis->width() * fraction, axis->height() / 2)).toPoint();
        };
        QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, at(0.5));
        QVERIFY(!session->followLive());
        QTest::mouseMove(m_window, at(0.3));
        QTest::mouseMove(m_window, at(0.15));
        QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, at(0.15));
        QVERIFY2(std::abs(session->playhead() - 0.15 * span) < span / 50, qPrintable(QString::number(session->playhead())));
        // At 0.15 of the view (about 0.05 s): the workers sleep, nothing printed yet.
        QCOMPARE(session->console()->rowCount(), 0);
        QVERIFY(session->cursor() < events);
        QTRY_VERIFY(item("unshownFuture")->isVisible());
        QCOMPARE(item<QObject>("playheadLabel")->property("text").toString().endsWith(QStringLiteral("(past)")), true);

        // Back to live with the Live control: the end again.
        click(item("liveButton"));
        QVERIFY(session->followLive());
        QCOMPARE(session->console()->text(), end_console);

        // Step back with ← and with the button, and a loop iteration with Shift+←.
        m_window->requestActivate();
        item("laneList")->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Left);
        QVERIFY(!session->followLive());
        const int after_key = session->cursor();
        QVERIFY(after_key < events);
        click(item("stepBackButton"));
        QVERIFY(session->cursor() < after_key);
        const int iteration = session->iteration();
        const int before_iteration_back = session->cursor();
        QTest::keyClick(m_window, Qt::Key_Left, Qt::ShiftModifier);
        QVERIFY(session->cursor() < before_iteration_back);
        QVERIFY(session->iteration() <= iteration);
        // "[0, 1, 2]" is printed by main's last step: stepped back, it is not there yet.
        QVERIFY(!session->console()->text().contains(QStringLiteral("[0, 1, 2]")));
        QCOMPARE(item<QObject>("travelPosition")->property("text").toString(),
                 QStringLiteral("step %1/%2 · iteration %3/%4").arg(session->stepIndex()).arg(session->stepCount())
                     .arg(session->iteration()).arg(session->iterationCount()));
        screenshot(QStringLiteral("app-step-back.png"));
        const int stepped_back_to = session->cursor();
        QTest::keyClick(m_window, Qt::Key_Right);
        QVERIFY(session->cursor() > stepped_back_to);

        // Save it, then open it through the Open dialog: the same run, shown at its end.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("gather-order.trace.json"));
        QCOMPARE(session->exportTrace(saved), QString());
        session->reset();
        QCOMPARE(session->eventCount(), 0);
        click(item("openButton"));
        QObject *dialog = item<QObject>("openDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        // Choosing a file in Qt's own dialog is its business: close it, then answer as a user who
        // picked the file would (the file chosen, then accepted).
        QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(dialog->setProperty("selectedFile", QUrl::fromLocalFile(saved)));
        QVERIFY(QMetaObject::invokeMethod(dialog, "accepted"));
        QTRY_COMPARE(session->openedFile(), QStringLiteral("gather-order.trace.json"));
        QCOMPARE(session->eventCount(), events);
        QCOMPARE(session->console()->text(), end_console);
        QCOMPARE(session->loopState(), QStringLiteral("finished"));
        QVERIFY(m_window->title().endsWith(QStringLiteral("gather-order.trace.json")));

        // Dropped on the window: a bad file is refused with a message, the view stays.
        const QString bad = dir.filePath(QStringLiteral("notes.json"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"traceEvents\": [");
        }
        session->stepBack();
        const int cursor = session->cursor();
        const auto drop = [this](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            const QPoint pos(m_window->width() / 2, m_window->height() / 2);
            QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(m_window, &enter);
            QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(m_window, &move);
            QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(m_window, &dropped);
        };
        drop(bad);
        QObject *error = item<QObject>("openErrorDialog");
        QTRY_VERIFY(error->property("visible").toBool());
        QVERIFY2(item<QObject>("openErrorText")->property("text").toString().startsWith(QStringLiteral("notes.json is truncated")),
                 qPrintable(item<QObject>("openErrorText")->property("text").toString()));
        QCOMPARE(session->cursor(), cursor);
        QCOMPARE(session->openedFile(), QStringLiteral("gather-order.trace.json"));
        screenshot(QStringLiteral("app-open-error.png"));
        QVERIFY(QMetaObject::invokeMethod(error, "close"));
        QTRY_VERIFY(!error->property("visible").toBool());
        // A good one dropped opens.
        const QString other = dir.filePath(QStringLiteral("dropped.json"));
        QVERIFY(QFile::copy(saved, other));
        drop(other);
        QTRY_COMPARE(session->openedFile(), QStringLiteral("dropped.json"));
        QVERIFY(session->followLive());
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
        // The page rows stay while the data changes under them (rebuilt each frame, they lost
        // the scroll position and cost a core at 200 pages).
        QPointer<QQuickItem> row;
        QTRY_VERIFY((row = item("page_0")) != nullptr);
        const double progress = controller->property("progress").toDouble();
        QTRY_VERIFY_WITH_TIMEOUT(controller->property("progress").toDouble() > progress, 30000);
        QVERIFY(row);
        QCOMPARE(item("page_0"), row.data());
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
