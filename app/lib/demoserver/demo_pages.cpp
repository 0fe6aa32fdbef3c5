// SPDX-License-Identifier: MIT
#include "demo_pages.h"

#include <array>
#include <cmath>
#include <utility>

namespace coroscope::demo {

namespace {

struct TutorialPage
{
    const char *word;
    qint64 size;
};
// The sizes the tutorial printed: [74443, 137795, 84429, 327409, 65139, 154872].
constexpr std::array<TutorialPage, 6> kTutorial{{{"apple", 74443},
                                                  {"pear", 137795},
                                                  {"grape", 84429},
                                                  {"pineapple", 327409},
                                                  {"orange", 65139},
                                                  {"strawberry", 154872}}};
constexpr std::array<const char *, 14> kMoreFruit{"banana", "cherry", "mango", "peach", "plum",  "lemon", "lime",
                                                  "kiwi",   "melon",  "fig",   "apricot", "papaya", "guava", "lychee"};

/// FNV-1a: small, stable across platforms and runs (qHash is seeded per process).
quint32 fnv1a(const QString &word)
{
    quint32 h = 2166136261u;
    for (const char c : word.toLower().toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

} // namespace

QStringList DemoPages::tutorial_words()
{
    QStringList words;
    for (const auto &p : kTutorial)
        words << QLatin1String(p.word);
    return words;
}

QStringList DemoPages::words(int count)
{
    QStringList out = tutorial_words();
    for (const char *w : kMoreFruit)
        out << QLatin1String(w);
    for (int i = int(out.size()) + 1; out.size() < count; ++i)
        out << QStringLiteral("fruit%1").arg(i);
    return out.mid(0, count);
}

bool DemoPages::valid_word(const QString &word)
{
    if (word.isEmpty() || word.size() > 64)
        return false;
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

qint64 DemoPages::size_for(const QString &word)
{
    const QString lower = word.toLower();
    for (const auto &p : kTutorial)
        if (lower == QLatin1String(p.word))
            return p.size;
    return 20000 + qint64(fnv1a(lower) % 180000u);
}

std::chrono::milliseconds DemoPages::latency_for(const QString &word, std::chrono::milliseconds base, double variation)
{
    const double f = double((fnv1a(word) >> 8) % 1000u) / 1000.0;
    return std::chrono::milliseconds(std::llround(double(base.count()) * (1.0 + variation * f)));
}

QByteArray DemoPages::page(const QString &word)
{
    const qint64 size = size_for(word);
    const QByteArray w = word.toLower().toUtf8();
    const QByteArray head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + w
        + " - Coroscope demo search</title></head>\n<body>\n<h1>Results for " + w + "</h1>\n";
    const QByteArray tail = "</body></html>\n";
    QByteArray out;
    out.reserve(size);
    out += head;
    for (int n = 1; out.size() < size; ++n)
        out += "<p>Result " + QByteArray::number(n) + " for " + w
            + ": a page served from the loopback demo server, offline and repeatable.</p>\n";
    out.truncate(size - tail.size());
    out += tail;
    return out.right(size); // a tiny size keeps only the end
}

QByteArray DemoPages::pattern(qint64 offset, qint64 size)
{
    static const QByteArray line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-coroscope\n";
    QByteArray out(size, Qt::Uninitialized);
    const qint64 n = line.size();
    for (qint64 i = 0; i < size; ++i)
        out[i] = line[(offset + i) % n];
    return out;
}

} // namespace coroscope::demo
