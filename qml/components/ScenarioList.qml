// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The tutorial's scenarios grouped by section, with a search field. Keyboard: Tab to the list,
// ↑ / ↓ to move, Enter to open the scenario.
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
            Accessible.name: qsTr("Search scenarios")
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
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Scenarios")
            Keys.onReturnPressed: if (currentItem) currentItem.clicked()
            Keys.onEnterPressed: if (currentItem) currentItem.clicked()
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
                required property int index
                width: ListView.view.width
                objectName: "scenario_" + scenarioId
                highlighted: Session.scenarioId === scenarioId
                // The list is the tab stop; arrows move between its items.
                focusPolicy: Qt.NoFocus
                onClicked: { list.currentIndex = index; Session.selectScenario(scenarioId) }
                Accessible.name: title + (hasErrata ? qsTr(", the tutorial is wrong here") : "")
                Accessible.description: scenarioId
                Accessible.selected: highlighted
                FocusMarker { visible: item.ListView.isCurrentItem && list.activeFocus }
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
