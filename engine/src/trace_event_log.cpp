// SPDX-License-Identifier: MIT
#include "coroscope/trace_event_log.h"

#include <new>
#include <utility>

namespace aio {

TraceEventLog::TraceEventLog(const TraceEventLog &other)
{
    for (const TraceEvent &event : other)
        push_back(event);
}

TraceEventLog &TraceEventLog::operator=(const TraceEventLog &other)
{
    if (this != &other) {
        clear();
        for (const TraceEvent &event : other)
            push_back(event);
    }
    return *this;
}

TraceEventLog::TraceEventLog(TraceEventLog &&other) noexcept
    : m_blocks(std::exchange(other.m_blocks, {}))
    , m_used_blocks(std::exchange(other.m_used_blocks, 0))
    , m_tail(std::exchange(other.m_tail, nullptr))
    , m_tail_end(std::exchange(other.m_tail_end, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

TraceEventLog &TraceEventLog::operator=(TraceEventLog &&other) noexcept
{
    if (this != &other) {
        release();
        m_blocks = std::exchange(other.m_blocks, {});
        m_used_blocks = std::exchange(other.m_used_blocks, 0);
        m_tail = std::exchange(other.m_tail, nullptr);
        m_tail_end = std::exchange(other.m_tail_end, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

TraceEventLog::~TraceEventLog()
{
    release();
}

void TraceEventLog::clear() noexcept
{
    for (std::size_t b = 0; b < m_used_blocks; ++b) {
        TraceEvent *block = m_blocks[b];
        std::destroy_n(block, b + 1 < m_used_blocks ? block_events : std::size_t(m_tail - block));
    }
    m_used_blocks = 0;
    m_tail = m_tail_end = nullptr;
    m_size = 0;
}

void TraceEventLog::release() noexcept
{
    clear();
    for (TraceEvent *block : m_blocks)
        ::operator delete(static_cast<void *>(block));
    m_blocks.clear();
    m_blocks.shrink_to_fit();
}

void TraceEventLog::add_block()
{
    if (m_used_blocks == m_blocks.size()) {
        void *block = ::operator new(block_events * sizeof(TraceEvent));
        try {
            m_blocks.push_back(static_cast<TraceEvent *>(block));
        } catch (...) {
            ::operator delete(block);
            throw;
        }
    }
    m_tail = m_blocks[m_used_blocks++];
    m_tail_end = m_tail + block_events;
}

} // namespace aio
