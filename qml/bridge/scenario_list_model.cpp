// SPDX-License-Identifier: MIT
#include "scenario_list_model.h"

#include "scenario_text.h"

namespace coroscope::ui {

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &s = m_all[m_visible[std::size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return scenario_text(s.title);
    case IdRole: return s.id;
    case GroupRole: return s.group.isEmpty() ? s.section : scenario_text(s.group);
    case SectionRole: return s.section;
    case HasErrataRole: return !s.errata.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const
{
    return {{IdRole, "scenarioId"}, {TitleRole, "title"}, {GroupRole, "group"}, {SectionRole, "section"},
            {HasErrataRole, "hasErrata"}};
}

void ScenarioListModel::setScenarios(QList<Scenario> scenarios)
{
    beginResetModel();
    m_all = std::move(scenarios);
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        m_visible.push_back(i);
    endResetModel();
    refilter();
    Q_EMIT countChanged();
}

const Scenario *ScenarioListModel::find(const QString &id) const
{
    for (const Scenario &s : m_all)
        if (s.id == id)
            return &s;
    return nullptr;
}

void ScenarioListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    refilter();
    Q_EMIT filterChanged();
}

QString ScenarioListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? m_all[m_visible[std::size_t(row)]].id : QString();
}

void ScenarioListModel::retranslate()
{
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), {Qt::DisplayRole, TitleRole, GroupRole});
    refilter();
}

void ScenarioListModel::refilter()
{
    const QString needle = m_filter.trimmed();
    std::vector<int> visible;
    for (int i = 0; i < m_all.size(); ++i) {
        const Scenario &s = m_all[i];
        // English or the language shown: both find it.
        const auto has = [&needle](const QString &text) {
            return text.contains(needle, Qt::CaseInsensitive) || scenario_text(text).contains(needle, Qt::CaseInsensitive);
        };
        if (needle.isEmpty() || has(s.title) || s.id.contains(needle, Qt::CaseInsensitive)
            || s.section.contains(needle, Qt::CaseInsensitive) || has(s.group) || has(s.explanation))
            visible.push_back(i);
    }
    if (visible == m_visible)
        return;
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace coroscope::ui
