// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: the loop's ready queue, a growable ring buffer of
// trivially copyable items (cheaper per push/pop than std::deque on the hottest path).

#include <cstddef>
#include <cstring>
#include <memory>
#include <type_traits>

namespace aio::detail {

template<typename T>
class RingQueue
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    T &front() noexcept { return m_items[m_head]; }

    void push_back(const T &item)
    {
        if (m_size == m_capacity)
            grow();
        m_items[(m_head + m_size) & (m_capacity - 1)] = item;
        ++m_size;
    }

    T pop_front() noexcept
    {
        T item = m_items[m_head];
        m_head = (m_head + 1) & (m_capacity - 1);
        --m_size;
        return item;
    }

private:
    void grow()
    {
        const std::size_t capacity = m_capacity ? m_capacity * 2 : 64;
        auto items = std::make_unique<T[]>(capacity);
        for (std::size_t i = 0; i < m_size; ++i)
            items[i] = m_items[(m_head + i) & (m_capacity - 1)];
        m_items = std::move(items);
        m_capacity = capacity;
        m_head = 0;
    }

    std::unique_ptr<T[]> m_items;
    std::size_t m_capacity = 0; // a power of two
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace aio::detail
