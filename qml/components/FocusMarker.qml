// SPDX-License-Identifier: MIT
import QtQuick
import Coroscope

// The keyboard's place inside a list: a frame around the current item while its list has focus.
Rectangle {
    anchors.fill: parent
    anchors.margins: 1
    color: "transparent"
    border.color: Theme.focusRing
    border.width: 2
    radius: 2
}
