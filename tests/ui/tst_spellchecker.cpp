#include "spellchecker.h"

#include "preferences.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace starling;

namespace {

const QString kSystemDictionaries = QStringLiteral("/usr/share/hunspell");

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList wordsOf(const QString &text, const QList<WordRange> &ranges)
{
    QStringList words;
    for (const WordRange &range : ranges)
        words.append(text.mid(range.start, range.length));
    return words;
}

SpellDictionary dictionary(const QString &code)
{
    return {code, code, {}, {}};
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A checker over the system's dictionaries with `code` chosen; skips when it is missing.
    std::unique_ptr<SpellChecker> systemChecker(const QString &code)
    {
        auto checker = std::make_unique<SpellChecker>(QStringList{kSystemDictionaries},
                                                      path(QStringLiteral("words.txt")));
        checker->setRequestedDictionary(code);
        return checker->activeDictionary() == code ? std::move(checker) : nullptr;
    }

    static bool hasDictionary(const SpellChecker &checker, const QString &code)
    {
        const QList<SpellDictionary> all = checker.dictionaries();
        return std::any_of(all.cbegin(), all.cend(), [&code](const SpellDictionary &d) { return d.code == code; });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingSpellCheckerTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        qunsetenv("STARLING_HUNSPELL_PATH");
        m_dir.reset();
    }

    void shouldPickTheWordsWorthChecking_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("Hello, world.")
                               << QStringList{QStringLiteral("Hello"), QStringLiteral("world")};
        QTest::newRow("apostrophe inside")
            << QStringLiteral("I don't know")
            << QStringList{QStringLiteral("don't"), QStringLiteral("know")};
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("we couldn’t ship")
            << QStringList{QStringLiteral("we"), QStringLiteral("couldn’t"),
                           QStringLiteral("ship")};
        QTest::newRow("quotes outside")
            << QStringLiteral("'quoted' students'")
            << QStringList{QStringLiteral("quoted"), QStringLiteral("students")};
        QTest::newRow("acronyms") << QStringLiteral("We tracked SQL and KPI dashboards")
                                  << QStringList{QStringLiteral("We"), QStringLiteral("tracked"),
                                                 QStringLiteral("and"),
                                                 QStringLiteral("dashboards")};
        QTest::newRow("digits") << QStringLiteral("Q3 revenue grew 20% in 2023, the 3rd time")
                                << QStringList{QStringLiteral("revenue"), QStringLiteral("grew"),
                                               QStringLiteral("in"), QStringLiteral("the"),
                                               QStringLiteral("time")};
        QTest::newRow("url and mail")
            << QStringLiteral("see https://exampel.com/some/pathh and mail me@exampel.org now")
            << QStringList{QStringLiteral("see"), QStringLiteral("and"), QStringLiteral("mail"),
                           QStringLiteral("now")};
        QTest::newRow("www") << QStringLiteral("visit (www.exampel.com) today")
                             << QStringList{QStringLiteral("visit"), QStringLiteral("today")};
        QTest::newRow("camel case") << QStringLiteral("PyTorch beats iPhone")
                                    << QStringList{QStringLiteral("beats")};
        QTest::newRow("identifiers") << QStringLiteral("snake_case e.g. node.js")
                                     << QStringList{};
        QTest::newRow("too long") << QString(SpellChecker::MaxWordLength + 1, QLatin1Char('a'))
                                  << QStringList{};
        QTest::newRow("hyphen") << QStringLiteral("well-known")
                                << QStringList{QStringLiteral("well"), QStringLiteral("known")};
        QTest::newRow("umlauts") << QStringLiteral("Grüße aus Köln")
                                 << QStringList{QStringLiteral("Grüße"), QStringLiteral("aus"),
                                                QStringLiteral("Köln")};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void shouldPickTheWordsWorthChecking()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(wordsOf(text, SpellChecker::checkableWords(text)), words);
    }

    void shouldFindTheWordAtAPosition()
    {
        const QString text = QStringLiteral("one twoo three");
        QCOMPARE(SpellChecker::wordAt(text, 4), (WordRange{4, 4}));
        QCOMPARE(SpellChecker::wordAt(text, 6), (WordRange{4, 4}));
        QCOMPARE(SpellChecker::wordAt(text, 8), (WordRange{4, 4})); // right after it
        QCOMPARE(SpellChecker::wordAt(text, 14), (WordRange{9, 5}));
        QCOMPARE(SpellChecker::wordAt(QStringLiteral("a  SQL"), 2).length, 0);
    }

