// SPDX-License-Identifier: MIT
#include "state_palette.h"

#include "time_axis.h"
#include "timeline_model.h"

#include <array>

namespace coroscope::ui {

QColor StatePalette::state_color(LaneState state)
{
    switch (state) {
    case LaneState::Pending: return QColor(0xBB, 0xBB, 0xBB);   // grey
    case LaneState::Running: return QColor(0xE6, 0x9F, 0x00);   // orange
    case LaneState::Waiting: return QColor(0x56, 0xB4, 0xE9);   // sky blue
    case LaneState::Done: return QColor(0x00, 0x9E, 0x73);      // bluish green
    case LaneState::Failed: return QColor(0xD5, 0x5E, 0x00);    // vermillion
    case LaneState::Cancelled: return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case LaneState::Busy: return QColor(0x00, 0x72, 0xB2);      // blue
    }
    return Qt::gray;
}

Qt::BrushStyle StatePalette::state_pattern(LaneState state)
{
    switch (state) {
    case LaneState::Pending: return Qt::Dense6Pattern;
    case LaneState::Waiting: return Qt::BDiagPattern;
    case LaneState::Failed: return Qt::CrossPattern;
    case LaneState::Cancelled: return Qt::DiagCrossPattern;
    case LaneState::Busy: return Qt::HorPattern;
    default: return Qt::NoBrush;
    }
}

QColor StatePalette::task_color(int index)
{
    // Okabe-Ito again, in an order where neighbours differ most; then a darker second round.
    static const std::array<QColor, 8> colors{
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x88, 0x88, 0x88),
    };
    return colors[std::size_t(index < 0 ? 0 : index) % colors.size()];
}

QString StatePalette::formatSeconds(double seconds) const
{
    return TimeAxis::formatSeconds(seconds);
}

QVariantList StatePalette::legend() const
{
    QVariantList out;
    for (auto s : {LaneState::Pending, LaneState::Running, LaneState::Waiting, LaneState::Done, LaneState::Failed,
                   LaneState::Cancelled, LaneState::Busy}) {
        out.append(QVariantMap{{QStringLiteral("state"), int(s)},
                               {QStringLiteral("name"), s == LaneState::Busy ? QStringLiteral("executor job")
                                                                             : TimelineModel::stateText(s)}});
    }
    return out;
}

} // namespace coroscope::ui
