// SPDX-License-Identifier: MIT
#pragma once
// TraceEventLog: the events a TraceRecorder keeps, in fixed-size blocks instead of one growing
// vector. Appending never moves an event (a vector of hundreds of thousands of events copies all
// of them at every doubling and touches their memory twice), so recording costs the same per
// event at any length. Reading is a vector's: size, [], front / back, random-access iterators; it
// converts to a std::vector for the functions that take one (the Chrome trace export). Events
// never move, so a reference to one stays valid until clear().

#include "coroscope/trace.h"

#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace aio {

class TraceEventLog
{
public:
    /// Events per block: 512 events of 104 bytes, 52 KiB (below malloc's mmap threshold).
    static constexpr std::size_t block_events = 512;

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = TraceEvent;
        using difference_type = std::ptrdiff_t;
        using pointer = const TraceEvent *;
        using reference = const TraceEvent &;

        const_iterator() noexcept = default;
        reference operator*() const noexcept { return (*m_log)[m_index]; }
        pointer operator->() const noexcept { return &(*m_log)[m_index]; }
        reference operator[](difference_type n) const noexcept { return *(*this + n); }
        const_iterator &operator++() noexcept { return *this += 1; }
        const_iterator operator++(int) noexcept { return std::exchange(*this, *this + 1); }
        const_iterator &operator--() noexcept { return *this -= 1; }
        const_iterator operator--(int) noexcept { return std::exchange(*this, *this - 1); }
        const_iterator &operator+=(difference_type n) noexcept
        {
            m_index = std::size_t(difference_type(m_index) + n);
            return *this;
        }
        const_iterator &operator-=(difference_type n) noexcept { return *this += -n; }
        friend const_iterator operator+(const_iterator it, difference_type n) noexcept { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) noexcept { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) noexcept { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b) noexcept
        {
            return difference_type(a.m_index) - difference_type(b.m_index);
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) noexcept
        {
            return a.m_index == b.m_index;
        }
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) noexcept
        {
            return a.m_index <=> b.m_index;
        }

    private:
        friend class TraceEventLog;
        const_iterator(const TraceEventLog *log, std::size_t index) noexcept : m_log(log), m_index(index) {}
        const TraceEventLog *m_log = nullptr;
        std::size_t m_index = 0;
    };
    using iterator = const_iterator;
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;
    using value_type = TraceEvent;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using reference = const TraceEvent &;
    using const_reference = const TraceEvent &;

    TraceEventLog() = default;
    TraceEventLog(const TraceEventLog &other);
    TraceEventLog &operator=(const TraceEventLog &other);
    TraceEventLog(TraceEventLog &&other) noexcept;
    TraceEventLog &operator=(TraceEventLog &&other) noexcept;
    ~TraceEventLog();

    void push_back(const TraceEvent &event)
    {
        new (free_slot()) TraceEvent(event);
        taken();
    }
    void push_back(TraceEvent &&event)
    {
        new (free_slot()) TraceEvent(std::move(event));
        taken();
    }
    /// Destroys the events; the blocks stay for the next events.
    void clear() noexcept;
    /// clear(), and the blocks are freed too.
    void release() noexcept;

    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    /// Blocks held (in use or kept by clear()).
    [[nodiscard]] std::size_t block_count() const noexcept { return m_blocks.size(); }
    [[nodiscard]] const TraceEvent &operator[](std::size_t i) const noexcept
    {
        return m_blocks[i / block_events][i % block_events];
    }
    [[nodiscard]] const TraceEvent &front() const noexcept { return (*this)[0]; }
    [[nodiscard]] const TraceEvent &back() const noexcept { return m_tail[-1]; }
    [[nodiscard]] const_iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] const_iterator end() const noexcept { return {this, m_size}; }
    [[nodiscard]] const_iterator cbegin() const noexcept { return begin(); }
    [[nodiscard]] const_iterator cend() const noexcept { return end(); }
    [[nodiscard]] const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
    [[nodiscard]] const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }

    /// A copy as one vector.
    [[nodiscard]] std::vector<TraceEvent> to_vector() const { return {begin(), end()}; }
    operator std::vector<TraceEvent>() const { return to_vector(); } // NOLINT: implicit on purpose

private:
    /// Room for one more event at the end; taken() counts it once it is constructed there.
    TraceEvent *free_slot()
    {
        if (m_tail == m_tail_end) [[unlikely]]
            add_block();
        return m_tail;
    }
    void taken() noexcept
    {
        ++m_tail;
        ++m_size;
    }
    void add_block();

    std::vector<TraceEvent *> m_blocks; // raw storage for block_events each; [0, m_used_blocks) hold events
    std::size_t m_used_blocks = 0;
    TraceEvent *m_tail = nullptr;     // where the next event goes
    TraceEvent *m_tail_end = nullptr; // the end of the last block in use
    std::size_t m_size = 0;
};

} // namespace aio
