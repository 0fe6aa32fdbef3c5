// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace coroscope {

namespace {

// Qt's own texts in QCommandLineParser's help and errors. Debian ships no Korean translation of
// Qt's texts, so coroscope_cli_ko.ts carries these (lupdate finds them through the marks).
[[maybe_unused]] constexpr const char *qt_parser_texts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

void install(const char *name)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // <name>_<lang>.qm under :/i18n; none for English, the source language.
    if (translator->load(QLocale::system(), QString::fromLatin1(name), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void install_cli_translations(CatalogueTexts catalogue)
{
    install("coroscope_cli"); // this binary's app/coroscope/i18n/
    if (catalogue == CatalogueTexts::Translate)
        install("scenarios"); // the catalogue library's app/lib/scenarios/i18n/
}

} // namespace coroscope
