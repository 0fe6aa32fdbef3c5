// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// Time travel through the recorded run: back and forward one task step (← / →) or one loop
// iteration (Shift+← / Shift+→), Replay at the chosen speed (Ctrl+R) and back to Live (L). Every
// panel shows the moment the playhead stands at. (The shortcuts live in ControlBar; the status
// bar says which step and iteration the playhead is at.)
RowLayout {
    id: bar
    spacing: 0
    readonly property bool hasRecording: Session.eventCount > 0
    readonly property bool atStart: Session.cursor === 0
    readonly property bool atEnd: Session.cursor >= Session.eventCount

    component TravelButton: ToolButton {
        flat: true
        font.pixelSize: 13
        implicitWidth: Math.max(30, implicitContentWidth + 12)
        Accessible.description: ToolTip.text
        ToolTip.visible: hovered
        ToolTip.delay: 400
    }

    TravelButton {
        objectName: "iterationBackButton"
        text: "⇤"
        enabled: bar.hasRecording && !bar.atStart
        onClicked: Session.iterationBack()
        Accessible.name: qsTr("Back one loop iteration")
        ToolTip.text: qsTr("Back to the start of the previous loop iteration (Shift+←)")
    }
    TravelButton {
        objectName: "stepBackButton"
        text: "◀"
        enabled: bar.hasRecording && !bar.atStart
        onClicked: Session.stepBack()
        Accessible.name: qsTr("Back one step")
        ToolTip.text: qsTr("Back one task step: the moment before the previous step ran (←)")
    }
    TravelButton {
        objectName: "stepForwardButton"
        text: "▶"
        enabled: bar.hasRecording && !Session.followLive && !bar.atEnd
        onClicked: Session.stepForward()
        Accessible.name: qsTr("Forward one step")
        ToolTip.text: qsTr("Forward one task step of the recording (→)")
    }
    TravelButton {
        objectName: "iterationForwardButton"
        text: "⇥"
        enabled: bar.hasRecording && !Session.followLive && !bar.atEnd
        onClicked: Session.iterationForward()
        Accessible.name: qsTr("Forward one loop iteration")
        ToolTip.text: qsTr("Forward to the start of the next loop iteration (Shift+→)")
    }
    TravelButton {
        objectName: "replayButton"
        text: Session.replaying ? qsTr("■ Stop") : qsTr("▷ Replay")
        enabled: bar.hasRecording
        onClicked: Session.toggleReplay()
        Accessible.name: Session.replaying ? qsTr("Stop replay") : qsTr("Replay")
        ToolTip.text: qsTr("Play the recording again at the chosen speed, without running it again (Ctrl+R)")
    }
    TravelButton {
        objectName: "liveButton"
        text: "● " + (Session.loopState === "running" || Session.loopState === "paused" ? qsTr("Live") : qsTr("End"))
        checkable: false
        highlighted: Session.followLive && bar.hasRecording
        enabled: bar.hasRecording && !Session.followLive
        onClicked: Session.goLive()
        Accessible.name: text.substring(2)
        ToolTip.text: qsTr("Follow the running loop again, or show the end of the recording (L)")
    }
}
