// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Coroscope

TestCase {
    id: test
    name: "Timeline"
    width: 1000
    height: 400
    when: windowShown
    visible: true // TestCase hides itself by default; mouse tests need it shown

    Component {
        id: timelineComponent
        TimelineView {
            width: 1000
            height: 400
            model: fixtureTimeline
            now: 0.5
            playhead: 0.25
            selectedTask: 0
        }
    }

    function laneItem(view, id) {
        return findChild(view, "lane_" + id)
    }

    function test_lanes_and_states_of_the_recorded_trace() {
        const view = createTemporaryObject(timelineComponent, test)
        verify(view)
        compare(view.laneList.count, 3)
        tryVerify(() => laneItem(view, 1) !== null)
        compare(laneItem(view, 1).name, "#1 parent")
        compare(laneItem(view, 2).name, "#2 a")
        compare(laneItem(view, 3).name, "#3 b")
        compare(laneItem(view, 2).depth, 1)
        compare(laneItem(view, 2).stateText, "done")
        compare(laneItem(view, 3).stateText, "cancelled")
        // The hover text of b at 0.1 s: waiting on its 5 s timer.
        const seg = fixtureTimeline.segmentAt(3, 0.1)
        compare(seg.stateText, "waiting")
        compare(seg.end, 0.2)
    }

    function test_fit_zoom_and_pan() {
        const view = createTemporaryObject(timelineComponent, test)
        compare(view.viewStart, 0)
        fuzzyCompare(view.viewEnd, 0.53, 1e-9) // fit: the run plus a margin
        view.forceActiveFocus()
        keyClick(Qt.Key_Plus)
        verify(!view.autoFit)
        fuzzyCompare(view.viewEnd - view.viewStart, 0.265, 1e-9)
        keyClick(Qt.Key_D)
        verify(view.viewStart > 0)
        keyClick(Qt.Key_F)
        verify(view.autoFit)
        compare(view.viewStart, 0)
    }

    function test_click_selects_a_lane_and_axis_moves_the_playhead() {
        const view = createTemporaryObject(timelineComponent, test)
        const clicked = createTemporaryObject(signalSpyComponent, test, { target: view, signalName: "laneClicked" })
        const moved = createTemporaryObject(signalSpyComponent, test, { target: view, signalName: "playheadMoved" })
        tryVerify(() => laneItem(view, 2) !== null)
        const lane = laneItem(view, 2)
        waitForRendering(view)
        verify(lane.visible)
        mouseClick(lane, 60, lane.height / 2)
        compare(clicked.count, 1)
        compare(clicked.signalArguments[0][0], 2)
        const axis = findChild(view, "timeAxis")
        mouseClick(axis, 20, axis.height / 2)
        compare(moved.count, 1)
        fuzzyCompare(moved.signalArguments[0][0], 20 / axis.width * 0.53, 1e-6)
    }

    Component { id: signalSpyComponent; SignalSpy {} }
}
