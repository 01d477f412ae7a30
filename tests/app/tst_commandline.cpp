// Tests the command line: parsing in-process, and the real binary through QProcess, so exit
// codes, stdout and stderr are what a script would see.
#include "commandline.h"
#include "vaultstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run runStarling(const QStringList &arguments, const QStringList &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : extraEnvironment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        // The default vault must land in the test's folder, never the user's.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STARLING_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_home;

private slots:
    void shouldParseArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("file");

        const auto args = [](std::initializer_list<const char *> list) {
            QStringList result{QStringLiteral("starling")};
            for (const char *a : list)
                result.append(QString::fromUtf8(a));
            return result;
        };
        QTest::newRow("gui default") << args({}) << true << int(CommandLine::Mode::Gui) << QString() << QString();
        QTest::newRow("gui database") << args({"--database", "v.starling"}) << true
                                      << int(CommandLine::Mode::Gui) << QStringLiteral("v.starling") << QString();
        QTest::newRow("import") << args({"import", "in.json", "--database", "v.starling"}) << true
                                << int(CommandLine::Mode::Import) << QStringLiteral("v.starling")
                                << QStringLiteral("in.json");
        QTest::newRow("export, option first") << args({"--database=v.starling", "export", "out.json"}) << true
                                              << int(CommandLine::Mode::Export) << QStringLiteral("v.starling")
                                              << QStringLiteral("out.json");
        QTest::newRow("help") << args({"--help"}) << true << int(CommandLine::Mode::Help) << QString() << QString();
        QTest::newRow("version") << args({"--version"}) << true << int(CommandLine::Mode::Version) << QString()
                                 << QString();
        QTest::newRow("unknown command") << args({"frobnicate"}) << false << 0 << QString() << QString();
        QTest::newRow("import without file") << args({"import"}) << false << 0 << QString() << QString();
        QTest::newRow("too many") << args({"export", "a.json", "b.json"}) << false << 0 << QString() << QString();
        QTest::newRow("unknown option") << args({"--frobnicate"}) << false << 0 << QString() << QString();
        QTest::newRow("database without value") << args({"--database"}) << false << 0 << QString() << QString();
        QTest::newRow("check") << args({"check", "answers.json"}) << true << int(CommandLine::Mode::Check)
                               << QString() << QStringLiteral("answers.json");
        QTest::newRow("check without file") << args({"check"}) << false << 0 << QString() << QString();
        QTest::newRow("check with a vault") << args({"check", "a.json", "--database", "v.starling"}) << false << 0
                                            << QString() << QString();
        QTest::newRow("prep sheet pdf") << args({"export", "sheet.PDF", "--company", "Acme"}) << true
                                        << int(CommandLine::Mode::PrepSheet) << QString()
                                        << QStringLiteral("sheet.PDF");
        QTest::newRow("prep sheet html") << args({"export", "sheet.html"}) << true
                                         << int(CommandLine::Mode::PrepSheet) << QString()
                                         << QStringLiteral("sheet.html");
        QTest::newRow("prep sheet md") << args({"export", "sheet.md", "-d", "v.starling"}) << true
                                       << int(CommandLine::Mode::PrepSheet) << QStringLiteral("v.starling")
                                       << QStringLiteral("sheet.md");
        QTest::newRow("unknown extension") << args({"export", "sheet.docx"}) << false << 0 << QString() << QString();
        QTest::newRow("no extension") << args({"export", "sheet"}) << false << 0 << QString() << QString();
        QTest::newRow("company with json") << args({"export", "v.json", "--company", "Acme"}) << false << 0
                                           << QString() << QString();
        QTest::newRow("empty company") << args({"export", "s.pdf", "--company", " "}) << false << 0 << QString()
                                       << QString();
    }

    void shouldParseArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, valid);
        QFETCH(int, mode);
        QFETCH(QString, database);
        QFETCH(QString, file);

        const Result<CommandLine::Options> options = CommandLine::parse(arguments);
        QCOMPARE(options.ok(), valid);
        if (!valid) {
            QVERIFY(!options.error().isEmpty());
            return;
        }
        QCOMPARE(int(options->mode), mode);
        QCOMPARE(options->database, database);
        QCOMPARE(options->file, file);
    }

    void shouldDecideConsoleWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("console");
        QTest::newRow("no arguments") << QStringList{} << false;
        QTest::newRow("database only") << QStringList{QStringLiteral("--database"), QStringLiteral("x")} << false;
        QTest::newRow("database=") << QStringList{QStringLiteral("--database=x")} << false;
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("x.json")} << true;
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("x.json")} << true;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true;
    }

    void shouldDecideConsoleWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, console);
        QList<QByteArray> storage{QByteArrayLiteral("starling")};
        for (const QString &a : arguments)
            storage.append(a.toUtf8());
        QList<char *> argv;
        for (QByteArray &a : storage)
            argv.append(a.data());
        QCOMPARE(CommandLine::wantsConsole(int(argv.size()), argv.data()), console);
    }

    void shouldPrintHelpAndVersionWithoutADisplay()
    {
        const Run help = runStarling({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("import FILE.json")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("check FILE.json")), qPrintable(help.out));
        const Run version = runStarling({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("Starling ")));
    }

    void shouldFailWithOneLineOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("missing import file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/in.json"), QStringLiteral("--database"),
                           QStringLiteral("%TMP%/v.starling")}
            << QStringLiteral("does not exist");
        QTest::newRow("export of a missing vault")
            << QStringList{QStringLiteral("export"), QStringLiteral("%TMP%/out.json"), QStringLiteral("--database"),
                           QStringLiteral("%TMP%/missing.starling")}
            << QStringLiteral("does not exist");
    }

    void shouldFailWithOneLineOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phrase);
        for (QString &a : arguments)
            a.replace(QStringLiteral("%TMP%"), m_dir.path());
        const Run run = runStarling(arguments);
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(phrase), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY(run.err.startsWith(QStringLiteral("starling: error: ")));
    }

    void shouldRefuseADamagedVaultAndLeaveItUntouched()
    {
        // GIVEN a file that is not a vault
        const QString vault = path(QStringLiteral("notes.starling"));
        {
            QFile file(vault);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my interview notes, not a database.\n");
        }
        const QByteArray before = hashOf(vault);
        // WHEN exporting from it
        const Run run = runStarling({QStringLiteral("export"), path(QStringLiteral("out.json")),
                                     QStringLiteral("--database"), vault});
        // THEN it is refused, unchanged, and nothing is written
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(QStringLiteral("not a Starling vault")), qPrintable(run.err));
        QCOMPARE(hashOf(vault), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("out.json"))));
    }

    void shouldExportAndImportThroughTheBinary()
    {
        // GIVEN a vault with a story
        const QString source = path(QStringLiteral("source.starling"));
        {
            VaultStore store;
            QVERIFY(store.open(source));
            Story story;
            story.title = QStringLiteral("Churn model — שלום");
            story.kinds = StoryKind::Success;
            const Result<qint64> added = store.addStory(story);
            QVERIFY2(added, added ? "" : qPrintable(added.error()));
        }
        // WHEN it is exported, imported into a new vault and exported again
        const QString first = path(QStringLiteral("first.json"));
        const QString second = path(QStringLiteral("second.json"));
        const QString target = path(QStringLiteral("target.starling"));
        const Run exported = runStarling({QStringLiteral("export"), first, QStringLiteral("--database"), source});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Run imported = runStarling({QStringLiteral("import"), first, QStringLiteral("--database"), target});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("1 story")), qPrintable(imported.out));
        // AND in German the whole summary is German, counts included
        const QString german = path(QStringLiteral("german.starling"));
        const Run deutsch = runStarling({QStringLiteral("import"), first, QStringLiteral("--database"), german},
                                        {QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de")});
        QVERIFY2(deutsch.exitCode == 0, qPrintable(deutsch.err));
        QVERIFY2(deutsch.out.contains(QStringLiteral("1 Geschichte")), qPrintable(deutsch.out));
        QVERIFY2(deutsch.out.contains(QStringLiteral("0 Übungsdurchläufe")), qPrintable(deutsch.out));
        QVERIFY2(!deutsch.out.contains(QStringLiteral("stor")), qPrintable(deutsch.out));
        const Run again = runStarling({QStringLiteral("export"), second, QStringLiteral("--database"), target});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));

        // THEN both files are identical and hold the story
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QCOMPARE(bytes, b.readAll());
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Churn model — שלום")));
    }

    void shouldCheckEveryAnswerOfAnExchangeFile()
    {
        // GIVEN a hand-written exchange file whose answers have known problems (ids a1, a2, a3,
        // a7, a9: not what a fresh vault would number them)
        const QString fixture = QStringLiteral(STARLING_TEST_DATA "/exchange/check-answers.json");

        // WHEN it is checked
        const Run run = runStarling({QStringLiteral("check"), fixture});

        // THEN the command succeeds and prints a JSON array of findings
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());

        // AND every finding has exactly the documented keys and values
        const QStringList severities{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
        const QStringList sections{QString(),
                                   QStringLiteral("repeat"),
                                   QStringLiteral("situation"),
                                   QStringLiteral("task"),
                                   QStringLiteral("action"),
                                   QStringLiteral("result"),
                                   QStringLiteral("link-back")};
        QStringList got;
        for (const QJsonValue &value : document.array()) {
            QVERIFY(value.isObject());
            const QJsonObject f = value.toObject();
            QCOMPARE(f.keys(), (QStringList{QStringLiteral("answer"), QStringLiteral("code"), QStringLiteral("message"),
                                            QStringLiteral("section"), QStringLiteral("severity")}));
            for (const QString &key : f.keys())
                QVERIFY2(f.value(key).isString(), qPrintable(key));
            QVERIFY2(severities.contains(f.value(u"severity").toString()), qPrintable(f.value(u"severity").toString()));
            QVERIFY2(sections.contains(f.value(u"section").toString()), qPrintable(f.value(u"section").toString()));
            QVERIFY(!f.value(u"message").toString().isEmpty());
            got.append(f.value(u"answer").toString() + u' ' + f.value(u"section").toString() + u' '
                       + f.value(u"code").toString());
        }

        // AND the findings are exactly the known ones: by answer in file order, then in
        // run() order (section, then code); a1 passes, so it has none
        const QStringList expected{
            QStringLiteral("a2 repeat repeat-verbatim"),
            QStringLiteral("a2 action action-we-not-i"),
            QStringLiteral("a2 result result-no-metric"),
            QStringLiteral("a2 link-back link-back-generic"),
            QStringLiteral("a2  too-short"),
            QStringLiteral("a2  no-target-value"),
            QStringLiteral("a3 situation section-missing"),
            QStringLiteral("a3 task section-missing"),
            QStringLiteral("a3 action section-missing"),
            QStringLiteral("a3 result section-missing"),
            QStringLiteral("a3 link-back link-back-generic"),
            QStringLiteral("a3 link-back link-back-too-explicit"),
            QStringLiteral("a3 link-back same-link-back-elsewhere"),
            QStringLiteral("a3  too-short"),
            QStringLiteral("a7 repeat repeat-missing"),
            QStringLiteral("a7 link-back link-back-generic"),
            QStringLiteral("a7 link-back link-back-too-explicit"),
            QStringLiteral("a7 link-back same-link-back-elsewhere"),
            QStringLiteral("a7  too-short"),
            QStringLiteral("a9 repeat repeat-missing"),
            QStringLiteral("a9 situation section-missing"),
            QStringLiteral("a9 task section-missing"),
            QStringLiteral("a9 action section-missing"),
            QStringLiteral("a9 result section-missing"),
            QStringLiteral("a9 link-back link-back-missing"),
            QStringLiteral("a9  no-target-value"),
        };
        QCOMPARE(got, expected);

        // AND the severities follow the codes
        for (const QJsonValue &value : document.array()) {
            const QJsonObject f = value.toObject();
            const bool error = f.value(u"code").toString().endsWith(u"-missing");
            QCOMPARE(f.value(u"severity").toString(), error ? QStringLiteral("error") : QStringLiteral("warning"));
        }
    }

    void shouldPrintAnEmptyArrayWhenThereIsNothingToCheck()
    {
        const QString json = path(QStringLiteral("no-answers.json"));
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format":"starling-vault","version":1,"stories":[{"id":"s1","title":"A story"}]})");
        }
        const Run run = runStarling({QStringLiteral("check"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY2(document.isArray(), qPrintable(run.out));
        QVERIFY(document.array().isEmpty());
    }

    void shouldRefuseAFileItCannotCheck_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<none>": no file; "<folder>": a folder
        QTest::addColumn<QString>("phrase");

        QTest::newRow("missing file") << QByteArray("<none>") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QByteArray("<folder>") << QStringLiteral("is a folder");
        QTest::newRow("empty file") << QByteArray("") << QStringLiteral("the file is empty");
        QTest::newRow("malformed JSON") << QByteArray(R"({"format":"starling-vault","version":1,"answers":[)")
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("not an exchange file") << QByteArray(R"({"name":"my notes"})")
                                              << QStringLiteral("not a valid Starling exchange file");
        QTest::newRow("newer version") << QByteArray(R"({"format":"starling-vault","version":2})")
                                       << QStringLiteral("version");
        QTest::newRow("dangling reference")
            << QByteArray(R"({"format":"starling-vault","version":1,"answers":[{"id":"a1","question":"q9"}]})")
            << QStringLiteral("answers[0].question");
    }

    void shouldRefuseAFileItCannotCheck()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, phrase);

        // GIVEN a path that is not a readable exchange file
        const QString target = path(QStringLiteral("bad-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        if (content == "<folder>") {
            QVERIFY(QDir().mkpath(target));
        } else if (content != "<none>") {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        // WHEN it is checked
        const Run run = runStarling({QStringLiteral("check"), target});
        // THEN the command fails with one line on stderr and prints nothing on stdout
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(phrase), qPrintable(run.err));
        QVERIFY(run.err.startsWith(QStringLiteral("starling: error: ")));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(!run.err.contains(QStringLiteral("imported")), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

    void shouldExportThePrepSheetInEveryFormatWithoutADisplay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << QStringLiteral("sheet.pdf") << QByteArray("%PDF-");
        QTest::newRow("html") << QStringLiteral("sheet.html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("markdown") << QStringLiteral("sheet.md") << QByteArray("# ");
    }

    void shouldExportThePrepSheetInEveryFormatWithoutADisplay()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        // GIVEN: a vault holding the example vault
        const QString vault = path(QStringLiteral("sheet-") + name + QStringLiteral(".starling"));
        const QString example = QStringLiteral(STARLING_TEST_DATA) + QStringLiteral("/../../resources/examples/example-vault.json");
        QCOMPARE(runStarling({QStringLiteral("import"), example, QStringLiteral("--database"), vault}).exitCode, 0);
        const QByteArray before = hashOf(vault);

        // WHEN: its prep sheet for one company is exported, in any case of the company's name
        const QString out = path(name);
        const Run run = runStarling({QStringLiteral("export"), out, QStringLiteral("--company"),
                                     QStringLiteral("northwind analytics"), QStringLiteral("--database"), vault});

        // THEN: the file is there, in the format its extension names, and the vault is as it was
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("prep sheet")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
        if (!name.endsWith(QStringLiteral(".pdf")))
            QVERIFY(bytes.contains("Own the outcome"));
        QCOMPARE(hashOf(vault), before);
    }

    void shouldRefuseAnUnknownCompanyOrExtension()
    {
        const QString vault = path(QStringLiteral("refuse.starling"));
        const QString example = QStringLiteral(STARLING_TEST_DATA) + QStringLiteral("/../../resources/examples/example-vault.json");
        QCOMPARE(runStarling({QStringLiteral("import"), example, QStringLiteral("--database"), vault}).exitCode, 0);

        const QString out = path(QStringLiteral("nobody.pdf"));
        const Run unknown = runStarling({QStringLiteral("export"), out, QStringLiteral("--company"),
                                         QStringLiteral("Initech"), QStringLiteral("--database"), vault});
        QVERIFY(unknown.exitCode > 0);
        QVERIFY2(unknown.err.contains(QStringLiteral("Initech")), qPrintable(unknown.err));
        QVERIFY2(unknown.err.contains(QStringLiteral("Northwind Analytics")), qPrintable(unknown.err));
        QCOMPARE(unknown.err.trimmed().count(u'\n'), 0);
        QVERIFY(!QFileInfo::exists(out));

        const Run extension = runStarling({QStringLiteral("export"), path(QStringLiteral("sheet.docx")),
                                           QStringLiteral("--database"), vault});
        QVERIFY(extension.exitCode > 0);
        QVERIFY2(extension.err.contains(QStringLiteral(".pdf")), qPrintable(extension.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("sheet.docx"))));
    }

    void shouldCreateTheDefaultVaultOnImport()
    {
        const QString json = path(QStringLiteral("empty.json"));
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format":"starling-vault","version":1})");
        }
        const Run run = runStarling({QStringLiteral("import"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(m_home.path() + QStringLiteral("/data/Starling/Starling/vault.starling")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
