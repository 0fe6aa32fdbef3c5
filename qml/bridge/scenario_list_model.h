// SPDX-License-Identifier: MIT
#pragma once
// ScenarioListModel: the catalogue's scenarios in tutorial order, filtered by a search text
// (title, id, section, explanation); views group rows by the `group` role.

#include "scenario.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace coroscope::ui {

class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Session")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< "await-chain"
        TitleRole,                 ///< English title
        GroupRole,                 ///< the list's group heading (tutorial order)
        SectionRole,               ///< the tutorial section (Korean heading)
        HasErrataRole,             ///< the tutorial is wrong here and the scenario says why
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setScenarios(QList<Scenario> scenarios);
    [[nodiscard]] const Scenario *find(const QString &id) const;
    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    /// The first visible scenario's id (Enter in the search field opens it).
    Q_INVOKABLE QString idAt(int row) const;
    /// Shows the titles and groups again, in the language now installed.
    void retranslate();

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    void refilter();
    QList<Scenario> m_all;
    std::vector<int> m_visible;
    QString m_filter;
};

} // namespace coroscope::ui
