// SPDX-License-Identifier: MIT
#include "state_palette.h"

#include "time_axis.h"
#include "timeline_model.h"

#include <array>
#include <cmath>

namespace coroscope::ui {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Indexed by StatePalette::Role.
constexpr std::array<Pair, StatePalette::RoleCount> roles{{
    {0xefefef, 0x2a2e33}, // Window
    {0xffffff, 0x1e2227}, // Base: panels, listings, the timeline
    {0xf6f6f6, 0x252a2f}, // AlternateBase
    {0x1a1a1a, 0xe6e6e6}, // Text
    {0x5f5f5f, 0xa0a4a8}, // DimText: secondary text, still AA on Base and Window
    {0xe8e8e8, 0x353a40}, // Button
    {0x2b6cb0, 0x2f6db0}, // Highlight: selection (white text on it)
    {0xffffff, 0xffffff}, // HighlightedText
    {0xffffdc, 0x353a40}, // ToolTipBase (ToolTipText is Text)
    {0x6e6e6e, 0x8f959b}, // PlaceholderText
    {0xffffff, 0x4a5057}, // Light: bevels of the Fusion style
    {0xf4f4f4, 0x3d4248}, // Midlight
    {0xb8b8b8, 0x30353a}, // Mid
    {0x9f9f9f, 0x17191c}, // Dark
    {0x767676, 0x000000}, // Shadow
    {0x0b5cad, 0x6cb4ff}, // Link
    {0x9a9a9a, 0x70757b}, // DisabledText (no contrast asked of disabled controls)
    {0xdadada, 0x3b4046}, // Line: panel borders and lane separators
    {0xc0392b, 0xff6b6b}, // Playhead
    {0xfff4d6, 0x4a3a10}, // ErrataBack
    {0x1d6fd1, 0x6cb4ff}, // FocusRing: the keyboard focus frame, 3:1 on Base and Window
    {0x0a5a94, 0x7cc4f0}, // SyntaxKeyword
    {0x1a7a3a, 0x8fdcb0}, // SyntaxString
    {0x737373, 0x9a9a9a}, // SyntaxComment
    {0xa04000, 0xf0a070}, // SyntaxNumber
}};

// Indexed by LaneState. Okabe-Ito's hues: darker for the white panels, the originals (blue
// lightened) for the dark ones.
constexpr std::array<Pair, 7> states{{
    {0x8a8a8a, 0xa8a8a8}, // Pending: grey
    {0xb07800, 0xe69f00}, // Running: orange
    {0x2b86c0, 0x56b4e9}, // Waiting: sky blue
    {0x007d5b, 0x16b889}, // Done: bluish green
    {0xc04f00, 0xff7a33}, // Failed: vermillion (also error text)
    {0xa8548a, 0xd88bb6}, // Cancelled: reddish purple
    {0x0072b2, 0x3d9bd9}, // Busy (executor job): blue
}};

// Okabe-Ito again, in an order where neighbours differ most.
constexpr std::array<Pair, 8> tasks{{
    {0x0072b2, 0x3d9bd9}, {0xb07800, 0xe69f00}, {0x007d5b, 0x16b889}, {0xa8548a, 0xd88bb6},
    {0x2b86c0, 0x56b4e9}, {0xc04f00, 0xff7a33}, {0x807500, 0xf0e442}, {0x707070, 0xa8a8a8},
}};

QColor pick(const Pair &pair, bool dark)
{
    return QColor::fromRgb(dark ? pair.dark : pair.light);
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QColor StatePalette::color(Role role, bool dark)
{
    return role >= 0 && role < RoleCount ? pick(roles[std::size_t(role)], dark) : QColor(Qt::magenta);
}

QColor StatePalette::state_color(LaneState state, bool dark)
{
    return pick(states[std::size_t(state) % states.size()], dark);
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

QColor StatePalette::label_back(LaneState state, bool dark)
{
    // Light enough for black text in both schemes (the light scheme's states are darker).
    return state_color(state, dark).lighter(dark ? 130 : 175);
}

QColor StatePalette::task_color(int index, bool dark)
{
    return pick(tasks[std::size_t(index < 0 ? 0 : index) % tasks.size()], dark);
}

double StatePalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString StatePalette::formatSeconds(double seconds) const
{
    return TimeAxis::formatSeconds(seconds);
}

QVariantList StatePalette::legend(const QString &) const
{
    QVariantList out;
    for (auto s : {LaneState::Pending, LaneState::Running, LaneState::Waiting, LaneState::Done, LaneState::Failed,
                   LaneState::Cancelled, LaneState::Busy}) {
        out.append(QVariantMap{{QStringLiteral("state"), int(s)},
                               {QStringLiteral("name"), s == LaneState::Busy ? tr("executor job")
                                                                             : TimelineModel::stateText(s)}});
    }
    return out;
}

} // namespace coroscope::ui
