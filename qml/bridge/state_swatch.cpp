// SPDX-License-Identifier: MIT
#include "state_swatch.h"

#include "state_palette.h"

#include <QPainter>

namespace coroscope::ui {

StateSwatch::StateSwatch(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    connect(this, &StateSwatch::changed, this, [this] { update(); });
}

void StateSwatch::paint(QPainter *p)
{
    const auto state = LaneState(m_state);
    const QRectF r(0, 0, width(), height());
    const QColor base = StatePalette::state_color(state, m_dark);
    p->fillRect(r, base);
    if (const auto pattern = StatePalette::state_pattern(state); pattern != Qt::NoBrush)
        p->fillRect(r, QBrush(base.darker(150), pattern));
}

} // namespace coroscope::ui
