// The prep sheet's content: what each section shows, which sections the options include, and
// that user text stays text in the QTextDocument, the HTML and the Markdown.
#include "coachchecks.h"
#include "prepsheet.h"
#include "prepsheetfixture.h"
#include "vaultstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <memory>

using namespace starling;
using namespace starling::test;
using Kind = PrepSheetBlock::Kind;

namespace {

const QDate kToday(2026, 3, 7);

// Every rendering of a sheet as text, so one check covers all three.
struct Renderings {
    QString plain;
    QString html;
    QString markdown;
};

Renderings render(const PrepSheet &sheet)
{
    return {sheet.toTextDocument()->toPlainText(), sheet.toHtml(), sheet.toMarkdown()};
}

QList<PrepSheetBlock> allBlocks(const PrepSheet &sheet)
{
    QList<PrepSheetBlock> blocks;
    for (const PrepSheetPart &part : sheet.parts())
        blocks += part.blocks;
    return blocks;
}

} // namespace

class TestPrepSheet : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultStore> m_store;
    Fixture m_fixture;

    PrepSheet build(const PrepSheetOptions &options)
    {
        return must(PrepSheet::build(*m_store, options, kToday));
    }

    PrepSheetOptions acme() const
    {
        PrepSheetOptions options;
        options.companyId = m_fixture.acme;
        return options;
    }

    // A vault whose story, value, link notes, answer and question all carry text.
    void putEverywhere(const QString &text)
    {
        Story s = story(text, true);
        s.situation = text;
        const qint64 storyId = must(m_store->addStory(s));
        const qint64 valueId = must(m_store->addValue(value(m_fixture.acme, text, text)));
        must(m_store->setLink({storyId, valueId, text}));
        must(m_store->addQuestion(question(text, m_fixture.acme)));
        Answer a;
        a.companyId = m_fixture.acme;
        a.storyId = storyId;
        a.valueId = valueId;
        a.repeat = text;
        a.situation = a.task = a.action = a.result = a.linkBack = QStringLiteral("");
        must(m_store->addAnswer(a));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<VaultStore>();
        const Status opened = m_store->open(m_dir->filePath(QStringLiteral("vault.starling")));
        QVERIFY2(opened, why(opened).constData());
        m_fixture = makeFixture(*m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void shouldShowEveryValueSectionStoryAndAnswer()
    {
        const PrepSheet sheet = build(acme());
        const Renderings out = render(sheet);
        QStringList expected = m_fixture.acmeValues + m_fixture.storyTitles;
        for (const AnswerSection section : AnswerSections)
            expected.append(CoachChecks::sectionName(section));
        expected += {QStringLiteral("Acme Analytics"),
                     QStringLiteral("Senior Data Scientist"),
                     QStringLiteral("L5"),
                     QStringLiteral("Act without waiting to be told"),
                     m_fixture.linkNote,
                     m_fixture.answeredQuestionText,
                     m_fixture.answerRepeat,
                     m_fixture.answerResult,
                     QLocale().toString(m_fixture.interview, QLocale::LongFormat)};
        for (const QString &text : std::as_const(expected)) {
            QVERIFY2(out.plain.contains(text), qPrintable(text));
            QVERIFY2(out.html.contains(text.toHtmlEscaped()), qPrintable(text));
            QVERIFY2(out.markdown.contains(PrepSheet::escapeMarkdown(text, false)),
                     qPrintable(text));
        }
        QCOMPARE(sheet.title(), QStringLiteral("Prep sheet — Acme Analytics"));
        QCOMPARE(sheet.parts().size(), 1);
        QCOMPARE(sheet.parts().first().header,
                 QStringLiteral("Acme Analytics — Senior Data Scientist"));
    }

    void shouldLayTheAnswerOutSectionBySectionInSpeakingOrder()
    {
        const QString plain = render(build(acme())).plain;
        const qsizetype answer = plain.indexOf(m_fixture.answeredQuestionText);
        QVERIFY(answer >= 0);
        qsizetype previous = answer;
        for (const AnswerSection section : AnswerSections) {
            const qsizetype at = plain.indexOf(CoachChecks::sectionName(section), previous);
            QVERIFY2(at > previous, qPrintable(CoachChecks::sectionName(section)));
            previous = at;
        }
        QVERIFY(plain.indexOf(m_fixture.answerResult, answer) >
                plain.indexOf(CoachChecks::sectionName(AnswerSection::Result), answer));
        QVERIFY(plain.contains(QStringLiteral("Status: Ready")));
    }

    void shouldMarkGapsInWords()
    {
        const PrepSheet sheet = build(acme());
        const QList<PrepSheetBlock> blocks = allBlocks(sheet);
        for (const QString &gap : std::as_const(m_fixture.gaps)) {
            const auto heading =
                std::find_if(blocks.cbegin(), blocks.cend(), [&](const PrepSheetBlock &b) {
                    return b.kind == Kind::Heading && b.text == gap;
                });
            QVERIFY(heading != blocks.cend());
            const auto next = std::find_if(heading + 1, blocks.cend(), [](const PrepSheetBlock &b) {
                return b.kind == Kind::Heading || b.kind == Kind::Gap;
            });
            QVERIFY2(next != blocks.cend() && next->kind == Kind::Gap, qPrintable(gap));
            QVERIFY(next->text.contains(QStringLiteral("GAP")));
        }
        const int gaps =
            int(std::count_if(blocks.cbegin(), blocks.cend(),
                              [](const PrepSheetBlock &b) { return b.kind == Kind::Gap; }));
        QCOMPARE(gaps, m_fixture.gaps.size());
        const Renderings out = render(sheet);
        QCOMPARE(out.plain.count(QStringLiteral("GAP")), gaps);
        QCOMPARE(out.html.count(QStringLiteral("class=\"gap")), gaps);
        QCOMPARE(out.markdown.count(QStringLiteral("**GAP")), gaps);
    }

    void shouldShowLinkNotesAsBulletsUnderTheirStory()
    {
        const QList<PrepSheetBlock> blocks = allBlocks(build(acme()));
        const auto storyBullet =
            std::find_if(blocks.cbegin(), blocks.cend(), [](const PrepSheetBlock &b) {
                return b.kind == Kind::Bullet && b.level == 0 &&
                       b.text == QStringLiteral("Churn model rescue");
            });
        QVERIFY(storyBullet != blocks.cend());
        // The typed "- " markers are not doubled.
        QCOMPARE((storyBullet + 1)->text, m_fixture.linkNote);
        QCOMPARE((storyBullet + 1)->level, 1);
        QCOMPARE((storyBullet + 2)->text, QStringLiteral("Told the VP early"));
    }

    void shouldListOnlyQuestionsWithoutAnAnswerForTheCompany()
    {
        const QList<PrepSheetBlock> blocks = allBlocks(build(acme()));
        const auto open = std::find_if(blocks.cbegin(), blocks.cend(), [](const PrepSheetBlock &b) {
            return b.kind == Kind::Heading &&
                   b.text == QStringLiteral("Questions not answered yet");
        });
        QVERIFY(open != blocks.cend());
        QStringList bullets;
        for (auto it = open; it != blocks.cend(); ++it) {
            if (it->kind == Kind::Bullet)
                bullets.append(it->text);
        }
        QCOMPARE(bullets, QStringList({m_fixture.openOwnQuestion, m_fixture.openGeneralQuestion}));

        // Borealis answered nothing, so the general question Acme answered is still open there.
        PrepSheetOptions options;
        options.companyId = m_fixture.borealis;
        const QString borealis = render(build(options)).plain;
        QVERIFY(borealis.contains(m_fixture.answeredQuestionText));
        QVERIFY(!borealis.contains(m_fixture.openOwnQuestion));
    }

    void shouldIncludeOnlyTheChosenSections_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QStringList>("onlyThere");
        QTest::newRow("cheat sheet")
            << 0
            << QStringList{QStringLiteral("Values and stories"),
                           QStringLiteral("Act without waiting to be told"),
                           QStringLiteral("R-STAR-L")};
        QTest::newRow("answers") << 1
                                 << QStringList{
                                        QStringLiteral("Prepared answers"),
                                        QStringLiteral("Churn fell by 12 percent in one quarter")};
        QTest::newRow("backbone stories")
            << 2
            << QStringList{QStringLiteral("Backbone stories"),
                           QStringLiteral("Pipeline migration: the action")};
        QTest::newRow("open questions")
            << 3
            << QStringList{QStringLiteral("Questions not answered yet"),
                           QStringLiteral("Why do you want to work at Acme?")};
    }

    void shouldIncludeOnlyTheChosenSections()
    {
        QFETCH(int, section);
        QFETCH(QStringList, onlyThere);
        PrepSheetOptions with = acme();
        PrepSheetOptions without = acme();
        bool *flags[] = {&without.cheatSheet, &without.answers, &without.backboneStories,
                         &without.openQuestions};
        *flags[section] = false;
        const Renderings in = render(build(with));
        const Renderings out = render(build(without));
        for (const QString &text : std::as_const(onlyThere)) {
            QVERIFY2(in.plain.contains(text), qPrintable(text));
            QVERIFY2(!out.plain.contains(text), qPrintable(text));
            QVERIFY2(!out.html.contains(text.toHtmlEscaped()), qPrintable(text));
            QVERIFY2(!out.markdown.contains(PrepSheet::escapeMarkdown(text, false)),
                     qPrintable(text));
        }
        // The company is always named.
        QVERIFY(out.plain.startsWith(QStringLiteral("Acme Analytics")));
    }

    void shouldStartTheAnswersOnANewPageAfterTheCheatSheet()
    {
        const std::unique_ptr<QTextDocument> document = build(acme()).toTextDocument();
        QTextBlock block = document->begin();
        while (block.isValid() && block.text() != QStringLiteral("Prepared answers"))
            block = block.next();
        QVERIFY(block.isValid());
        QCOMPARE(block.blockFormat().pageBreakPolicy(), QTextFormat::PageBreak_AlwaysBefore);
    }

    void shouldCoverEveryCompanyInTurnWithTheBackboneStoriesOnce()
    {
        const PrepSheet sheet = build(PrepSheetOptions{});
        QCOMPARE(sheet.parts().size(), 3);
        QCOMPARE(sheet.parts().at(0).blocks.first().text, QStringLiteral("Acme Analytics"));
        QCOMPARE(sheet.parts().at(1).blocks.first().text, QStringLiteral("Borealis"));
        QCOMPARE(sheet.parts().at(2).header, QStringLiteral("Backbone stories"));
        QCOMPARE(sheet.title(), QStringLiteral("Prep sheet — all companies"));

        const Renderings out = render(sheet);
        QCOMPARE(out.plain.count(QStringLiteral("Pipeline migration: the action")), 1);
        QVERIFY(out.plain.contains(QStringLiteral("Customer first")));
        QCOMPARE(out.markdown.count(QStringLiteral("\n---\n")), 2);

        // Each company starts on a page of its own.
        const std::unique_ptr<QTextDocument> document = sheet.toTextDocument();
        int partStarts = 0;
        int previousPart = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.userState() != previousPart) {
                QCOMPARE(block.blockFormat().pageBreakPolicy(),
                         QTextFormat::PageBreak_AlwaysBefore);
                ++partStarts;
                previousPart = block.userState();
            }
        }
        QCOMPARE(partStarts, 2);
    }

    void shouldSayWhatIsMissingInAnEmptyVault()
    {
        VaultStore empty;
        const Status opened = empty.open(m_dir->filePath(QStringLiteral("empty.starling")));
        QVERIFY2(opened, why(opened).constData());
        const PrepSheet sheet = must(PrepSheet::build(empty, PrepSheetOptions{}, kToday));
        QCOMPARE(sheet.parts().size(), 2);
        const QString plain = render(sheet).plain;
        QVERIFY2(plain.contains(QStringLiteral("No companies in the vault yet")),
                 qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("No backbone stories yet")), qPrintable(plain));
    }

    void shouldSayWhatIsMissingForACompanyWithNothingYet()
    {
        const qint64 fresh =
            must(m_store->addCompany(company(QStringLiteral("Fresh"), QStringLiteral(""))));
        PrepSheetOptions options;
        options.companyId = fresh;
        const PrepSheet sheet = build(options);
        const QString plain = render(sheet).plain;
        QVERIFY(plain.contains(QStringLiteral("No values yet")));
        QVERIFY(plain.contains(QStringLiteral("No prepared answers yet.")));
        QVERIFY(plain.contains(QStringLiteral("not scheduled yet")));
        // Without a role the header is the company alone.
        QCOMPARE(sheet.parts().first().header, QStringLiteral("Fresh"));
    }

    void shouldRefuseACompanyThatIsGone()
    {
        PrepSheetOptions options;
        options.companyId = 9999;
        const Result<PrepSheet> sheet = PrepSheet::build(*m_store, options, kToday);
        QVERIFY(!sheet);
        QVERIFY(sheet.error().contains(QStringLiteral("no longer in the vault")));
    }

    void shouldKeepUserMarkupAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("img") << QStringLiteral("<img src=\"file:///etc/hostname\">");
        QTest::newRow("bold") << QStringLiteral("<b>bold</b>");
        QTest::newRow("markdown link") << QStringLiteral("[x](file:///etc/passwd)");
        QTest::newRow("markdown image") << QStringLiteral("![y](https://example.com/a.png)");
        QTest::newRow("anchor") << QStringLiteral("<a href=\"file:///etc/passwd\">click</a>");
        QTest::newRow("entity") << QStringLiteral("&lt;i&gt; &amp; AT&T");
    }

    void shouldKeepUserMarkupAsText()
    {
        QFETCH(QString, text);
        putEverywhere(text);
        const PrepSheet sheet = build(acme());

        // The document holds the characters as typed, and nothing but text.
        const std::unique_ptr<QTextDocument> document = sheet.toTextDocument();
        QVERIFY(document->toPlainText().count(text) >= 6);
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                QVERIFY(!it.fragment().charFormat().isAnchor());
            }
        }
        // Asked directly, the document still loads nothing (QTextDocument would read file: URLs).
        QVERIFY(document
                    ->resource(QTextDocument::ImageResource,
                               QUrl(QStringLiteral("file:///etc/hostname")))
                    .isNull());
        QVERIFY(document
                    ->resource(QTextDocument::StyleSheetResource,
                               QUrl(QStringLiteral("file:///etc/passwd")))
                    .isNull());

        // HTML: escaped, and no element that could fetch or link anything.
        const QString html = sheet.toHtml();
        QVERIFY(html.count(text.toHtmlEscaped()) >= 6);
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<a "), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[^>]*\\b(src|href)\\s*="))));

        // Markdown: every bracket and angle bracket of user text escaped.
        const QString markdown = sheet.toMarkdown();
        QVERIFY(markdown.count(PrepSheet::escapeMarkdown(text, false)) >= 6);
        QVERIFY(!markdown.contains(QStringLiteral("<img")));
        QVERIFY(!markdown.contains(QStringLiteral("<b>")));
        QVERIFY(!markdown.contains(QStringLiteral("![")));
        QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral("(^|[^\\\\])[\\[\\]]"))));
    }

    void shouldEscapeMarkdownSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("image") << QStringLiteral("![x](file:///etc/passwd)")
                               << QStringLiteral("\\!\\[x\\](file:///etc/passwd)");
        QTest::newRow("html") << QStringLiteral("<b>hi</b>")
                              << QStringLiteral("&lt;b&gt;hi&lt;/b&gt;");
        QTest::newRow("ampersand")
            << QStringLiteral("AT&T &amp;") << QStringLiteral("AT&amp;T &amp;amp;");
        QTest::newRow("emphasis") << QStringLiteral("a*b_c") << QStringLiteral("a\\*b\\_c");
        QTest::newRow("code") << QStringLiteral("`rm`") << QStringLiteral("\\`rm\\`");
        QTest::newRow("backslash") << QStringLiteral("C:\\temp") << QStringLiteral("C:\\\\temp");
        QTest::newRow("heading") << QStringLiteral("# not a heading")
                                 << QStringLiteral("\\# not a heading");
        QTest::newRow("list") << QStringLiteral("- not a list") << QStringLiteral("\\- not a list");
        QTest::newRow("plus") << QStringLiteral("+ not a list") << QStringLiteral("\\+ not a list");
        QTest::newRow("ordered") << QStringLiteral("1. not a list")
                                 << QStringLiteral("1\\. not a list");
        QTest::newRow("ordered paren")
            << QStringLiteral("12) not a list") << QStringLiteral("12\\) not a list");
        QTest::newRow("table") << QStringLiteral("a | b") << QStringLiteral("a \\| b");
        QTest::newRow("hyphen inside")
            << QStringLiteral("R-STAR-L, 3.5 (ok)") << QStringLiteral("R-STAR-L, 3.5 (ok)");
        QTest::newRow("hebrew") << QStringLiteral("שלום [x]") << QStringLiteral("שלום \\[x\\]");
    }

    void shouldEscapeMarkdownSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(PrepSheet::escapeMarkdown(text), escaped);
    }

    void shouldTakeEachBlocksDirectionFromItsText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("hebrew") << QStringLiteral("מודל נטישה") << true;
        QTest::newRow("arabic") << QStringLiteral("نموذج الانسحاب") << true;
        QTest::newRow("hebrew after digits") << QStringLiteral("2024: מודל") << true;
        QTest::newRow("chinese") << QStringLiteral("数据管道") << false;
        QTest::newRow("emoji then english") << QStringLiteral("🚀 Launch") << false;
        QTest::newRow("english with hebrew") << QStringLiteral("Launch מודל") << false;
    }

    void shouldTakeEachBlocksDirectionFromItsText()
    {
        QFETCH(QString, title);
        QFETCH(bool, rightToLeft);
        must(m_store->addStory(story(title, true)));
        const PrepSheet sheet = build(acme());
        const std::unique_ptr<QTextDocument> document = sheet.toTextDocument();
        int seen = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text() != title)
                continue;
            ++seen;
            QCOMPARE(block.blockFormat().layoutDirection(),
                     rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        }
        QCOMPARE(seen, 1);
        // The English headings around it stay left to right.
        QTextBlock first = document->begin();
        QCOMPARE(first.blockFormat().layoutDirection(), Qt::LeftToRight);
        // HTML lets the browser decide per element.
        QVERIFY(sheet.toHtml().contains(
            QStringLiteral("<h3 dir=\"auto\" class=\"heading\">%1</h3>").arg(title)));
    }

    void shouldWriteAStandaloneHtmlPage()
    {
        const QString html = build(acme()).toHtml();
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("<title>Prep sheet — Acme Analytics</title>")));
        QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
    }

    void shouldChooseThePaperOfTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("paper");
        QTest::newRow("en_US") << QStringLiteral("en_US") << int(QPageSize::Letter);
        QTest::newRow("en_CA") << QStringLiteral("en_CA") << int(QPageSize::Letter);
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << int(QPageSize::Letter);
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << int(QPageSize::Letter);
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(QPageSize::A4);
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << int(QPageSize::A4);
        QTest::newRow("he_IL") << QStringLiteral("he_IL") << int(QPageSize::A4);
        QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << int(QPageSize::A4);
    }

    void shouldChooseThePaperOfTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, paper);
        QCOMPARE(int(defaultPaperSize(QLocale(locale))), paper);
    }
};

QTEST_MAIN(TestPrepSheet)
#include "tst_prepsheet.moc"
