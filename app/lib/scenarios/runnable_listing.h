// SPDX-License-Identifier: MIT
#pragma once
// The tutorial's listings are shown verbatim, but several are not Python as printed: they end in
// a "# 결과" block of expected output written as bare text, replay a REPL session (">>> " lines
// and their output), or carry a typo the catalogue's errata name. runnable_listing() derives a
// script CPython can run from the shown text, line for line: every line keeps its number (lines
// are commented out or edited in place, never added or removed), so a traced run's source lines
// point at the listing the window shows.

#include <QList>
#include <QString>
#include <QStringList>

namespace coroscope {

/// One line of a listing edited for running: the errata's corrections, or a missing driver put
/// on a blank line. `expected` guards against a listing that changed under the fix.
struct ListingFix
{
    int line = 0;         ///< 1-based, in the shown listing
    QString expected;     ///< the line's text as shown
    QString replacement;  ///< what CPython runs instead (one line)
};

struct RunnableListing
{
    QString script;       ///< as many lines as the listing
    QStringList problems; ///< fixes that did not apply (wrong line or changed text); empty when all did
};

/// The runnable form of `listing`: first the `fixes`, then, from a line "# 결과" on, every bare
/// line becomes a comment; a REPL transcript's ">>> " / "... " prompts are dropped and the lines
/// they printed become comments. `driver` is appended after the last line (it moves none).
[[nodiscard]] RunnableListing runnable_listing(const QString &listing, const QList<ListingFix> &fixes = {},
                                               const QString &driver = {});

} // namespace coroscope
