// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Coroscope

// The state legend: the same colours and patterns the bars use, and the end markers.
Row {
    spacing: 10
    Repeater {
        model: StatePalette.legend(Preferences.language)
        Row {
            required property var modelData
            spacing: 4
            StateSwatch {
                objectName: "legendSwatch_" + parent.modelData.state
                width: 22; height: 12
                laneState: parent.modelData.state
                dark: Theme.dark
                anchors.verticalCenter: parent.verticalCenter
            }
            Text { text: parent.modelData.name; color: Theme.text; font.pixelSize: 11 }
        }
    }
    Text { text: qsTr("◆ done  ✕ failed  ⊘ cancelled"); color: Theme.dimText; font.pixelSize: 11 }
}
