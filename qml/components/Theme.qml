// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick
import Coroscope

// Sizes, fonts and every colour of the window. The scheme is the user's choice (Preferences):
// follow the system (the desktop's palette decides light or dark), light or dark. The colours
// themselves come from StatePalette, one table for QML and the painted timeline, with contrast
// checked in both schemes.
QtObject {
    readonly property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property bool dark: Preferences.scheme === Preferences.Dark
                                 || (Preferences.scheme === Preferences.FollowSystem && systemDark)

    readonly property string monoFamily: "monospace"
    readonly property int laneHeight: 24
    readonly property int labelWidth: 230
    readonly property int spacing: 8

    readonly property color window: role(StatePalette.Window)
    readonly property color base: role(StatePalette.Base)
    readonly property color alternateBase: role(StatePalette.AlternateBase)
    readonly property color text: role(StatePalette.Text)
    readonly property color dimText: role(StatePalette.DimText)
    readonly property color button: role(StatePalette.Button)
    readonly property color highlight: role(StatePalette.Highlight)
    readonly property color highlightedText: role(StatePalette.HighlightedText)
    readonly property color toolTipBase: role(StatePalette.ToolTipBase)
    readonly property color placeholderText: role(StatePalette.PlaceholderText)
    readonly property color light: role(StatePalette.Light)
    readonly property color midlight: role(StatePalette.Midlight)
    readonly property color mid: role(StatePalette.Mid)
    readonly property color darkShade: role(StatePalette.Dark)
    readonly property color shadow: role(StatePalette.Shadow)
    readonly property color link: role(StatePalette.Link)
    readonly property color disabledText: role(StatePalette.DisabledText)
    readonly property color line: role(StatePalette.Line)
    readonly property color playhead: role(StatePalette.Playhead)
    readonly property color errataBack: role(StatePalette.ErrataBack)
    readonly property color focusRing: role(StatePalette.FocusRing)

    function role(r) { return StatePalette.roleColor(r, dark) }
    function stateColor(state) { return StatePalette.stateColor(state, dark) }
    function taskColor(index) { return StatePalette.taskColor(index, dark) }
    function withAlpha(c, a) { return Qt.rgba(c.r, c.g, c.b, a) }
    function formatSeconds(s) { return StatePalette.formatSeconds(s) }
}
