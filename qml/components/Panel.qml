// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Coroscope

// A titled panel: a header line and content filling the rest.
Rectangle {
    id: panel
    property string title
    property alias headerExtras: extras.data
    default property alias content: body.data
    color: Theme.base
    border.color: Theme.line
    clip: true

    RowLayout {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 6 }
        height: 22
        Text {
            text: panel.title
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Row { id: extras; spacing: 6; Layout.alignment: Qt.AlignRight | Qt.AlignVCenter }
    }
    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: 4 }
    }
}
