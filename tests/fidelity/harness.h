// SPDX-License-Identifier: MIT
#pragma once
// The C++ half of a differential case: a registry of cases, each a twin of a Python case in
// cases_*.py, and the transcript they print (the same format as harness.py): one line per
// event, `<loop time, 3 decimals> <text>`, on the engine's virtual clock.

#include <coroscope/coroscope.h>

#include <exception>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace fidelity {

using CaseFunction = aio::Coroutine<void> (*)();

/// Registers a case under its Python name (used by FIDELITY_CASE).
struct Registration
{
    Registration(const char *name, CaseFunction function);
};

/// print(f"{loop.time():.3f} {text}")
void log(const std::string &text);
/// An exception as the transcript shows it: Type('message'), as harness.err() in Python.
std::string err(const std::exception_ptr &error);
/// str(n)
template<typename N>
    requires std::is_integral_v<N> && (!std::is_same_v<N, bool>)
std::string str(N n)
{
    return std::to_string(n);
}
std::string str(bool b);
/// f"{x:.3f}"
std::string f3(double x);
/// The running task (asyncio.current_task()).
aio::TaskCore &me();

/// Python's ValueError, the cases' ordinary error.
class ValueError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace fidelity

#define FIDELITY_CASE(name)                                                                        \
    static aio::Coroutine<void> name();                                                           \
    static const fidelity::Registration name##_registration(#name, &name);                         \
    static aio::Coroutine<void> name()
