#include "translations.h"

#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace starling {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("starling_");
// Marks the translators installTranslations() owns, so a second call can take them out again.
const char kOwnedProperty[] = "starlingTranslation";

QString catalogue(const QString &language)
{
    return kResourceDir + u'/' + kPrefix + language + QStringLiteral(".qm");
}

// The first of the system's UI languages ("de-AT", "de", "en-US") that Starling ships.
QString shippedSystemLanguage(const QStringList &shipped)
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (QString candidate : uiLanguages) {
        candidate.replace(u'-', u'_');
        if (shipped.contains(candidate))
            return candidate;
        QString language = candidate.section(u'_', 0, 0);
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    if (system.language() == wanted.language())
        return system;
    // The language in the system's region (English in Germany: en_DE, with A4 paper and
    // 24-hour times), when Qt knows that combination.
    const QLocale regional(wanted.language(), system.territory());
    if (regional.language() == wanted.language() && regional.territory() == system.territory())
        return regional;
    return wanted;
}

bool install(QCoreApplication &app, const QString &path, InstalledTranslations &result)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    translator->setProperty(kOwnedProperty, true);
    QCoreApplication::installTranslator(translator);
    result.files.append(path);
    return true;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")},
                                                           QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    languages.sort();
    return languages;
}

QString nativeLanguageName(const QString &language)
{
    // Qt names a language after its main country ("American English", "español de España"); the
    // list wants the language alone. Languages Starling ships are named here; any other falls
    // back on Qt's name.
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"es")
        return QStringLiteral("Español");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    return locale.toUpper(name.left(1)) + name.mid(1); // "français" → "Français"
}

QString systemLanguage()
{
    return shippedSystemLanguage(availableLanguages());
}

InstalledTranslations installTranslations(QCoreApplication &app, const QString &language)
{
    // Take out what an earlier call installed, so switching languages (in tests and tools)
    // never leaves two catalogues answering.
    const QList<QTranslator *> earlier = app.findChildren<QTranslator *>(QString(),
                                                                         Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        if (translator->property(kOwnedProperty).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    const QStringList shipped = availableLanguages();
    InstalledTranslations result;
    result.language = shipped.contains(language) ? language : shippedSystemLanguage(shipped);
    // An interface in English on a system that speaks something Starling does not ship still
    // shows dates and numbers the system's way; a chosen language brings its own.
    result.locale = language.isEmpty() || !shipped.contains(language) ? QLocale::system()
                                                                      : localeFor(result.language);
    QLocale::setDefault(result.locale);

    install(app, catalogue(QStringLiteral("en")), result);
    if (result.language == u"en")
        return result;
    install(app, catalogue(result.language), result);
    // Qt's catalogue is named after the language ("qtbase_de.qm", "qtbase_pt_BR.qm").
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    result.qtCatalogue =
        install(app, qtDir + QStringLiteral("/qtbase_") + result.language + QStringLiteral(".qm"), result)
        || install(app,
                   qtDir + QStringLiteral("/qtbase_") + result.language.section(u'_', 0, 0)
                       + QStringLiteral(".qm"),
                   result);
    return result;
}

InstalledTranslations installTranslations(QCoreApplication &app)
{
    return installTranslations(app, Preferences::instance().language());
}

} // namespace starling
