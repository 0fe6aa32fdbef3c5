// SPDX-License-Identifier: MIT
#include "code_model.h"

#include "state_palette.h"

#include <QSet>
#include <algorithm>

namespace coroscope::ui {

namespace {

const QSet<QString> &keywords(CodeModel::Language language)
{
    static const QSet<QString> cpp{
        QStringLiteral("co_await"), QStringLiteral("co_return"), QStringLiteral("co_yield"), QStringLiteral("auto"),
        QStringLiteral("return"),   QStringLiteral("if"),        QStringLiteral("else"),     QStringLiteral("for"),
        QStringLiteral("while"),    QStringLiteral("const"),     QStringLiteral("int"),      QStringLiteral("double"),
        QStringLiteral("void"),     QStringLiteral("bool"),      QStringLiteral("struct"),   QStringLiteral("class"),
        QStringLiteral("namespace"), QStringLiteral("using"),    QStringLiteral("static"),   QStringLiteral("try"),
        QStringLiteral("catch"),    QStringLiteral("throw"),     QStringLiteral("true"),     QStringLiteral("false"),
        QStringLiteral("nullptr"),  QStringLiteral("template"),  QStringLiteral("typename"), QStringLiteral("std"),
        QStringLiteral("#include"), QStringLiteral("inline"),    QStringLiteral("constexpr"), QStringLiteral("break"),
        QStringLiteral("continue"), QStringLiteral("public"),    QStringLiteral("private"),  QStringLiteral("this"),
    };
    static const QSet<QString> python{
        QStringLiteral("async"), QStringLiteral("await"),  QStringLiteral("def"),    QStringLiteral("return"),
        QStringLiteral("if"),    QStringLiteral("else"),   QStringLiteral("elif"),   QStringLiteral("for"),
        QStringLiteral("while"), QStringLiteral("in"),     QStringLiteral("import"), QStringLiteral("from"),
        QStringLiteral("as"),    QStringLiteral("with"),   QStringLiteral("class"),  QStringLiteral("try"),
        QStringLiteral("except"), QStringLiteral("raise"), QStringLiteral("yield"),  QStringLiteral("None"),
        QStringLiteral("True"),  QStringLiteral("False"),  QStringLiteral("lambda"), QStringLiteral("not"),
        QStringLiteral("and"),   QStringLiteral("or"),     QStringLiteral("pass"),   QStringLiteral("self"),
        QStringLiteral("print"), QStringLiteral("finally"), QStringLiteral("break"), QStringLiteral("continue"),
    };
    return language == CodeModel::Language::Cpp ? cpp : python;
}

QString colored(const QString &text, const QString &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, text.toHtmlEscaped());
}

} // namespace

QString CodeModel::highlight(const QString &line, Language language, bool dark)
{
    const QString keyword = StatePalette::color(StatePalette::SyntaxKeyword, dark).name();
    const QString string = StatePalette::color(StatePalette::SyntaxString, dark).name();
    const QString comment = StatePalette::color(StatePalette::SyntaxComment, dark).name();
    const QString number = StatePalette::color(StatePalette::SyntaxNumber, dark).name();
    const QString commentStart = language == Language::Cpp ? QStringLiteral("//") : QStringLiteral("#");
    const auto &words = keywords(language);
    QString out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line[i];
        if (line.mid(i).startsWith(commentStart) && !(language == Language::Cpp && line.mid(i).startsWith(QStringLiteral("#include")))) {
            out += colored(line.mid(i), comment);
            break;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < n && line[j] != c) {
                if (line[j] == QLatin1Char('\\'))
                    ++j;
                ++j;
            }
            j = std::min(j + 1, n);
            out += colored(line.mid(i, j - i), string);
            i = j;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('#')) {
            qsizetype j = i + 1;
            while (j < n && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('_')))
                ++j;
            const QString word = line.mid(i, j - i);
            out += words.contains(word) ? QStringLiteral("<b>%1</b>").arg(colored(word, keyword)) : word.toHtmlEscaped();
            i = j;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('.')))
                ++j;
            out += colored(line.mid(i, j - i), number);
            i = j;
            continue;
        }
        out += c == QLatin1Char(' ') ? QStringLiteral("&nbsp;") : QString(c).toHtmlEscaped();
        ++i;
    }
    return out;
}

int CodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant CodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case LineNumberRole: return row + 1;
    case Qt::DisplayRole:
    case PlainRole: return m_lines[row];
    case HtmlRole: return m_html[row];
    case MarkersRole:
    case MarkerNamesRole: {
        auto it = m_markers.find(row + 1);
        if (it == m_markers.end())
            return role == MarkersRole ? QVariant(QVariantList{}) : QVariant(QString());
        // At most a dozen per line: 10,000 tasks on one co_await would otherwise be 10,000
        // marker items rebuilt every frame (the colours repeat after eight anyway).
        constexpr std::size_t shown = 12;
        QVariantList colors;
        QStringList names;
        for (std::size_t i = 0; i < std::min(shown, it->second.size()); ++i) {
            colors.append(it->second[i].color);
            names.append(it->second[i].name);
        }
        if (it->second.size() > shown)
            names.append(QStringLiteral("…"));
        return role == MarkersRole ? QVariant(colors) : QVariant(names.join(QStringLiteral(", ")));
    }
    default: return {};
    }
}

QHash<int, QByteArray> CodeModel::roleNames() const
{
    return {{LineNumberRole, "lineNumber"}, {HtmlRole, "html"}, {PlainRole, "plain"}, {MarkersRole, "markers"},
            {MarkerNamesRole, "markerNames"}};
}

void CodeModel::setSource(const QString &text, Language language)
{
    beginResetModel();
    m_language = language;
    QString normalized = text;
    normalized.replace(QLatin1Char('\t'), QStringLiteral("    "));
    m_lines = normalized.split(QLatin1Char('\n'));
    while (!m_lines.isEmpty() && m_lines.back().trimmed().isEmpty())
        m_lines.removeLast();
    m_html.clear();
    for (const QString &line : std::as_const(m_lines))
        m_html.append(highlight(line, m_language, m_dark));
    m_markers.clear();
    endResetModel();
    Q_EMIT sourceChanged();
    Q_EMIT markersChanged();
}

void CodeModel::setMarkers(const std::map<int, std::vector<Marker>> &markers)
{
    if (markers == m_markers)
        return;
    std::vector<int> changed;
    for (const auto &[line, who] : markers) {
        auto it = m_markers.find(line);
        if (it == m_markers.end() || it->second != who)
            changed.push_back(line);
    }
    for (const auto &[line, who] : m_markers)
        if (!markers.count(line))
            changed.push_back(line);
    m_markers = markers;
    for (int line : changed)
        if (line >= 1 && line <= m_lines.size())
            Q_EMIT dataChanged(index(line - 1), index(line - 1), {MarkersRole, MarkerNamesRole});
    Q_EMIT markersChanged();
}

void CodeModel::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_html[i] = highlight(m_lines[i], m_language, m_dark);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1), {HtmlRole});
    Q_EMIT darkChanged();
}

} // namespace coroscope::ui
