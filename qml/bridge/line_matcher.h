// SPDX-License-Identifier: MIT
#pragma once
// LineMatcher: which line of the tutorial's Python corresponds to a line of the C++ port, so a
// task's current co_await is marked in both listings. An explicit `// py: N` comment on a C++
// line wins; otherwise the k-th `co_await f(...)` matches the k-th `await ... f(...)` in Python.

#include <QStringList>
#include <map>

namespace coroscope::ui {

class LineMatcher
{
public:
    /// C++ line (1-based) -> Python line (1-based), for the lines that correspond.
    [[nodiscard]] static std::map<int, int> match(const QStringList &cpp, const QStringList &python);
    /// The name of what a line awaits ("sleep" for `co_await aio::sleep(1.0)`), or empty.
    [[nodiscard]] static QString awaited_name(const QString &line, bool python);
};

} // namespace coroscope::ui
