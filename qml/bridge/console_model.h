// SPDX-License-Identifier: MIT
#pragma once
// ConsoleModel: what the scenario printed, one row per line, each stamped with the loop time of
// its first character (print(..., end=' ') pieces join one line, as in a terminal), plus the
// loop's reports ("Task exception was never retrieved") as their own rows.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <cstdint>
#include <vector>

namespace coroscope::ui {

class ConsoleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Session")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, ///< the line, without its newline
        TimeRole,                    ///< loop time of the line, seconds
        TimeTextRole,                ///< "1.000 s"
        TaskRole,                    ///< the printing task's id (0 = outside any task)
        IsReportRole,                ///< true for the loop's warnings
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void print(std::int64_t t_ns, std::uint64_t task, const QString &text);
    void report(std::int64_t t_ns, const QString &text);
    void clear();

    /// How many lines there are and what the last one says (a later print may continue it), to
    /// come back to with rewind() (time travel, see Recording).
    struct Mark
    {
        std::size_t lines = 0;
        QString last_text;
        bool last_open = false;
    };
    [[nodiscard]] Mark mark() const;
    void rewind(const Mark &mark);
    /// Everything printed, as a terminal would show it.
    [[nodiscard]] Q_INVOKABLE QString text() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Line
    {
        QString text;
        std::int64_t t_ns = 0;
        std::uint64_t task = 0;
        bool open = false; // no newline yet
        bool report = false;
    };
    void append(Line line);
    std::vector<Line> m_lines;
};

} // namespace coroscope::ui
