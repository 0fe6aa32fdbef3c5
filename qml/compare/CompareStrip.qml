// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Coroscope

// One variant of a gather comparison: a bar per page from its start to its end on a shared
// time scale (ms), green when fetched, red with the error when it failed, striped while fetching.
Item {
    id: root
    property var strip: ({ name: "", total: -1, error: "", cancelled: false, measured: -1, done: 0, pages: [] })
    property real scaleMs: 1000
    property int rowHeight: 14
    readonly property int pageCount: strip.pages ? strip.pages.length : 0
    implicitHeight: title.height + 4 + Math.max(1, pageCount) * (rowHeight + 2)

    Text {
        id: title
        objectName: "stripTitle"
        text: root.strip.name
              + (root.strip.total >= 0 ? qsTr(" · %1 ms").arg(Math.round(root.strip.total))
                 : !root.strip.cancelled ? qsTr(" · running…")
                 : root.strip.measured >= 0 ? qsTr(" · cancelled after %1 ms (%2 of %3 pages fetched)")
                                              .arg(Math.round(root.strip.measured)).arg(root.strip.done).arg(root.pageCount)
                 : qsTr(" · cancelled before it started"))
              + (root.strip.error && !root.strip.cancelled ? qsTr(" · failed: %1").arg(root.strip.error) : "")
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
        width: parent.width
    }
    Repeater {
        model: root.pageCount // a count: the rows stay while the strip's data changes
        Item {
            id: page
            required property int index
            readonly property var modelData: root.strip.pages[index]
            objectName: "page_" + index
            y: title.height + 4 + index * (root.rowHeight + 2)
            width: root.width
            height: root.rowHeight
            readonly property real pxPerMs: (root.width - 90) / Math.max(1, root.scaleMs)
            Text {
                width: 86
                text: page.modelData.name
                elide: Text.ElideRight
                font.pixelSize: 11
                color: Theme.dimText
                anchors.verticalCenter: parent.verticalCenter
            }
            StateSwatch {
                objectName: "bar"
                visible: page.modelData.state > 0
                x: 90 + page.modelData.start * page.pxPerMs
                width: Math.max(2, (page.modelData.end - page.modelData.start) * page.pxPerMs)
                height: parent.height
                dark: Theme.dark
                // fetching = running (orange), fetched = done (green), failed = failed (red, crossed),
                // cancelled while fetching = cancelled
                laneState: [0, 1, 3, 4, 5][page.modelData.state]
            }
            Text {
                visible: page.modelData.state === 3
                x: 94 + page.modelData.end * page.pxPerMs
                width: Math.max(0, root.width - x)
                text: page.modelData.error
                elide: Text.ElideRight
                font.pixelSize: 11
                color: Theme.stateColor(4)
                anchors.verticalCenter: parent.verticalCenter
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered
            ToolTip.text: page.modelData.url + "\n"
                          + (page.modelData.state === 3 ? qsTr("failed: %1").arg(page.modelData.error)
                             : page.modelData.state === 2 ? qsTr("%1 bytes").arg(page.modelData.length)
                             : page.modelData.state === 1 ? qsTr("fetching")
                             : page.modelData.state === 4 ? qsTr("cancelled while fetching") : qsTr("queued"))
                          + "\n" + qsTr("%1 → %2 ms").arg(Math.round(page.modelData.start)).arg(Math.round(page.modelData.end))
        }
    }
}
