// SPDX-License-Identifier: MIT
#include "coroscope/net/fetch.h"

#include "fetch_state_p.h"
#include "request_p.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

namespace aio::net {

Future<Response> fetch(EventLoop &loop, const QUrl &url, FetchOptions options)
{
    if (loop.is_closed())
        throw RuntimeError("fetch on a closed event loop");
    auto *state = new detail::FetchState(loop, url, std::move(options));
    Future<Response> future(state);
    state->start();
    return future;
}

Future<Response> fetch(const QUrl &url, FetchOptions options)
{
    return fetch(get_event_loop(), url, std::move(options));
}

Future<Response> fetch(const QString &url, FetchOptions options)
{
    EventLoop &loop = get_event_loop();
    QUrl parsed;
    try {
        parsed = detail::parse_url(url);
    } catch (const NetworkError &error) {
        // Still a "network reply" future, so the trace names what failed.
        if (options.name.isEmpty())
            options.name = url;
        Future<Response> failed(new detail::FetchState(loop, QUrl(url), std::move(options)));
        failed.set_exception(error);
        return failed;
    }
    return fetch(loop, parsed, std::move(options));
}

namespace {
QPointer<QNetworkAccessManager> &manager_slot()
{
    thread_local QPointer<QNetworkAccessManager> manager;
    return manager;
}

/// Runs at the start of ~QCoreApplication: Qt's TLS backend still works then, so a manager
/// that used https shuts down without complaint.
void delete_main_thread_manager()
{
    delete manager_slot().data();
}
} // namespace

QNetworkAccessManager &thread_manager()
{
    QPointer<QNetworkAccessManager> &manager = manager_slot();
    if (!manager) {
        manager = new QNetworkAccessManager;
        QThread *thread = QThread::currentThread();
        auto *app = QCoreApplication::instance();
        if (app && thread == app->thread())
            qAddPostRoutine(&delete_main_thread_manager); // once per application: the list is cleared after use
        else
            QObject::connect(thread, &QThread::finished, manager, &QObject::deleteLater);
    }
    return *manager;
}

} // namespace aio::net
