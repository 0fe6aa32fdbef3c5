// SPDX-License-Identifier: MIT
#pragma once
// Small helpers that let the ports print exactly what Python prints: str() of a list, a set, a
// dict or a bool, and time.time() for the tutorial's elapsed-time lines; and the Python-style
// names the trace shows for the ports' coroutine functions.

#include <QString>
#include <QStringList>
#include <concepts>
#include <map>
#include <set>
#include <vector>

namespace coroscope::py {

/// str(True) / str(False)
[[nodiscard]] QString str(bool value);
/// str(42)
template<std::integral T>
    requires(!std::same_as<T, bool>)
[[nodiscard]] QString str(T value)
{
    return QString::number(value);
}

/// str([0, 1, 2])
template<typename T>
[[nodiscard]] QString str(const std::vector<T> &values)
{
    QStringList items;
    for (const auto &v : values)
        items << str(v);
    return u'[' + items.join(u", ") + u']';
}

/// str({0, 1, 2}) (Python prints small int sets in ascending order, as std::set iterates)
template<typename T>
[[nodiscard]] QString str(const std::set<T> &values)
{
    QStringList items;
    for (const auto &v : values)
        items << str(v);
    return u'{' + items.join(u", ") + u'}';
}

/// str({0: 0, 1: 1}) for keys inserted in ascending order
template<typename K, typename V>
[[nodiscard]] QString str(const std::map<K, V> &values)
{
    QStringList items;
    for (const auto &[k, v] : values)
        items << str(k) + QStringLiteral(": ") + str(v);
    return u'{' + items.join(u", ") + u'}';
}

/// time.time() for elapsed times: the loop clock's seconds (only differences matter), so the
/// printed elapsed time is what the timeline shows, at any speed and on the virtual clock.
[[nodiscard]] double time();

/// '{0:.3f}'.format(seconds)
[[nodiscard]] QString fixed3(double seconds);

} // namespace coroscope::py

namespace coroscope {

/// The Python-style name of a coroutine function for display, from its C++ signature:
/// "aio::Coroutine<int> coroscope::scenarios::await_chain::add(int, int)" -> "add".
/// Text that is not a signature is returned unchanged.
[[nodiscard]] QString python_name(const QString &signature);

} // namespace coroscope
