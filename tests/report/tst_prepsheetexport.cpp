// Prep sheets written to files: the format by extension, PDFs checked with the poppler and qpdf
// tools (fonts embedded, text extractable in reading order, stable page count), injection that
// must not pull a local file in, and exports that fail without leaving anything behind.
#include "coachchecks.h"
#include "prepsheetexport.h"
#include "prepsheetfixture.h"
#include "vaultexchange.h"
#include "vaultstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

#include <unistd.h>

using namespace starling;
using namespace starling::test;
using Format = PrepSheetExport::Format;

Q_DECLARE_METATYPE(std::optional<PrepSheetExport::Format>)

namespace {

struct ToolRun {
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStandardPaths::findExecutable(tool));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pageCount(const QString &pdf)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.output.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace

#define REQUIRE_TOOL(name)                                                                         \
    if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty())                            \
        QSKIP(name " is not installed (scripts/bootstrap.sh test installs poppler-utils and "      \
                   "qpdf)");

class TestPrepSheetExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultStore> m_store;
    Fixture m_fixture;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    PrepSheetOptions acme() const
    {
        PrepSheetOptions options;
        options.companyId = m_fixture.acme;
        options.paper = QPageSize::A4;
        return options;
    }

    // Exports into a folder of its own, so a test can see every file the export left there.
    QString exportInto(const QString &folder, const QString &name, const PrepSheetOptions &options)
    {
        const QString dir = path(folder);
        if (!QDir().mkpath(dir))
            return {};
        const QString file = dir + u'/' + name;
        const Status exported = PrepSheetExport::exportToFile(*m_store, file, options);
        if (!exported)
            qWarning("export failed: %s", qPrintable(exported.error()));
        return exported ? file : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<VaultStore>();
        const Status opened = m_store->open(path(QStringLiteral("vault.starling")));
        QVERIFY2(opened, why(opened).constData());
        m_fixture = makeFixture(*m_store);
    }

    void cleanup()
    {
        m_store.reset();
        // Undo the permission test's chmod, so the temporary directory can be removed.
        QFile::setPermissions(path(QStringLiteral("locked")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void shouldChooseTheFormatByExtension_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::optional<Format>>("format");
        QTest::newRow("pdf") << QStringLiteral("sheet.pdf") << std::optional(Format::Pdf);
        QTest::newRow("PDF") << QStringLiteral("/tmp/Sheet.PDF") << std::optional(Format::Pdf);
        QTest::newRow("html") << QStringLiteral("sheet.html") << std::optional(Format::Html);
        QTest::newRow("htm") << QStringLiteral("sheet.HTM") << std::optional(Format::Html);
        QTest::newRow("md") << QStringLiteral("notes/sheet.md") << std::optional(Format::Markdown);
        QTest::newRow("markdown") << QStringLiteral("sheet.Markdown")
                                  << std::optional(Format::Markdown);
        QTest::newRow("dots") << QStringLiteral("acme.v2.final.pdf") << std::optional(Format::Pdf);
        QTest::newRow("txt") << QStringLiteral("sheet.txt") << std::optional<Format>();
        QTest::newRow("none") << QStringLiteral("sheet") << std::optional<Format>();
        QTest::newRow("pdf folder") << QStringLiteral("x.pdf/sheet") << std::optional<Format>();
        QTest::newRow("backup") << QStringLiteral("sheet.pdf.bak") << std::optional<Format>();
        QTest::newRow("empty") << QString() << std::optional<Format>();
    }

    void shouldChooseTheFormatByExtension()
    {
        QFETCH(QString, file);
        QFETCH(std::optional<Format>, format);
        QCOMPARE(PrepSheetExport::formatForPath(file), format);
    }

    void shouldFindACompanyWhateverItsCase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("exact") << QStringLiteral("Acme Analytics");
        QTest::newRow("lower") << QStringLiteral("acme analytics");
        QTest::newRow("upper, spaces") << QStringLiteral("  ACME ANALYTICS ");
    }

    void shouldFindACompanyWhateverItsCase()
    {
        QFETCH(QString, name);
        const Result<qint64> id = PrepSheetExport::findCompany(*m_store, name);
        QVERIFY2(id, why(id).constData());
        QCOMPARE(*id, m_fixture.acme);
    }

    void shouldNameAnUnknownCompanyAndListTheKnownOnes()
    {
        const Result<qint64> id = PrepSheetExport::findCompany(*m_store, QStringLiteral("Globex"));
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("“Globex”")), qPrintable(id.error()));
        QVERIFY2(id.error().contains(QStringLiteral("Acme Analytics")), qPrintable(id.error()));
        QVERIFY2(id.error().contains(QStringLiteral("Borealis")), qPrintable(id.error()));
    }

    void shouldExportEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << QStringLiteral("sheet.pdf") << QByteArray("%PDF-");
        QTest::newRow("html") << QStringLiteral("sheet.html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("markdown") << QStringLiteral("sheet.md") << QByteArray("# Acme Analytics\n");
    }

    void shouldExportEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const QString file = exportInto(QStringLiteral("out"), name, acme());
        QVERIFY(!file.isEmpty());
        QVERIFY(readAll(file).startsWith(start));
        // Only the file itself: no temporary file left beside it.
        QCOMPARE(QDir(path(QStringLiteral("out")))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{name});
        if (!name.endsWith(QStringLiteral(".pdf"))) {
            const QString text = QString::fromUtf8(readAll(file));
            QVERIFY(text.contains(m_fixture.answerResult));
            QVERIFY(text.contains(QStringLiteral("Prep sheet — Acme Analytics")) ||
                    name.endsWith(QStringLiteral(".md")));
        }
    }

    void shouldExportAnEmptyVault()
    {
        VaultStore empty;
        const Status opened = empty.open(path(QStringLiteral("empty.starling")));
        QVERIFY2(opened, why(opened).constData());
        for (const QString &name : {QStringLiteral("empty.pdf"), QStringLiteral("empty.html"),
                                    QStringLiteral("empty.md")}) {
            const Status exported =
                PrepSheetExport::exportToFile(empty, path(name), PrepSheetOptions{});
            QVERIFY2(exported, why(exported).constData());
            QVERIFY(QFileInfo(path(name)).size() > 0);
        }
    }

    void shouldReplaceAnExistingFile()
    {
        const QString file = path(QStringLiteral("sheet.md"));
        QVERIFY(writeFile(file, "old"));
        const Status exported = PrepSheetExport::exportToFile(*m_store, file, acme());
        QVERIFY2(exported, why(exported).constData());
        QVERIFY(readAll(file).startsWith("# Acme Analytics"));
    }

    void shouldWriteAPdfThatQpdfAccepts()
    {
        REQUIRE_TOOL("qpdf");
        const QString file =
            exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), PrepSheetOptions{});
        QVERIFY(!file.isEmpty());
        const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }

    void shouldEmbedEveryFont()
    {
        REQUIRE_TOOL("pdffonts");
        const QString file =
            exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), PrepSheetOptions{});
        QVERIFY(!file.isEmpty());
        const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {file});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.output.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3); // a header, dashes, at least one font
        for (const QString &line : lines.mid(2)) {
            // name, type (may contain spaces), encoding, emb, sub, uni, object, generation
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QVERIFY2(columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(line));
        }
    }

    void shouldWriteTitleAuthorAndCreator()
    {
        REQUIRE_TOOL("pdfinfo");
        // The author is the user's name; a non-ASCII one must survive the Info dictionary.
        const QByteArray oldUser = qgetenv("USER");
        qputenv("USER", QStringLiteral("Ana Müller").toLocal8Bit());
        const auto restore = qScopeGuard([&oldUser] { qputenv("USER", oldUser); });
        const QString file = exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), acme());
        QVERIFY(!file.isEmpty());
        const QString info = runTool(QStringLiteral("pdfinfo"), {file}).output;
        QVERIFY2(info.contains(QStringLiteral("Title:           Prep sheet — Acme Analytics")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Creator:         Starling")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Author:          Ana Müller")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")),
                 qPrintable(info));
        const QString meta =
            runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file}).output;
        QVERIFY2(meta.contains(QStringLiteral("<dc:title>")), qPrintable(meta));
    }

    void shouldFollowThePaperOfTheOptions()
    {
        REQUIRE_TOOL("pdfinfo");
        PrepSheetOptions options = acme();
        options.paper = QPageSize::Letter;
        const QString file =
            exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), options);
        const QString info = runTool(QStringLiteral("pdfinfo"), {file}).output;
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
    }

    void shouldKeepEveryValueSectionAndStoryExtractableInReadingOrder()
    {
        REQUIRE_TOOL("pdftotext");
        const QString file = exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), acme());
        QVERIFY(!file.isEmpty());
        const ToolRun text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        // Extracted lines wrap where the PDF wraps them.
        const QString flat = text.output.simplified();

        QStringList expected = m_fixture.acmeValues + m_fixture.storyTitles;
        for (const AnswerSection section : AnswerSections)
            expected.append(CoachChecks::sectionName(section));
        expected += {m_fixture.linkNote, m_fixture.answerRepeat, m_fixture.answerResult,
                     m_fixture.openOwnQuestion, m_fixture.openGeneralQuestion};
        for (const QString &wanted : std::as_const(expected))
            QVERIFY2(flat.contains(wanted), qPrintable(wanted));

        // Reading order: the sections follow each other as printed.
        const QStringList order{QStringLiteral("Acme Analytics"),
                                QStringLiteral("Values and stories"),
                                QStringLiteral("Prepared answers"),
                                m_fixture.answerRepeat,
                                m_fixture.answerResult,
                                QStringLiteral("Backbone stories"),
                                QStringLiteral("Questions not answered yet")};
        qsizetype previous = -1;
        for (const QString &wanted : order) {
            const qsizetype at = flat.indexOf(wanted, previous + 1);
            QVERIFY2(at > previous, qPrintable(wanted));
            previous = at;
        }

        // Header and footer on every page.
        const int pages = pageCount(file);
        QVERIFY(pages > 0);
        const QStringList pageTexts = text.output.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int page = 0; page < pages; ++page) {
            const QString onPage = pageTexts.at(page).simplified();
            QVERIFY2(onPage.contains(QStringLiteral("page %1 of %2").arg(page + 1).arg(pages)),
                     qPrintable(onPage));
            QVERIFY2(onPage.contains(QStringLiteral("Acme Analytics — Senior Data Scientist")),
                     qPrintable(onPage));
        }
    }

    void shouldKeepThePageCountOfTheFixture_data()
    {
        QTest::addColumn<bool>("allCompanies");
        QTest::addColumn<int>("pages");
        // Acme: the cheat sheet, then answers, backbone stories and open questions.
        QTest::newRow("acme") << false << 2;
        // Acme (2), Borealis (2), the backbone stories once (1).
        QTest::newRow("all companies") << true << 5;
    }

    void shouldKeepThePageCountOfTheFixture()
    {
        REQUIRE_TOOL("pdfinfo");
        QFETCH(bool, allCompanies);
        QFETCH(int, pages);
        PrepSheetOptions options = allCompanies ? PrepSheetOptions{} : acme();
        options.paper = QPageSize::A4;
        const QString file =
            exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), options);
        QCOMPARE(pageCount(file), pages);

        // The same routine on any paged device gives the same count.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setPageLayout(PrepSheetExport::pageLayout(QPageSize::A4));
        const Result<int> printed =
            PrepSheetExport::print(must(PrepSheet::build(*m_store, options)), writer);
        QVERIFY2(printed, why(printed).constData());
        QCOMPARE(*printed, pages);
    }

    void shouldPrintEveryBlockOfALongerSheet_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<bool>("allCompanies");
        QTest::newRow("A4, all") << int(QPageSize::A4) << true;
        QTest::newRow("Letter, all") << int(QPageSize::Letter) << true;
        QTest::newRow("A4, one") << int(QPageSize::A4) << false;
        QTest::newRow("Letter, one") << int(QPageSize::Letter) << false;
    }

    // The example vault runs over several pages with headings near page ends, where moving a
    // heading to the next page once cut off the rest of the sheet.
    void shouldPrintEveryBlockOfALongerSheet()
    {
        REQUIRE_TOOL("pdftotext");
        QFETCH(int, paper);
        QFETCH(bool, allCompanies);
        VaultStore example;
        const Status opened = example.open(path(QStringLiteral("example.starling")));
        QVERIFY2(opened, why(opened).constData());
        const auto imported = VaultExchange::importFromFile(
            example,
            QStringLiteral(STARLING_TEST_DATA "/../../resources/examples/example-vault.json"));
        QVERIFY2(imported, why(imported).constData());
        PrepSheetOptions options;
        options.paper = QPageSize::PageSizeId(paper);
        options.companyId = allCompanies ? 0 : must(example.companies()).first().id;
        const PrepSheet sheet = must(PrepSheet::build(example, options));
        const QString file = path(QStringLiteral("example.pdf"));
        const Status exported = PrepSheetExport::exportToFile(sheet, file);
        QVERIFY2(exported, why(exported).constData());

        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")})
                .output.simplified();
        for (const PrepSheetPart &part : sheet.parts()) {
            for (const PrepSheetBlock &block : part.blocks) {
                // Long paragraphs wrap; their first words are enough to show they were drawn.
                const QString start = block.text.section(u' ', 0, 5);
                QVERIFY2(text.contains(start), qPrintable(start));
            }
        }
        const int pages = pageCount(file);
        QVERIFY2(text.endsWith(QStringLiteral("page %1 of %1").arg(pages)),
                 qPrintable(text.right(200)));
    }

    void shouldNotPullAFileThatUserTextPointsAtIntoTheSheet()
    {
        REQUIRE_TOOL("qpdf");
        REQUIRE_TOOL("pdftotext");
        // A real image with a unique marker in it: if anything loaded it, the marker or an image
        // object would end up in the output.
        const QByteArray marker =
            "STARLING-SECRET-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        image.setText(QStringLiteral("Comment"), QString::fromLatin1(marker));
        const QString secretImage = path(QStringLiteral("secret.png"));
        QVERIFY(image.save(secretImage));
        const QString secretText = path(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(secretText, marker));
        const QString imageUrl = QUrl::fromLocalFile(secretImage).toString();
        const QString textUrl = QUrl::fromLocalFile(secretText).toString();

        const QString img = QStringLiteral("<img src=\"%1\">").arg(imageUrl);
        const QString mdImage = QStringLiteral("![y](%1)").arg(imageUrl);
        const QString link = QStringLiteral("<a href=\"%1\">x</a> [x](%1)").arg(textUrl);
        Story s = story(QStringLiteral("Injected"), true);
        s.situation = img;
        s.action = mdImage;
        s.result = link;
        const qint64 storyId = must(m_store->addStory(s));
        const qint64 valueId = must(m_store->addValue(value(m_fixture.acme, img, mdImage)));
        must(m_store->setLink({storyId, valueId, link}));

        for (const QString &name : {QStringLiteral("sheet.pdf"), QStringLiteral("sheet.html"),
                                    QStringLiteral("sheet.md")}) {
            const QString file = exportInto(QStringLiteral("out"), name, acme());
            QVERIFY(!file.isEmpty());
            QVERIFY2(!readAll(file).contains(marker), qPrintable(name));
        }

        // Decompressed, the PDF holds neither the marker nor any image.
        const QString pdf = path(QStringLiteral("out/sheet.pdf"));
        const QString expanded = path(QStringLiteral("expanded.pdf"));
        const ToolRun qdf = runTool(
            QStringLiteral("qpdf"),
            {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, expanded});
        QCOMPARE(qdf.exitCode, 0);
        const QByteArray raw = readAll(expanded);
        QVERIFY(!raw.isEmpty());
        QVERIFY(!raw.contains(marker));
        QVERIFY(!raw.contains("/Subtype /Image"));
        QVERIFY(!raw.contains("/URI"));

        // What the user typed is there, as text.
        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                .output.simplified();
        QVERIFY2(text.contains(QStringLiteral("<img src=\"file:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("![y](file:")), qPrintable(text));
    }

    void shouldPrintRightToLeftAndCjkTextWithEmbeddedGlyphs()
    {
        REQUIRE_TOOL("pdffonts");
        REQUIRE_TOOL("pdftotext");
        const QString hebrew = QStringLiteral("מודל נטישה ששינה את התקציב");
        const QString chinese = QStringLiteral("数据管道重建");
        must(m_store->addStory(story(hebrew, true)));
        must(m_store->addValue(value(m_fixture.acme, chinese, QStringLiteral("顾客至上 🚀"))));
        const QString file = exportInto(QStringLiteral("out"), QStringLiteral("sheet.pdf"), acme());
        QVERIFY(!file.isEmpty());

        const QStringList fonts =
            runTool(QStringLiteral("pdffonts"), {file}).output.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : fonts.mid(2)) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QStringLiteral("yes"),
                     qPrintable(line));
        }
        // Poppler wraps right-to-left runs in embedding marks; the words come out in logical order.
        QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")})
                .output;
        text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}]")));
        QVERIFY2(text.contains(hebrew), qPrintable(text));
        QVERIFY2(text.contains(chinese), qPrintable(text));
    }

    void shouldFailIntoAMissingFolderAndLeaveNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf") << QStringLiteral("sheet.pdf");
        QTest::newRow("html") << QStringLiteral("sheet.html");
        QTest::newRow("markdown") << QStringLiteral("sheet.md");
    }

    void shouldFailIntoAMissingFolderAndLeaveNothing()
    {
        QFETCH(QString, name);
        const QStringList before =
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QString file = path(QStringLiteral("missing/deeper/") + name);
        const Status exported = PrepSheetExport::exportToFile(*m_store, file, acme());
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral("does not exist")),
                 qPrintable(exported.error()));
        QVERIFY2(exported.error().contains(
                     QDir::toNativeSeparators(path(QStringLiteral("missing/deeper")))),
                 qPrintable(exported.error()));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
        QCOMPARE(
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
    }

    void shouldFailUnderAFileAndLeaveNothing()
    {
        // Works as root too, where permissions do not stop a write.
        QVERIFY(writeFile(path(QStringLiteral("file.txt")), "not a folder"));
        const QStringList before =
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const Status exported = PrepSheetExport::exportToFile(
            *m_store, path(QStringLiteral("file.txt/sheet.pdf")), acme());
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral("is a file, not a folder")),
                 qPrintable(exported.error()));
        QCOMPARE(
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
        QCOMPARE(readAll(path(QStringLiteral("file.txt"))), QByteArray("not a folder"));
    }

    void shouldFailIntoAReadOnlyFolderAndLeaveNothing()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; shouldFailUnderAFileAndLeaveNothing covers "
                  "root");
        const QString locked = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const Status exported =
            PrepSheetExport::exportToFile(*m_store, locked + QStringLiteral("/sheet.pdf"), acme());
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral("Cannot write")),
                 qPrintable(exported.error()));
        QVERIFY2(exported.error().contains(QStringLiteral("folder you can write to")),
                 qPrintable(exported.error()));
        QVERIFY(QDir(locked)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void shouldRefuseAnUnknownExtension()
    {
        const Status exported =
            PrepSheetExport::exportToFile(*m_store, path(QStringLiteral("sheet.docx")), acme());
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral(".pdf, .html or .md")),
                 qPrintable(exported.error()));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("sheet.docx"))));
    }

    void shouldRefuseAFolderAsTheTarget()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("taken.pdf"))));
        const Status exported =
            PrepSheetExport::exportToFile(*m_store, path(QStringLiteral("taken.pdf")), acme());
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral("is a folder")),
                 qPrintable(exported.error()));
    }

private:
    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
};

QTEST_MAIN(TestPrepSheetExport)
#include "tst_prepsheetexport.moc"
