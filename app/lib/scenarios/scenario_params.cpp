// SPDX-License-Identifier: MIT
#include "scenario_params.h"

#include "scenario.h"

#include <QCoreApplication>
#include <QUrl>
#include <cmath>

// The messages are for people: they go through the catalogue's translation ("Scenarios" context,
// i18n/scenarios_<lang>.ts). Keys, ids and values stay as typed.

namespace coroscope {

namespace {

QString number_text(double value)
{
    return QString::number(value, 'g', 12);
}

/// Empty when `value` (already converted to the parameter's type) is acceptable.
QString range_problem(const ScenarioParam &param, const QVariant &value)
{
    const auto outside = [&param](double number) { return !(number >= param.min && number <= param.max); }; // NaN too
    switch (param.default_value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (outside(number))
            return QCoreApplication::translate("Scenarios", "%1 is outside %2").arg(value.toString(), param.range_text());
        return {};
    }
    case QMetaType::QStringList: {
        const QStringList items = value.toStringList();
        if (param.max_items > 0 && items.size() > param.max_items)
            return QCoreApplication::translate("Scenarios", "%1 items, but it accepts %2").arg(items.size()).arg(param.range_text());
        for (const QString &raw : items) {
            const QString item = raw.trimmed();
            if (!param.url_schemes.isEmpty()) {
                const QUrl url(item, QUrl::StrictMode);
                if (url.isValid() && !url.scheme().isEmpty() && !param.url_schemes.contains(url.scheme().toLower()))
                    return QCoreApplication::translate("Scenarios", "'%1' has scheme '%2' (%3)").arg(item, url.scheme(), param.range_text());
                if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
                    return QCoreApplication::translate("Scenarios", "'%1' is not a URL (%2)").arg(item, param.range_text());
                continue;
            }
            bool ok = false;
            const double number = item.toDouble(&ok);
            if (!ok || outside(number))
                return QCoreApplication::translate("Scenarios", "item '%1' is outside %2").arg(item, param.range_text());
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace

QString ScenarioParam::range_text() const
{
    const QString suffix = unit.isEmpty() ? QString() : u' ' + unit;
    switch (default_value.typeId()) {
    case QMetaType::Bool:
        return QCoreApplication::translate("Scenarios", "true or false");
    case QMetaType::Int:
    case QMetaType::Double:
        return QStringLiteral("%1..%2%3").arg(number_text(min), number_text(max), suffix);
    case QMetaType::QStringList:
        if (!url_schemes.isEmpty())
            return QCoreApplication::translate("Scenarios", "up to %1 %2 URLs").arg(max_items).arg(url_schemes.join(QCoreApplication::translate("Scenarios", " or ")));
        return QCoreApplication::translate("Scenarios", "up to %1 numbers in %2..%3%4").arg(max_items).arg(number_text(min), number_text(max), suffix);
    default:
        return QCoreApplication::translate("Scenarios", "text");
    }
}

bool convert_like(const QVariant &fallback, const QVariant &value, QVariant *out)
{
    bool ok = true;
    switch (fallback.typeId()) {
    case QMetaType::Int:
        *out = value.toString().trimmed().toInt(&ok);
        return ok;
    case QMetaType::Double:
        *out = value.toString().trimmed().toDouble(&ok);
        return ok;
    case QMetaType::Bool: {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            *out = true;
        else if (text == u"false" || text == u"0")
            *out = false;
        else
            return false;
        return true;
    }
    case QMetaType::QStringList:
        if (value.typeId() == QMetaType::QStringList)
            *out = value.toStringList();
        else
            *out = value.toString().split(u',', Qt::SkipEmptyParts);
        return true;
    default:
        *out = value.toString();
        return true;
    }
}

QVariantMap resolve_params(const Scenario &scenario, const QVariantMap &overrides, QString *error)
{
    QVariantMap params;
    for (const ScenarioParam &param : scenario.params)
        params.insert(param.key, param.default_value);
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const ScenarioParam *param = nullptr;
        for (const ScenarioParam &candidate : scenario.params) {
            if (candidate.key == it.key())
                param = &candidate;
        }
        if (!param) {
            QStringList known;
            for (const ScenarioParam &candidate : scenario.params)
                known << candidate.key;
            *error = QCoreApplication::translate("Scenarios", "scenario '%1' has no parameter '%2'%3")
                         .arg(scenario.id, it.key(),
                              known.isEmpty() ? QCoreApplication::translate("Scenarios", " (it takes none)")
                                              : QCoreApplication::translate("Scenarios", " (it takes: %1)").arg(known.join(u", ")));
            return {};
        }
        QVariant converted;
        if (!convert_like(param->default_value, it.value(), &converted)) {
            *error = QCoreApplication::translate("Scenarios", "parameter '%1' of scenario '%2': '%3' is not a valid %4 (%5)")
                         .arg(it.key(), scenario.id, it.value().toString(),
                              QString::fromUtf8(param->default_value.typeName()), param->range_text());
            return {};
        }
        if (const QString problem = range_problem(*param, converted); !problem.isEmpty()) {
            *error = QCoreApplication::translate("Scenarios", "parameter '%1' of scenario '%2': %3").arg(it.key(), scenario.id, problem);
            return {};
        }
        params.insert(it.key(), converted);
    }
    return params;
}

} // namespace coroscope
