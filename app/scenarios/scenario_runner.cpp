// SPDX-License-Identifier: MIT
#include "scenario_runner.h"

namespace coroscope {

namespace {

/// Converts `value` to the type of `fallback`; false when it does not fit.
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

} // namespace

QVariantMap resolve_params(const Scenario &scenario, const QVariantMap &overrides, QString *error)
{
    QVariantMap params;
    for (const ScenarioParam &param : scenario.params)
        params.insert(param.key, param.default_value);
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (!params.contains(it.key())) {
            QStringList known;
            for (const ScenarioParam &param : scenario.params)
                known << param.key;
            *error = QStringLiteral("scenario '%1' has no parameter '%2'%3")
                         .arg(scenario.id, it.key(),
                              known.isEmpty() ? QStringLiteral(" (it takes none)")
                                              : QStringLiteral(" (it takes: %1)").arg(known.join(u", ")));
            return {};
        }
        QVariant converted;
        if (!convert_like(params.value(it.key()), it.value(), &converted)) {
            *error = QStringLiteral("parameter '%1' of scenario '%2': '%3' is not a valid %4")
                         .arg(it.key(), scenario.id, it.value().toString(),
                              QString::fromUtf8(params.value(it.key()).typeName()));
            return {};
        }
        params.insert(it.key(), converted);
    }
    return params;
}

QString python_name(const QString &signature)
{
    const qsizetype paren = signature.indexOf(u'(');
    if (paren <= 0 || !signature.left(paren).contains(u"::"))
        return signature;
    qsizetype begin = paren;
    while (begin > 0) {
        const QChar c = signature.at(begin - 1);
        if (!c.isLetterOrNumber() && c != u'_')
            break;
        --begin;
    }
    const QString name = signature.mid(begin, paren - begin);
    return name.isEmpty() ? signature : name;
}

} // namespace coroscope
