// SPDX-License-Identifier: MIT
#include "scenario_run.h"

#include <coroscope/errors.h>
#include <coroscope/loop.h>
#include <coroscope/loop_thread.h>
#include <coroscope/run.h>
#include <coroscope/task.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace coroscope {

namespace {

/// A Phase event on the loop's own lane (task 0): what the tutorial's top-level code does.
void mark_loop_phase(aio::EventLoop &loop, const QString &label)
{
    if (!loop.tracing())
        return;
    aio::TraceEvent event;
    event.type = aio::TraceType::Phase;
    event.text = label;
    loop.emit_trace(event);
}

aio::LoopOptions loop_options(const RunOptions &options)
{
    return {.clock = options.clock, .speed = options.speed};
}

} // namespace

/// What the run's thread writes and other threads read.
struct ScenarioRun::State : aio::TraceObserver
{
    // Standard primitives rather than QMutex + QWaitCondition: ThreadSanitizer sees the waits'
    // unlock and relock only through the C library (Debian's Qt hides them inside itself).
    mutable std::mutex mutex;
    std::condition_variable ended;
    std::vector<aio::TraceEvent> events; // the whole trace so far
    std::size_t events_taken = 0;
    std::vector<RunReport> new_reports;
    std::vector<RunReport> all_reports;
    QStringList reports;
    QString output;
    QString error;
    std::int64_t elapsed_ns = 0;
    std::int64_t end_ns = 0;
    bool finished = false;
    std::function<void()> on_finished;
    std::atomic<std::uint64_t> main_task{0};
    std::atomic<bool> stop_requested{false};
    std::atomic<std::uint64_t> commands_done{0};

    void on_trace(const aio::TraceEvent &event) override
    {
        std::lock_guard lock(mutex);
        events.push_back(event);
        if (event.type == aio::TraceType::Spawn)
            events.back().text = python_name(event.text);
    }
};

ScenarioRun::ScenarioRun(const Scenario &scenario, RunOptions options)
    : m_scenario(scenario), m_options(std::move(options)), m_state(std::make_shared<State>())
{
    QString error;
    m_params = resolve_params(scenario, m_options.params, &error);
    if (!error.isEmpty())
        m_state->error = error;
    else if (!scenario.main)
        m_state->error = QStringLiteral("scenario '%1' has no code to run").arg(scenario.id);
}

ScenarioRun::~ScenarioRun()
{
    if (m_thread) {
        if (!finished())
            stop();
        m_thread->wait();
    }
}

QString ScenarioRun::error() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->error;
}

void ScenarioRun::on_finished(std::function<void()> callback)
{
    std::lock_guard lock(m_state->mutex);
    m_state->on_finished = std::move(callback);
}

bool ScenarioRun::start()
{
    if (m_thread || !error().isEmpty())
        return false;
    m_thread = std::make_unique<aio::LoopThread>(QStringLiteral("run %1").arg(m_scenario.id));
    m_thread->start(loop_options(m_options), [this](aio::EventLoop &loop) { run_on_loop_thread(loop); });
    return true;
}

void ScenarioRun::run_on_loop_thread(aio::EventLoop &loop)
{
    State &state = *m_state;
    loop.add_observer(&state);
    loop.set_output_handler([&state, echo = m_options.on_output](const QString &text) {
        {
            std::lock_guard lock(state.mutex);
            state.output += text;
        }
        if (echo)
            echo(text);
    });
    loop.set_report_handler([&state, &loop](const QString &message) {
        std::lock_guard lock(state.mutex);
        const RunReport report{loop.now_ns(), message, state.events.size()};
        state.new_reports.push_back(report);
        state.all_reports.push_back(report);
        state.reports << message;
    });
    if (m_options.start_paused)
        loop.pause();

    QString error;
    try {
        aio::Coroutine<void> main = m_scenario.main(ScenarioContext{m_params});
        const QString name = python_name(QString::fromUtf8(main.function_name()));
        auto task = loop.create_task(std::move(main), name);
        state.main_task = task.id();
        mark_loop_phase(loop, QStringLiteral("run_until_complete(%1)").arg(name));
        loop.run_until_complete(task);
    } catch (...) {
        error = state.stop_requested ? QStringLiteral("stopped before main finished")
                                     : QString::fromStdString(aio::describe_exception(std::current_exception()));
    }
    const std::int64_t elapsed = loop.now_ns();

    // As asyncio.run does: cancel what main left running, then close the loop. (Not
    // detail::shutdown_run: its shutdown_asyncgens and executor-shutdown tasks would add two
    // lanes to every run's timeline; generators still open are freed by close().)
    if (loop.paused())
        loop.resume(); // the cancellations must be delivered
    aio::detail::cancel_all_tasks(loop);
    mark_loop_phase(loop, QStringLiteral("loop.close()"));
    loop.close();
    loop.remove_observer(&state);

    std::function<void()> callback;
    {
        std::lock_guard lock(state.mutex);
        if (state.error.isEmpty())
            state.error = error;
        state.elapsed_ns = elapsed;
        state.end_ns = loop.now_ns();
        state.finished = true;
        callback = state.on_finished;
        state.ended.notify_all();
    }
    if (callback)
        callback();
}

