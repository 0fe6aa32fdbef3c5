// SPDX-License-Identifier: MIT
#pragma once
// Preferences: the user's choices about the window that outlive a session, kept with QSettings.
// The colour scheme: follow the system (the desktop's palette decides light or dark), or light,
// or dark.

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace coroscope::ui {

class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The chosen scheme; Theme.qml turns FollowSystem into light or dark.
    Q_PROPERTY(Scheme scheme READ scheme WRITE setScheme NOTIFY schemeChanged)

public:
    enum Scheme { FollowSystem, Light, Dark };
    Q_ENUM(Scheme)

    /// Not default-constructible on purpose: QML must take instance() through create().
    explicit Preferences(QObject *parent);
    /// The application's instance (what QML's `Preferences` singleton is).
    static Preferences *instance();
    static Preferences *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] Scheme scheme() const noexcept { return m_scheme; }
    void setScheme(Scheme scheme);

Q_SIGNALS:
    void schemeChanged();

private:
    Scheme m_scheme = FollowSystem;
};

} // namespace coroscope::ui
