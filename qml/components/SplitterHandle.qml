// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Coroscope

// A SplitView's handle that the keyboard can use too: a tab stop with a name, framed by the focus
// ring, moved by the arrow keys along the split (Shift: further). `handle: SplitterHandle {}`.
// The SplitView makes its handles its own children, after the item holding its panes, so Tab
// reaches a SplitView's dividers after all of its panes.
Rectangle {
    id: handle
    objectName: "splitterHandle"
    // Handles are made inside the SplitView they divide.
    readonly property SplitView view: {
        for (let p = parent; p; p = p.parent)
            if (p instanceof SplitView)
                return p
        return null
    }
    readonly property bool horizontal: !view || view.orientation === Qt.Horizontal
    readonly property int step: 20
    /// It moves with the arrow keys: the window's ← / → (time travel) leave them to it.
    readonly property bool ownsArrowKeys: true

    implicitWidth: 4
    implicitHeight: 4
    color: activeFocus || SplitHandle.pressed ? Theme.focusRing : SplitHandle.hovered ? Theme.midlight : Theme.mid
    activeFocusOnTab: true
    Accessible.role: Accessible.Separator
    Accessible.focusable: true
    Accessible.name: horizontal ? qsTr("Divider between the left and right panes") : qsTr("Divider between the upper and lower panes")
    Accessible.description: horizontal ? qsTr("Left and right arrow keys move it; with Shift, further")
                                       : qsTr("Up and down arrow keys move it; with Shift, further")

    Keys.onPressed: event => {
        const back = horizontal ? Qt.Key_Left : Qt.Key_Up
        const forward = horizontal ? Qt.Key_Right : Qt.Key_Down
        if (!view || (event.key !== back && event.key !== forward))
            return
        const distance = (event.modifiers & Qt.ShiftModifier) ? step * 5 : step
        move(event.key === forward ? distance : -distance)
        event.accepted = true
    }

    function extent(item) { return horizontal ? item.width : item.height }
    function minimum(item) { return horizontal ? item.SplitView.minimumWidth : item.SplitView.minimumHeight }
    function fills(item) { return horizontal ? item.SplitView.fillWidth : item.SplitView.fillHeight }

    // Moves the handle by `delta` pixels as dragging it would: the SplitView resizes the item on
    // the handle's side away from its fill item, and the fill item takes up the rest.
    function move(delta) {
        const at = horizontal ? handle.mapToItem(view, 0, 0).x : handle.mapToItem(view, 0, 0).y
        let before = -1
        let fill = view.count - 1
        for (let i = 0; i < view.count; ++i) {
            const item = view.itemAt(i)
            const start = horizontal ? item.mapToItem(view, 0, 0).x : item.mapToItem(view, 0, 0).y
            if (item.visible && start + extent(item) <= at + 1)
                before = i
            if (fills(item))
                fill = i
        }
        if (before < 0 || before + 1 >= view.count)
            return
        const grows = before < fill // moving forward grows the item before the handle, else shrinks the one after
        const resized = view.itemAt(grows ? before : before + 1)
        const filler = view.itemAt(fill)
        let change = grows ? delta : -delta
        // Neither the resized item nor the fill item goes below its minimum.
        change = Math.max(change, minimum(resized) - extent(resized))
        change = Math.min(change, extent(filler) - minimum(filler))
        if (horizontal)
            resized.SplitView.preferredWidth = extent(resized) + change
        else
            resized.SplitView.preferredHeight = extent(resized) + change
    }
}