// --- commands ----------------------------------------------------------------------------------

void ScenarioRun::pause()
{
    if (!m_thread)
        return;
    // The clock stops at once, even under a step that blocks the loop; the loop itself stops
    // draining when the command reaches its thread.
    if (auto clock = m_thread->clock())
        clock->set_frozen(true);
    post([](aio::EventLoop &loop) { loop.pause(); });
}

void ScenarioRun::resume()
{
    if (!m_thread)
        return;
    if (auto clock = m_thread->clock())
        clock->set_frozen(false);
    post([](aio::EventLoop &loop) { loop.resume(); });
}

void ScenarioRun::step()
{
    if (!m_thread)
        return;
    post([](aio::EventLoop &loop) {
        if (!loop.paused())
            loop.pause();
        loop.step();
    });
}

void ScenarioRun::set_speed(double speed)
{
    if (!m_thread)
        return;
    const aio::ClockMode mode = speed > 0 ? aio::ClockMode::Scaled : aio::ClockMode::Virtual;
    if (auto clock = m_thread->clock()) {
        if (speed > 0)
            clock->set_speed(speed);
        clock->set_mode(mode);
    }
    post([mode, speed](aio::EventLoop &loop) {
        if (speed > 0)
            loop.set_speed(speed);
        loop.set_clock_mode(mode); // re-arms the loop's timer for the new pace
    });
}

void ScenarioRun::cancel_task(std::uint64_t id, QString message)
{
    if (!m_thread)
        return;
    post([id, message = message.toStdString()](aio::EventLoop &loop) {
        for (const auto &task : loop.all_tasks())
            if (task->id() == id)
                task->cancel(message);
    });
}

void ScenarioRun::stop()
{
    if (!m_thread)
        return;
    m_state->stop_requested = true;
    // Whatever waits on loop time (a burn, a held page) gives up, so the loop's thread comes
    // back to its event loop and takes the command.
    if (auto clock = m_thread->clock())
        clock->shut_down();
    post([](aio::EventLoop &loop) { loop.stop(); });
}

void ScenarioRun::post(std::function<void(aio::EventLoop &)> command)
{
    m_thread->post([state = m_state, command = std::move(command)](aio::EventLoop &loop) {
        command(loop);
        ++state->commands_done;
    });
}

// --- readings ----------------------------------------------------------------------------------

std::int64_t ScenarioRun::now_ns() const
{
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->finished)
            return m_state->end_ns;
    }
    const auto clock = m_thread ? m_thread->clock() : nullptr;
    return clock ? clock->now_ns() : 0;
}

std::uint64_t ScenarioRun::commands_done() const
{
    return m_state->commands_done;
}

std::uint64_t ScenarioRun::main_task() const
{
    return m_state->main_task;
}

bool ScenarioRun::take_events(std::vector<aio::TraceEvent> &out, std::size_t max_events)
{
    std::lock_guard lock(m_state->mutex);
    const auto &events = m_state->events;
    const std::size_t end = m_state->events_taken + std::min(max_events, events.size() - m_state->events_taken);
    out.insert(out.end(), events.begin() + qsizetype(m_state->events_taken), events.begin() + qsizetype(end));
    m_state->events_taken = end;
    return end < events.size();
}

std::vector<RunReport> ScenarioRun::take_reports()
{
    std::lock_guard lock(m_state->mutex);
    return std::exchange(m_state->new_reports, {});
}

bool ScenarioRun::finished() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->finished || (!m_thread && !m_state->error.isEmpty());
}

bool ScenarioRun::wait(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_state->mutex);
    if (!m_thread)
        return true;
    const auto finished = [this] { return m_state->finished; };
    if (timeout == std::chrono::milliseconds::max()) {
        m_state->ended.wait(lock, finished);
        return true;
    }
    return m_state->ended.wait_for(lock, timeout, finished);
}

RunResult ScenarioRun::result() const
{
    std::lock_guard lock(m_state->mutex);
    RunResult result;
    result.scenario = m_scenario.id;
    result.output = m_state->output;
    result.error = m_state->error;
    result.reports = m_state->reports;
    result.timed_reports = m_state->all_reports;
    result.elapsed_ns = m_state->elapsed_ns;
    result.end_ns = m_state->end_ns;
    result.main_task = m_state->main_task;
    result.finished = m_state->finished;
    result.params = m_params;
    result.events = m_state->events;
    result.tasks = aio::summarize_tasks(result.events, m_state->end_ns);
    return result;
}

RunResult run_scenario(const Scenario &scenario, const RunOptions &options)
{
    ScenarioRun run(scenario, options);
    if (!run.start())
        return run.result();
    bool timed_out = false;
    if (options.timeout.count() > 0 && !run.wait(options.timeout)) {
        timed_out = true;
        run.stop();
    }
    run.wait();
    RunResult result = run.result();
    if (timed_out)
        result.error = QStringLiteral("timed out after %1 ms").arg(options.timeout.count());
    return result;
}

} // namespace coroscope
