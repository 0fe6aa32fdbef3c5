// SPDX-License-Identifier: MIT
#pragma once
// The demo server's search pages: the tutorial's six words with the tutorial's page sizes, any
// other word with a size derived from it, and each page's share of latency variation. Pure
// functions: the same word always gives the same page, size and latency.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <chrono>

namespace coroscope::demo {

class DemoPages
{
public:
    /// apple, pear, grape, pineapple, orange, strawberry: the tutorial's search words.
    [[nodiscard]] static QStringList tutorial_words();
    /// The first `count` words: the tutorial's, then more fruit, then "fruit7", "fruit8"...
    [[nodiscard]] static QStringList words(int count);
    /// A search word is 1-64 letters, digits, '-' or '_'.
    [[nodiscard]] static bool valid_word(const QString &word);
    /// The tutorial's size for its words (74443 for apple...), else 20000-199999 from a hash.
    [[nodiscard]] static qint64 size_for(const QString &word);
    /// Latency of the word's page: base * (1 + variation * f(word)), f in [0, 1).
    [[nodiscard]] static std::chrono::milliseconds latency_for(const QString &word, std::chrono::milliseconds base,
                                                               double variation);
    /// An HTML page of exactly size_for(word) bytes.
    [[nodiscard]] static QByteArray page(const QString &word);
    /// `size` bytes of a repeating printable pattern (for /bytes/<n>).
    [[nodiscard]] static QByteArray pattern(qint64 offset, qint64 size);
};

} // namespace coroscope::demo
