// SPDX-License-Identifier: MIT
#include "line_matcher.h"

#include <QRegularExpression>

namespace coroscope::ui {

QString LineMatcher::awaited_name(const QString &line, bool python)
{
    // The last identifier before the first '(' after the await keyword: aio::sleep, loop.run_in_executor.
    static const QRegularExpression cpp(QStringLiteral(R"(\bco_await\s+([\w:.>-]+)\s*\()"));
    static const QRegularExpression py(QStringLiteral(R"(\bawait\s+([\w.]+)\s*\()"));
    const auto m = (python ? py : cpp).match(line);
    if (!m.hasMatch())
        return {};
    QString chain = m.captured(1);
    static const QRegularExpression separators(QStringLiteral(R"(::|\.|->)"));
    const QStringList parts = chain.split(separators, Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.last();
}

std::map<int, int> LineMatcher::match(const QStringList &cpp, const QStringList &python)
{
    std::map<int, int> out;
    static const QRegularExpression explicit_line(QStringLiteral(R"(//\s*py:\s*(\d+))"));
    std::map<QString, std::vector<int>> python_awaits; // name -> python lines, in order
    for (int i = 0; i < python.size(); ++i)
        if (const QString name = awaited_name(python[i], true); !name.isEmpty())
            python_awaits[name].push_back(i + 1);
    // The ports quote the Python they translate in a trailing comment: `// await asyncio.sleep(1.0)`.
    static const QRegularExpression quoted(QStringLiteral(R"(//\s*(.+)$)"));
    std::map<QString, int> python_text; // trimmed line -> first python line
    for (int i = 0; i < python.size(); ++i)
        python_text.emplace(python[i].trimmed(), i + 1);
    std::map<QString, std::size_t> used;
    for (int i = 0; i < cpp.size(); ++i) {
        if (const auto m = explicit_line.match(cpp[i]); m.hasMatch()) {
            out[i + 1] = m.captured(1).toInt();
            continue;
        }
        if (const auto m = quoted.match(cpp[i]); m.hasMatch() && cpp[i].contains(QStringLiteral("co_await"))) {
            if (auto it = python_text.find(m.captured(1).trimmed()); it != python_text.end()) {
                out[i + 1] = it->second;
                continue;
            }
        }
        const QString name = awaited_name(cpp[i], false);
        auto it = python_awaits.find(name);
        if (name.isEmpty() || it == python_awaits.end())
            continue;
        std::size_t &k = used[name];
        out[i + 1] = it->second[std::min(k, it->second.size() - 1)];
        ++k;
    }
    return out;
}

} // namespace coroscope::ui
