// The Export dialog offscreen: its controls, the options it builds, the choices it remembers and
// an export through it with the file dialog bypassed (exportTo()).
#include "exportdialog.h"
#include "preferences.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;
using Format = PrepSheetExport::Format;

namespace {

template<typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

Company company(const QString &name)
{
    Company c;
    c.name = name;
    c.role = QStringLiteral("Data Scientist");
    c.level = QStringLiteral("");
    c.notes = QStringLiteral("");
    c.sourceUrl = QStringLiteral("");
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<Preferences> m_preferences;
    qint64 m_acme = 0;
    qint64 m_borealis = 0;

    template<typename T> static T *child(QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        // Settings go to a temporary folder, never to the user's.
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_settingsDir->isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingExportDialogTest"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("p.ini")));
        m_session = std::make_unique<VaultSession>();
        const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error()));
        m_borealis = must(m_session->store().addCompany(company(QStringLiteral("Borealis"))));
        m_acme = must(m_session->store().addCompany(company(QStringLiteral("Acme"))));
    }

    void cleanup()
    {
        m_session.reset();
        m_preferences.reset();
        m_dir.reset();
    }

    void shouldOfferEveryChoiceUnderAName()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        QCOMPARE(dialog.objectName(), QStringLiteral("exportDialog"));
        for (const char *name : {"exportCompanyCombo", "exportPaperCombo", "exportFormatCombo"})
            QVERIFY2(child<QComboBox>(dialog, name), name);
        for (const char *name : {"exportCheatSheetCheck", "exportAnswersCheck",
                                 "exportBackboneCheck", "exportOpenQuestionsCheck"})
            QVERIFY2(child<QCheckBox>(dialog, name), name);
        for (const char *name : {"exportPreviewButton", "exportPrintButton", "exportButton"})
            QVERIFY2(child<QPushButton>(dialog, name), name);
        QCOMPARE(child<QComboBox>(dialog, "exportPaperCombo")->count(), 3);
        QCOMPARE(child<QComboBox>(dialog, "exportFormatCombo")->count(), 3);
    }

    void shouldListAllCompaniesFirstThenEachByName()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        auto *combo = child<QComboBox>(dialog, "exportCompanyCombo");
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemData(0).toLongLong(), qint64(0));
        QCOMPARE(combo->itemText(1), QStringLiteral("Acme"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Borealis"));
        QCOMPARE(dialog.options().companyId, qint64(0));
    }

    void shouldStartOnTheCompanyTheCallerChose()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        dialog.setCompany(m_borealis);
        QCOMPARE(dialog.options().companyId, m_borealis);
        dialog.setCompany(9999);
        QCOMPARE(dialog.options().companyId, qint64(0));
    }

    void shouldBuildOptionsFromTheControls()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        dialog.setCompany(m_acme);
        child<QCheckBox>(dialog, "exportAnswersCheck")->setChecked(false);
        child<QCheckBox>(dialog, "exportOpenQuestionsCheck")->setChecked(false);
        auto *paper = child<QComboBox>(dialog, "exportPaperCombo");
        paper->setCurrentIndex(paper->findData(int(PaperChoice::Letter)));
        PrepSheetOptions expected;
        expected.companyId = m_acme;
        expected.answers = false;
        expected.openQuestions = false;
        expected.paper = QPageSize::Letter;
        QVERIFY(dialog.options() == expected);
    }

    void shouldRememberTheLastChoices()
    {
        {
            ExportDialog dialog(*m_session, *m_preferences);
            dialog.setCompany(m_borealis);
            child<QCheckBox>(dialog, "exportCheatSheetCheck")->setChecked(false);
            child<QCheckBox>(dialog, "exportBackboneCheck")->setChecked(false);
            auto *paper = child<QComboBox>(dialog, "exportPaperCombo");
            paper->setCurrentIndex(paper->findData(int(PaperChoice::Letter)));
            auto *format = child<QComboBox>(dialog, "exportFormatCombo");
            format->setCurrentIndex(format->findData(int(Format::Markdown)));
        }
        QSettings settings;
        QVERIFY(settings.childGroups().contains(QStringLiteral("export")));
        QCOMPARE(settings.value(QStringLiteral("export/format")).toString(), QStringLiteral("md"));

        ExportDialog again(*m_session, *m_preferences);
        const PrepSheetOptions options = again.options();
        QCOMPARE(options.companyId, m_borealis);
        QVERIFY(!options.cheatSheet);
        QVERIFY(options.answers);
        QVERIFY(!options.backboneStories);
        QVERIFY(options.openQuestions);
        QCOMPARE(options.paper, QPageSize::Letter);
        QCOMPARE(again.format(), Format::Markdown);
    }

    void shouldStartFromThePreferences()
    {
        PreferenceValues values = m_preferences->values();
        values.exportPaper = PaperChoice::Letter;
        values.exportCheatSheet = false;
        values.exportOpenQuestions = false;
        m_preferences->setValues(values);

        ExportDialog dialog(*m_session, *m_preferences);
        QVERIFY(!child<QCheckBox>(dialog, "exportCheatSheetCheck")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "exportAnswersCheck")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "exportBackboneCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "exportOpenQuestionsCheck")->isChecked());
        QCOMPARE(child<QComboBox>(dialog, "exportPaperCombo")->currentData().toInt(),
                 int(PaperChoice::Letter));
        QCOMPARE(dialog.options().paper, QPageSize::Letter);
    }

    void shouldWriteItsChoicesBackToThePreferences()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        child<QCheckBox>(dialog, "exportAnswersCheck")->setChecked(false);
        auto *paper = child<QComboBox>(dialog, "exportPaperCombo");
        paper->setCurrentIndex(paper->findData(int(PaperChoice::A4)));
        const PreferenceValues values = m_preferences->values();
        QVERIFY(!values.exportAnswers);
        QVERIFY(values.exportCheatSheet);
        QCOMPARE(values.exportPaper, PaperChoice::A4);
        // The same choice survives in the settings file, where the Preferences dialog reads it.
        const Preferences reread(m_dir->filePath(QStringLiteral("p.ini")));
        QCOMPARE(reread.values(), values);
    }

    void shouldNotKeepASheetWithoutSectionsAsTheDefault()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        for (const char *name : {"exportCheatSheetCheck", "exportAnswersCheck",
                                 "exportBackboneCheck", "exportOpenQuestionsCheck"})
            child<QCheckBox>(dialog, name)->setChecked(false);
        // The last section still checked is what the preferences keep.
        const PreferenceValues values = m_preferences->values();
        QVERIFY(!values.exportCheatSheet && !values.exportAnswers && !values.exportBackboneStories);
        QVERIFY(values.exportOpenQuestions);
    }

    void shouldFollowTheLocaleOnAutomaticPaper_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("paper");
        QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
        QTest::newRow("United States") << QLocale(QLocale::English, QLocale::UnitedStates)
                                       << int(QPageSize::Letter);
    }
    void shouldFollowTheLocaleOnAutomaticPaper()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, paper);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        ExportDialog dialog(*m_session, *m_preferences);
        auto *combo = child<QComboBox>(dialog, "exportPaperCombo");
        QCOMPARE(combo->currentData().toInt(), int(PaperChoice::Automatic));
        QCOMPARE(int(dialog.options().paper), paper);
        QVERIFY2(combo->currentText().contains(paper == int(QPageSize::A4) ? QStringLiteral("A4")
                                                                           : QStringLiteral("Letter")),
                 qPrintable(combo->currentText()));
    }

    void shouldFallBackToAllCompaniesWhenTheRememberedOneIsGone()
    {
        {
            ExportDialog dialog(*m_session, *m_preferences);
            dialog.setCompany(m_borealis);
        }
        QVERIFY(m_session->store().removeCompany(m_borealis).ok());
        ExportDialog dialog(*m_session, *m_preferences);
        QCOMPARE(dialog.options().companyId, qint64(0));
    }

    void shouldExportThroughTheDialog_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << int(Format::Pdf) << QStringLiteral("sheet.pdf")
                             << QStringLiteral("sheet.pdf") << QByteArray("%PDF-");
        QTest::newRow("html") << int(Format::Html) << QStringLiteral("sheet.html")
                              << QStringLiteral("sheet.html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("markdown") << int(Format::Markdown) << QStringLiteral("sheet.md")
                                  << QStringLiteral("sheet.md") << QByteArray("# Acme");
        // A name without an extension gets the chosen format's.
        QTest::newRow("no extension") << int(Format::Markdown) << QStringLiteral("sheet")
                                      << QStringLiteral("sheet.md") << QByteArray("# Acme");
        // An extension wins over the format box.
        QTest::newRow("extension wins")
            << int(Format::Pdf) << QStringLiteral("sheet.html") << QStringLiteral("sheet.html")
            << QByteArray("<!DOCTYPE html>");
    }

    void shouldExportThroughTheDialog()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QString, written);
        QFETCH(QByteArray, start);
        ExportDialog dialog(*m_session, *m_preferences);
        dialog.setCompany(m_acme);
        auto *formats = child<QComboBox>(dialog, "exportFormatCombo");
        formats->setCurrentIndex(formats->findData(format));
        const QString folder = m_dir->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));

        const Status exported = dialog.exportTo(folder + u'/' + name);
        QVERIFY2(exported, qPrintable(exported.ok() ? QString() : exported.error()));
        QVERIFY(readAll(folder + u'/' + written).startsWith(start));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{written});
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QStringLiteral("export/directory")).toString(), folder);
    }

    void shouldReportAFailedExportAndStayOpen()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        dialog.show();
        const Status exported =
            dialog.exportTo(m_dir->filePath(QStringLiteral("missing/sheet.pdf")));
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral("does not exist")),
                 qPrintable(exported.error()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
    }

    void shouldRefuseToOutputWithoutASection()
    {
        ExportDialog dialog(*m_session, *m_preferences);
        const QList<const char *> checks{"exportCheatSheetCheck", "exportAnswersCheck",
                                         "exportBackboneCheck", "exportOpenQuestionsCheck"};
        for (const char *name : checks)
            child<QCheckBox>(dialog, name)->setChecked(false);
        for (const char *name : {"exportPreviewButton", "exportPrintButton", "exportButton"})
            QVERIFY2(!child<QPushButton>(dialog, name)->isEnabled(), name);
        child<QCheckBox>(dialog, "exportAnswersCheck")->setChecked(true);
        for (const char *name : {"exportPreviewButton", "exportPrintButton", "exportButton"})
            QVERIFY2(child<QPushButton>(dialog, name)->isEnabled(), name);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
