#include "preferencesdialog.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace starling;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton *button(QDialogButtonBox::StandardButton which)
    {
        return child<QDialogButtonBox>("preferencesButtons")->button(which);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<PreferencesDialog> m_dialog;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingPreferencesDialogTest"));
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("p.ini")));
        PreferenceValues values;
        values.speakingPace.wordsPerMinute = 140;
        values.speakingPace.minSeconds = 75;
        values.speakingPace.maxSeconds = 165;
        values.practiceOrder = PracticeOrder::Random;
        values.revealStoryNotes = false;
        values.language = QStringLiteral("de");
        values.exportPaper = PaperChoice::A4;
        values.exportBackboneStories = false;
        m_preferences->setValues(values);
        m_dialog = std::make_unique<PreferencesDialog>(*m_preferences);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_preferences.reset();
        m_dir.reset();
    }

    void shouldShowTheCurrentValues()
    {
        QCOMPARE(m_dialog->objectName(), QStringLiteral("preferencesDialog"));
        QCOMPARE(child<QSpinBox>("wordsPerMinuteSpin")->value(), 140);
        QCOMPARE(child<QTimeEdit>("targetMinEdit")->text(), QStringLiteral("1:15"));
        QCOMPARE(child<QTimeEdit>("targetMaxEdit")->text(), QStringLiteral("2:45"));
        QCOMPARE(child<QComboBox>("defaultPracticeOrderCombo")->currentData().toInt(),
                 int(PracticeOrder::Random));
        QVERIFY(!child<QCheckBox>("revealStoryNotesCheck")->isChecked());
        QCOMPARE(m_dialog->editedValues(), m_preferences->values());
        auto *pages = child<QTabWidget>("preferencesPages");
        QCOMPARE(pages->count(), 4);
        QCOMPARE(pages->tabText(0), QStringLiteral("Answers and practice"));
        QCOMPARE(pages->tabText(1), QStringLiteral("Language"));
        QCOMPARE(pages->tabText(2), QStringLiteral("Spelling"));
        QCOMPARE(pages->tabText(3), QStringLiteral("Export"));
        QCOMPARE(child<QComboBox>("languageCombo")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(child<QComboBox>("languageCombo")->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(child<QComboBox>("exportPaperPreferenceCombo")->currentData().toInt(),
                 int(PaperChoice::A4));
        QVERIFY(child<QCheckBox>("exportCheatSheetPreference")->isChecked());
        QVERIFY(!child<QCheckBox>("exportBackbonePreference")->isChecked());
        QVERIFY(child<QLabel>("targetRangeHint")->text().contains(QStringLiteral("175 to 385 words")));
    }

    void shouldNameEveryControl()
    {
        const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // The Spelling page is its owner's to test.
            if (widget->parentWidget() && widget->parentWidget()->inherits("starling::SpellCheckPage"))
                continue;
            const bool interactive = qobject_cast<QSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
                                     || qobject_cast<QCheckBox *>(widget)
                                     || qobject_cast<QTimeEdit *>(widget);
            if (!interactive)
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void shouldWriteOnOk()
    {
        QSignalSpy changed(m_preferences.get(), &Preferences::changed);
        child<QSpinBox>("wordsPerMinuteSpin")->setValue(160);
        child<QTimeEdit>("targetMinEdit")->setTime(QTime(0, 1, 0));
        child<QTimeEdit>("targetMaxEdit")->setTime(QTime(0, 3, 0));
        auto *order = child<QComboBox>("defaultPracticeOrderCombo");
        order->setCurrentIndex(order->findData(int(PracticeOrder::Chosen)));
        QTest::mouseClick(child<QCheckBox>("revealStoryNotesCheck"), Qt::LeftButton);
        QCOMPARE(changed.count(), 0); // nothing is written before OK

        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_preferences->speakingPace().wordsPerMinute, 160);
        QCOMPARE(m_preferences->speakingPace().minSeconds, 60);
        QCOMPARE(m_preferences->speakingPace().maxSeconds, 180);
        QCOMPARE(m_preferences->practiceOrder(), PracticeOrder::Chosen);
        QVERIFY(m_preferences->revealStoryNotes());
    }

    void shouldLeaveEverythingOnCancel()
    {
        const PreferenceValues before = m_preferences->values();
        child<QSpinBox>("wordsPerMinuteSpin")->setValue(200);
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_preferences->values(), before);
    }

    void shouldRefuseARangeTheWrongWayRound_data()
    {
        QTest::addColumn<QTime>("min");
        QTest::addColumn<QTime>("max");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << QTime(0, 1, 30) << QTime(0, 2, 30) << true;
        QTest::newRow("ten seconds apart") << QTime(0, 2, 0) << QTime(0, 2, 10) << true;
        QTest::newRow("too close") << QTime(0, 2, 0) << QTime(0, 2, 5) << false;
        QTest::newRow("equal") << QTime(0, 2, 0) << QTime(0, 2, 0) << false;
        QTest::newRow("upside down") << QTime(0, 3, 0) << QTime(0, 2, 0) << false;
    }
    void shouldRefuseARangeTheWrongWayRound()
    {
        QFETCH(QTime, min);
        QFETCH(QTime, max);
        QFETCH(bool, valid);
        const PreferenceValues before = m_preferences->values();
        child<QTimeEdit>("targetMinEdit")->setTime(min);
        child<QTimeEdit>("targetMaxEdit")->setTime(max);

        QCOMPARE(m_dialog->isInputValid(), valid);
        QCOMPARE(button(QDialogButtonBox::Ok)->isEnabled(), valid);
        const QString hint = child<QLabel>("targetRangeHint")->text();
        QCOMPARE(hint.contains(QStringLiteral("must be at least 10 seconds longer")), !valid);

        m_dialog->accept(); // even called directly, a bad range is never written
        QCOMPARE(m_dialog->isVisible(), !valid);
        if (!valid)
            QCOMPARE(m_preferences->values(), before);
        else
            QCOMPARE(m_preferences->speakingPace().minSeconds, QTime(0, 0).secsTo(min));
    }

    void shouldRestoreDefaultsOnlyInTheFormUntilOk()
    {
        QSignalSpy changed(m_preferences.get(), &Preferences::changed);
        QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(m_dialog->editedValues(), PreferenceValues{});
        QCOMPARE(child<QTimeEdit>("targetMinEdit")->text(), QStringLiteral("1:30"));
        QCOMPARE(child<QTimeEdit>("targetMaxEdit")->text(), QStringLiteral("2:30"));
        QCOMPARE(changed.count(), 0);

        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(m_preferences->values(), PreferenceValues{});
        QCOMPARE(changed.count(), 1);
    }

    void shouldOfferEveryShippedLanguageUnderItsOwnName()
    {
        auto *combo = child<QComboBox>("languageCombo");
        const QStringList languages = availableLanguages();
        QCOMPARE(combo->count(), languages.size() + 1);
        // First the system's language, named in itself, then every language Starling ships.
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(0),
                 QStringLiteral("System default (%1)").arg(nativeLanguageName(systemLanguage())));
        QStringList names;
        for (int i = 1; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        for (const char *name : {"English", "Deutsch", "Español"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        // The change waits for a restart, and the page says so.
        const QString note = child<QLabel>("languageRestartNote")->text();
        QVERIFY2(note.contains(QStringLiteral("next time Starling starts")), qPrintable(note));
    }

    void shouldWriteTheLanguageAndTheExportDefaultsOnOk()
    {
        QSignalSpy changed(m_preferences.get(), &Preferences::changed);
        auto *language = child<QComboBox>("languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        auto *paper = child<QComboBox>("exportPaperPreferenceCombo");
        QCOMPARE(paper->count(), 3);
        paper->setCurrentIndex(paper->findData(int(PaperChoice::Letter)));
        QTest::mouseClick(child<QCheckBox>("exportBackbonePreference"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>("exportOpenQuestionsPreference"), Qt::LeftButton);
        QCOMPARE(changed.count(), 0);

        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(changed.count(), 1);
        const PreferenceValues values = m_preferences->values();
        QCOMPARE(values.language, QStringLiteral("es"));
        QCOMPARE(values.exportPaper, PaperChoice::Letter);
        QVERIFY(values.exportCheatSheet);
        QVERIFY(values.exportAnswers);
        QVERIFY(values.exportBackboneStories);
        QVERIFY(!values.exportOpenQuestions);

        // Back to the system's language.
        PreferencesDialog again(*m_preferences);
        auto *combo = again.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("es"));
        combo->setCurrentIndex(0);
        again.accept();
        QCOMPARE(m_preferences->language(), QString());
    }

    void shouldRefuseAPrepSheetWithoutASection()
    {
        const PreferenceValues before = m_preferences->values();
        for (const char *name : {"exportCheatSheetPreference", "exportAnswersPreference",
                                 "exportBackbonePreference", "exportOpenQuestionsPreference"})
            child<QCheckBox>(name)->setChecked(false);
        QVERIFY(!m_dialog->isInputValid());
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLabel>("exportPreferencesHint")->text().contains(QStringLiteral("at least one")));
        m_dialog->accept();
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_preferences->values(), before);

        child<QCheckBox>("exportAnswersPreference")->setChecked(true);
        QVERIFY(m_dialog->isInputValid());
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
    }

    void shouldShowALanguageItDoesNotShipAsTheSystemDefault()
    {
        PreferenceValues values = m_preferences->values();
        values.language = QStringLiteral("tlh");
        m_dialog->setEditedValues(values);
        QCOMPARE(child<QComboBox>("languageCombo")->currentIndex(), 0);
        QCOMPARE(m_dialog->editedValues().language, QString());
    }

    void shouldOpenOnTheSharedInstanceByDefault()
    {
        Preferences::instance().restoreDefaults();
        PreferencesDialog dialog;
        QCOMPARE(dialog.editedValues(), Preferences::instance().values());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
