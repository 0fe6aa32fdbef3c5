// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: short printable forms of task results for the trace
// and the --json output, in Python's repr style ([1, 2, 3], 'text', None).

#include <QString>
#include <QStringList>
#include <concepts>
#include <ranges>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>

namespace aio::detail {

template<typename T>
concept StreamableNumber = std::integral<T> || std::floating_point<T>;

template<typename T>
QString describe_value(const T &value)
{
    if constexpr (std::is_same_v<T, std::monostate>) {
        return QStringLiteral("None");
    } else if constexpr (std::is_same_v<T, bool>) {
        return value ? QStringLiteral("True") : QStringLiteral("False");
    } else if constexpr (StreamableNumber<T>) {
        return QString::number(value);
    } else if constexpr (std::is_convertible_v<const T &, QString>) {
        return QLatin1Char('\'') + QString(value) + QLatin1Char('\'');
    } else if constexpr (std::is_convertible_v<const T &, std::string_view>) {
        return QLatin1Char('\'') + QString::fromUtf8(std::string_view(value)) + QLatin1Char('\'');
    } else if constexpr (std::ranges::input_range<const T>) {
        QStringList parts;
        for (const auto &item : value)
            parts << describe_value(item);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    } else if constexpr (requires { std::tuple_size<T>::value; }) {
        QStringList parts;
        std::apply([&](const auto &...items) { (parts << ... << describe_value(items)); }, value);
        return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    } else {
        return QStringLiteral("<value>");
    }
}

} // namespace aio::detail
