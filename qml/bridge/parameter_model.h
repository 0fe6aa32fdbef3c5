// SPDX-License-Identifier: MIT
#pragma once
// ParameterModel: the selected scenario's parameters as the window's controls show them, with
// the command line's ranges (the same ScenarioParam list `coroscope run ID --help` prints) and
// the values the learner set. Every value set is checked by resolve_params, the one place the
// command line checks them too, so the window cannot start a run the command line would refuse.

#include "scenario.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace coroscope::ui {

class ParameterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Session")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Some value differs from the scenario's default.
    Q_PROPERTY(bool changed READ changed NOTIFY valuesChanged)
    /// Why the last value set was refused (empty when it was accepted).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< "latency_ms"
        DescriptionRole,            ///< what it does, as `run ID --help` says
        KindRole,                   ///< "int", "number", "bool" or "list": which control shows it
        MinimumRole,                ///< numbers: the smallest accepted value
        MaximumRole,                ///< numbers: the largest accepted value
        UnitRole,                   ///< "ms", "s" or empty
        RangeTextRole,              ///< the accepted values in words ("0..60000 ms")
        ValueRole,                  ///< the value in effect (lists as comma-separated text)
        DefaultRole,                ///< the tutorial's value (lists as comma-separated text)
        IsDefaultRole,              ///< the value is the default
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows `scenario`'s parameters at their defaults (null: none).
    void setScenario(const Scenario *scenario);
    /// Sets a parameter from a control (or `--param`): converted and range-checked as the command
    /// line does. A refused value leaves the old one and sets error(); returns whether it took.
    Q_INVOKABLE bool setValue(const QString &key, const QVariant &value);
    /// Every parameter back to its default.
    Q_INVOKABLE void resetToDefaults();
    /// The values that differ from the defaults, as RunOptions::params takes them.
    [[nodiscard]] QVariantMap overrides() const { return m_overrides; }
    [[nodiscard]] bool changed() const { return !m_overrides.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }

Q_SIGNALS:
    void countChanged();
    void valuesChanged();
    void errorChanged();

private:
    void set_error(const QString &error);
    [[nodiscard]] QVariant value_of(const ScenarioParam &param) const;

    const Scenario *m_scenario = nullptr;
    QVariantMap m_overrides; // checked values, typed as the defaults
    QString m_error;
};

} // namespace coroscope::ui
