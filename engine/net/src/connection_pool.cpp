// SPDX-License-Identifier: MIT
#include "connection_pool_p.h"

#include "coroscope/loop.h"

#include <QUrl>
#include <map>

namespace aio::net::detail {

namespace {

struct LoopPools
{
    LoopPoster poster; // tells when the loop has closed: its pools go then
    std::uint64_t next_number = 1;
    std::map<std::pair<QNetworkAccessManager *, QString>, std::shared_ptr<ConnectionPool>> pools = {};
};

/// Pools by loop, on this thread (fetch() is loop-thread only).
std::map<const EventLoop *, LoopPools> &registry()
{
    thread_local std::map<const EventLoop *, LoopPools> pools;
    return pools;
}

QString host_port(const QUrl &url)
{
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(https ? 443 : 80));
}

} // namespace

ConnectionPool::ConnectionPool(QString host, std::uint64_t first_number)
    : m_host(std::move(host))
    , m_first_number(first_number)
    , m_holders(kPerHost, nullptr)
{
}

std::shared_ptr<ConnectionPool> ConnectionPool::of(EventLoop &loop, QNetworkAccessManager *manager, const QUrl &url)
{
    auto &all = registry();
    for (auto it = all.begin(); it != all.end();) // closed loops (a new one may reuse the address)
        it = it->second.poster.loop_open() ? std::next(it) : all.erase(it);
    LoopPools &pools = all.try_emplace(&loop, LoopPools{.poster = loop.poster()}).first->second;
    const QString host = host_port(url);
    std::shared_ptr<ConnectionPool> &pool = pools.pools[{manager, host}];
    if (!pool) {
        pool = std::make_shared<ConnectionPool>(host, pools.next_number);
        pools.next_number += kPerHost;
    }
    return pool;
}

std::uint64_t ConnectionPool::acquire(const void *request, Granted granted)
{
    for (std::size_t slot = 0; slot < m_holders.size(); ++slot) {
        if (!m_holders[slot]) {
            m_holders[slot] = request;
            return m_first_number + slot;
        }
    }
    m_queue.push_back({request, std::move(granted)});
    return 0;
}

void ConnectionPool::release(const void *request, std::int64_t at_ns)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->request == request) {
            m_queue.erase(it);
            return;
        }
    }
    for (std::size_t slot = 0; slot < m_holders.size(); ++slot) {
        if (m_holders[slot] != request)
            continue;
        m_holders[slot] = nullptr;
        if (m_queue.empty())
            return;
        Waiter next = std::move(m_queue.front());
        m_queue.pop_front();
        m_holders[slot] = next.request;
        m_handing_over_at = at_ns;
        next.granted(m_first_number + slot);
        m_handing_over_at = -1;
        return;
    }
}

} // namespace aio::net::detail
