// SPDX-License-Identifier: MIT
#include "coroscope/errors.h"

#include <cxxabi.h>
#include <memory>
#include <typeinfo>

namespace aio {

namespace {
std::string demangled(const std::type_info &type)
{
    int status = 0;
    std::unique_ptr<char, void (*)(void *)> name(abi::__cxa_demangle(type.name(), nullptr, nullptr, &status),
                                                 std::free);
    return status == 0 && name ? std::string(name.get()) : std::string(type.name());
}
} // namespace

std::string describe_exception(const std::exception_ptr &error)
{
    if (!error)
        return {};
    try {
        std::rethrow_exception(error);
    } catch (const CancelledError &e) {
        return e.message().empty() ? std::string("CancelledError") : "CancelledError: " + e.message();
    } catch (const std::exception &e) {
        std::string type = demangled(typeid(e));
        if (type.rfind("aio::", 0) == 0)
            type.erase(0, 5);
        else if (type.rfind("std::", 0) == 0)
            type.erase(0, 5);
        return type + ": " + e.what();
    } catch (...) {
        return "unknown exception";
    }
}

bool is_cancelled_error(const std::exception_ptr &error)
{
    if (!error)
        return false;
    try {
        std::rethrow_exception(error);
    } catch (const CancelledError &) {
        return true;
    } catch (...) {
        return false;
    }
}

} // namespace aio
