// SPDX-License-Identifier: MIT
#pragma once
// StateSwatch: a legend sample painted exactly like a timeline bar of that state.

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace coroscope::ui {

class StateSwatch : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int laneState MEMBER m_state NOTIFY changed)
    Q_PROPERTY(bool dark MEMBER m_dark NOTIFY changed) ///< the colour scheme (StatePalette)

public:
    explicit StateSwatch(QQuickItem *parent = nullptr);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void changed();

private:
    int m_state = 0;
    bool m_dark = false;
};

} // namespace coroscope::ui
