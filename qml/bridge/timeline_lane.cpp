// SPDX-License-Identifier: MIT
#include "timeline_lane.h"

#include "state_palette.h"
#include "timeline_model.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <algorithm>
#include <cmath>

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

namespace {

constexpr int hatch_tile_width = 256;

/// A bar of the state with its hatch, `hatch_tile_width` + 8 pixels wide and as tall as the
/// lane, the pattern aligned to (0, 0) as a pattern brush on the lane's image is (it repeats
/// every 8 pixels). Filling each bar with the pattern brush, antialiased, cost more than all the
/// rest of a lane's painting; copying from the tile costs next to nothing. Painting runs on the
/// window's render thread (one per window), hence a cache per thread.
const QImage &hatch_tile(LaneState state, bool dark, int height)
{
    thread_local QHash<int, QImage> tiles;
    const int key = (height << 4) | (int(state) << 1) | int(dark);
    QImage &tile = tiles[key];
    if (tile.isNull()) {
        tile = QImage(hatch_tile_width + 8, std::max(1, height), QImage::Format_RGB32);
        const QColor base = StatePalette::state_color(state, dark);
        tile.fill(base);
        QPainter painter(&tile);
        painter.fillRect(tile.rect(), QBrush(base.darker(150), StatePalette::state_pattern(state)));
    }
    return tile;
}

/// A label's text laid out once: its advance and a QStaticText to draw it without shaping it
/// again. Zooming and scrolling repaint every visible lane each frame with mostly the same
/// labels; laying their text out each time was a third of a lane's painting.
struct LaidOut
{
    double advance = 0;
    QStaticText text;
};

const LaidOut &laid_out(const QString &text, const QFont &font)
{
    thread_local QHash<QString, LaidOut> cache;
    if (cache.size() > 2000) // labels of runs gone by
        cache.clear();
    const QString key = QString::number(font.pixelSize()) + QLatin1Char('/') + text;
    auto it = cache.find(key);
    if (it == cache.end()) {
        LaidOut entry;
        entry.advance = QFontMetricsF(font).horizontalAdvance(text);
        entry.text.setText(text);
        entry.text.setTextFormat(Qt::PlainText);
        entry.text.prepare(QTransform(), font);
        it = cache.insert(key, std::move(entry));
    }
    return *it;
}

} // namespace

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
        const QRectF box(std::max(x + 2, label_right + 2), 0, laid_out(text, small).advance + 4, small_metrics.height());
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
        if (StatePalette::state_pattern(s.state) != Qt::NoBrush && r.width() > 4) {
            // The hatch over the bar's whole pixels, copied from a tile (see hatch_tile).
            const QImage &tile = hatch_tile(s.state, m_dark, int(std::ceil(h)));
            const int from = int(std::ceil(x0)), to = int(std::floor(x1));
            for (int x = from; x < to; x += hatch_tile_width) {
                const int w = std::min(hatch_tile_width, to - x);
                p->drawImage(QPointF(x, barTop), tile, QRectF(((x % 8) + 8) % 8, barTop, w, barHeight));
            }
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
            // Most labels fit whole: drawn from their layout; the others are elided.
            const LaidOut &whole = laid_out(text, font);
            const bool fits = whole.advance <= tr.width() - 4;
            const QString shown = fits ? text : metrics.elidedText(text, Qt::ElideRight, tr.width() - 4);
            if (!shown.isEmpty() && shown != QStringLiteral("…")) {
                const double advance = fits ? whole.advance : metrics.horizontalAdvance(shown);
                const QRectF back(tr.left(), r.center().y() - metrics.height() / 2, advance + 4, metrics.height());
                p->fillRect(back, StatePalette::label_back(s.state, m_dark));
                p->setPen(Qt::black);
                if (fits)
                    p->drawStaticText(back.topLeft() + QPointF(2, 0), whole.text);
                else
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
        p->drawStaticText(phase.box.topLeft() + QPointF(2, 0), laid_out(phase.text, small).text);
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
