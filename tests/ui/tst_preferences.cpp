#include "preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

Q_DECLARE_METATYPE(starling::SpeakingPace)

namespace {

SpeakingPace pace(int wpm, int minSeconds, int maxSeconds)
{
    SpeakingPace p;
    p.wordsPerMinute = wpm;
    p.minSeconds = minSeconds;
    p.maxSeconds = maxSeconds;
    return p;
}

} // namespace

// Every test works on an INI file in a temporary directory; the test mode and organisation name
// keep even the process-wide instance away from the user's real settings.
class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("preferences.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingPreferencesTest"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void shouldStartWithTheDefaults()
    {
        const Preferences preferences(iniPath());
        QCOMPARE(preferences.values(), PreferenceValues{});
        QCOMPARE(preferences.speakingPace(), SpeakingPace{});
        QCOMPARE(preferences.speakingPace().wordsPerMinute, 150);
        QCOMPARE(preferences.speakingPace().minSeconds, 90);
        QCOMPARE(preferences.speakingPace().maxSeconds, 150);
        QCOMPARE(preferences.practiceOrder(), PracticeOrder::WeakestFirst);
        QVERIFY(preferences.revealStoryNotes());
        // The system's language, automatic paper and every section of the prep sheet.
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(preferences.exportPaper(), PaperChoice::Automatic);
        const PreferenceValues values = preferences.values();
        QVERIFY(values.exportCheatSheet && values.exportAnswers && values.exportBackboneStories
                && values.exportOpenQuestions);
    }

    void shouldAcceptOnlyLanguageCodes_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << QString() << QString();
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("with a region") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("three letters") << QStringLiteral("fil") << QStringLiteral("fil");
        QTest::newRow("upper case") << QStringLiteral("DE") << QString();
        QTest::newRow("a path") << QStringLiteral("../../etc/passwd") << QString();
        QTest::newRow("a name") << QStringLiteral("Deutsch") << QString();
        QTest::newRow("dash") << QStringLiteral("de-DE") << QString();
    }
    void shouldAcceptOnlyLanguageCodes()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);
        QCOMPARE(Preferences::clampedLanguage(given), stored);
        Preferences preferences(iniPath());
        preferences.setLanguage(given);
        QCOMPARE(preferences.language(), stored);
    }

    void shouldNamePaperChoicesForTheSettingsFile()
    {
        for (PaperChoice paper : {PaperChoice::Automatic, PaperChoice::A4, PaperChoice::Letter})
            QCOMPARE(paperChoiceFromKey(paperChoiceKey(paper)), std::optional<PaperChoice>(paper));
        QCOMPARE(paperChoiceKey(PaperChoice::Letter), QStringLiteral("letter"));
        QCOMPARE(paperChoiceFromKey(QStringLiteral("A3")), std::nullopt);
    }

    void shouldClampThePace_data()
    {
        QTest::addColumn<SpeakingPace>("given");
        QTest::addColumn<SpeakingPace>("stored");
        QTest::newRow("in range") << pace(140, 60, 180) << pace(140, 60, 180);
        QTest::newRow("too slow") << pace(10, 90, 150) << pace(60, 90, 150);
        QTest::newRow("too fast") << pace(500, 90, 150) << pace(300, 90, 150);
        QTest::newRow("min too short") << pace(150, 5, 150) << pace(150, 30, 150);
        QTest::newRow("min too long") << pace(150, 700, 800) << pace(150, 600, 800);
        QTest::newRow("max too long") << pace(150, 90, 2000) << pace(150, 90, 900);
        QTest::newRow("max below min") << pace(150, 120, 60) << pace(150, 120, 130);
        QTest::newRow("range too narrow") << pace(150, 120, 125) << pace(150, 120, 130);
        QTest::newRow("everything at the top") << pace(300, 600, 900) << pace(300, 600, 900);
        QTest::newRow("negative") << pace(-1, -1, -1) << pace(60, 30, 40);
    }
    void shouldClampThePace()
    {
        QFETCH(SpeakingPace, given);
        QFETCH(SpeakingPace, stored);
        QCOMPARE(Preferences::clamped(given), stored);
        Preferences preferences(iniPath());
        preferences.setSpeakingPace(given);
        QCOMPARE(preferences.speakingPace(), stored);
    }

    void shouldSignalOnlyRealChanges()
    {
        Preferences preferences(iniPath());
        QSignalSpy changed(&preferences, &Preferences::changed);

        preferences.setSpeakingPace(SpeakingPace{});
        preferences.setPracticeOrder(PracticeOrder::WeakestFirst);
        preferences.setRevealStoryNotes(true);
        preferences.restoreDefaults();
        QCOMPARE(changed.count(), 0);

        preferences.setPracticeOrder(PracticeOrder::Random);
        QCOMPARE(changed.count(), 1);
        preferences.setPracticeOrder(PracticeOrder::Random);
        QCOMPARE(changed.count(), 1);

        // A value that clamps to what is stored already is no change either.
        preferences.setSpeakingPace(pace(400, 90, 150));
        QCOMPARE(changed.count(), 2);
        preferences.setSpeakingPace(pace(999, 90, 150));
        QCOMPARE(changed.count(), 2);

        preferences.setRevealStoryNotes(false);
        QCOMPARE(changed.count(), 3);
    }

    void shouldSignalOnceForSeveralValuesAtOnce()
    {
        Preferences preferences(iniPath());
        QSignalSpy changed(&preferences, &Preferences::changed);
        PreferenceValues values;
        values.speakingPace = pace(170, 60, 120);
        values.practiceOrder = PracticeOrder::Chosen;
        values.revealStoryNotes = false;
        preferences.setValues(values);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(preferences.values(), values);

        preferences.restoreDefaults();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(preferences.values(), PreferenceValues{});
    }

    void shouldPersistAcrossInstances()
    {
        PreferenceValues values;
        values.speakingPace = pace(130, 75, 200);
        values.practiceOrder = PracticeOrder::Random;
        values.revealStoryNotes = false;
        values.language = QStringLiteral("es");
        values.exportPaper = PaperChoice::Letter;
        values.exportAnswers = false;
        values.exportOpenQuestions = false;
        {
            Preferences preferences(iniPath());
            preferences.setValues(values);
        }
        const Preferences reopened(iniPath());
        QCOMPARE(reopened.values(), values);

        // Under the "preferences" group, with readable keys.
        const QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("preferences/practice/wordsPerMinute")).toInt(), 130);
        QCOMPARE(raw.value(QStringLiteral("preferences/practice/order")).toString(),
                 QStringLiteral("random"));
        QCOMPARE(raw.value(QStringLiteral("preferences/language/language")).toString(),
                 QStringLiteral("es"));
        QCOMPARE(raw.value(QStringLiteral("preferences/export/paper")).toString(),
                 QStringLiteral("letter"));
        QCOMPARE(raw.value(QStringLiteral("preferences/export/answers")).toString(),
                 QStringLiteral("false"));
    }

    void shouldRepairAHandEditedFile()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("preferences/practice/wordsPerMinute"), QStringLiteral("fast"));
            raw.setValue(QStringLiteral("preferences/practice/minSeconds"), 5000);
            raw.setValue(QStringLiteral("preferences/practice/maxSeconds"), 10);
            raw.setValue(QStringLiteral("preferences/practice/order"), QStringLiteral("sideways"));
            raw.setValue(QStringLiteral("preferences/practice/revealStoryNotes"), QStringLiteral("maybe"));
            raw.setValue(QStringLiteral("preferences/language/language"), QStringLiteral("Klingon!"));
            raw.setValue(QStringLiteral("preferences/export/paper"), QStringLiteral("papyrus"));
            raw.setValue(QStringLiteral("preferences/export/cheatSheet"), QStringLiteral("no"));
        }
        const Preferences preferences(iniPath());
        QCOMPARE(preferences.speakingPace(), pace(150, 600, 610));
        QCOMPARE(preferences.practiceOrder(), PracticeOrder::WeakestFirst);
        QVERIFY(preferences.revealStoryNotes());
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(preferences.exportPaper(), PaperChoice::Automatic);
        QVERIFY(preferences.values().exportCheatSheet);
    }

    void shouldKeepTheExportChoicesOfAnEarlierVersion()
    {
        // GIVEN the Export dialog's own choices from before the Export page existed
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("export/paper"), QStringLiteral("letter"));
            raw.setValue(QStringLiteral("export/answers"), false);
            raw.setValue(QStringLiteral("export/openQuestions"), QStringLiteral("nonsense"));
        }
        // THEN they are the preferences, and a damaged one keeps its default
        Preferences preferences(iniPath());
        QCOMPARE(preferences.exportPaper(), PaperChoice::Letter);
        QVERIFY(!preferences.values().exportAnswers);
        QVERIFY(preferences.values().exportCheatSheet);
        QVERIFY(preferences.values().exportOpenQuestions);

        // WHEN the preferences are saved with other values, THEN those win over the old keys
        PreferenceValues values = preferences.values();
        values.exportPaper = PaperChoice::A4;
        values.exportAnswers = true;
        preferences.setValues(values);
        const Preferences reread(iniPath());
        QCOMPARE(reread.exportPaper(), PaperChoice::A4);
        QVERIFY(reread.values().exportAnswers);
    }

    void shouldKeepTheSharedInstanceOnTheApplicationSettings()
    {
        // The test mode and organisation name above point QSettings at a test location.
        Preferences &shared = Preferences::instance();
        QCOMPARE(&shared, &Preferences::instance());
        shared.restoreDefaults();
        QCOMPARE(shared.values(), PreferenceValues{});
        QVERIFY(QSettings().fileName().contains(QStringLiteral("StarlingTest")));
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
