// SPDX-License-Identifier: MIT
#pragma once
// The demo server's settings and the limits that protect it from bad clients.

#include <QtGlobal>
#include <chrono>

namespace coroscope::demo {

struct DemoServerLimits
{
    int max_connections = 512;                        ///< open connections; more are closed at once
    int max_pending_answers = 4096;                   ///< delayed answers waiting; more get 503
    qint64 max_request_bytes = 16 * 1024;             ///< request line + headers (bodies are refused)
    qint64 max_body_bytes = 64 * 1024 * 1024;         ///< the largest /bytes/<n>
    std::chrono::milliseconds max_delay{120'000};     ///< the longest /delay/<ms> or latency
    std::chrono::milliseconds hang_limit{600'000};    ///< /hang closes the connection after this
    /// The longest any answer waits in wall time, whatever the speed factor (a latency or /hang
    /// at speed 0.001 would otherwise hold its connection for days).
    std::chrono::milliseconds max_wall_delay{600'000};
    /// New answers get 503 while more than this many bytes wait in the sockets' buffers (the
    /// server's memory cap: generated bodies stream in 64 KiB chunks, pages are at most 1 MiB).
    qint64 max_buffered_bytes = 64 * 1024 * 1024;
    std::chrono::milliseconds idle_timeout{60'000};   ///< a connection with nothing to do is closed
};

struct DemoServerOptions
{
    quint16 port = 0;                                 ///< 0: a free port
    std::chrono::milliseconds latency{200};           ///< base latency of a /search page
    double variation = 0.1;                           ///< each page adds up to this fraction of latency
    double speed = 1.0;                               ///< the app's speed factor: real delay = delay / speed
    /// Leave page latencies to the client's loop clock: /search and /delay answer at once with
    /// the header X-Loop-Latency-Ms (see aio::net::FetchOptions::loop_clock_latency), so a
    /// scenario's slow motion, pause, step and virtual clock govern them. The scenarios' runs
    /// use this; `coroscope serve` and the comparison keep real latencies.
    bool latency_on_loop_clock = false;
    int hosts = 1;                                    ///< listen on 127.0.0.1 .. 127.0.0.<hosts>
    DemoServerLimits limits{};
};

} // namespace coroscope::demo
