// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Coroscope

// Keyboard focus made visible on every control: a frame around the window's active focus item.
// Controls show it only when the keyboard put the focus there (their visualFocus); lists, the
// timeline and text fields whenever they have focus. It follows the item as layouts move it.
Item {
    id: ring
    property Item target: Window.activeFocusItem
    readonly property bool shown: target !== null && target !== Window.contentItem
                                  && (target.visualFocus === undefined || target.visualFocus)
    anchors.fill: parent
    z: 1000
    visible: shown

    function place() {
        if (!shown)
            return
        const r = target.mapToItem(ring, 0, 0, target.width, target.height)
        frame.x = r.x - 2; frame.y = r.y - 2
        frame.width = r.width + 4; frame.height = r.height + 4
    }
    onTargetChanged: place()
    onShownChanged: place()
    // Splitters, scrolling and resizing move the target without telling it: look again often.
    Timer { interval: 100; repeat: true; running: ring.shown; onTriggered: ring.place() }

    Rectangle {
        id: frame
        objectName: "focusRing"
        color: "transparent"
        border.color: Theme.focusRing
        border.width: 2
        radius: 3
    }
}
