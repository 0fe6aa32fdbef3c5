// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The loop's state, its ready queue, live tasks and the elapsed loop time.
ToolBar {
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        spacing: 18
        Label {
            objectName: "loopStateLabel"
            text: qsTr("Loop: %1").arg(stateText(Session.loopState))
            function stateText(state) {
                switch (state) {
                case "idle": return qsTr("idle")
                case "running": return qsTr("running")
                case "paused": return qsTr("paused")
                case "finished": return qsTr("finished")
                case "failed": return qsTr("failed")
                case "stopped": return qsTr("stopped (saved mid-run)")
                default: return state
                }
            }
            font.bold: true
        }
        Label { objectName: "readyLabel"; text: qsTr("Ready queue: %1").arg(Session.readyCount) }
        Label { text: qsTr("Live tasks: %1").arg(Session.liveTasks) }
        Label { objectName: "elapsedLabel"; text: qsTr("Elapsed: %1").arg(Theme.formatSeconds(Session.now)) }
        Label {
            objectName: "playheadLabel"
            text: qsTr("Playhead: %1%2").arg(Theme.formatSeconds(Session.playhead))
                  .arg(Session.replaying ? qsTr(" (replay)") : Session.followLive ? qsTr(" (live)") : qsTr(" (past)"))
        }
        Label {
            objectName: "travelPosition"
            visible: Session.eventCount > 0
            text: qsTr("step %1/%2 · iteration %3/%4").arg(Session.stepIndex).arg(Session.stepCount)
                      .arg(Session.iteration).arg(Session.iterationCount)
        }
        Label {
            objectName: "openedFileLabel"
            visible: Session.openedFile !== ""
            text: qsTr("From %1").arg(Session.openedFile)
        }
        Label {
            text: Session.mainResult !== "" ? qsTr("main → %1").arg(Session.mainResult)
                  : Session.usesRealNetwork ? qsTr("Your own URLs keep their real latency: slow motion and pause cannot slow the internet")
                  : ""
            objectName: "mainResultLabel"
            elide: Text.ElideRight
            clip: true
            Layout.fillWidth: true
            // main's outcome keeps its room (up to 240 px) when the window is narrow or the
            // counters above are long (10,000 tasks); the key hint gives way first.
            Layout.minimumWidth: Math.min(implicitWidth, 240)
        }
        Label {
            objectName: "keyHintLabel"
            text: qsTr("F5 run · Space pause · F10 step · ← → step back/forward · Ctrl+Shift+R reset · [ ] speed · Ctrl+E export")
            color: Theme.dimText
            Layout.rightMargin: 8
            // Only items that fill can shrink in a RowLayout: this one fills up to its own width,
            // elided below it, down to 60 px.
            elide: Text.ElideRight
            clip: true
            Layout.fillWidth: true
            Layout.minimumWidth: 60
            Layout.maximumWidth: implicitWidth
        }
    }
}
