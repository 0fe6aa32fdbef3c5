// SPDX-License-Identifier: MIT
#include "time_axis.h"

#include <QPainter>
#include <cmath>

namespace coroscope::ui {

TimeAxis::TimeAxis(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    connect(this, &TimeAxis::changed, this, [this] { update(); });
}

QString TimeAxis::formatSeconds(double s)
{
    const double a = std::fabs(s);
    auto fmt = [](double v, const char *unit) {
        QString n = QString::number(v, 'f', std::fabs(v) < 10 && v != std::floor(v) ? 2 : (v == std::floor(v) ? 0 : 1));
        if (n.contains(QLatin1Char('.'))) {
            while (n.endsWith(QLatin1Char('0')))
                n.chop(1);
            if (n.endsWith(QLatin1Char('.')))
                n.chop(1);
        }
        return n + QLatin1Char(' ') + QString::fromUtf8(unit);
    };
    if (a == 0)
        return QStringLiteral("0 s");
    if (a >= 1)
        return fmt(s, "s");
    if (a >= 1e-3)
        return fmt(s * 1e3, "ms");
    if (a >= 1e-6)
        return fmt(s * 1e6, "µs");
    return fmt(s * 1e9, "ns");
}

double TimeAxis::tickStep(double span, double pixels)
{
    // About one tick per 90 px, on a 1-2-5 ladder.
    const double raw = span / std::max(1.0, pixels / 90.0);
    const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

void TimeAxis::paint(QPainter *p)
{
    const double span = m_view_end - m_view_start;
    if (span <= 0 || width() <= 0)
        return;
    const double step = tickStep(span, width());
    QFont font = p->font();
    font.setPixelSize(int(std::max(9.0, height() * 0.45)));
    p->setFont(font);
    p->setPen(m_color);
    p->drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
    for (double t = std::ceil(m_view_start / step) * step; t <= m_view_end; t += step) {
        const double x = (t - m_view_start) / span * width();
        p->drawLine(QPointF(x, height() - 6), QPointF(x, height()));
        p->drawText(QRectF(x + 3, 0, 120, height() - 4), Qt::AlignLeft | Qt::AlignVCenter,
                    formatSeconds(std::fabs(t) < step * 1e-6 ? 0.0 : t));
    }
}

} // namespace coroscope::ui
