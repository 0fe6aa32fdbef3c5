// SPDX-License-Identifier: MIT
#pragma once
// CodeModel: a source listing, one row per line, highlighted (keywords, strings, comments,
// numbers) as rich text, with the colours of the tasks that currently stand on each line.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <map>
#include <vector>

namespace coroscope::ui {

class CodeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Session")
    Q_PROPERTY(int count READ rowCount NOTIFY sourceChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(int firstMarkedLine READ firstMarkedLine NOTIFY markersChanged)

public:
    enum class Language { Cpp, Python };
    enum Role {
        LineNumberRole = Qt::UserRole + 1, ///< 1-based
        HtmlRole,                          ///< the line as highlighted rich text
        PlainRole,                         ///< the line as written
        MarkersRole,                       ///< colour indices of the tasks standing on this line
        MarkerNamesRole,                   ///< "#2 add, #3 fetch": who stands here
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setSource(const QString &text, Language language);
    [[nodiscard]] const QStringList &lines() const noexcept { return m_lines; }
    struct Marker
    {
        int color;
        QString name;
        bool operator==(const Marker &) const = default;
    };
    /// Line (1-based) -> who stands there; only changed lines are signalled.
    void setMarkers(const std::map<int, std::vector<Marker>> &markers);
    [[nodiscard]] int firstMarkedLine() const { return m_markers.empty() ? 0 : m_markers.begin()->first; }

    [[nodiscard]] bool dark() const noexcept { return m_dark; }
    void setDark(bool dark);

    /// The highlighted HTML of one line (static so tests can check it).
    [[nodiscard]] static QString highlight(const QString &line, Language language, bool dark);

Q_SIGNALS:
    void sourceChanged();
    void darkChanged();
    void markersChanged();

private:
    QStringList m_lines;
    QStringList m_html;
    Language m_language = Language::Cpp;
    bool m_dark = false;
    std::map<int, std::vector<Marker>> m_markers;
};

} // namespace coroscope::ui
