// SPDX-License-Identifier: MIT
#pragma once
// Preferences: the user's choices about the window that outlive a session, kept with QSettings.
// The colour scheme: follow the system (the desktop's palette decides light or dark), or light,
// or dark. The language: the system's (Korean when the locale is Korean, else English), or one
// chosen in the window; changing it retranslates the running window.

#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace coroscope::ui {

class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The chosen scheme; Theme.qml turns FollowSystem into light or dark.
    Q_PROPERTY(Scheme scheme READ scheme WRITE setScheme NOTIFY schemeChanged)
    /// "" (the system's), "en" or "ko".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Scheme { FollowSystem, Light, Dark };
    Q_ENUM(Scheme)

    /// Not default-constructible on purpose: QML must take instance() through create().
    explicit Preferences(QObject *parent);
    /// The application's instance (what QML's `Preferences` singleton is).
    static Preferences *instance();
    static Preferences *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] Scheme scheme() const noexcept { return m_scheme; }
    void setScheme(Scheme scheme);

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// The language the window speaks now: "ko" or "en".
    [[nodiscard]] QString effective_language() const;
    /// Installs the translation of effective_language() (call once before loading the window);
    /// a QML engine given here is retranslated when the language changes.
    void apply_language(QQmlEngine *engine = nullptr);

Q_SIGNALS:
    void schemeChanged();
    void languageChanged();

private:
    Scheme m_scheme = FollowSystem;
    QString m_language;
    QTranslator m_translator;           ///< the window's texts: coroscope_<lang>.qm
    QTranslator m_catalogue_translator; ///< the scenario catalogue's: scenarios_<lang>.qm
    bool m_translator_installed = false;
    QPointer<QQmlEngine> m_engine;
};

} // namespace coroscope::ui
