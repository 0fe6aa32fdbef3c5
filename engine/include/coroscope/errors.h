// SPDX-License-Identifier: MIT
#pragma once
// The exceptions the engine raises, named after their asyncio counterparts.

#include <stdexcept>
#include <string>

namespace aio {

/// asyncio.CancelledError. Thrown into a task's coroutine at the suspension point where a
/// cancellation is delivered. Like asyncio (where it derives from BaseException, not Exception)
/// it deliberately does NOT derive from std::exception, so `catch (const std::exception&)` in
/// ordinary error handling does not swallow a cancellation; catch it by name or with `catch (...)`.
class CancelledError
{
public:
    CancelledError() = default;
    explicit CancelledError(std::string message) : m_message(std::move(message)) {}
    [[nodiscard]] const char *what() const noexcept
    {
        return m_message.empty() ? "CancelledError" : m_message.c_str();
    }
    [[nodiscard]] const std::string &message() const noexcept { return m_message; }

private:
    std::string m_message;
};

/// asyncio.InvalidStateError: e.g. result() of a future that is not done yet.
class InvalidStateError : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

/// RuntimeError in asyncio: the loop is closed, already running, and similar misuse.
class RuntimeError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Python's ValueError: a BoundedSemaphore released too many times, a NaN or infinite delay.
class ValueError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

/// asyncio.TimeoutError (TimeoutError since 3.11): raised by wait_for and timeout scopes.
class TimeoutError : public std::runtime_error
{
public:
    TimeoutError() : std::runtime_error("TimeoutError") {}
    using std::runtime_error::runtime_error;
};

/// Returns a short human-readable description of any exception_ptr ("ValueError: boom" style):
/// the dynamic type name for std::exception subclasses, then what().
std::string describe_exception(const std::exception_ptr &error);

/// True when `error` holds an aio::CancelledError.
bool is_cancelled_error(const std::exception_ptr &error);

} // namespace aio
