#include "spellcheckpage.h"

#include "spellchecker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestSpellCheckPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dictionaries;

    template<typename T>
    static T *child(QWidget &page, const char *name)
    {
        T *widget = page.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    void addDictionary(const QString &code)
    {
        QVERIFY(writeFile(m_dictionaries + u'/' + code + QStringLiteral(".aff"), "SET UTF-8\n"));
        QVERIFY(writeFile(m_dictionaries + u'/' + code + QStringLiteral(".dic"), "1\nword\n"));
    }

    QString wordList() const { return m_dir->filePath(QStringLiteral("starling-words.txt")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingSpellCheckPageTest"));
    }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dictionaries = m_dir->filePath(QStringLiteral("hunspell"));
        QVERIFY(QDir().mkpath(m_dictionaries));
    }

    void cleanup() { m_dir.reset(); }

    void shouldListAutomaticThenEveryDictionary()
    {
        addDictionary(QStringLiteral("en_US"));
        addDictionary(QStringLiteral("de_DE"));
        addDictionary(QStringLiteral("es_MX"));
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        auto *combo = child<QComboBox>(page, "spellDictionaryCombo");
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), QStringLiteral("Automatic (Deutsch (Deutschland))"));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QStringList codes;
        QStringList names;
        for (int i = 1; i < combo->count(); ++i) {
            codes.append(combo->itemData(i).toString());
            names.append(combo->itemText(i));
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("de_DE"), QStringLiteral("en_US"),
                                     QStringLiteral("es_MX")}));
        QCOMPARE(names, (QStringList{QStringLiteral("Deutsch (Deutschland)"),
                                     QStringLiteral("English (United States)"),
                                     QStringLiteral("Español (México)")}));
        QVERIFY(child<QCheckBox>(page, "spellCheckEnabledCheck")->isEnabled());
        QVERIFY(combo->isEnabled());
        QVERIFY(!child<QLabel>(page, "spellStatusLabel")->isVisibleTo(&page));
    }

    void shouldSayWhySpellCheckingIsOffWithoutDictionaries()
    {
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        page.setValues(true, QString());
        QVERIFY(!child<QCheckBox>(page, "spellCheckEnabledCheck")->isEnabled());
        QVERIFY(!child<QComboBox>(page, "spellDictionaryCombo")->isEnabled());
        auto *status = child<QLabel>(page, "spellStatusLabel");
        QVERIFY(status->isVisibleTo(&page));
        QVERIFY2(status->text().contains(QStringLiteral("no Hunspell dictionary is installed")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("sudo apt install hunspell-en-us")));
        // The values still round-trip, so opening Preferences never loses the choice.
        QVERIFY(page.spellCheckEnabled());
        QCOMPARE(page.dictionary(), QString());
    }

    void shouldRoundTripTheValues_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("automatic") << true << QString();
        QTest::newRow("off") << false << QString();
        QTest::newRow("German") << true << QStringLiteral("de_DE");
        QTest::newRow("off, Spanish") << false << QStringLiteral("es_MX");
        QTest::newRow("not installed") << true << QStringLiteral("fr_FR");
    }

    void shouldRoundTripTheValues()
    {
        QFETCH(bool, enabled);
        QFETCH(QString, dictionary);
        addDictionary(QStringLiteral("en_US"));
        addDictionary(QStringLiteral("de_DE"));
        addDictionary(QStringLiteral("es_MX"));
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        page.setValues(enabled, dictionary);
        QCOMPARE(page.spellCheckEnabled(), enabled);
        QCOMPARE(page.dictionary(), dictionary);
        QCOMPARE(child<QComboBox>(page, "spellDictionaryCombo")->isEnabled(), enabled);
    }

    void shouldMarkADictionaryThatIsNotInstalled()
    {
        addDictionary(QStringLiteral("en_US"));
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        auto *combo = child<QComboBox>(page, "spellDictionaryCombo");
        page.setValues(true, QStringLiteral("fr_FR"));
        QCOMPARE(combo->currentText(), QStringLiteral("fr_FR (not installed)"));
        auto *status = child<QLabel>(page, "spellStatusLabel");
        QVERIFY(status->isVisibleTo(&page));
        QVERIFY(status->text().contains(QStringLiteral("English (United States)")));
        page.setValues(true, QStringLiteral("it_IT"));
        QCOMPARE(combo->count(), 3); // Automatic, en_US and only the latest missing one
        page.setValues(true, QString());
        QCOMPARE(combo->count(), 2);
        QVERIFY(!status->isVisibleTo(&page));
    }

    void shouldListAndRemovePersonalWords()
    {
        QVERIFY(writeFile(wordList(), "zeta\nAlpha\nbeta\n"));
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        auto *list = child<QListWidget>(page, "personalWordsList");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Alpha"));
        QCOMPARE(list->item(2)->text(), QStringLiteral("zeta"));
        auto *count = child<QLabel>(page, "personalWordsCountLabel");
        QVERIFY2(count->text().contains(QStringLiteral("Dictionary”: 3\n")),
                 qPrintable(count->text()));
        QVERIFY(count->text().contains(QDir::toNativeSeparators(wordList())));
        auto *remove = child<QPushButton>(page, "removePersonalWordButton");
        QVERIFY(!remove->isEnabled());

        list->item(1)->setSelected(true);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(checker.personalWords(),
                 (QStringList{QStringLiteral("zeta"), QStringLiteral("Alpha")}));
        QCOMPARE(list->count(), 2);
        QFile file(wordList());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("zeta\nAlpha\n"));

        checker.addToPersonalWords(QStringLiteral("gamma")); // from an editor's menu meanwhile
        QCOMPARE(list->count(), 3);
    }

    void shouldShowAWordListItCannotRead()
    {
        QVERIFY(writeFile(wordList(), "Gr\xfc\xdf" "e\n"));
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        auto *error = child<QLabel>(page, "personalWordsErrorLabel");
        QVERIFY(error->isVisibleTo(&page));
        QVERIFY(error->text().contains(QStringLiteral("UTF-8")));
    }

    void shouldNameEveryControl()
    {
        addDictionary(QStringLiteral("en_US"));
        SpellChecker checker({m_dictionaries}, wordList());
        SpellCheckPage page(checker);
        QCOMPARE(page.objectName(), QStringLiteral("spellingPreferencesPage"));
        const QList<QWidget *> widgets = page.findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *widget : widgets) {
            const bool interactive =
                qobject_cast<QCheckBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QListWidget *>(widget) || qobject_cast<QPushButton *>(widget);
            if (!interactive)
                continue;
            ++controls;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QCOMPARE(controls, 4); // the check box, the combo, the list and Remove
    }
};

QTEST_MAIN(TestSpellCheckPage)
#include "tst_spellcheckpage.moc"
