// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// The window: scenarios on the left; the scenario's text, its code (C++ and Python), the
// timeline, the console and the task details on the right; the Compare view on its own tab.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 620
    visible: true
    title: Session.openedFile !== "" ? qsTr("Coroscope — %1 — %2").arg(Session.title).arg(Session.openedFile)
           : Session.title !== "" ? qsTr("Coroscope — %1").arg(Session.title) : qsTr("Coroscope")
    color: Theme.window

    // The controls (Fusion) draw with the theme's colours, so a chosen scheme applies everywhere.
    // Set in order, every colour group first and then the disabled text: as bindings, a role set
    // for all groups could land after the disabled one and undo it.
    function applyTheme() {
        const roles = {
            window: Theme.window, windowText: Theme.text, base: Theme.base, alternateBase: Theme.alternateBase,
            text: Theme.text, button: Theme.button, buttonText: Theme.text, brightText: Theme.highlightedText,
            highlight: Theme.highlight, highlightedText: Theme.highlightedText, toolTipBase: Theme.toolTipBase,
            toolTipText: Theme.text, placeholderText: Theme.placeholderText, light: Theme.light,
            midlight: Theme.midlight, mid: Theme.mid, dark: Theme.darkShade, shadow: Theme.shadow, link: Theme.link
        }
        for (const role in roles)
            palette[role] = roles[role]
        for (const role of ["text", "windowText", "buttonText"])
            palette.disabled[role] = Theme.disabledText
    }
    Component.onCompleted: applyTheme()
    Connections { target: Theme; function onDarkChanged() { window.applyTheme() } }

    header: ControlBar { id: controls; objectName: "controlBar" }
    footer: StatusBar {}
    FocusRing { parent: Overlay.overlay }

    // A trace dropped on the window opens (as Open trace does); a file that cannot be opened
    // says why in a message, and the window stays as it was.
    DropArea {
        objectName: "traceDropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accept(Qt.CopyAction)
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                Session.openTrace(drop.urls[0].toString())
                drop.accept(Qt.CopyAction)
            }
        }
    }
    Connections {
        target: Session
        function onOpenFailed(message) { openError.text = message; openError.open() }
    }
    Dialog {
        id: openError
        objectName: "openErrorDialog"
        property alias text: openErrorText.text
        title: qsTr("Cannot open the trace")
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, window.width - 80)
        modal: true
        standardButtons: Dialog.Ok
        Label {
            id: openErrorText
            objectName: "openErrorText"
            width: parent.width
            wrapMode: Text.Wrap
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: controls.viewIndex

        SplitView {
            objectName: "scenarioPage"
            orientation: Qt.Horizontal
            handle: SplitterHandle {}

            ScenarioList { SplitView.preferredWidth: 250; SplitView.minimumWidth: 180 }

            SplitView {
                orientation: Qt.Vertical
                SplitView.fillWidth: true
                handle: SplitterHandle {}

                ColumnLayout {
                    SplitView.preferredHeight: window.height * 0.36
                    SplitView.minimumHeight: 160
                    spacing: 4
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: intro.implicitHeight + 12
                        color: Theme.base
                        border.color: Theme.line
                        ColumnLayout {
                            id: intro
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 6 }
                            spacing: 3
                            Text {
                                objectName: "scenarioTitle"
                                text: Session.title !== "" ? Session.title + "  ·  " + Session.section : qsTr("Coroscope: asyncio, visible")
                                font.bold: true
                                font.pixelSize: 15
                                color: Theme.text
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                            Text {
                                text: Session.explanation !== "" ? Session.explanation
                                      : qsTr("Each scenario is one example of the asyncio tutorial, ported to C++ coroutines and run live on an event loop over Qt's. Pick one on the left.")
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                color: Theme.text
                                Layout.fillWidth: true
                                HoverHandler { id: explanationHover }
                                ToolTip.visible: explanationHover.hovered && truncated
                                ToolTip.text: text
                            }
                            Rectangle {
                                visible: Session.errata !== ""
                                Layout.fillWidth: true
                                Layout.preferredHeight: errataText.implicitHeight + 8
                                color: Theme.errataBack
                                radius: 3
                                Text {
                                    id: errataText
                                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 6 }
                                    text: "⚠ " + qsTr("Tutorial erratum: ") + Session.errata
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    HoverHandler { id: errataHover }
                                    ToolTip.visible: errataHover.hovered && truncated
                                    ToolTip.text: text
                                }
                            }
                            ParameterPanel { Layout.fillWidth: true }
                        }
                    }
                    CodeView { Layout.fillWidth: true; Layout.fillHeight: true }
                }

                TimelineView {
                    id: timeline
                    objectName: "timeline"
                    SplitView.preferredHeight: window.height * 0.34
                    SplitView.minimumHeight: 140
                    onLaneClicked: laneId => Session.selectedTask = laneId
                    onPlayheadMoved: seconds => Session.playhead = seconds
                    fitEnd: Math.max(Session.now, Session.beside.shown ? Session.beside.end : 0)
                }

                PythonBesidePanel {
                    objectName: "besidePanel"
                    mainTimeline: timeline
                    visible: Session.beside.running || Session.beside.shown || Session.beside.message !== ""
                    SplitView.preferredHeight: window.height * 0.26
                    SplitView.minimumHeight: 60
                }

                SplitView {
                    orientation: Qt.Horizontal
                    SplitView.fillHeight: true
                    handle: SplitterHandle {}
                    SplitView.minimumHeight: 120
                    ConsolePanel { SplitView.fillWidth: true }
                    TaskDetails { objectName: "taskDetails"; SplitView.preferredWidth: 440 }
                }
            }
        }

        CompareView { objectName: "compareView" }
    }
}
