// SPDX-License-Identifier: MIT
#pragma once
// Helpers around a scenario's run (scenario_run.h): its parameters checked and converted, and
// the Python-style names the trace shows.

#include "scenario.h"

#include <QVariantMap>

namespace coroscope {

/// The scenario's parameters: its defaults overridden by `overrides`, each converted to the
/// default's type (a comma-separated string becomes a list). An unknown key or a value of the
/// wrong type sets `error` and returns an empty map.
[[nodiscard]] QVariantMap resolve_params(const Scenario &scenario, const QVariantMap &overrides, QString *error);

/// The Python-style name of a coroutine function for display, from its C++ signature:
/// "aio::Coroutine<int> coroscope::scenarios::await_chain::add(int, int)" -> "add".
/// Text that is not a signature is returned unchanged.
[[nodiscard]] QString python_name(const QString &signature);

} // namespace coroscope
