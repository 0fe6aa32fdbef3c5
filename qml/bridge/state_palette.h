// SPDX-License-Identifier: MIT
#pragma once
// The colours and patterns of task states and the task colours: Okabe-Ito's colour-blind-safe
// palette, with a fill pattern per state so states differ without colour too. One source for the
// painted timeline and the QML legend.

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

    [[nodiscard]] static QColor state_color(LaneState state);
    [[nodiscard]] static Qt::BrushStyle state_pattern(LaneState state);
    [[nodiscard]] static QColor task_color(int index);

    Q_INVOKABLE QColor stateColor(int state) const { return state_color(LaneState(state)); }
    Q_INVOKABLE QColor taskColor(int index) const { return task_color(index); }
    /// "250 ms", "1.5 s": a duration with a readable unit.
    Q_INVOKABLE QString formatSeconds(double seconds) const;
    /// The states in legend order, as {state, name}.
    Q_INVOKABLE QVariantList legend() const;
};

} // namespace coroscope::ui
