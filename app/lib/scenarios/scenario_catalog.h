// SPDX-License-Identifier: MIT
#pragma once
// The catalogue: every scenario, in the tutorial's order.

#include "scenario.h"

#include <QList>

namespace coroscope {

/// All scenarios, in tutorial order (built once, on first use).
[[nodiscard]] const QList<Scenario> &all_scenarios();
/// The scenario with this id, or null.
[[nodiscard]] const Scenario *find_scenario(const QString &id);

} // namespace coroscope
