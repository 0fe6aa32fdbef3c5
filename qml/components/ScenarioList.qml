// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The tutorial's scenarios grouped by section, with a search field.
Panel {
    id: root
    title: qsTr("Scenarios")

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        TextField {
            id: search
            objectName: "scenarioSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search (Ctrl+F)")
            onTextChanged: Session.scenarios.filter = text
            onAccepted: {
                const id = Session.scenarios.idAt(0)
                if (id !== "") Session.selectScenario(id)
            }
            Shortcut { sequence: StandardKey.Find; onActivated: search.forceActiveFocus() }
        }
        ListView {
            id: list
            objectName: "scenarioListView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Session.scenarios
            section.property: "group"
            // Section delegates get `section` from their context (no required properties in 6.4).
            section.delegate: Text {
                text: section
                font.bold: true
                font.pixelSize: 12
                color: Theme.dimText
                topPadding: 8
                bottomPadding: 2
                leftPadding: 4
            }
            delegate: ItemDelegate {
                id: item
                required property string scenarioId
                required property string title
                required property bool hasErrata
                width: ListView.view.width
                objectName: "scenario_" + scenarioId
                highlighted: Session.scenarioId === scenarioId
                onClicked: Session.selectScenario(scenarioId)
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: item.title + (item.hasErrata ? "  ⚠" : "")
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        color: item.highlighted ? Theme.highlightedText : Theme.text
                    }
                    Label {
                        text: item.scenarioId
                        font.family: Theme.monoFamily
                        font.pixelSize: 11
                        color: item.highlighted ? Theme.highlightedText : Theme.dimText
                    }
                }
                ToolTip.visible: hovered && hasErrata
                ToolTip.text: qsTr("The tutorial is wrong here: the scenario shows why")
            }
        }
    }
}
