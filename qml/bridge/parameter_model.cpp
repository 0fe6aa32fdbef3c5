// SPDX-License-Identifier: MIT
#include "parameter_model.h"

#include "scenario_params.h"

namespace coroscope::ui {

namespace {

QString kind_of(const ScenarioParam &param)
{
    switch (param.default_value.typeId()) {
    case QMetaType::Bool: return QStringLiteral("bool");
    case QMetaType::Int: return QStringLiteral("int");
    case QMetaType::Double: return QStringLiteral("number");
    default: return QStringLiteral("list");
    }
}

/// Lists are edited as the command line writes them: comma-separated.
QVariant shown(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? QVariant(value.toStringList().join(u',')) : value;
}

} // namespace

int ParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->params.size());
}

QVariant ParameterModel::value_of(const ScenarioParam &param) const
{
    return m_overrides.value(param.key, param.default_value);
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!m_scenario || !index.isValid() || index.row() >= rowCount())
        return {};
    const ScenarioParam &param = m_scenario->params[index.row()];
    switch (role) {
    case KeyRole: return param.key;
    case DescriptionRole: return param.description;
    case KindRole: return kind_of(param);
    case MinimumRole: return param.min;
    case MaximumRole: return param.max;
    case UnitRole: return param.unit;
    case RangeTextRole: return param.range_text();
    case ValueRole: return shown(value_of(param));
    case DefaultRole: return shown(param.default_value);
    case IsDefaultRole: return !m_overrides.contains(param.key);
    default: return {};
    }
}

QHash<int, QByteArray> ParameterModel::roleNames() const
{
    return {{KeyRole, "key"},       {DescriptionRole, "description"}, {KindRole, "kind"},
            {MinimumRole, "minimum"}, {MaximumRole, "maximum"},       {UnitRole, "unit"},
            {RangeTextRole, "rangeText"}, {ValueRole, "value"},       {DefaultRole, "defaultValue"},
            {IsDefaultRole, "isDefault"}};
}

void ParameterModel::setScenario(const Scenario *scenario)
{
    beginResetModel();
    m_scenario = scenario;
    m_overrides.clear();
    endResetModel();
    set_error({});
    Q_EMIT countChanged();
    Q_EMIT valuesChanged();
}

bool ParameterModel::setValue(const QString &key, const QVariant &value)
{
    if (!m_scenario) {
        set_error(QStringLiteral("no scenario is selected"));
        return false;
    }
    QString problem;
    const QVariantMap resolved = resolve_params(*m_scenario, {{key, value}}, &problem);
    if (!problem.isEmpty()) {
        set_error(problem);
        return false;
    }
    set_error({});
    int row = 0;
    while (m_scenario->params[row].key != key)
        ++row; // resolve_params accepted the key, so it is there
    const QVariant typed = resolved.value(key);
    const bool is_default = typed == m_scenario->params[row].default_value;
    if (is_default) {
        if (m_overrides.remove(key) == 0)
            return true; // it was the default already
    } else {
        if (m_overrides.value(key) == typed)
            return true; // no change
        m_overrides.insert(key, typed);
    }
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {ValueRole, IsDefaultRole});
    Q_EMIT valuesChanged();
    return true;
}

void ParameterModel::resetToDefaults()
{
    set_error({});
    // A reset, not dataChanged: a field still holding refused text shows the default again too.
    beginResetModel();
    const bool had_overrides = !m_overrides.isEmpty();
    m_overrides.clear();
    endResetModel();
    if (had_overrides)
        Q_EMIT valuesChanged();
}

void ParameterModel::set_error(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace coroscope::ui
