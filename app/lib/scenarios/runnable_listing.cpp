// SPDX-License-Identifier: MIT
#include "runnable_listing.h"

namespace coroscope {

namespace {

const QString kResultMarker = QStringLiteral("# 결과"); // "result": the tutorial's output follows

QString commented(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return line;
    return QStringLiteral("# ") + line;
}

/// The code of a REPL prompt line (">>> x" or "... x"), or a null string for any other line.
QString prompt_code(const QString &line)
{
    for (const QString &prompt : {QStringLiteral(">>>"), QStringLiteral("...")}) {
        if (line == prompt)
            return QStringLiteral("");
        if (line.startsWith(prompt + u' '))
            return line.mid(prompt.size() + 1);
    }
    return {};
}

} // namespace

RunnableListing runnable_listing(const QString &listing, const QList<ListingFix> &fixes, const QString &driver)
{
    RunnableListing out;
    QStringList lines = listing.split(u'\n');
    for (const ListingFix &fix : fixes) {
        if (fix.line < 1 || fix.line > lines.size() || lines[fix.line - 1] != fix.expected) {
            out.problems << QStringLiteral("line %1 is not '%2'").arg(fix.line).arg(fix.expected);
            continue;
        }
        lines[fix.line - 1] = fix.replacement;
    }
    bool in_result = false; // after "# 결과": expected output
    bool in_repl = false;   // after the first ">>> ": a transcript, lines without a prompt were printed
    for (QString &line : lines) {
        if (line.trimmed() == kResultMarker)
            in_result = true;
        if (in_result) {
            line = commented(line);
            continue;
        }
        const QString code = prompt_code(line);
        if (!code.isNull()) {
            in_repl = in_repl || line.startsWith(QStringLiteral(">>>"));
            if (in_repl) {
                line = code;
                continue;
            }
        }
        if (in_repl)
            line = commented(line);
    }
    out.script = lines.join(u'\n');
    if (!driver.isEmpty())
        out.script += (out.script.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + driver;
    return out;
}

} // namespace coroscope
