// Tests the command line: parsing in-process, and the real binary through QProcess, so exit
// codes, stdout and stderr are what a script would see.
#include "commandline.h"
#include "vaultstore.h"

#include <QCryptographicHash>
#include <QFile>
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

    Run runStarling(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
        const Run again = runStarling({QStringLiteral("export"), second, QStringLiteral("--database"), target});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));

        // THEN both files are identical and hold the story
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QCOMPARE(bytes, b.readAll());
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Churn model — שלום")));
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
