// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: a move-only void() callable that stores small
// callables (up to 48 bytes, e.g. a lambda holding a Future or two) inline. std::function keeps
// only trivially copyable callables inline, so call_soon([future] {...}) would allocate.

#include <cstddef>
#include <functional>
#include <new>
#include <type_traits>
#include <utility>

namespace aio::detail {

class SmallFunction
{
public:
    SmallFunction() = default;
    SmallFunction(std::nullptr_t) noexcept {}

    template<typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, SmallFunction>>>
    SmallFunction(F &&f)
    {
        using Fn = std::decay_t<F>;
        if constexpr (std::is_same_v<Fn, std::function<void()>>) {
            if (!f)
                return;
        }
        if constexpr (sizeof(Fn) <= kInline && alignof(Fn) <= alignof(std::max_align_t)
                      && std::is_nothrow_move_constructible_v<Fn>) {
            ::new (static_cast<void *>(m_storage)) Fn(std::forward<F>(f));
            m_ops = &inline_ops<Fn>;
        } else {
            *reinterpret_cast<Fn **>(m_storage) = new Fn(std::forward<F>(f));
            m_ops = &heap_ops<Fn>;
        }
    }

    SmallFunction(SmallFunction &&other) noexcept { take(other); }
    SmallFunction &operator=(SmallFunction &&other) noexcept
    {
        if (this != &other) {
            reset();
            take(other);
        }
        return *this;
    }
    SmallFunction &operator=(std::nullptr_t) noexcept
    {
        reset();
        return *this;
    }
    ~SmallFunction() { reset(); }

    explicit operator bool() const noexcept { return m_ops != nullptr; }
    void operator()() { m_ops->call(m_storage); }

private:
    static constexpr std::size_t kInline = 48;
    struct Ops
    {
        void (*call)(void *);
        void (*move)(void *from, void *to) noexcept;
        void (*destroy)(void *) noexcept;
    };
    template<typename Fn>
    static constexpr Ops inline_ops{
        [](void *s) { (*std::launder(static_cast<Fn *>(s)))(); },
        [](void *from, void *to) noexcept {
            Fn *f = std::launder(static_cast<Fn *>(from));
            ::new (to) Fn(std::move(*f));
            f->~Fn();
        },
        [](void *s) noexcept { std::launder(static_cast<Fn *>(s))->~Fn(); },
    };
    template<typename Fn>
    static constexpr Ops heap_ops{
        [](void *s) { (**static_cast<Fn **>(s))(); },
        [](void *from, void *to) noexcept { *static_cast<Fn **>(to) = *static_cast<Fn **>(from); },
        [](void *s) noexcept { delete *static_cast<Fn **>(s); },
    };

    void take(SmallFunction &other) noexcept
    {
        if (other.m_ops) {
            other.m_ops->move(other.m_storage, m_storage);
            m_ops = std::exchange(other.m_ops, nullptr);
        }
    }
    void reset() noexcept
    {
        if (m_ops)
            std::exchange(m_ops, nullptr)->destroy(m_storage);
    }

    const Ops *m_ops = nullptr;
    alignas(std::max_align_t) unsigned char m_storage[kInline];
};

} // namespace aio::detail
