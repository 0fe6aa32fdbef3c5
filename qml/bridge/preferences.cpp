// SPDX-License-Identifier: MIT
#include "preferences.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QSettings>

namespace coroscope::ui {

namespace {
Preferences *g_instance = nullptr;
const QString scheme_key = QStringLiteral("appearance/scheme");
} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent)
{
    // An unknown stored value (a newer version's) falls back to following the system.
    const int stored = QSettings().value(scheme_key, int(FollowSystem)).toInt();
    m_scheme = stored >= FollowSystem && stored <= Dark ? Scheme(stored) : FollowSystem;
}

Preferences *Preferences::instance()
{
    if (!g_instance)
        g_instance = new Preferences(QCoreApplication::instance());
    return g_instance;
}

Preferences *Preferences::create(QQmlEngine *, QJSEngine *)
{
    Preferences *preferences = instance();
    QQmlEngine::setObjectOwnership(preferences, QQmlEngine::CppOwnership);
    return preferences;
}

void Preferences::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    QSettings().setValue(scheme_key, int(scheme));
    Q_EMIT schemeChanged();
}

} // namespace coroscope::ui
