// SPDX-License-Identifier: MIT
#pragma once
// The catalogue's texts for people (titles, groups, explanations, errata, parameter
// descriptions) are written in English and marked with QT_TRANSLATE_NOOP("Scenarios", ...);
// i18n/scenarios_<lang>.ts holds their translations, compiled in as :/i18n/scenarios_<lang>.qm.
// They are translated where they are shown, so a language chosen later still applies.

#include <QString>

namespace coroscope {

/// A catalogue text in the application's current language (the English source if no installed
/// translator knows it). Empty stays empty.
[[nodiscard]] QString scenario_text(const QString &english);

} // namespace coroscope
