// SPDX-License-Identifier: MIT
#include "console_model.h"

namespace coroscope::ui {

int ConsoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return line.text;
    case TimeRole: return double(line.t_ns) / 1e9;
    case TimeTextRole: return QStringLiteral("%1 s").arg(double(line.t_ns) / 1e9, 0, 'f', 3);
    case TaskRole: return QVariant::fromValue<qulonglong>(line.task);
    case IsReportRole: return line.report;
    default: return {};
    }
}

QHash<int, QByteArray> ConsoleModel::roleNames() const
{
    return {{TextRole, "line"}, {TimeRole, "time"}, {TimeTextRole, "timeText"}, {TaskRole, "task"}, {IsReportRole, "isReport"}};
}

void ConsoleModel::append(Line line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.push_back(std::move(line));
    endInsertRows();
    Q_EMIT countChanged();
}

void ConsoleModel::print(std::int64_t t_ns, std::uint64_t task, const QString &text)
{
    const QStringList pieces = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const bool last = i == pieces.size() - 1;
        if (last && pieces[i].isEmpty())
            break; // the text ended with a newline
        if (!m_lines.empty() && m_lines.back().open) {
            m_lines.back().text += pieces[i];
            m_lines.back().open = last;
            const QModelIndex changed = index(int(m_lines.size()) - 1);
            Q_EMIT dataChanged(changed, changed, {TextRole});
        } else {
            append(Line{pieces[i], t_ns, task, last, false});
        }
    }
    if (text.endsWith(QLatin1Char('\n')) && !m_lines.empty())
        m_lines.back().open = false;
}

void ConsoleModel::report(std::int64_t t_ns, const QString &text)
{
    if (!m_lines.empty())
        m_lines.back().open = false;
    append(Line{text, t_ns, 0, false, true});
}

void ConsoleModel::clear()
{
    beginResetModel();
    decltype(m_lines)().swap(m_lines); // its memory too
    endResetModel();
    Q_EMIT countChanged();
}

ConsoleModel::Mark ConsoleModel::mark() const
{
    if (m_lines.empty())
        return {};
    return {m_lines.size(), m_lines.back().text, m_lines.back().open};
}

void ConsoleModel::rewind(const Mark &mark)
{
    if (mark.lines < m_lines.size()) {
        beginRemoveRows({}, int(mark.lines), int(m_lines.size()) - 1);
        m_lines.resize(mark.lines);
        endRemoveRows();
        Q_EMIT countChanged();
    }
    if (mark.lines > 0 && mark.lines <= m_lines.size()) {
        Line &last = m_lines[mark.lines - 1];
        last.open = mark.last_open;
        if (last.text != mark.last_text) {
            last.text = mark.last_text;
            const QModelIndex changed = index(int(mark.lines) - 1);
            Q_EMIT dataChanged(changed, changed, {TextRole});
        }
    }
}

QString ConsoleModel::text() const
{
    QString out;
    for (const Line &line : m_lines)
        if (!line.report)
            out += line.text + (line.open ? QString() : QStringLiteral("\n"));
    return out;
}

} // namespace coroscope::ui
