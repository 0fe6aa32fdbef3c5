// SPDX-License-Identifier: MIT
#include "python_style.h"

#include <coroscope/loop.h>

#include <chrono>

namespace coroscope::py {

QString str(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

double time()
{
    // Inside a run this is loop time, which the timeline shows and slow motion stretches; a
    // scenario always runs on a loop, the fallback is for code that does not.
    if (aio::EventLoop *loop = aio::EventLoop::current())
        return loop->time();
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

QString fixed3(double seconds)
{
    return QString::number(seconds, 'f', 3);
}

} // namespace coroscope::py

namespace coroscope {

QString python_name(const QString &signature)
{
    const qsizetype paren = signature.indexOf(u'(');
    if (paren <= 0 || !signature.left(paren).contains(u"::"))
        return signature;
    qsizetype begin = paren;
    while (begin > 0) {
        const QChar c = signature.at(begin - 1);
        if (!c.isLetterOrNumber() && c != u'_')
            break;
        --begin;
    }
    const QString name = signature.mid(begin, paren - begin);
    return name.isEmpty() ? signature : name;
}

} // namespace coroscope
