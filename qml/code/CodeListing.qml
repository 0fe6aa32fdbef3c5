// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Coroscope

// One listing: line numbers, highlighted code, and a chip per task standing on a line (its
// colour); the line gets a tint of the first task's colour. Scrolls to follow the marks.
Rectangle {
    id: root
    property CodeModel model
    property string title
    color: Theme.base
    border.color: Theme.line
    clip: true

    Text {
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 6 }
        text: root.title
        font.bold: true
        color: Theme.text
        elide: Text.ElideMiddle
    }

    ListView {
        id: lines
        objectName: "codeLines"
        anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom; topMargin: 4 }
        model: root.model
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}
        contentWidth: Math.max(width, 900)
        flickableDirection: Flickable.AutoFlickIfNeeded
        // Readable line by line: Tab to the listing, ↑ / ↓ to move.
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: root.title

        delegate: Rectangle {
            id: row
            required property int lineNumber
            required property string html
            required property var markers
            required property string markerNames
            required property string plain
            width: lines.contentWidth
            height: code.implicitHeight + 2
            color: markers.length > 0 ? Theme.withAlpha(Theme.taskColor(markers[0]), Theme.dark ? 0.35 : 0.22) : "transparent"
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("line %1: %2").arg(lineNumber).arg(plain)
                             + (markerNames !== "" ? qsTr("; here now: %1").arg(markerNames) : "")
            FocusMarker { visible: row.ListView.isCurrentItem && lines.activeFocus }

            Text {
                id: number
                width: 34
                horizontalAlignment: Text.AlignRight
                text: row.lineNumber
                font.family: Theme.monoFamily
                font.pixelSize: 12
                color: Theme.dimText
                anchors.verticalCenter: parent.verticalCenter
            }
            Row {
                id: chips
                x: 38
                width: 22
                spacing: 1
                anchors.verticalCenter: parent.verticalCenter
                Repeater {
                    model: row.markers
                    Rectangle {
                        required property var modelData
                        width: 6; height: 12; radius: 2
                        color: Theme.taskColor(modelData)
                    }
                }
            }
            Text {
                id: code
                x: 62
                textFormat: Text.RichText
                text: row.html
                font.family: Theme.monoFamily
                font.pixelSize: 12
                color: Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered && row.markerNames !== ""
            ToolTip.text: qsTr("Here now: %1").arg(row.markerNames)
        }

        Connections {
            target: root.model
            function onMarkersChanged() {
                if (root.model.firstMarkedLine > 0)
                    lines.positionViewAtIndex(root.model.firstMarkedLine - 1, ListView.Contain)
            }
        }
    }
}
