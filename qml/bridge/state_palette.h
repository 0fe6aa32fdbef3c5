// SPDX-License-Identifier: MIT
#pragma once
// Every colour of the window, in a light and a dark scheme: the surfaces (window, panels, text,
// controls), the task states, the task colours, the code highlighting, the playhead. Theme.qml
// reads them from here; the painted timeline and the legend use the same table.
//
// The states and tasks follow Okabe-Ito's colour-blind-safe palette, shifted per scheme so that
// every bar keeps at least 3:1 contrast against the panel behind it and every colour used for
// text (the failed state, the syntax colours) at least 4.5:1 (WCAG 2.1 AA); a fill pattern per
// state tells states apart without colour too. tst_theme checks these ratios, painted and here.

#include "lane.h"

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace coroscope::ui {

class StatePalette : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The named colours of a scheme (QML: StatePalette.Window ...).
    enum Role {
        // Surfaces, mapped onto the controls' palette by Main.qml
        Window, Base, AlternateBase, Text, DimText, Button, Highlight, HighlightedText, ToolTipBase,
        PlaceholderText, Light, Midlight, Mid, Dark, Shadow, Link, DisabledText, Line,
        // The window's own
        Playhead, ErrataBack, FocusRing,
        // Code highlighting
        SyntaxKeyword, SyntaxString, SyntaxComment, SyntaxNumber,
        RoleCount
    };
    Q_ENUM(Role)

    [[nodiscard]] static QColor color(Role role, bool dark);
    [[nodiscard]] static QColor state_color(LaneState state, bool dark);
    [[nodiscard]] static Qt::BrushStyle state_pattern(LaneState state);
    /// The backing under a label painted on a bar (black text): the state's colour, lightened.
    [[nodiscard]] static QColor label_back(LaneState state, bool dark);
    [[nodiscard]] static QColor task_color(int index, bool dark);
    /// WCAG 2.1 contrast ratio of two opaque colours, 1 to 21.
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);

    Q_INVOKABLE QColor roleColor(int role, bool dark) const { return color(Role(role), dark); }
    Q_INVOKABLE QColor stateColor(int state, bool dark) const { return state_color(LaneState(state), dark); }
    Q_INVOKABLE QColor taskColor(int index, bool dark) const { return task_color(index, dark); }
    /// "250 ms", "1.5 s": a duration with a readable unit.
    Q_INVOKABLE QString formatSeconds(double seconds) const;
    /// The states in legend order, as {state, name} in the window's language. QML passes the
    /// language so that its binding runs again when the language changes.
    Q_INVOKABLE QVariantList legend(const QString &language = {}) const;
};

} // namespace coroscope::ui
