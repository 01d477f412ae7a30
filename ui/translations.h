#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace starling {

// What installTranslations() put in place, so callers and tests can tell what the interface
// speaks.
struct InstalledTranslations {
    // The language of the interface: "de", "es"…, or "en" when Starling ships no catalogue for
    // the requested one (English is the source language).
    QString language;
    // The locale dates, numbers and countdowns follow (also QLocale::setDefault()).
    QLocale locale;
    // The catalogues loaded, Starling's first: ":/i18n/starling_en.qm", ":/i18n/starling_de.qm",
    // then Qt's own ("…/qtbase_de.qm") when it is installed.
    QStringList files;
    // Whether Qt's own catalogue was found, which translates the buttons of standard dialogs
    // (QMessageBox, QFileDialog, QDialogButtonBox). Debian ships it in qt6-translations-l10n.
    bool qtCatalogue = false;
};

// The languages Starling ships a catalogue for, as codes ("de", "en", "es"), sorted; English is
// always among them.
QStringList availableLanguages();
// A language's name in that language ("Deutsch", "Español"), for choosing it from a list.
QString nativeLanguageName(const QString &language);
// The language the interface speaks when the preference is empty: the first of the system's UI
// languages that Starling ships, else English.
QString systemLanguage();

// Installs Starling's translations for language ("de"; empty follows the system): English
// (which carries the plural forms, "1 value" / "2 values") as the base, then the language's
// catalogue and Qt's own. Sets QLocale::setDefault() so dates and numbers follow the language:
// the system's locale when it speaks that language (de_AT keeps Austrian formats), otherwise
// the language in the system's region where one exists. Calling it again replaces what an
// earlier call installed. A language Starling does not ship falls back to the system's.
InstalledTranslations installTranslations(QCoreApplication &app, const QString &language);
// The same for the language chosen in Preferences (Preferences::instance()); the organisation
// and application names must be set first, since the preference lives in QSettings.
InstalledTranslations installTranslations(QCoreApplication &app);

} // namespace starling
