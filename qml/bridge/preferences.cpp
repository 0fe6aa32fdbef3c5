// SPDX-License-Identifier: MIT
#include "preferences.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace coroscope::ui {

namespace {
Preferences *g_instance = nullptr;
const QString scheme_key = QStringLiteral("appearance/scheme");
const QString language_key = QStringLiteral("appearance/language");
} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent)
{
    // An unknown stored value (a newer version's) falls back to following the system.
    const int stored = QSettings().value(scheme_key, int(FollowSystem)).toInt();
    m_scheme = stored >= FollowSystem && stored <= Dark ? Scheme(stored) : FollowSystem;
    const QString language = QSettings().value(language_key).toString();
    m_language = language == QLatin1String("en") || language == QLatin1String("ko") ? language : QString();
}

Preferences *Preferences::instance()
{
    if (!g_instance)
        g_instance = new Preferences(QCoreApplication::instance());
    return g_instance;
}

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *)
{
    Preferences *preferences = instance();
    preferences->m_engine = engine;
    QQmlEngine::setObjectOwnership(preferences, QQmlEngine::CppOwnership);
    return preferences;
}

void Preferences::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    QSettings().setValue(scheme_key, int(scheme));
    Q_EMIT schemeChanged();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    QSettings().setValue(language_key, language);
    apply_language();
    Q_EMIT languageChanged();
}

QString Preferences::effective_language() const
{
    if (!m_language.isEmpty())
        return m_language;
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

void Preferences::apply_language(QQmlEngine *engine)
{
    if (engine)
        m_engine = engine;
    if (m_translator_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::removeTranslator(&m_catalogue_translator);
        m_translator_installed = false;
    }
    // English is the source language: it needs no translator.
    const QString language = effective_language();
    if (language != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/coroscope_%1.qm").arg(language))
            && m_catalogue_translator.load(QStringLiteral(":/i18n/scenarios_%1.qm").arg(language))) {
            m_translator_installed = QCoreApplication::installTranslator(&m_translator)
                                     && QCoreApplication::installTranslator(&m_catalogue_translator);
        } else
            qWarning("coroscope: no translation for %s", qPrintable(language));
    }
    if (m_engine)
        m_engine->retranslate();
}

} // namespace coroscope::ui
