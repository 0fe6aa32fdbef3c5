// SPDX-License-Identifier: MIT
#pragma once
// A scenario's parameters: each with its documented range, and the one place where overrides
// (from `coroscope run --param`, the window's controls, the tests) are converted and checked
// before anything runs. A value outside its range is refused with a message naming the range,
// so a negative latency, a NaN sleep or a hundred thousand pages never reach the loop.

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <limits>

namespace coroscope {

struct Scenario;

/// A parameter a scenario accepts, with its tutorial default and the values it accepts.
struct ScenarioParam
{
    QString key = {};
    QString description = {};
    QVariant default_value = {}; ///< its type is the parameter's type (int, double, bool, string list)
    /// Numbers, and each item of a list of numbers: the inclusive range.
    double min = -std::numeric_limits<double>::max();
    double max = std::numeric_limits<double>::max();
    QString unit = {}; ///< shown after the range ("ms", "s"); may be empty
    int max_items = 0; ///< lists: at most this many items (0: lists only)
    /// Lists of URLs: the schemes accepted (an empty list means the items are numbers).
    QStringList url_schemes = {};

    /// The accepted values in words, for help texts and the window: "0..60000 ms",
    /// "true or false", "up to 1000 http or https URLs".
    [[nodiscard]] QString range_text() const;
};

/// The scenario's parameters: its defaults overridden by `overrides`, each converted to the
/// default's type (a comma-separated string becomes a list) and checked against its range. An
/// unknown key, a value of the wrong type or out of range sets `error` (a message naming the
/// parameter and its range) and returns an empty map.
[[nodiscard]] QVariantMap resolve_params(const Scenario &scenario, const QVariantMap &overrides, QString *error);

/// Converts `value` to the type of `fallback`; false when it does not fit.
[[nodiscard]] bool convert_like(const QVariant &fallback, const QVariant &value, QVariant *out);

} // namespace coroscope
