// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Coroscope

// Run / Pause / Step / Reset, the speed, Export and Open trace and the view switch. Every action
// has a keyboard shortcut (shown in its tooltip); the shortcuts live here so they work everywhere,
// the time-travel ones (TimeTravelBar's buttons) too.
ToolBar {
    id: bar
    property int viewIndex: 0
    property string exportMessage

    readonly property var speeds: [
        { text: qsTr("0.1× (slow motion)"), value: 0.1 }, { text: "0.25×", value: 0.25 }, { text: "0.5×", value: 0.5 },
        { text: qsTr("1× (real time)"), value: 1 }, { text: "2×", value: 2 }, { text: "4×", value: 4 },
        { text: "10×", value: 10 }, { text: qsTr("instant (virtual clock)"), value: 0 }
    ]
    readonly property bool canRun: Session.runnable && Session.loopState !== "running"

    function run() { if (canRun) Session.run() }
    function pause() { Session.pause() }
    function step() { if (Session.runnable) Session.step() }
    function reset() { Session.reset() }
    function exportTrace() { exportDialog.open() }
    function openTrace() { openDialog.open() }
    // ← / → and Shift+← / → travel in time, unless the focused control uses the arrows itself
    // (text, sliders, spin boxes, and items that say so: `ownsArrowKeys`, as the dividers do).
    function arrowsFree() {
        const item = Window.activeFocusItem
        return !item || !(item.ownsArrowKeys === true || item instanceof TextInput || item instanceof TextEdit
                          || item instanceof Slider || item instanceof RangeSlider || item instanceof SpinBox
                          || item instanceof Dial || item instanceof Tumbler)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 4

        TabBar {
            id: tabs
            objectName: "viewTabs"
            currentIndex: bar.viewIndex
            onCurrentIndexChanged: bar.viewIndex = currentIndex
            Accessible.name: qsTr("Views")
            TabButton {
                objectName: "scenariosTab"; text: qsTr("Scenarios"); width: implicitWidth + 16
                Accessible.name: text; Accessible.description: qsTr("Ctrl+1")
            }
            TabButton {
                objectName: "compareTab"; text: qsTr("Compare (Run gather)"); width: implicitWidth + 16
                Accessible.name: text; Accessible.description: qsTr("Ctrl+2")
            }
        }
        ToolSeparator {}
        ToolButton {
            objectName: "runButton"
            text: Session.loopState === "paused" ? qsTr("▶ Resume") : qsTr("▶ Run")
            enabled: bar.canRun && bar.viewIndex === 0
            onClicked: bar.run()
            Accessible.name: Session.loopState === "paused" ? qsTr("Resume") : qsTr("Run")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Run the scenario live (F5)")
        }
        ToolButton {
            objectName: "pauseButton"
            text: qsTr("‖ Pause")
            enabled: Session.loopState === "running"
            onClicked: bar.pause()
            Accessible.name: qsTr("Pause")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Pause the loop and freeze its clock (F6 or Space)")
        }
        ToolButton {
            objectName: "stepButton"
            text: qsTr("↷ Step")
            enabled: Session.runnable && bar.viewIndex === 0
                     && Session.loopState !== "finished" && Session.loopState !== "failed"
            onClicked: bar.step()
            Accessible.name: qsTr("Step")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Run exactly one ready item: one task step or callback (F10)")
        }
        ToolButton {
            objectName: "besideButton"
            text: qsTr("⇅ CPython beside")
            enabled: Session.runnable && !Session.beside.running && bar.viewIndex === 0
            onClicked: Session.beside.start(Session.scenarioId)
            Accessible.name: qsTr("Run CPython beside")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Run the tutorial's Python listing under CPython and show it under the C++ run, on the same time axis, with the differences")
        }
        ToolButton {
            objectName: "resetButton"
            text: qsTr("⟲ Reset")
            enabled: Session.loopState !== "idle"
            onClicked: bar.reset()
            Accessible.name: qsTr("Reset")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Close the loop and clear the timeline (Ctrl+Shift+R)")
        }
        ToolSeparator {}
        Label { text: qsTr("Speed"); Accessible.ignored: true }
        ComboBox {
            id: speedBox
            objectName: "speedBox"
            model: bar.speeds
            textRole: "text"
            implicitWidth: 200
            currentIndex: bar.speeds.findIndex(s => s.value === Session.speed)
            onActivated: index => Session.speed = bar.speeds[index].value
            Accessible.name: qsTr("Speed")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Loop seconds per real second ([ slower, ] faster)")
        }
        ToolButton {
            objectName: "exportButton"
            text: qsTr("Export trace…")
            enabled: Session.loopState !== "idle"
            onClicked: bar.exportTrace()
            Accessible.name: qsTr("Export trace")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Save the trace as Chrome Trace Event JSON for Perfetto (Ctrl+E)")
        }
        ToolButton {
            objectName: "openButton"
            text: qsTr("Open trace…")
            enabled: bar.viewIndex === 0
            onClicked: bar.openTrace()
            Accessible.name: qsTr("Open trace")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Open a trace saved by Export trace or coroscope run --trace, to explore it in time (Ctrl+O; or drop the file on the window)")
        }
        Label {
            text: bar.exportMessage
            elide: Text.ElideMiddle
            Layout.fillWidth: true
            color: Theme.dimText
        }
        ComboBox {
            id: schemeBox
            objectName: "schemeBox"
            // In Preferences.Scheme order: FollowSystem, Light, Dark.
            model: [qsTr("System colours"), qsTr("Light"), qsTr("Dark")]
            currentIndex: Preferences.scheme
            onActivated: index => Preferences.scheme = index
            implicitWidth: 150
            Accessible.name: qsTr("Colours")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Colours: follow the desktop, or always light or dark")
        }
        ComboBox {
            id: languageBox
            objectName: "languageBox"
            // Each language named in itself; "" follows the system's.
            readonly property var codes: ["", "en", "ko"]
            model: [qsTr("System language"), "English", "한국어"]
            currentIndex: Math.max(0, codes.indexOf(Preferences.language))
            onActivated: index => Preferences.language = codes[index]
            implicitWidth: 150
            Accessible.name: qsTr("Language")
            Accessible.description: ToolTip.text
            ToolTip.visible: hovered; ToolTip.text: qsTr("Language of the window: the system's, English or Korean")
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export trace")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Chrome trace (*.json)")]
        currentFile: "file:///" + (Session.scenarioId || "trace") + ".trace.json"
        onAccepted: {
            const error = Session.exportTrace(selectedFile.toString())
            bar.exportMessage = error === "" ? qsTr("Saved %1").arg(selectedFile.toString()) : error
        }
    }

    FileDialog {
        id: openDialog
        objectName: "openDialog"
        title: qsTr("Open trace")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Chrome trace (*.json)"), qsTr("All files (*)")]
        onAccepted: Session.openTrace(selectedFile.toString()) // a failure shows in the window's message
    }

    Shortcut { sequence: "F5"; onActivated: bar.run() }
    Shortcut {
        sequences: ["F6", "Space"]
        onActivated: Session.replaying ? Session.stopReplay() : Session.loopState === "running" ? bar.pause() : bar.run()
    }
    Shortcut { sequence: "Ctrl+O"; onActivated: bar.openTrace() }
    Shortcut { sequence: "Left"; enabled: bar.viewIndex === 0 && bar.arrowsFree(); onActivated: Session.stepBack() }
    Shortcut { sequence: "Right"; enabled: bar.viewIndex === 0 && bar.arrowsFree(); onActivated: Session.stepForward() }
    Shortcut { sequence: "Shift+Left"; enabled: bar.viewIndex === 0 && bar.arrowsFree(); onActivated: Session.iterationBack() }
    Shortcut { sequence: "Shift+Right"; enabled: bar.viewIndex === 0 && bar.arrowsFree(); onActivated: Session.iterationForward() }
    Shortcut { sequence: "Ctrl+R"; enabled: bar.viewIndex === 0; onActivated: Session.toggleReplay() }
    Shortcut { sequence: "L"; enabled: bar.viewIndex === 0; onActivated: Session.goLive() }
    Shortcut { sequence: "F10"; onActivated: bar.step() }
    Shortcut { sequence: "Ctrl+Shift+R"; onActivated: bar.reset() }
    Shortcut { sequence: "Ctrl+E"; onActivated: bar.exportTrace() }
    Shortcut { sequence: "]"; onActivated: Session.faster() }
    Shortcut { sequence: "["; onActivated: Session.slower() }
    Shortcut { sequence: "Ctrl+1"; onActivated: bar.viewIndex = 0 }
    Shortcut { sequence: "Ctrl+2"; onActivated: bar.viewIndex = 1 }
}
