// SPDX-License-Identifier: MIT
// coroscope list: one line per scenario, "id<TAB>title", the title in the user's language.
#include "commands.h"

#include "scenario_catalog.h"
#include "scenario_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace coroscope::cli {

int list_command(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists the tutorial's scenarios: id, a tab, title."));
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("coroscope list")} + arguments)) {
        print_error(parser.errorText());
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print_error(QCoreApplication::translate("cli", "'list' takes no arguments (got '%1')").arg(parser.positionalArguments().join(u' ')));
        return 2;
    }
    QString out;
    for (const Scenario &scenario : all_scenarios())
        out += scenario.id + u'\t' + scenario_text(scenario.title) + u'\n';
    std::fputs(out.toUtf8().constData(), stdout);
    return 0;
}

} // namespace coroscope::cli
