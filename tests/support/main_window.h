// SPDX-License-Identifier: MIT
#pragma once
// The real window, loaded as the application loads it, for the window suites.

#include "scenario_catalog.h"
#include "session.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QUrl>

namespace main_window {

/// Loads Main.qml with every scenario, the Fusion style and test-mode settings, sized 1440×900
/// (not yet shown: wait for it to be exposed). The engine is a child of `owner`; null when the
/// QML did not load.
inline QQuickWindow *load(QObject *owner)
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    coroscope::ui::Session::instance()->setScenarios(coroscope::all_scenarios());
    auto *engine = new QQmlApplicationEngine(owner);
    engine->addImportPath(QStringLiteral(":/"));
    engine->load(QUrl(QStringLiteral("qrc:/Coroscope/Main.qml")));
    if (engine->rootObjects().size() != 1)
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    if (window)
        window->resize(1440, 900);
    return window;
}

} // namespace main_window
