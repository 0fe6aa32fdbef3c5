// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The timeline: a lane per task (nested under its creator), async generator and executor
// thread; state-coloured bars drawn by TimelineLane; a time axis, the playhead, zoom and pan.
// Only visible lanes exist (ListView), so thousands of tasks stay smooth.
// Keys: + / - (or W / S) zoom, A / D pan, F fit, L follow live, ',' / '.' move the playhead
// (← / → step through the run everywhere: TimeTravelBar); the lanes are a list (Tab to it):
// ↑ / ↓ move between tasks, which selects them.
// The model is the run as it was at the playhead: bars end there (open ones at the playhead),
// and the recorded rest of the run, not shown, is shaded up to its end.
// Mouse: Ctrl+wheel or wheel over the axis zooms, Shift+wheel pans, drag on the axis moves the
// playhead, click a lane to select it.
FocusScope {
    id: root
    property TimelineModel model: Session.timeline
    property real now: Session.now
    property real playhead: Session.playhead
    property var selectedTask: Session.selectedTask
    property real viewStart: 0
    property real viewEnd: 1
    property bool autoFit: true
    /// Where fitting ends: the run's end (the window makes room for CPython's run beside it).
    property real fitEnd: now
    property string heading: qsTr("Timeline · %1 tasks").arg(root.model ? root.model.taskCount : 0)
    /// The time-travel controls and the legend (the view of CPython's run beside has neither).
    property bool showControls: true
    readonly property real span: Math.max(1e-9, viewEnd - viewStart)
    readonly property real laneAreaWidth: Math.max(1, lanes.width - Theme.labelWidth)
    readonly property alias laneList: lanes

    signal laneClicked(var laneId)
    signal playheadMoved(real seconds)

    // Each new recording (a run anew, an opened trace) starts fitted and stays fitted to its end
    // when it finishes; a zoom or pan during the run is kept.
    Connections {
        target: Session
        function onRecordingStarted() { root.autoFit = true }
    }
    // While fitting, the window grows with the run.
    Binding { target: root; property: "viewStart"; value: 0; when: root.autoFit }
    Binding { target: root; property: "viewEnd"; value: Math.max(0.05, root.fitEnd * 1.06); when: root.autoFit }

    function zoomAt(fraction, factor) {
        const anchor = viewStart + fraction * span
        const newSpan = Math.min(Math.max(span * factor, 1e-7), 3600)
        autoFit = false
        viewStart = Math.max(0, anchor - fraction * newSpan)
        viewEnd = viewStart + newSpan
    }
    function pan(fraction) {
        const delta = fraction * span
        autoFit = false
        const s = Math.max(0, viewStart + delta)
        viewEnd = s + span
        viewStart = s
    }
    function fit() { autoFit = true }
    function xOf(t) { return Theme.labelWidth + (t - viewStart) / span * laneAreaWidth }

    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_Plus: case Qt.Key_Equal: case Qt.Key_W: zoomAt(0.5, 0.5); break
        case Qt.Key_Minus: case Qt.Key_S: zoomAt(0.5, 2); break
        case Qt.Key_A: pan(-0.2); break
        case Qt.Key_D: pan(0.2); break
        case Qt.Key_F: fit(); break
        case Qt.Key_L: Session.followLive = true; break
        case Qt.Key_Comma: playheadMoved(Math.max(0, playhead - span / 50)); break
        case Qt.Key_Period: playheadMoved(Math.min(now, playhead + span / 50)); break
        default: return
        }
        event.accepted = true
    }

    Rectangle { anchors.fill: parent; color: Theme.base; border.color: Theme.line }

    RowLayout {
        id: toolbar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 6 }
        spacing: 8
        Text {
            text: root.heading
            font.bold: true
            color: Theme.text
        }
        TimeTravelBar { objectName: "timeTravelBar"; visible: root.showControls }
        Legend { Layout.fillWidth: true; clip: true; visible: root.showControls }
        Item { Layout.fillWidth: true; visible: !root.showControls }
        Button {
            objectName: "fitButton"
            text: qsTr("Fit"); flat: true; onClicked: root.fit()
            Accessible.name: qsTr("Fit the whole run"); Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Show the whole run (F)")
        }
        Button {
            objectName: "zoomInButton"
            text: "+"; flat: true; onClicked: root.zoomAt(0.5, 0.5)
            Accessible.name: qsTr("Zoom in"); Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Zoom in (+, W, Ctrl+wheel)")
        }
        Button {
            objectName: "zoomOutButton"
            text: "−"; flat: true; onClicked: root.zoomAt(0.5, 2)
            Accessible.name: qsTr("Zoom out"); Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Zoom out (−, S)")
        }
    }

    TimeAxis {
        id: axis
        objectName: "timeAxis"
        anchors { left: parent.left; right: parent.right; top: toolbar.bottom; topMargin: 4; leftMargin: Theme.labelWidth }
        height: 20
        viewStart: root.viewStart
        viewEnd: root.viewEnd
        color: Theme.text
        MouseArea {
            anchors.fill: parent
            onPressed: mouse => root.playheadMoved(root.viewStart + mouse.x / width * root.span)
            onPositionChanged: mouse => { if (pressed) root.playheadMoved(root.viewStart + mouse.x / width * root.span) }
            onWheel: wheel => root.zoomAt(wheel.x / width, wheel.angleDelta.y > 0 ? 0.8 : 1.25)
        }
    }

    ListView {
        id: lanes
        objectName: "laneList"
        anchors { left: parent.left; right: parent.right; top: axis.bottom; bottom: parent.bottom; margins: 1 }
        model: root.model
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        // Emptied (Reset, a new run): the delegates kept for reuse go, with their lanes' images.
        onCountChanged: if (count === 0) { reuseItems = false; reuseItems = true }
        cacheBuffer: 0 // lanes out of sight are not drawn (each visible lane repaints when the view zooms)
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Tasks on the timeline")
        // Moving through the lanes by keyboard selects each task (its details show).
        onCurrentIndexChanged: if (activeFocus && currentItem) root.laneClicked(currentItem.laneId)
        ScrollBar.vertical: ScrollBar {}
        delegate: Item {
            id: laneItem
            required property var laneId
            required property string name
            required property int kind
            required property int depth
            required property int laneState
            required property string stateText
            required property int colorIndex
            required property int revision
            required property int index
            objectName: "lane_" + laneId
            width: lanes.width
            height: Theme.laneHeight
            readonly property bool selected: root.selectedTask === laneId
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2").arg(name).arg(stateText)
            Accessible.selected: selected

            Rectangle {
                anchors.fill: parent
                color: laneItem.selected ? Theme.withAlpha(Theme.highlight, 0.18) : "transparent"
            }
            Rectangle {
                id: chip
                x: 6 + laneItem.depth * 14
                width: 4; height: parent.height - 6; radius: 2
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.taskColor(laneItem.colorIndex)
            }
            Text {
                anchors { left: chip.right; leftMargin: 5; verticalCenter: parent.verticalCenter }
                width: Theme.labelWidth - x - 6
                text: (laneItem.kind === 3 ? "⇄ " : laneItem.kind === 2 ? "⚙ " : laneItem.kind === 1 ? "↻ " : "") + laneItem.name
                      + "  ·  " + laneItem.stateText
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: 12
            }
            TimelineLane {
                id: painter
                x: Theme.labelWidth
                width: parent.width - Theme.labelWidth
                height: parent.height
                model: root.model
                laneId: laneItem.laneId
                revision: laneItem.revision
                viewStart: root.viewStart
                viewEnd: root.viewEnd
                now: root.playhead // the moment shown: open bars end there
                playhead: root.playhead
                selected: laneItem.selected
                textColor: Theme.text
                dark: Theme.dark
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
            FocusMarker { visible: laneItem.ListView.isCurrentItem && lanes.activeFocus }
            MouseArea {
                id: mouseArea
                anchors.fill: parent
                hoverEnabled: true
                acceptedButtons: Qt.LeftButton
                property var hoverInfo: ({})
                onClicked: { lanes.currentIndex = laneItem.index; lanes.forceActiveFocus(); root.laneClicked(laneItem.laneId) }
                onPositionChanged: mouse => {
                    hoverInfo = mouse.x > Theme.labelWidth
                        ? root.model.segmentAt(laneItem.laneId, painter.timeAt(mouse.x - Theme.labelWidth)) : ({})
                }
                onExited: hoverInfo = ({})
                onWheel: wheel => {
                    if (wheel.modifiers & Qt.ControlModifier)
                        root.zoomAt(Math.max(0, wheel.x - Theme.labelWidth) / root.laneAreaWidth, wheel.angleDelta.y > 0 ? 0.8 : 1.25)
                    else if ((wheel.modifiers & Qt.ShiftModifier) || wheel.angleDelta.x !== 0)
                        root.pan((wheel.angleDelta.y + wheel.angleDelta.x) > 0 ? -0.1 : 0.1)
                    else
                        wheel.accepted = false
                }
                ToolTip.visible: containsMouse && hoverInfo.stateText !== undefined
                ToolTip.delay: 300
                ToolTip.text: hoverInfo.stateText === undefined ? ""
                    : laneItem.name + "\n" + hoverInfo.stateText
                      + (hoverInfo.label ? ": " + hoverInfo.label : "")
                      + "\n" + Theme.formatSeconds(hoverInfo.start) + " → "
                      + (hoverInfo.open ? qsTr("now") : Theme.formatSeconds(hoverInfo.end))
                      + " (" + Theme.formatSeconds(hoverInfo.end - hoverInfo.start) + ")"
                      + (hoverInfo.line > 0 ? qsTr("\nline %1").arg(hoverInfo.line) : "")
            }
        }
        Text {
            anchors.centerIn: parent
            visible: lanes.count === 0
            text: Session.scenarioId === "" ? qsTr("Pick a scenario on the left, then press Run (F5) or Step (F10).")
                                             : qsTr("Press Run (F5) to watch it live, or Step (F10) through it.")
            color: Theme.dimText
        }
    }

    // The recorded run after the playhead, not shown: shaded up to the end of the recording.
    Rectangle {
        objectName: "unshownFuture"
        readonly property real from: Math.max(root.viewStart, root.playhead)
        readonly property real to: Math.min(root.viewEnd, root.now)
        visible: !Session.followLive && to > from && lanes.count > 0
        x: root.xOf(from)
        y: lanes.y
        width: Math.max(0, root.xOf(to) - x)
        height: Math.min(lanes.height, lanes.contentHeight)
        color: Theme.withAlpha(Theme.text, 0.06)
    }

    // The playhead, over the lanes.
    Rectangle {
        objectName: "playhead"
        visible: root.playhead >= root.viewStart && root.playhead <= root.viewEnd && lanes.count > 0
        x: root.xOf(root.playhead) - 1
        y: axis.y
        width: 2
        height: lanes.y + Math.min(lanes.height, lanes.contentHeight) - axis.y
        color: Theme.playhead
        Text {
            text: "▼"
            color: Theme.playhead
            font.pixelSize: 10
            anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: -4 }
        }
    }

    PinchHandler {
        target: null
        property real startSpan: 1
        onActiveChanged: if (active) startSpan = root.span
        onActiveScaleChanged: if (active) root.zoomAt(0.5, startSpan / Math.max(0.05, activeScale) / root.span)
    }
}
