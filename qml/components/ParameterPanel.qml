// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The selected scenario's parameters, one control each with the command line's range (the same
// list `coroscope run ID --help` prints): a spin box for whole numbers, a text field for seconds
// and lists, a check box for the errata toggles. The next Run uses them; Reset parameters
// restores the tutorial's values. A value out of range is refused with the command line's message.
Flow {
    id: root
    objectName: "parameterPanel"
    visible: Session.parameters.count > 0
    spacing: 10

    Text {
        text: qsTr("Parameters (next Run):")
        color: Theme.dimText
        height: 28
        verticalAlignment: Text.AlignVCenter
    }

    Repeater {
        model: Session.parameters
        delegate: RowLayout {
            id: entry
            required property string key
            required property string description
            required property string kind
            required property double minimum
            required property double maximum
            required property string unit
            required property string rangeText
            required property var value
            required property bool isDefault
            objectName: "param_" + key
            spacing: 4
            height: 28

            readonly property string help: qsTr("%1 (%2)").arg(description).arg(rangeText)
            function submit(v) { Session.parameters.setValue(key, v) }

            Label {
                text: entry.key + (entry.kind === "bool" ? "" : ":")
                font.bold: !entry.isDefault
                visible: entry.kind !== "bool"
            }
            CheckBox {
                objectName: visible ? "paramControl_" + entry.key : ""
                visible: entry.kind === "bool"
                text: entry.key
                font.bold: !entry.isDefault
                checked: entry.kind === "bool" && entry.value === true
                onToggled: entry.submit(checked)
                Accessible.name: entry.key
                Accessible.description: entry.help
                ToolTip.visible: hovered; ToolTip.text: entry.help
            }
            SpinBox {
                objectName: visible ? "paramControl_" + entry.key : ""
                visible: entry.kind === "int"
                from: entry.kind === "int" ? entry.minimum : 0
                to: entry.kind === "int" ? entry.maximum : 0
                value: entry.kind === "int" ? entry.value : 0
                editable: true
                implicitWidth: 110
                onValueModified: entry.submit(value)
                Accessible.name: entry.key
                Accessible.description: entry.help
                ToolTip.visible: hovered; ToolTip.text: entry.help
            }
            TextField {
                objectName: visible ? "paramControl_" + entry.key : ""
                visible: entry.kind === "number" || entry.kind === "list"
                text: visible ? String(entry.value) : ""
                placeholderText: entry.kind === "list" ? qsTr("none") : ""
                implicitWidth: entry.kind === "list" ? 200 : 70
                selectByMouse: true
                onEditingFinished: entry.submit(text)
                Accessible.name: entry.key
                Accessible.description: entry.help
                ToolTip.visible: hovered; ToolTip.text: entry.help
            }
            Label { text: entry.unit; visible: entry.unit !== "" && entry.kind !== "bool"; color: Theme.dimText }
        }
    }

    Button {
        objectName: "resetParametersButton"
        text: qsTr("Reset parameters")
        enabled: Session.parameters.changed || Session.parameters.error !== ""
        height: 28
        onClicked: Session.parameters.resetToDefaults()
        Accessible.name: text
        Accessible.description: ToolTip.text
        ToolTip.visible: hovered; ToolTip.text: qsTr("Restore the tutorial's values")
    }

    Text {
        objectName: "parameterError"
        visible: Session.parameters.error !== ""
        text: "⚠ " + Session.parameters.error
        color: Theme.text
        height: 28
        verticalAlignment: Text.AlignVCenter
        Rectangle { anchors.fill: parent; anchors.margins: -2; z: -1; color: Theme.errataBack; radius: 3 }
    }
}