    void shouldJudgeEnglishWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("interview") << QStringLiteral("interview") << true;
        QTest::newRow("capitalised") << QStringLiteral("Interview") << true;
        QTest::newRow("behavior") << QStringLiteral("behavior") << true;
        QTest::newRow("don't") << QStringLiteral("don't") << true;
        QTest::newRow("don’t") << QStringLiteral("don’t") << true;
        QTest::newRow("recieve") << QStringLiteral("recieve") << false;
        QTest::newRow("teh") << QStringLiteral("teh") << false;
        QTest::newRow("stakeholdres") << QStringLiteral("stakeholdres") << false;
    }

    void shouldJudgeEnglishWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        const auto checker = systemChecker(QStringLiteral("en_US"));
        if (!checker)
            QSKIP("en_US is not installed (apt install hunspell-en-us)");
        QVERIFY(checker->isActive());
        QCOMPARE(checker->isCorrect(word), correct);
        QCOMPARE(checker->isCorrect(word), correct); // the remembered verdict agrees
    }

    void shouldLoadInTheBackgroundWhenAsked()
    {
        const auto checker = systemChecker(QStringLiteral("en_US"));
        if (!checker || !hasDictionary(*checker, QStringLiteral("de_DE")))
            QSKIP("en_US and de_DE are needed (apt install hunspell-en-us hunspell-de-de)");
        checker->setLoadInBackground(true);
        QSignalSpy changed(checker.get(), &SpellChecker::changed);
        checker->setRequestedDictionary(QStringLiteral("de_DE"));
        // Not yet in: nothing is underlined meanwhile, rather than judged by the wrong language.
        QVERIFY(checker->isLoading());
        QVERIFY(!checker->isActive());
        QCOMPARE(checker->activeDictionary(), QStringLiteral("de_DE"));
        QVERIFY(checker->isCorrect(QStringLiteral("Gesprach")));
        QVERIFY(checker->misspelledWords(u"Ein Gesprach").isEmpty());
        QTRY_VERIFY(!checker->isLoading());
        QVERIFY(checker->isActive());
        QVERIFY(!changed.isEmpty()); // the editors rehighlight with the new dictionary
        QVERIFY(!checker->isCorrect(QStringLiteral("Gesprach")));
        QVERIFY(checker->isCorrect(QStringLiteral("Gespräch")));
        // A dictionary loaded before is back at once, without a thread.
        checker->setRequestedDictionary(QStringLiteral("en_US"));
        QVERIFY(!checker->isLoading());
        QVERIFY(checker->isActive());
        checker->setRequestedDictionary(QStringLiteral("de_DE"));
        QVERIFY(!checker->isLoading());
        QVERIFY(!checker->isCorrect(QStringLiteral("Gesprach")));
    }

    void shouldStartInTheBackgroundWhenBuiltSo()
    {
        SpellChecker checker({kSystemDictionaries}, path(QStringLiteral("words.txt")),
                             SpellChecker::Loading::InBackground);
        if (checker.activeDictionary().isEmpty())
            QSKIP("no dictionary is installed");
        QVERIFY(checker.isLoading()); // the constructor did not wait for Hunspell
        QVERIFY(!checker.isActive());
        QSignalSpy changed(&checker, &SpellChecker::changed);
        QTRY_VERIFY(checker.isActive());
        QCOMPARE(changed.size(), 1);
    }

    void shouldShareOneLoadBetweenNamesOfTheSameFiles()
    {
        // GIVEN a dictionary and a regional name linked to the same files, as Debian ships es_MX
        const QString aff = kSystemDictionaries + QStringLiteral("/en_US.aff");
        const QString dic = kSystemDictionaries + QStringLiteral("/en_US.dic");
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            QSKIP("en_US is not installed (apt install hunspell-en-us)");
        QVERIFY(QFile::copy(aff, path(QStringLiteral("en_AA.aff"))));
        QVERIFY(QFile::copy(dic, path(QStringLiteral("en_AA.dic"))));
        QVERIFY(QFile::link(path(QStringLiteral("en_AA.aff")), path(QStringLiteral("en_BB.aff"))));
        QVERIFY(QFile::link(path(QStringLiteral("en_AA.dic")), path(QStringLiteral("en_BB.dic"))));
        SpellChecker checker({m_dir->path()}, path(QStringLiteral("words.txt")),
                             SpellChecker::Loading::InBackground);

        // WHEN one name starts loading and the other is chosen before it is in
        QVERIFY(checker.isLoading());
        const QString first = checker.activeDictionary();
        const QString other = first == u"en_AA" ? QStringLiteral("en_BB") : QStringLiteral("en_AA");
        checker.setRequestedDictionary(other);

        // THEN the other name uses what the first load read, at once and without a second load
        QVERIFY(!checker.isLoading());
        QVERIFY(checker.isActive());
        QCOMPARE(checker.activeDictionary(), other);
        QVERIFY(!checker.isCorrect(QStringLiteral("recieve")));
        QVERIFY(checker.isCorrect(QStringLiteral("receive")));
        // AND back to the first name: the same load again
        checker.setRequestedDictionary(first);
        QVERIFY(!checker.isLoading());
        QVERIFY(checker.isActive());
    }

    void shouldDropABackgroundLoadNoLongerWanted()
    {
        const auto checker = systemChecker(QStringLiteral("en_US"));
        if (!checker || !hasDictionary(*checker, QStringLiteral("de_DE")))
            QSKIP("en_US and de_DE are needed (apt install hunspell-en-us hunspell-de-de)");
        checker->setLoadInBackground(true);
        checker->setRequestedDictionary(QStringLiteral("de_DE"));
        QVERIFY(checker->isLoading());
        checker->setEnabled(false); // switched off while loading
        checker->waitForLoading();
        QVERIFY(!checker->isActive());
        QVERIFY(checker->isCorrect(QStringLiteral("Gesprach")));
        checker->setEnabled(true); // loaded meanwhile: on at once
        QVERIFY(!checker->isLoading());
        QVERIFY(checker->isActive());
        QVERIFY(!checker->isCorrect(QStringLiteral("Gesprach")));
    }

    void shouldJudgeGermanWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("Gespräch") << QStringLiteral("Gespräch") << true;
        QTest::newRow("Straße") << QStringLiteral("Straße") << true;
        QTest::newRow("Mitarbeiterin") << QStringLiteral("Mitarbeiterin") << true;
        QTest::newRow("Gesprach") << QStringLiteral("Gesprach") << false;
        QTest::newRow("Mitarbieter") << QStringLiteral("Mitarbieter") << false;
    }

    void shouldJudgeGermanWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        const auto checker = systemChecker(QStringLiteral("de_DE"));
        if (!checker)
            QSKIP("de_DE is not installed (apt install hunspell-de-de)");
        QCOMPARE(checker->isCorrect(word), correct);
    }

    void shouldSuggestTheRightWord_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("recieve")
                               << QStringLiteral("receive");
        QTest::newRow("en_US typographic") << QStringLiteral("en_US") << QStringLiteral("dont’")
                                           << QStringLiteral("don’t");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("Gesprach")
                               << QStringLiteral("Gespräch");
    }

    void shouldSuggestTheRightWord()
    {
        QFETCH(QString, code);
        QFETCH(QString, word);
        QFETCH(QString, suggestion);
        const auto checker = systemChecker(code);
        if (!checker)
            QSKIP("the dictionary is not installed");
        const QStringList suggestions = checker->suggestions(word);
        QVERIFY2(suggestions.contains(suggestion), qPrintable(suggestions.join(u',')));
        QVERIFY(suggestions.size() <= SpellChecker::MaxSuggestions);
    }

    void shouldMarkOnlyMisspelledWords()
    {
        const auto checker = systemChecker(QStringLiteral("en_US"));
        if (!checker)
            QSKIP("en_US is not installed (apt install hunspell-en-us)");
        const QString text = QStringLiteral("I led teh SQL migraton at https://exampel.com");
        QCOMPARE(wordsOf(text, checker->misspelledWords(text)),
                 (QStringList{QStringLiteral("teh"), QStringLiteral("migraton")}));
    }

    void shouldConvertADictionaryThatIsNotUtf8()
    {
        // A Latin-9 dictionary: "€" and "ü" are single bytes there.
        QVERIFY(writeFile(path(QStringLiteral("de_AT.aff")),
                          QByteArray("SET ISO8859-15\nTRY esianrtolcdugmphbfwkvzü\n")));
        QVERIFY(writeFile(path(QStringLiteral("de_AT.dic")),
                          QByteArray("3\nGr\xfc\xdf" "e\nEuro\nStra\xdf" "e\n")));
        SpellChecker checker({m_dir->path()}, path(QStringLiteral("words.txt")));
        QCOMPARE(checker.activeDictionary(), QStringLiteral("de_AT"));
        QVERIFY(checker.isActive());
        QVERIFY(checker.isCorrect(QStringLiteral("Grüße")));
        QVERIFY(checker.isCorrect(QStringLiteral("Straße")));
        QVERIFY(!checker.isCorrect(QStringLiteral("Gruse")));
        QVERIFY(checker.suggestions(QStringLiteral("Grüse")).contains(QStringLiteral("Grüße")));
        // A letter Latin-9 lacks is nothing this dictionary can judge: never underlined.
        QVERIFY(checker.isCorrect(QStringLiteral("Łódź")));
    }

    void shouldKeepPersonalWordsAcrossReloads()
    {
        const QString list =
            path(QStringLiteral("config/starling-words.txt")); // folder made on save
        {
            SpellChecker checker({kSystemDictionaries}, list);
            QSignalSpy changed(&checker, &SpellChecker::changed);
            QSignalSpy words(&checker, &SpellChecker::personalWordsChanged);
            QString error;
            QVERIFY2(checker.addToPersonalWords(QStringLiteral("Kubeflow"), &error),
                     qPrintable(error));
            QVERIFY(checker.addToPersonalWords(QStringLiteral("dataviz")));
            QVERIFY(checker.addToPersonalWords(QStringLiteral("Kubeflow"))); // once only
            QCOMPARE(changed.count(), 2);
            QCOMPARE(words.count(), 2);
            QVERIFY(checker.isCorrect(QStringLiteral("Kubeflow")));
            QVERIFY(checker.isCorrect(QStringLiteral("Dataviz"))); // at the start of a sentence
        }
        QCOMPARE(readFile(list), QByteArray("Kubeflow\ndataviz\n"));
        SpellChecker reloaded({kSystemDictionaries}, list);
        QCOMPARE(reloaded.personalWords(),
                 (QStringList{QStringLiteral("Kubeflow"), QStringLiteral("dataviz")}));
        QVERIFY(reloaded.isCorrect(QStringLiteral("Kubeflow")));
        QVERIFY(reloaded.removeFromPersonalWords(QStringLiteral("Kubeflow")));
        QCOMPARE(readFile(list), QByteArray("dataviz\n"));
        if (reloaded.isActive())
            QVERIFY(!reloaded.isCorrect(QStringLiteral("Kubeflow")));
    }

    void shouldReadAHandEditedWordList()
    {
        const QString list = path(QStringLiteral("words.txt"));
        QVERIFY(writeFile(list, QByteArray("  Grüße \r\n\r\nscikit\nscikit\n")));
        SpellChecker checker({}, list);
        QCOMPARE(checker.personalWords(),
                 (QStringList{QStringLiteral("Grüße"), QStringLiteral("scikit")}));
        QVERIFY(checker.wordListError().isEmpty());
    }

    void shouldReportAWordListThatCannotBeSaved()
    {
        // The folder for the list is a file: the list can never be written there.
        QVERIFY(writeFile(path(QStringLiteral("blocked")), QByteArray("not a folder")));
        const QString list = path(QStringLiteral("blocked/starling-words.txt"));
        SpellChecker checker({kSystemDictionaries}, list);
        QSignalSpy changed(&checker, &SpellChecker::changed);
        QString error;
        QVERIFY(!checker.addToPersonalWords(QStringLiteral("Kubeflow"), &error));
        QVERIFY2(error.contains(QStringLiteral("blocked")), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker.isCorrect(QStringLiteral("Kubeflow"))); // still accepted this session
        QVERIFY(checker.personalWords().isEmpty());
        QCOMPARE(readFile(path(QStringLiteral("blocked"))), QByteArray("not a folder"));
    }

    void shouldLeaveAnUnreadableWordListUntouched()
    {
        const QString list = path(QStringLiteral("words.txt"));
        const QByteArray latin1("Gr\xfc\xdf" "e\n");
        QVERIFY(writeFile(list, latin1));
        SpellChecker checker({}, list);
        QVERIFY(checker.wordListError().contains(QStringLiteral("UTF-8")));
        QString error;
        QVERIFY(!checker.addToPersonalWords(QStringLiteral("Kubeflow"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(list), latin1);
    }

    void shouldRefuseSomethingThatIsNotOneWord()
    {
        SpellChecker checker({}, path(QStringLiteral("words.txt")));
        QString error;
        QVERIFY(!checker.addToPersonalWords(QStringLiteral("two\nlines"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!checker.addToPersonalWords(QStringLiteral("   ")));
        QVERIFY(!QFile::exists(path(QStringLiteral("words.txt"))));
    }

    void shouldIgnoreForThisSessionOnly()
    {
        const auto checker = systemChecker(QStringLiteral("en_US"));
        if (!checker)
            QSKIP("en_US is not installed (apt install hunspell-en-us)");
        QVERIFY(!checker->isCorrect(QStringLiteral("Starlingish")));
        QSignalSpy changed(checker.get(), &SpellChecker::changed);
        checker->ignoreWord(QStringLiteral("Starlingish"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker->isCorrect(QStringLiteral("Starlingish")));
        QVERIFY(checker->personalWords().isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("words.txt"))));
        const auto fresh = systemChecker(QStringLiteral("en_US"));
        QVERIFY(!fresh->isCorrect(QStringLiteral("Starlingish")));
    }

    void shouldBeOffWithoutDictionaries()
    {
        const QString empty = path(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        qputenv("STARLING_HUNSPELL_PATH", empty.toLocal8Bit());
        QCOMPARE(SpellChecker::defaultSearchPaths(), QStringList{empty});
        QVERIFY(SpellChecker::availableDictionaries().isEmpty());

        SpellChecker checker(SpellChecker::defaultSearchPaths(), path(QStringLiteral("words.txt")));
        QVERIFY(checker.isEnabled());
        QVERIFY(!checker.isActive());
        QVERIFY(checker.activeDictionary().isEmpty());
        QVERIFY(checker.isCorrect(QStringLiteral("teh")));
        QVERIFY(checker.misspelledWords(QStringLiteral("teh wrng wrds")).isEmpty());
        QVERIFY(checker.suggestions(QStringLiteral("teh")).isEmpty());
        QVERIFY2(
            checker.statusMessage().contains(QStringLiteral("sudo apt install hunspell-en-us")),
            qPrintable(checker.statusMessage()));
        checker.setRequestedDictionary(QStringLiteral("de_DE"));
        QVERIFY(!checker.isActive());
    }

    void shouldSearchTheUsersAndTheSystemsFolders()
    {
        qunsetenv("STARLING_HUNSPELL_PATH");
        QStringList paths = SpellChecker::defaultSearchPaths();
        QVERIFY(paths.contains(QStringLiteral("/usr/share/hunspell")));
        QVERIFY(paths.first().endsWith(QStringLiteral("/hunspell")));
        QCOMPARE(paths.removeDuplicates(), 0);
    }

    void shouldFindDictionariesByTheirFiles()
    {
        QVERIFY(writeFile(path(QStringLiteral("en_GB.aff")), "SET UTF-8\n"));
        QVERIFY(writeFile(path(QStringLiteral("en_GB.dic")), "1\ncolour\n"));
        QVERIFY(writeFile(path(QStringLiteral("de_CH.aff")), "SET UTF-8\n")); // no .dic
        QVERIFY(writeFile(path(QStringLiteral("hyph_de_DE.dic")), "ISO8859-1\n")); // no .aff
        const QList<SpellDictionary> found = SpellChecker::findDictionaries({m_dir->path()});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, QStringLiteral("en_GB"));
        QCOMPARE(found.first().name, QStringLiteral("English (United Kingdom)"));
        QCOMPARE(found.first().wordsPath, path(QStringLiteral("en_GB.dic")));
    }

    void shouldNameDictionariesInTheirLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("en_US") << QStringLiteral("en_US")
                               << QStringLiteral("English (United States)");
        QTest::newRow("de_DE") << QStringLiteral("de_DE")
                               << QStringLiteral("Deutsch (Deutschland)");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("Español (México)");
        QTest::newRow("language only") << QStringLiteral("de") << QStringLiteral("Deutsch");
        QTest::newRow("variant") << QStringLiteral("de_DE_frami")
                                 << QStringLiteral("Deutsch (Deutschland) – frami");
        QTest::newRow("unknown") << QStringLiteral("medical") << QStringLiteral("medical");
    }

    void shouldNameDictionariesInTheirLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(SpellChecker::displayName(code), name);
    }

    void shouldChooseTheAutomaticDictionary_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        const QStringList three{QStringLiteral("de_DE"), QStringLiteral("en_US"),
                                QStringLiteral("es_ES")};
        QTest::newRow("exact") << three << QStringLiteral("de_DE") << QStringLiteral("de_DE");
        QTest::newRow("main territory")
            << three << QStringLiteral("de_AT") << QStringLiteral("de_DE");
        QTest::newRow("regional") << QStringList{QStringLiteral("es_AR"), QStringLiteral("es_ES"),
                                                 QStringLiteral("es_MX")}
                                  << QStringLiteral("es_MX") << QStringLiteral("es_MX");
        QTest::newRow("any territory")
            << QStringList{QStringLiteral("en_US"), QStringLiteral("es_MX")}
            << QStringLiteral("es_ES") << QStringLiteral("es_MX");
        QTest::newRow("English fallback")
            << three << QStringLiteral("fr_FR") << QStringLiteral("en_US");
        QTest::newRow("any English")
            << QStringList{QStringLiteral("de_DE"), QStringLiteral("en_GB")}
            << QStringLiteral("fr_FR") << QStringLiteral("en_GB");
        QTest::newRow("C locale") << three << QStringLiteral("C") << QStringLiteral("en_US");
        QTest::newRow("the only one") << QStringList{QStringLiteral("de_DE")}
                                      << QStringLiteral("fr_FR") << QStringLiteral("de_DE");
        QTest::newRow("plain before variant")
            << QStringList{QStringLiteral("de_DE_frami"), QStringLiteral("de_DE")}
            << QStringLiteral("de_DE") << QStringLiteral("de_DE");
        QTest::newRow("none") << QStringList{} << QStringLiteral("de_DE") << QString();
    }

    void shouldChooseTheAutomaticDictionary()
    {
        QFETCH(QStringList, codes);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QList<SpellDictionary> dictionaries;
        for (const QString &code : codes)
            dictionaries.append(dictionary(code));
        QCOMPARE(SpellChecker::automaticCode(dictionaries, QLocale(locale)), expected);
    }

    void shouldFallBackWhenTheChosenDictionaryIsMissing()
    {
        SpellChecker checker({kSystemDictionaries}, path(QStringLiteral("words.txt")));
        if (checker.dictionaries().isEmpty())
            QSKIP("no dictionary is installed");
        const QString automatic = SpellChecker::automaticCode(checker.dictionaries());
        checker.setRequestedDictionary(QStringLiteral("xx_XX"));
        QCOMPARE(checker.requestedDictionary(), QStringLiteral("xx_XX"));
        QCOMPARE(checker.activeDictionary(), automatic);
        QVERIFY(checker.isActive());
        QVERIFY(checker.statusMessage().contains(QStringLiteral("xx_XX")));
    }

    void shouldFollowPreferences()
    {
        SpellChecker checker({kSystemDictionaries}, path(QStringLiteral("words.txt")));
        if (!std::any_of(checker.dictionaries().cbegin(), checker.dictionaries().cend(),
                         [](const SpellDictionary &d) { return d.code == u"de_DE"; }))
            QSKIP("de_DE is not installed (apt install hunspell-de-de)");
        Preferences preferences(path(QStringLiteral("p.ini")));
        checker.followPreferences(preferences);
        QVERIFY(checker.isActive());
        QSignalSpy changed(&checker, &SpellChecker::changed);

        PreferenceValues values = preferences.values();
        values.spellDictionary = QStringLiteral("de_DE");
        preferences.setValues(values);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(checker.activeDictionary(), QStringLiteral("de_DE"));
        QVERIFY(!checker.isCorrect(QStringLiteral("Gesprach")));

        values.spellCheck = false;
        preferences.setValues(values);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!checker.isActive());
        QVERIFY(checker.isCorrect(QStringLiteral("Gesprach"))); // nothing is flagged when off
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
