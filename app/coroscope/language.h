// SPDX-License-Identifier: MIT
#pragma once
// The command line speaks the system's language: Korean when the locale (LC_ALL, LC_MESSAGES or
// LANG) is Korean, else English, the source language. Only texts for people are translated; JSON,
// trace files, scenario ids, exit codes and the demo server's "listening on URL" line stay the
// same in every language.

namespace coroscope {

enum class CatalogueTexts {
    Translate,    ///< also translate the scenario catalogue (list, run --help)
    LeaveToWindow ///< the window translates it in the language it speaks (Preferences)
};

/// Installs the translation of the command line's texts (and, by default, of the scenario
/// catalogue) for the system language. Call once the application object exists.
void install_cli_translations(CatalogueTexts catalogue = CatalogueTexts::Translate);

} // namespace coroscope
