// SPDX-License-Identifier: MIT
// Keyboard and screen reader, on the real window offscreen: Tab walks every control of both
// views (and comes back round), each stop has an accessible name and role and a visible focus
// frame; a scenario is opened, run and its tasks read from the timeline by keyboard alone, the
// lanes reading as a list of tasks with their states; the panes' dividers are tab stops too,
// moved with the arrow keys.

#include "scenario_catalog.h"
#include "session.h"
#include "timeline_model.h"

#include <QAccessible>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "main_window.h"
#include "quick_items.h"

using namespace coroscope::ui;

namespace {

using quick_items::find_item;

void all_items(QQuickItem *root, QList<QQuickItem *> &out)
{
    out << root;
    for (QQuickItem *child : root->childItems())
        all_items(child, out);
}

/// What a screen reader announces for an item: its role and name. An editable SpinBox gives the
/// focus to its text field, which the SpinBox (its parent) names.
struct Announced
{
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
};
Announced announced(QQuickItem *item)
{
    for (QQuickItem *it = item; it && it != item->parentItem()->parentItem(); it = it->parentItem()) {
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(it);
        if (face && !face->text(QAccessible::Name).isEmpty())
            return {face->role(), face->text(QAccessible::Name)};
    }
    return {};
}

bool is_control(QQuickItem *item)
{
    for (const char *type : {"QQuickAbstractButton", "QQuickComboBox", "QQuickSpinBox", "QQuickTextField", "QQuickTextArea"})
        if (item->inherits(type))
            return true;
    return false;
}

/// A list's items are reached with the arrow keys once the list has focus.
bool inside_keyboard_list(QQuickItem *item)
{
    for (QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (it->inherits("QQuickListView") && it->activeFocusOnTab())
            return true;
    return false;
}

} // namespace

class KeyboardTest : public QObject
{
    Q_OBJECT

    QQuickWindow *m_window = nullptr;

    QQuickItem *item(const char *name) const { return find_item(m_window->contentItem(), QString::fromLatin1(name)); }

    /// Tabs round the window once; checks every stop and returns the names in order.
    QStringList tab_round(QSet<QQuickItem *> &visited)
    {
        QStringList names;
        QQuickItem *first = nullptr;
        for (int i = 0; i < 100; ++i) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            QQuickItem *focus = m_window->activeFocusItem();
            if (!focus) {
                qWarning("Tab left the window without focus");
                return {};
            }
            if (focus == first)
                return names;
            if (!first)
                first = focus;
            const Announced a = announced(focus);
            const QByteArray what = focus->metaObject()->className() + QByteArray(" ") + focus->objectName().toUtf8();
            if (a.name.isEmpty() || a.role == QAccessible::NoRole || a.role == QAccessible::Client) {
                qWarning("no accessible name or role: %s", what.constData());
                return {};
            }
            // The focus is visible: the frame surrounds the focused item (Controls when focused by keyboard).
            QQuickItem *ring = item("focusRing");
            const QRectF target = focus->mapRectToScene(QRectF(0, 0, focus->width(), focus->height()));
            const QRectF frame = ring->mapRectToScene(QRectF(0, 0, ring->width(), ring->height()));
            if (!ring->isVisible() || !frame.contains(target) || frame.width() > target.width() + 6) {
                qWarning("no focus frame around %s", what.constData());
                return {};
            }
            visited.insert(focus);
            if (focus->parentItem())
                visited.insert(focus->parentItem()); // an editable SpinBox's text field
            // A list passes the focus on to its current item: "list: item".
            QQuickItem *list = focus->parentItem() ? focus->parentItem()->parentItem() : nullptr;
            if (list && list->inherits("QQuickListView"))
                names << announced(list).name + QStringLiteral(": ") + a.name;
            else
                names << a.name;
        }
        qWarning("Tab never came back to the first stop");
        return {};
    }

