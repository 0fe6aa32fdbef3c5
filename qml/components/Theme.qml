// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick
import Coroscope

// Sizes, fonts and the light/dark decision (taken from the system palette, so the window
// follows the desktop's theme).
QtObject {
    readonly property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: palette.window.hslLightness < 0.5
    readonly property string monoFamily: "monospace"
    readonly property int laneHeight: 24
    readonly property int labelWidth: 230
    readonly property int spacing: 8
    readonly property color text: palette.windowText
    readonly property color dimText: Qt.rgba(text.r, text.g, text.b, 0.6)
    readonly property color base: palette.base
    readonly property color window: palette.window
    readonly property color line: Qt.rgba(text.r, text.g, text.b, 0.15)
    readonly property color highlight: palette.highlight
    readonly property color playhead: dark ? "#ff6b6b" : "#c0392b"
    readonly property color errataBack: dark ? "#4a3a10" : "#fff4d6"

    function stateColor(state) { return StatePalette.stateColor(state) }
    function taskColor(index) { return StatePalette.taskColor(index) }
    function withAlpha(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
    function formatSeconds(s) { return StatePalette.formatSeconds(s) }
}
