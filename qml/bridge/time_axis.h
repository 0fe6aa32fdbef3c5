// SPDX-License-Identifier: MIT
#pragma once
// TimeAxis: ticks at 1-2-5 steps for the visible window, labelled with units (ns, µs, ms, s),
// and the playhead's triangle.

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace coroscope::ui {

class TimeAxis : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double viewStart MEMBER m_view_start NOTIFY changed)
    Q_PROPERTY(double viewEnd MEMBER m_view_end NOTIFY changed)
    Q_PROPERTY(QColor color MEMBER m_color NOTIFY changed)

public:
    explicit TimeAxis(QQuickItem *parent = nullptr);
    void paint(QPainter *painter) override;
    /// "250 ms", "1.5 s", "40 µs": a time in seconds with a readable unit.
    Q_INVOKABLE static QString formatSeconds(double seconds);
    /// The tick step (seconds) for a window of `span` seconds over `pixels`.
    [[nodiscard]] static double tickStep(double span, double pixels);

Q_SIGNALS:
    void changed();

private:
    double m_view_start = 0;
    double m_view_end = 1;
    QColor m_color = Qt::black;
};

} // namespace coroscope::ui
