// SPDX-License-Identifier: MIT
#pragma once
// A scenario: one example of the asyncio tutorial, ported to C++ and runnable on the engine.
// The catalogue (scenario_catalog.h) lists them; a ScenarioRun (scenario_run.h) runs one on a
// loop of its own thread, for the command line, the window and the tests alike.

#include "runnable_listing.h"
#include "scenario_params.h"

#include <coroscope/coroutine.h>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace coroscope {

/// What a scenario's main coroutine may read: its parameters (tutorial values by default).
struct ScenarioContext
{
    QVariantMap params;
    [[nodiscard]] int integer(const QString &key, int fallback) const { return params.value(key, fallback).toInt(); }
    [[nodiscard]] double number(const QString &key, double fallback) const { return params.value(key, fallback).toDouble(); }
    [[nodiscard]] QStringList list(const QString &key) const { return params.value(key).toStringList(); }
};

struct Scenario
{
    QString id;            ///< e.g. "await-chain"
    QString title;         ///< English title
    QString section;       ///< the tutorial section it comes from (Korean heading)
    QString group;         ///< a grouping for the scenario list, in tutorial order
    QString explanation;   ///< short English explanation (plain text, a few sentences)
    QString errata;        ///< where the tutorial is wrong and what the scenario shows; may be empty
    QString python_source; ///< the tutorial's listing, verbatim (from resources)
    /// Line edits CPython needs to run the listing (the errata's corrections, a missing driver);
    /// runnable_listing(python_source, python_fixes, python_driver) is the script (runnable_listing.h).
    QList<ListingFix> python_fixes;
    /// Lines appended to the runnable form when the listing is a fragment without a driver
    /// (resources/tutorial/<id>.driver.py; empty for most).
    QString python_driver;
    QString cpp_source;    ///< this scenario's own compiled source file, embedded at build time
    QString cpp_file;      ///< its file name (matches std::source_location::file_name() endings)
    /// Port headers it includes that hold tutorial code too (file name -> text, embedded at
    /// build time like cpp_source): async-for's AsyncCounter, shared with async-comprehension.
    QMap<QString, QString> cpp_headers;
    QList<ScenarioParam> params;
    /// Creates the scenario's main coroutine (lazy: nothing runs until it is scheduled).
    std::function<aio::Coroutine<void>(ScenarioContext)> main;
};

} // namespace coroscope
