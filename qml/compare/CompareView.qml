// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coroscope

// "Run gather": the same pages fetched one after another, in the executor, and with async
// requests; each variant on its own strip, then the totals, the speedup and why (the sum of the
// latencies against the slowest one), and every run so far.
Item {
    id: root
    property alias controller: controller
    // Read once per change (every frame while running): the Repeaters below take counts, so
    // their delegates (600 page rows at 200 pages) stay and only rebind; a new array as a model
    // would rebuild them all each frame, and the scroll position with them.
    readonly property var strips: controller.strips
    CompareController { id: controller; objectName: "compareController" }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 10

        // --- settings --------------------------------------------------------------------
        Panel {
            title: qsTr("Pages to fetch")
            Layout.preferredWidth: 330
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                spacing: 6
                GridLayout {
                    columns: 2
                    Label { text: qsTr("Pages") }
                    SpinBox {
                        objectName: "pagesSpin"
                        Accessible.name: qsTr("Pages")
                        from: 1; to: 200; editable: true
                        value: controller.pages
                        onValueModified: controller.pages = value
                    }
                    Label { text: qsTr("Latency (ms)") }
                    SpinBox {
                        objectName: "latencySpin"
                        Accessible.name: qsTr("Latency in milliseconds")
                        from: 0; to: 5000; stepSize: 50; editable: true
                        value: controller.latencyMs
                        onValueModified: controller.latencyMs = value
                    }
                }
                // The buttons first, where the page count and a starting run cannot move them.
                RowLayout {
                    Button {
                        objectName: "runGatherButton"
                        text: qsTr("Run gather")
                        highlighted: true
                        enabled: !controller.running
                        onClicked: controller.runGather()
                        Accessible.name: qsTr("Run gather")
                        Accessible.description: ToolTip.text
                        ToolTip.visible: hovered; ToolTip.text: qsTr("Sequential, then executor, then async (Ctrl+G)")
                        Shortcut { sequence: "Ctrl+G"; enabled: !controller.running; onActivated: controller.runGather() }
                    }
                    Button {
                        objectName: "cancelGatherButton"
                        text: qsTr("Cancel")
                        enabled: controller.running
                        Accessible.name: qsTr("Cancel the gather run")
                        onClicked: controller.cancel()
                    }
                }
                Label { text: qsTr("Your own URLs (one per line; empty = the demo server)"); wrapMode: Text.Wrap; Layout.fillWidth: true }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 70
                    TextArea {
                        objectName: "urlsField"
                        Accessible.name: qsTr("Your own URLs")
                        // URLs never hold tabs: Tab leaves the field, as in the other controls.
                        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                        placeholderText: "https://example.org/"
                        font.family: Theme.monoFamily
                        text: controller.urls
                        onTextChanged: controller.urls = text
                    }
                }
                Label { text: qsTr("Will fetch:"); color: Theme.dimText }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded } // 200 pages scroll here
                    model: controller.plannedUrls
                    delegate: Text {
                        required property string modelData
                        width: ListView.view.width
                        text: modelData
                        elide: Text.ElideMiddle
                        font.family: Theme.monoFamily
                        font.pixelSize: 11
                        color: Theme.text
                    }
                }
                ProgressBar {
                    objectName: "gatherProgress"
                    Layout.fillWidth: true
                    value: controller.progress
                    opacity: controller.running ? 1 : 0 // keeps its place: nothing below it moves
                    indeterminate: controller.running && controller.progress === 0
                }
                Label {
                    objectName: "gatherStatus"
                    text: controller.status
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.preferredHeight: 4 * fontMetrics.height
                    FontMetrics { id: fontMetrics }
                }
            }
        }

        // --- results ---------------------------------------------------------------------
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            Panel {
                title: qsTr("Each page's fetch, per variant (ms since the variant started)")
                Layout.fillWidth: true
                Layout.fillHeight: true
                ScrollView {
                    id: stripsView
                    objectName: "stripsView"
                    anchors.fill: parent
                    contentWidth: availableWidth
                    // A new run shows its first strip from the top.
                    Connections {
                        target: controller
                        function onRunningChanged() { if (controller.running) stripsView.ScrollBar.vertical.position = 0 }
                    }
                    Column {
                        width: parent.width
                        spacing: 10
                        Repeater {
                            model: root.strips.length
                            CompareStrip {
                                required property int index
                                width: parent.width - 10
                                strip: root.strips[index]
                                scaleMs: controller.scaleMs
                            }
                        }
                        Text {
                            visible: root.strips.length === 0
                            text: qsTr("Press Run gather: each variant gets a strip here, a bar per page.")
                            color: Theme.dimText
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Panel {
                    title: qsTr("Totals")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 150
                    Column {
                        anchors.fill: parent
                        spacing: 6
                        Repeater {
                            model: root.strips.length
                            Row {
                                id: totalRow
                                required property int index
                                readonly property var modelData: root.strips[index]
                                spacing: 6
                                Text { width: 86; text: totalRow.modelData.name; color: Theme.text; font.pixelSize: 12 }
                                Rectangle {
                                    objectName: "total_" + totalRow.modelData.name
                                    width: Math.max(2, (parent.parent.width - 180) * Math.max(0, totalRow.modelData.total) / Math.max(1, controller.scaleMs))
                                    height: 16
                                    color: totalRow.modelData.error ? Theme.stateColor(4) : Theme.taskColor(0)
                                }
                                Text {
                                    text: totalRow.modelData.total >= 0 ? qsTr("%1 ms").arg(Math.round(totalRow.modelData.total))
                                          : totalRow.modelData.cancelled ? qsTr("cancelled") : "…"
                                    color: Theme.text; font.pixelSize: 12
                                }
                            }
                        }
                    }
                }
                Panel {
                    title: qsTr("Speedup")
                    Layout.preferredWidth: 420
                    Layout.preferredHeight: 150
                    Column {
                        anchors.fill: parent
                        spacing: 4
                        Text {
                            objectName: "speedupLabel"
                            text: controller.speedup > 0 ? qsTr("%1×").arg(controller.speedup.toFixed(1)) : "—"
                            font.pixelSize: 32
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            width: parent.width
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: 12
                            text: {
                                const a = controller.arithmetic
                                // (Only a finished run has totals: a cancelled one leaves this empty.)
                                if (a.sequential === undefined || a.sequential < 0 || a.best < 0)
                                    return qsTr("sequential total ÷ the best concurrent total")
                                let s = !a.known ? qsTr("Page latencies unknown (not the demo server).")
                                      : a.count <= a.parallel
                                        ? qsTr("Sequential ≈ the sum of the %1 latencies = %2 ms; concurrent ≈ the slowest one = %3 ms.")
                                          .arg(a.count).arg(Math.round(a.sum)).arg(Math.round(a.max))
                                        : qsTr("Sequential ≈ the sum of the %1 latencies = %2 ms; concurrent ≈ %3 ms at best, %4 pages in flight at a time.")
                                          .arg(a.count).arg(Math.round(a.sum)).arg(Math.round(a.ideal)).arg(a.parallel)
                                return s + "\n" + qsTr("Measured: %1 ms sequential vs %2 ms at best concurrent.")
                                        .arg(Math.round(a.sequential)).arg(Math.round(a.best))
                            }
                        }
                    }
                }
            }

            Panel {
                title: qsTr("History")
                Layout.fillWidth: true
                Layout.preferredHeight: 150
                ListView {
                    id: history
                    objectName: "historyList"
                    anchors.fill: parent
                    clip: true
                    model: controller.history
                    header: Row {
                        spacing: 0
                        Repeater {
                            model: [qsTr("run"), qsTr("pages"), qsTr("latency"), qsTr("sequential"), qsTr("executor"), qsTr("async"), qsTr("speedup"), qsTr("failed")]
                            Text { required property string modelData; width: 100; text: modelData; font.bold: true; color: Theme.dimText; font.pixelSize: 12 }
                        }
                    }
                    delegate: Row {
                        required property int run
                        required property int pages
                        required property string latency
                        required property string sequential
                        required property string executor
                        required property string async
                        required property string speedup
                        required property int failures
                        Repeater {
                            model: [run, pages, latency, sequential, executor, async, speedup, failures]
                            Text { required property var modelData; width: 100; text: modelData; color: Theme.text; font.pixelSize: 12 }
                        }
                    }
                }
            }
        }
    }
}
