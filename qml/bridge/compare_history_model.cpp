// SPDX-License-Identifier: MIT
#include "compare_history_model.h"

namespace coroscope::ui {

namespace {
QString ms_text(double ms)
{
    return ms < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}
} // namespace

int CompareHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompareHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case RunRole: return r.run;
    case PagesRole: return r.pages;
    case LatencyRole: return r.latency;
    case SequentialRole: return ms_text(r.sequential);
    case ExecutorRole: return ms_text(r.executor);
    case AsyncRole: return ms_text(r.async);
    case SpeedupRole: return r.speedup > 0 ? QStringLiteral("%1×").arg(r.speedup, 0, 'f', 1) : QStringLiteral("—");
    case FailuresRole: return r.failures;
    default: return {};
    }
}

QHash<int, QByteArray> CompareHistoryModel::roleNames() const
{
    return {{RunRole, "run"},           {PagesRole, "pages"}, {LatencyRole, "latency"},
            {SequentialRole, "sequential"}, {ExecutorRole, "executor"}, {AsyncRole, "async"},
            {SpeedupRole, "speedup"},   {FailuresRole, "failures"}};
}

void CompareHistoryModel::prepend(Row row)
{
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), std::move(row));
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace coroscope::ui
