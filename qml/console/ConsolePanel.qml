// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Coroscope

// What the scenario printed, each line with its loop time. Lines after the playhead are dimmed;
// clicking a line (or Enter on it: Tab to the list, ↑ / ↓) moves the playhead to the moment it
// was printed.
Panel {
    id: root
    title: qsTr("Console · %1 lines").arg(Session.console.count)

    ListView {
        id: lines
        objectName: "consoleLines"
        anchors.fill: parent
        model: Session.console
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Console")
        Keys.onReturnPressed: if (currentItem) currentItem.clicked()
        Keys.onEnterPressed: if (currentItem) currentItem.clicked()
        // The newest line in view, live and in time travel alike (the console ends at the playhead).
        onCountChanged: positionViewAtEnd()
        delegate: ItemDelegate {
            id: entry
            objectName: "console_" + index
            required property int index
            required property string line
            required property real time
            required property string timeText
            required property bool isReport
            width: ListView.view.width
            height: 22
            padding: 2
            readonly property bool future: !Session.followLive && time > Session.playhead + 1e-9
            focusPolicy: Qt.NoFocus
            onClicked: { lines.currentIndex = index; Session.playhead = time }
            Accessible.name: qsTr("%1: %2").arg(timeText).arg(line)
            FocusMarker { visible: entry.ListView.isCurrentItem && lines.activeFocus }
            contentItem: Row {
                spacing: 10
                Text {
                    width: 74
                    horizontalAlignment: Text.AlignRight
                    text: entry.timeText
                    color: Theme.dimText
                    font.family: Theme.monoFamily
                    font.pixelSize: 12
                }
                Text {
                    text: entry.isReport ? "⚠ " + entry.line : entry.line
                    color: entry.isReport ? Theme.stateColor(4) : Theme.text
                    opacity: entry.future ? 0.35 : 1
                    font.family: Theme.monoFamily
                    font.pixelSize: 12
                }
            }
        }
        Text {
            anchors.centerIn: parent
            visible: lines.count === 0
            text: qsTr("Printed lines appear here with their times.")
            color: Theme.dimText
        }
    }
}
