// SPDX-License-Identifier: MIT
#include "timeline_lane.h"

#include "state_palette.h"
#include "timeline_model.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace coroscope::ui {

TimelineLane::TimelineLane(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &TimelineLane::changed, this, [this] { update(); });
}

void TimelineLane::setModel(TimelineModel *model)
{
    if (m_model == model)
        return;
    m_model = model;
    Q_EMIT changed();
}

double TimelineLane::xOf(double seconds) const
{
    const double span = std::max(1e-12, m_view_end - m_view_start);
    return (seconds - m_view_start) / span * width();
}

double TimelineLane::timeAt(double x) const
{
    return m_view_start + x / std::max(1.0, width()) * (m_view_end - m_view_start);
}

QString TimelineLane::labelFor(const Segment &s, double end) const
{
    // Timer waits with a known deadline count down; others show what they wait on.
    if (s.state == LaneState::Waiting && s.wait == aio::WaitKind::Timer && s.deadline > s.start) {
        // Remaining time as seen at the playhead while it is inside the bar; otherwise the whole sleep.
        const double start = double(s.start) / 1e9;
        const double deadline = double(s.deadline) / 1e9;
        if (m_playhead >= start && (m_playhead < end || s.end < 0)) {
            const double left = std::max(0.0, deadline - m_playhead);
            return QStringLiteral("sleep %1 s left").arg(left, 0, 'f', left < 10 ? 2 : 1);
        }
        return QStringLiteral("sleep %1 s").arg(std::max(0.0, deadline - start), 0, 'g', 3);
    }
    return s.label;
}

