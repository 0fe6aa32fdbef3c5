// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The selected task: what it is, where it stands, what it waits for, how its time was spent,
// and a Cancel button while it is pending or waiting.
Panel {
    id: root
    property var details: Session.selection
    readonly property bool hasSelection: details.name !== undefined
    component Key: Text { color: Theme.dimText; font.pixelSize: 12; Layout.alignment: Qt.AlignTop }
    component Value: Text {
        color: Theme.text; font.pixelSize: 12; wrapMode: Text.Wrap; Layout.fillWidth: true
    }

    title: hasSelection ? qsTr("Task details · %1").arg(details.name) : qsTr("Task details")

    headerExtras: Button {
        id: cancelButton
        objectName: "cancelTaskButton"
        text: qsTr("Cancel task")
        enabled: root.hasSelection && root.details.canCancel === true
        onClicked: Session.cancelSelected()
        Accessible.name: qsTr("Cancel task")
        Accessible.description: ToolTip.text
        ToolTip.visible: hovered
        ToolTip.text: qsTr("task.cancel(): CancelledError is thrown at its co_await on its next step (Delete)")
        Shortcut { sequence: "Delete"; enabled: cancelButton.enabled; onActivated: Session.cancelSelected() }
    }

    Text {
        anchors.centerIn: parent
        visible: !root.hasSelection
        text: qsTr("Click a lane on the timeline to see its task.")
        color: Theme.dimText
    }

    ScrollView {
        anchors.fill: parent
        visible: root.hasSelection
        contentWidth: availableWidth
        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: 10
            rowSpacing: 3

            Key { text: qsTr("state") }
            RowLayout {
                StateSwatch { width: 16; height: 10; laneState: root.details.state ?? 0; dark: Theme.dark }
                Value { objectName: "detailsState"; text: root.details.stateText ?? ""; font.bold: true }
            }
            Key { text: qsTr("kind") }
            Value { text: root.details.kind ?? "" }
            Key { text: qsTr("parent") }
            Value { text: root.details.parent ?? "" }
            Key { text: qsTr("created / started") }
            Value { text: (root.details.created ?? "") + "  /  " + (root.details.started ?? "") }
            Key { text: qsTr("finished") }
            Value { text: root.details.finished ?? "" }
            Key { text: qsTr("busy / waiting") }
            Value { text: qsTr("%1 busy  ·  %2 waiting").arg(root.details.busy ?? "").arg(root.details.waiting ?? "") }
            Key { text: qsTr("awaiting"); visible: (root.details.awaiting ?? "") !== "" }
            Value { objectName: "detailsAwaiting"; text: root.details.awaiting ?? ""; visible: text !== "" }
            Key { text: qsTr("result"); visible: (root.details.result ?? "") !== "" }
            Value { text: root.details.result ?? ""; visible: text !== ""; font.family: Theme.monoFamily }
            Key { text: qsTr("error"); visible: (root.details.error ?? "") !== "" }
            Value {
                objectName: "detailsError"
                text: root.details.error ?? ""; visible: text !== ""
                color: Theme.stateColor(4); font.family: Theme.monoFamily
            }
            Key { text: qsTr("co_await at"); visible: (root.details.source ?? "") !== "" }
            Value {
                visible: (root.details.source ?? "") !== ""
                text: (root.details.source ?? "") + ((root.details.sourceLine ?? "") !== "" ? "\n" + root.details.sourceLine : "")
                font.family: Theme.monoFamily
            }
        }
    }
}
