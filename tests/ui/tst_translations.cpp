// The guard against drift between the sources and the shipped catalogues: lupdate runs on the
// current sources over a copy of every translations/starling_*.ts, and the result must have no
// unfinished and no vanished or obsolete entry. Every finished translation keeps the source's
// placeholders and its mnemonic. Also installTranslations(): the language it picks, the locale
// it sets and Qt's own catalogue for standard dialogs.
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace starling;

namespace {

const QString kSourceDir = QStringLiteral(STARLING_SOURCE_DIR);
const QString kLupdate = QStringLiteral(STARLING_LUPDATE);

struct Message {
    QString context;
    QString source;
    QString type;              // the translation's type attribute: "", "unfinished", "vanished"…
    QStringList translations;  // one, or one per numerus form
    bool numerus = false;
};

struct Catalogue {
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

// "%1".."%99" (also "%L1") as a sorted list, so "%1 and %1" differs from "%1".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?([1-9][0-9]?)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(u'%' + it.next().captured(1));
    found.sort();
    return found;
}

// Mnemonic markers: an '&' before a character, but not "&&" (a literal ampersand) nor an HTML
// entity such as "&amp;" or "&nbsp;".
int mnemonics(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&[A-Za-z]+;|^&#[0-9]+;"));
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (entity.match(QStringView(text).mid(i, 10)).hasMatch())
            continue;
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString describe(const Message &message)
{
    QString source = message.source.simplified();
    if (source.size() > 70)
        source = source.left(67) + QStringLiteral("...");
    return QStringLiteral("\n  [%1] \"%2\"").arg(message.context, source);
}

QString listFirst(const QList<Message> &messages, const QString &what)
{
    QString text = QStringLiteral("%1 %2 entr%3:")
                       .arg(messages.size())
                       .arg(what, messages.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    for (qsizetype i = 0; i < std::min<qsizetype>(messages.size(), 8); ++i)
        text += describe(messages.at(i));
    if (messages.size() > 8)
        text += QStringLiteral("\n  ...");
    return text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // The result of lupdate on the current sources over a copy of translations/<file>.
    Catalogue updatedCatalogue(const QString &file)
    {
        const QString copy = m_dir->filePath(file);
        QFile::remove(copy);
        if (!QFile::copy(kSourceDir + QStringLiteral("/translations/") + file, copy))
            return {QString(), {}, QStringLiteral("cannot copy ") + file};
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"),
                              QStringLiteral("none")};
        // English ships only the plural forms of the source texts.
        if (file == u"starling_en.ts")
            arguments.append(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("core") << QStringLiteral("ui") << QStringLiteral("app")
                  << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.start(kLupdate, arguments);
        if (!lupdate.waitForFinished(60000) || lupdate.exitStatus() != QProcess::NormalExit
            || lupdate.exitCode() != 0) {
            return {QString(), {},
                    QStringLiteral("lupdate failed: %1 %2")
                        .arg(lupdate.errorString(),
                             QString::fromLocal8Bit(lupdate.readAllStandardError()))};
        }
        // lupdate warns about tr() calls it cannot read ("Cannot invoke tr() like this"); such
        // a string would never be translated.
        const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
        if (!warnings.isEmpty())
            return {QString(), {}, QStringLiteral("lupdate warned:\n") + warnings};
        return readCatalogue(copy);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(kLupdate).isExecutable(), qPrintable(kLupdate));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldShipEnglishGermanAndSpanish()
    {
        const QStringList files = QDir(kSourceDir + QStringLiteral("/translations"))
                                      .entryList({QStringLiteral("starling_*.ts")}, QDir::Files);
        for (const char *file : {"starling_en.ts", "starling_de.ts", "starling_es.ts"})
            QVERIFY2(files.contains(QString::fromLatin1(file)), file);
        // Every shipped catalogue is compiled into the app.
        const QStringList languages = availableLanguages();
        for (const QString &file : files) {
            const QString language = file.mid(9).chopped(3);
            QVERIFY2(languages.contains(language), qPrintable(language));
        }
    }

    void shouldHaveNothingUnfinishedOrObsoleteAfterLupdate_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(kSourceDir + QStringLiteral("/translations"))
                                      .entryList({QStringLiteral("starling_*.ts")}, QDir::Files);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void shouldHaveNothingUnfinishedOrObsoleteAfterLupdate()
    {
        QFETCH(QString, file);
        const Catalogue catalogue = updatedCatalogue(file);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(!catalogue.messages.isEmpty(), qPrintable(file));
        QCOMPARE(catalogue.language.section(u'_', 0, 0), file.mid(9).chopped(3).section(u'_', 0, 0));

        QList<Message> unfinished;
        QList<Message> gone;
        for (const Message &message : catalogue.messages) {
            if (message.type == u"unfinished")
                unfinished.append(message);
            else if (message.type == u"vanished" || message.type == u"obsolete")
                gone.append(message);
        }
        // Vanished entries are translations of source texts the code no longer has: either the
        // text changed (translate the new one) or it was removed (drop the entry with lupdate
        // -no-obsolete). Both are decisions for whoever maintains the catalogue.
        QString failure;
        if (!unfinished.isEmpty())
            failure += listFirst(unfinished, QStringLiteral("unfinished")) + u'\n';
        if (!gone.isEmpty())
            failure += listFirst(gone, QStringLiteral("vanished or obsolete")) + u'\n';
        if (!failure.isEmpty())
            failure += QStringLiteral("Run scripts/update-translations.sh, then finish %1 in Qt "
                                      "Linguist (see docs/languages.md).")
                           .arg(file);
        QVERIFY2(failure.isEmpty(), qPrintable(u'\n' + failure));
    }

    void shouldKeepPlaceholdersAndMnemonics_data()
    {
        shouldHaveNothingUnfinishedOrObsoleteAfterLupdate_data();
    }
    void shouldKeepPlaceholdersAndMnemonics()
    {
        QFETCH(QString, file);
        const Catalogue catalogue = readCatalogue(kSourceDir + QStringLiteral("/translations/") + file);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QList<Message> wrongPlaceholders;
        QList<Message> wrongMnemonics;
        QList<Message> wrongPlurals;
        for (const Message &message : catalogue.messages) {
            if (!message.type.isEmpty()) // unfinished or vanished: the test above reports those
                continue;
            const QStringList expected = placeholders(message.source);
            const int expectedMnemonics = mnemonics(message.source);
            const auto showsCount = [](const QString &text) {
                return text.contains(QStringLiteral("%n")) || text.contains(QStringLiteral("%Ln"));
            };
            const auto samePlaceholders = [&](const QString &t) { return placeholders(t) == expected; };
            const auto sameMnemonics = [&](const QString &t) { return mnemonics(t) == expectedMnemonics; };
            if (!std::all_of(message.translations.begin(), message.translations.end(), samePlaceholders))
                wrongPlaceholders.append(message);
            else if (!std::all_of(message.translations.begin(), message.translations.end(), sameMnemonics))
                wrongMnemonics.append(message);
            // A singular form may spell the number out ("ein Wert"), but some form must show it.
            else if (message.numerus && showsCount(message.source)
                     && std::none_of(message.translations.begin(), message.translations.end(), showsCount))
                wrongPlurals.append(message);
        }
        QString failure;
        if (!wrongPlaceholders.isEmpty())
            failure += listFirst(wrongPlaceholders,
                                 QStringLiteral("with other %1, %2... placeholders than the "
                                                "source in"))
                       + u'\n';
        if (!wrongMnemonics.isEmpty())
            failure += listFirst(wrongMnemonics,
                                 QStringLiteral("with another number of & mnemonics than the "
                                                "source in"))
                       + u'\n';
        if (!wrongPlurals.isEmpty())
            failure += listFirst(wrongPlurals, QStringLiteral("without %n in any plural form in"));
        QVERIFY2(failure.isEmpty(), qPrintable(u'\n' + failure));
    }

    void shouldCountMnemonicsAndPlaceholdersLikeQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mnemonicCount");
        QTest::addColumn<QStringList>("markers");
        QTest::newRow("plain") << QStringLiteral("Export") << 0 << QStringList{};
        QTest::newRow("mnemonic") << QStringLiteral("&Export…") << 1 << QStringList{};
        QTest::newRow("literal ampersand") << QStringLiteral("Q&&A") << 0 << QStringList{};
        QTest::newRow("entity") << QStringLiteral("a&nbsp;b &amp; c") << 0 << QStringList{};
        QTest::newRow("markers") << QStringLiteral("%2 of %1, %L1 &more") << 1
                                 << QStringList{QStringLiteral("%1"), QStringLiteral("%1"),
                                                QStringLiteral("%2")};
        QTest::newRow("percent sign") << QStringLiteral("%1 %2%") << 0
                                      << QStringList{QStringLiteral("%1"), QStringLiteral("%2")};
    }
    void shouldCountMnemonicsAndPlaceholdersLikeQt()
    {
        QFETCH(QString, text);
        QFETCH(int, mnemonicCount);
        QFETCH(QStringList, markers);
        QCOMPARE(mnemonics(text), mnemonicCount);
        QCOMPARE(placeholders(text), markers);
    }

    void shouldInstallTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("localeLanguage");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de") << QLocale::German;
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es") << QLocale::Spanish;
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en") << QLocale::English;
    }
    void shouldInstallTheChosenLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, language);
        QFETCH(QLocale::Language, localeLanguage);
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), requested);
        QCOMPARE(installed.language, language);
        QCOMPARE(installed.locale.language(), localeLanguage);
        QCOMPARE(QLocale().language(), localeLanguage);
        QCOMPARE(installed.files.value(0), QStringLiteral(":/i18n/starling_en.qm"));
        if (language == u"en") {
            QCOMPARE(installed.files.size(), 1);
            QVERIFY(!installed.qtCatalogue);
            return;
        }
        QCOMPARE(installed.files.value(1), QStringLiteral(":/i18n/starling_%1.qm").arg(language));
        // Qt's catalogue (Debian: qt6-translations-l10n) translates the standard buttons.
        const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                               + QStringLiteral("/qtbase_%1.qm").arg(language);
        QCOMPARE(installed.qtCatalogue, QFile::exists(qtFile));
        if (installed.qtCatalogue) {
            QCOMPARE(installed.files.value(2), qtFile);
            QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");
        }
    }

    void shouldReplaceAnEarlierLanguage()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        const QString german = QCoreApplication::translate("QPlatformTheme", "Cancel");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("es"));
        const QString spanish = QCoreApplication::translate("QPlatformTheme", "Cancel");
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_de.qm")))
            QVERIFY(german != spanish);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        // English still brings its plural forms.
        QCOMPARE(QCoreApplication::translate("starling::CompanyListModel", "in %n days", nullptr, 1),
                 QStringLiteral("in 1 day"));
    }

    void shouldFallBackToTheSystemForALanguageNotShipped()
    {
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), QStringLiteral("xx"));
        QCOMPARE(installed.language, systemLanguage());
        QCOMPARE(installed.locale, QLocale::system());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void shouldNameEachLanguageInItself_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Español");
    }
    void shouldNameEachLanguageInItself()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QCOMPARE(nativeLanguageName(language), name);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
