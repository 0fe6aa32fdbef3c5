// SPDX-License-Identifier: MIT
// Qt Quick Test for the timeline and compare components. The timeline gets a trace recorded on
// the virtual clock (a parent task with two children sleeping 0.5 s and 0.2 s, one of them
// cancelled), exposed as `fixtureTimeline`; the compare strip gets a recorded comparison.

#include "timeline_model.h"

#include <coroscope/coroscope.h>

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

namespace {

aio::Coroutine<int> child(double delay, int value)
{
    co_await aio::sleep(delay);
    co_return value;
}

aio::Coroutine<void> parent_body()
{
    aio::EventLoop &loop = *aio::EventLoop::current();
    auto a = loop.create_task(child(0.5, 1), QStringLiteral("a"));
    auto b = loop.create_task(child(5.0, 2), QStringLiteral("b"));
    co_await aio::sleep(0.2);
    b.cancel();
    co_await a;
    try {
        co_await b;
    } catch (const aio::CancelledError &) {
    }
}

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(":/"));
        m_timeline.clear(); // each QML file gets its own engine
        aio::EventLoop loop({.clock = aio::ClockMode::Virtual});
        aio::TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.run_until_complete(loop.create_task(parent_body(), QStringLiteral("parent")));
        loop.remove_observer(&recorder);
        for (const auto &e : recorder.events())
            m_timeline.consume(e);
        m_timeline.commit(recorder.events().back().t_ns);
        engine->rootContext()->setContextProperty(QStringLiteral("fixtureTimeline"), &m_timeline);
    }

private:
    coroscope::ui::TimelineModel m_timeline;
};

QUICK_TEST_MAIN_WITH_SETUP(coroscope_qml, Setup)
#include "tst_qml.moc"