void TimelineLane::paint(QPainter *p)
{
    if (!m_model)
        return;
    const Lane *lane = m_model->lane(m_lane_id);
    if (!lane)
        return;
    const double h = height();
    const double barTop = 3, barHeight = h - 6;
    QFont font = p->font();
    font.setPixelSize(std::max(9, int(barHeight * 0.62)));
    p->setFont(font);
    const QFontMetricsF metrics(font);

    // Phases (aenter / body / aexit, a request's stages): a tick with a small label at the top of
    // the lane. Laid out first, so the bars' own labels start after them: no label overlaps another.
    QFont small = font;
    small.setPixelSize(std::max(8, int(barHeight * 0.5)));
    const QFontMetricsF small_metrics(small);
    struct PhaseLabel
    {
        double x;
        QRectF box;
        QString text;
    };
    std::vector<PhaseLabel> phase_labels;
    double label_right = -1e9; // phases close together: labels queue up instead of overlapping
    for (const auto &[t, label] : lane->phases) {
        const double x = xOf(double(t) / 1e9);
        if (x < -2 || x > width() + 2)
            continue;
        // "network reply apple: on the wire" on a lane already waiting on "network reply apple":
        // the stage is what is new.
        QString text = label;
        if (const Segment *s = lane->segment_at(t); s && !s->label.isEmpty() && text.startsWith(s->label + QStringLiteral(": ")))
            text = text.mid(s->label.size() + 2);
        const QRectF box(std::max(x + 2, label_right + 2), 0, small_metrics.horizontalAdvance(text) + 4, small_metrics.height());
        label_right = box.right();
        phase_labels.push_back({x, box, text});
    }

    for (const Segment &s : lane->segments) {
        const double start = double(s.start) / 1e9;
        const double end = s.end < 0 ? std::max(m_now, start) : double(s.end) / 1e9;
        if (end < m_view_start || start > m_view_end)
            continue;
        double x0 = xOf(start), x1 = xOf(end);
        // Steps take microseconds: keep them visible as slivers.
        if (x1 - x0 < 2)
            x1 = x0 + 2;
        x0 = std::max(x0, -2.0);
        x1 = std::min(x1, width() + 2);
        const QRectF r(x0, barTop, x1 - x0, barHeight);
        const QColor base = StatePalette::state_color(s.state, m_dark);
        p->fillRect(r, base);
        if (const auto pattern = StatePalette::state_pattern(s.state); pattern != Qt::NoBrush && r.width() > 4) {
            QBrush hatch(base.darker(150), pattern);
            p->fillRect(r, hatch);
        }
        const bool blocking = s.state == LaneState::Running && r.width() > 90 && lane->kind != LaneKind::Connection;
        // A connection's segments all say which request holds it and what it does.
        const bool labelled = s.state == LaneState::Waiting || s.state == LaneState::Busy || blocking
                              || (lane->kind == LaneKind::Connection && !s.label.isEmpty());
        if (labelled && r.width() > 30) {
            // A long running bar is a step that never yields: the whole loop waits for it.
            const QString text = blocking ? QStringLiteral("running %1 s: the loop is blocked").arg(end - start, 0, 'f', 2)
                                          : labelFor(s, end);
            QRectF tr = r.adjusted(4, 0, -4, 0);
            for (const PhaseLabel &phase : phase_labels) // after the phase labels over this bar
                if (phase.box.left() < tr.right() && phase.box.right() > tr.left())
                    tr.setLeft(phase.box.right() + 4);
            // A solid backing under the text keeps it readable on the hatch.
            const QString shown = metrics.elidedText(text, Qt::ElideRight, tr.width() - 4);
            if (!shown.isEmpty() && shown != QStringLiteral("…")) {
                const QRectF back(tr.left(), r.center().y() - metrics.height() / 2, metrics.horizontalAdvance(shown) + 4,
                                  metrics.height());
                p->fillRect(back, StatePalette::label_back(s.state, m_dark));
                p->setPen(Qt::black);
                p->drawText(back.adjusted(2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
            }
        }
    }

    p->setFont(small);
    for (const PhaseLabel &phase : phase_labels) {
        p->setPen(QPen(m_text_color, 1.5));
        p->drawLine(QPointF(phase.x, 0), QPointF(phase.x, h));
        p->fillRect(phase.box, QColor(255, 255, 255, 200));
        p->setPen(Qt::black);
        p->drawText(phase.box.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, phase.text);
    }
    p->setFont(font);

    // The outcome at the end of the task's life: a filled marker (done), a cross (failed) or a
    // slashed circle (cancelled), so the ending reads without colour.
    if (const std::int64_t finished = m_model->finishedAt(*lane); finished >= 0) {
        const double x = xOf(double(finished) / 1e9);
        if (x >= -8 && x <= width() + 8) {
            const QColor c = StatePalette::state_color(lane->state, m_dark);
            const double cy = h / 2, rad = std::min(6.0, barHeight / 2);
            p->setPen(QPen(c.darker(140), 1.5));
            p->setBrush(c);
            if (lane->state == LaneState::Done) {
                QPainterPath diamond;
                diamond.moveTo(x, cy - rad);
                diamond.lineTo(x + rad, cy);
                diamond.lineTo(x, cy + rad);
                diamond.lineTo(x - rad, cy);
                diamond.closeSubpath();
                p->drawPath(diamond);
            } else if (lane->state == LaneState::Failed) {
                p->setPen(QPen(c, 3));
                p->drawLine(QPointF(x - rad, cy - rad), QPointF(x + rad, cy + rad));
                p->drawLine(QPointF(x - rad, cy + rad), QPointF(x + rad, cy - rad));
            } else {
                p->drawEllipse(QPointF(x, cy), rad, rad);
                p->setPen(QPen(Qt::white, 1.5));
                p->drawLine(QPointF(x - rad * 0.6, cy + rad * 0.6), QPointF(x + rad * 0.6, cy - rad * 0.6));
            }
        }
    }
    if (m_selected) {
        p->setPen(QPen(m_text_color, 1.5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(0.75, 0.75, width() - 1.5, h - 1.5));
    }
}

} // namespace coroscope::ui
