// SPDX-License-Identifier: MIT
// Runs the registered cases (all, or those named on the command line) each with aio::run on a
// virtual-clock loop, printing "== name", the transcript, "== end".
#include "harness.h"

#include <QCoreApplication>
#include <cstdio>
#include <map>

namespace fidelity {

namespace {
std::map<std::string, CaseFunction> &registry()
{
    static std::map<std::string, CaseFunction> cases;
    return cases;
}

std::string repr(const std::string &text)
{
    // Python's repr of a str: single quotes unless the text holds one.
    const char quote = text.find('\'') != std::string::npos && text.find('"') == std::string::npos ? '"' : '\'';
    return quote + text + quote;
}
} // namespace

Registration::Registration(const char *name, CaseFunction function)
{
    registry().emplace(name, function);
}

void log(const std::string &text)
{
    std::printf("%.3f %s\n", aio::get_event_loop().time(), text.c_str());
    std::fflush(stdout);
}

std::string f3(double x)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.3f", x);
    return text;
}

aio::TaskCore &me()
{
    return *aio::TaskCore::current();
}

std::string str(bool b)
{
    return b ? "True" : "False";
}

std::string err(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const aio::CancelledError &e) {
        return "CancelledError(" + repr(e.message()) + ")";
    } catch (const aio::TimeoutError &) {
        return "TimeoutError('')";
    } catch (const aio::GeneratorExit &) {
        return "GeneratorExit('')";
    } catch (const aio::ExceptionGroup &e) {
        std::string text = "ExceptionGroup([";
        for (std::size_t i = 0; i < e.exceptions().size(); ++i)
            text += (i ? ", " : "") + err(e.exceptions()[i]);
        return text + "])";
    } catch (const ValueError &e) {
        return "ValueError(" + repr(e.what()) + ")";
    } catch (const aio::RuntimeError &e) {
        return "RuntimeError(" + repr(e.what()) + ")";
    } catch (const aio::InvalidStateError &e) {
        return "InvalidStateError(" + repr(e.what()) + ")";
    } catch (const std::invalid_argument &e) {
        return "TypeError(" + repr(e.what()) + ")";
    } catch (const std::exception &e) {
        return "Exception(" + repr(e.what()) + ")";
    } catch (...) {
        return "unknown";
    }
}

} // namespace fidelity

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto &cases = fidelity::registry();
    if (argc == 2 && std::string(argv[1]) == "--list") {
        for (const auto &[name, function] : cases)
            std::printf("%s\n", name.c_str());
        return 0;
    }
    std::map<std::string, fidelity::CaseFunction> chosen;
    for (int i = 1; i < argc; ++i) {
        auto it = cases.find(argv[i]);
        if (it == cases.end()) {
            std::fprintf(stderr, "no such case: %s\n", argv[i]);
            return 2;
        }
        chosen.insert(*it);
    }
    for (const auto &[name, function] : argc > 1 ? chosen : cases) {
        std::printf("== %s\n", name.c_str());
        std::fflush(stdout);
        try {
            aio::run(function(), {.clock = aio::ClockMode::Virtual});
        } catch (...) {
            std::printf("run raised %s\n", fidelity::err(std::current_exception()).c_str());
        }
        std::printf("== end\n");
        std::fflush(stdout);
    }
    return 0;
}