    /// Every visible, enabled control is a tab stop or an item of a keyboard-navigable list.
    void verify_every_control_reached(const QSet<QQuickItem *> &visited)
    {
        QList<QQuickItem *> items;
        all_items(m_window->contentItem(), items);
        for (QQuickItem *it : items)
            if (is_control(it) && it->isVisible() && it->isEnabled() && !inside_keyboard_list(it))
                QVERIFY2(visited.contains(it), qPrintable(QString::fromUtf8(it->metaObject()->className()) + QLatin1Char(' ')
                                                          + announced(it).name + QLatin1Char(' ') + it->objectName()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = main_window::load(this);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        // As when a screen reader starts: the controls fill in their accessible roles and names.
        // (The offscreen platform has no accessibility bridge, so it is announced by hand.)
        QAccessible::setActive(true);
    }

    void tab_walks_the_scenario_view_with_names()
    {
        QSet<QQuickItem *> visited;
        const QStringList names = tab_round(visited);
        qInfo("tab order: %s", qPrintable(names.join(QStringLiteral(" → "))));
        QVERIFY(!names.isEmpty());
        // In reading order: the toolbar, the scenario list, the code, the timeline, the console.
        const QStringList expected{QStringLiteral("Views: Scenarios"), QStringLiteral("Views: Compare (Run gather)"),
                                   QStringLiteral("Speed"), QStringLiteral("Colours"),
                                   QStringLiteral("Search scenarios"), QStringLiteral("Scenarios"),
                                   QStringLiteral("Python (the tutorial)"),
                                   QStringLiteral("Fit the whole run"), QStringLiteral("Zoom in"), QStringLiteral("Zoom out"),
                                   QStringLiteral("Tasks on the timeline"), QStringLiteral("Console")};
        qsizetype at = 0;
        for (const QString &name : expected) {
            while (at < names.size() && names[at] != name && !names[at].startsWith(name + QStringLiteral(": ")))
                ++at;
            QVERIFY2(at < names.size(), qPrintable(name + QStringLiteral(" missing or out of order in: ") + names.join(QStringLiteral(", "))));
            ++at;
        }
        verify_every_control_reached(visited);
    }

    void the_dividers_are_named_tab_stops_moved_by_the_arrow_keys()
    {
        QList<QQuickItem *> items, dividers;
        all_items(m_window->contentItem(), items);
        for (QQuickItem *it : items)
            if (it->objectName() == QLatin1String("splitterHandle") && it->isVisible())
                dividers << it;
        // Scenario list | the rest; code / timeline / console and details; console | details; C++ | Python.
        QCOMPARE(dividers.size(), 5);
        QStringList names;
        for (QQuickItem *divider : dividers) {
            QVERIFY(divider->activeFocusOnTab());
            const Announced a = announced(divider);
            QCOMPARE(a.role, QAccessible::Separator);
            QVERIFY(!a.name.isEmpty());
            names << a.name;
        }
        QVERIFY(names.contains(QStringLiteral("Divider between the left and right panes")));
        QVERIFY(names.contains(QStringLiteral("Divider between the upper and lower panes")));

        // Tab reaches the divider right of the scenario list (after all the panes it divides).
        QQuickItem *divider = nullptr;
        for (QQuickItem *d : dividers)
            if (d->parentItem() == item("scenarioPage"))
                divider = d;
        QVERIFY(divider);
        for (int i = 0; i < 60 && m_window->activeFocusItem() != divider; ++i)
            QTest::keyClick(m_window, Qt::Key_Tab);
        QCOMPARE(m_window->activeFocusItem(), divider);
        QCOMPARE(announced(divider).name, QStringLiteral("Divider between the left and right panes"));
        QVERIFY(item("focusRing")->isVisible());

        // → and ← move it by 20 px, Shift by 100; the scenario list follows.
        QQuickItem *pane = item("scenarioListView");
        while (pane && pane->parentItem() && pane->parentItem()->parentItem() != item("scenarioPage"))
            pane = pane->parentItem(); // up to the ScenarioList, a pane of the page's SplitView
        QVERIFY(pane);
        const qreal width = pane->width();
        const qreal x = divider->mapToScene({0, 0}).x();
        QTest::keyClick(m_window, Qt::Key_Right);
        QTRY_COMPARE(pane->width(), width + 20);
        QTRY_COMPARE(divider->mapToScene({0, 0}).x(), x + 20);
        QTest::keyClick(m_window, Qt::Key_Right, Qt::ShiftModifier);
        QTRY_COMPARE(pane->width(), width + 120);
        QTest::keyClick(m_window, Qt::Key_Left, Qt::ShiftModifier);
        QTRY_COMPARE(pane->width(), width + 20);
        QTest::keyClick(m_window, Qt::Key_Left);
        QTRY_COMPARE(pane->width(), width);
        // Not below the list's minimum width (SplitView.minimumWidth: 180 in Main.qml).
        QTest::keyClick(m_window, Qt::Key_Left, Qt::ShiftModifier);
        QTRY_COMPARE(pane->width(), 180.0);
        // Up and down do nothing to a divider between left and right.
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(pane->width(), 180.0);

        // A divider between the timeline and the console: ↓ gives the timeline more room.
        QQuickItem *timeline = item("timeline");
        QQuickItem *below = nullptr;
        for (QQuickItem *d : dividers) {
            const qreal top = d->mapToScene({0, 0}).y();
            const qreal timeline_bottom = timeline->mapToScene({0, timeline->height()}).y();
            if (announced(d).name == QStringLiteral("Divider between the upper and lower panes") && qAbs(top - timeline_bottom) < 2)
                below = d;
        }
        QVERIFY(below);
        below->forceActiveFocus(Qt::TabFocusReason);
        const qreal height = timeline->height();
        QTest::keyClick(m_window, Qt::Key_Down);
        QTRY_COMPARE(timeline->height(), height + 20);
        QTest::keyClick(m_window, Qt::Key_Up);
        QTRY_COMPARE(timeline->height(), height);
    }

    void a_scenario_is_opened_run_and_read_by_keyboard()
    {
        Session *session = Session::instance();
        // Tab to the scenario list, go down to gather-order and open it with Enter.
        QQuickItem *list = item("scenarioListView");
        for (int i = 0; i < 40 && !list->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(list->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Home);
        for (int i = 0; i < 20 && session->property("scenarioId").toString() != QStringLiteral("gather-order"); ++i) {
            QTest::keyClick(m_window, Qt::Key_Down);
            QTest::keyClick(m_window, Qt::Key_Return);
        }
        QCOMPARE(session->property("scenarioId").toString(), QStringLiteral("gather-order"));
        QTest::keyClick(m_window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(session->property("loopState").toString(), QStringLiteral("finished"), 20000);

        // The lanes: a list of tasks, each read as "name, state".
        QQuickItem *lanes = item("laneList");
        for (int i = 0; i < 40 && !lanes->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(lanes->hasActiveFocus());
        QAccessibleInterface *list_face = QAccessible::queryAccessibleInterface(lanes);
        QVERIFY(list_face);
        QCOMPARE(list_face->role(), QAccessible::List);
        QStringList read;
        for (int i = 0; i < list_face->childCount(); ++i)
            if (QAccessibleInterface *child = list_face->child(i); child && child->role() == QAccessible::ListItem)
                read << child->text(QAccessible::Name);
        qInfo("the timeline reads: %s", qPrintable(read.join(QStringLiteral(" | "))));
        QCOMPARE(read.size(), 4);
        for (const QString &lane : read)
            QVERIFY2(lane.endsWith(QStringLiteral(", done")), qPrintable(lane));

        // ↓ moves to the next task and selects it: the details panel shows it.
        const TimelineModel *model = session->timeline();
        QTest::keyClick(m_window, Qt::Key_Down);
        QTRY_COMPARE(session->property("selectedTask").toULongLong(), qulonglong(model->laneAt(1)->id));
        QDir().mkpath(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR));
        QVERIFY(m_window->grabWindow().save(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR "/keyboard-lanes.png")));
    }

    void tab_walks_the_compare_view_with_names()
    {
        QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(item("runGatherButton")->isVisible());
        QSet<QQuickItem *> visited;
        const QStringList names = tab_round(visited);
        qInfo("tab order: %s", qPrintable(names.join(QStringLiteral(" → "))));
        for (const char *name : {"Pages", "Latency in milliseconds", "Your own URLs", "Run gather"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        verify_every_control_reached(visited);
        QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    }
};

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
