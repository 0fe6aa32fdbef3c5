// SPDX-License-Identifier: MIT
#pragma once
// TimelineLane: paints one lane's segments for the visible time window, with state colours,
// patterns, labels on waiting bars ("sleep 0.8 s left", "task #3 add") and the end marker.
// Painting in C++ keeps thousands of segments cheap; only visible lanes exist (ListView).

#include <QQuickPaintedItem>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace coroscope::ui {

class TimelineModel;
struct Lane;
struct Segment;

class TimelineLane : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(coroscope::ui::TimelineModel *model READ model WRITE setModel NOTIFY changed)
    Q_PROPERTY(qulonglong laneId MEMBER m_lane_id NOTIFY changed)
    Q_PROPERTY(int revision MEMBER m_revision NOTIFY changed)
    Q_PROPERTY(double viewStart MEMBER m_view_start NOTIFY changed) ///< seconds
    Q_PROPERTY(double viewEnd MEMBER m_view_end NOTIFY changed)
    Q_PROPERTY(double now MEMBER m_now NOTIFY changed)              ///< loop time: open bars end here
    Q_PROPERTY(double playhead MEMBER m_playhead NOTIFY changed)    ///< "left" on timer bars counts from here
    Q_PROPERTY(bool selected MEMBER m_selected NOTIFY changed)
    Q_PROPERTY(QColor textColor MEMBER m_text_color NOTIFY changed)
    Q_PROPERTY(bool dark MEMBER m_dark NOTIFY changed) ///< the colour scheme (StatePalette)

public:
    explicit TimelineLane(QQuickItem *parent = nullptr);
    void paint(QPainter *painter) override;

    [[nodiscard]] TimelineModel *model() const { return m_model; }
    void setModel(TimelineModel *model);

    /// Seconds at x (for hover and click).
    Q_INVOKABLE double timeAt(double x) const;

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] double xOf(double seconds) const;
    [[nodiscard]] QString labelFor(const Segment &segment, double end) const;

    QPointer<TimelineModel> m_model;
    qulonglong m_lane_id = 0;
    int m_revision = 0;
    double m_view_start = 0;
    double m_view_end = 1;
    double m_now = 0;
    double m_playhead = 0;
    bool m_selected = false;
    QColor m_text_color = Qt::black;
    bool m_dark = false;
};

} // namespace coroscope::ui
