// SPDX-License-Identifier: MIT
#pragma once
// CompareHistoryModel: one row per finished "Run gather", newest first.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace coroscope::ui {

class CompareHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CompareController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    struct Row
    {
        int run = 0;
        int pages = 0;
        QString latency;    ///< "200 ms" or "custom URLs"
        double sequential = -1; ///< ms, -1 when it failed
        double executor = -1;
        double async = -1;
        double speedup = 0;
        int failures = 0;
    };
    enum Role {
        RunRole = Qt::UserRole + 1, ///< 1, 2, 3... in the order they ran
        PagesRole,                  ///< how many pages
        LatencyRole,                ///< the demo server latency, or "custom URLs"
        SequentialRole,             ///< total ms ("—" if failed), as text
        ExecutorRole,
        AsyncRole,
        SpeedupRole,                ///< "5.8×"
        FailuresRole,               ///< failed pages over the three variants
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    void prepend(Row row);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<Row> m_rows;
};

} // namespace coroscope::ui
