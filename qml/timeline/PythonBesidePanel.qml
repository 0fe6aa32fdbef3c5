// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// CPython's run of the scenario's listing, under the C++ run's timeline on the same time axis
// (its view follows the main view's window), with how the two runs differ. Session.beside runs
// the listing (the button in the control bar starts it).
ColumnLayout {
    id: panel
    /// The C++ run's timeline, whose time window this one shares.
    required property TimelineView mainTimeline
    spacing: 0

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: status.implicitHeight + 10
        color: Theme.base
        border.color: Theme.line
        Text {
            id: status
            objectName: "besideSummary"
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 6 }
            text: Session.beside.running ? qsTr("CPython is running the listing…")
                  : [Session.beside.message, Session.beside.summary].filter(t => t !== "").join("\n")
            wrapMode: Text.Wrap
            color: Theme.text
        }
    }
    TimelineView {
        objectName: "besideTimeline"
        visible: Session.beside.shown
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: Session.beside.timeline
        heading: qsTr("CPython · %1 tasks").arg(Session.beside.timeline.taskCount)
        showControls: false
        now: Session.beside.end
        playhead: Session.beside.end
        selectedTask: 0
        autoFit: false
        viewStart: panel.mainTimeline.viewStart
        viewEnd: panel.mainTimeline.viewEnd
    }
}
