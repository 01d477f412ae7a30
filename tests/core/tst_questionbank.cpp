#include "questionbank.h"
#include "textlimits.h"
#include "themes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace starling;

namespace {

QJsonObject entry(const QString &key, const QString &text, const QStringList &themes,
                  const QString &category = QStringLiteral("classic"))
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("themes"), QJsonArray::fromStringList(themes)},
                       {QStringLiteral("category"), category}};
}

QByteArray document(const QJsonArray &questions)
{
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("starling-question-bank")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("questions"), questions}};
    return QJsonDocument(root).toJson();
}

QJsonObject goodEntry()
{
    return entry(QStringLiteral("tight-deadline"),
                 QStringLiteral("Tell me about a tight deadline."), {QStringLiteral("results")});
}

} // namespace

class TestQuestionBank : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadTheBundledBank();
    void shouldTagEveryBundledQuestionWithOneToThreeKnownThemes();
    void shouldKeepBundledKeysAndTextsUnique();
    void shouldCoverBothCategoriesAndEveryTheme();
    void shouldCoverTheClassicAndDataQuestions_data();
    void shouldCoverTheClassicAndDataQuestions();
    void shouldReturnTheSameListOnEveryCall();
    void shouldParseAGoodDocument();
    void shouldRefuseABadDocument_data();
    void shouldRefuseABadDocument();
    void shouldCompareTextsIgnoringCaseAndSpacing_data();
    void shouldCompareTextsIgnoringCaseAndSpacing();
    void shouldFindAQuestionByKey();
    void shouldNameTheCategories();
};

void TestQuestionBank::shouldLoadTheBundledBank()
{
    // WHEN the bundled bank is loaded
    const Result<QList<BankQuestion>> bank = QuestionBank::load();

    // THEN it parses and is large enough to practise with
    QVERIFY2(bank.ok(), qPrintable(bank.ok() ? QString() : bank.error()));
    QVERIFY2(bank->size() >= 90, qPrintable(QString::number(bank->size())));
    QCOMPARE(QuestionBank::all(), bank.value());
}

void TestQuestionBank::shouldTagEveryBundledQuestionWithOneToThreeKnownThemes()
{
    for (const BankQuestion &q : QuestionBank::all()) {
        QVERIFY2(!q.themes.isEmpty() && q.themes.size() <= 3, qPrintable(q.key));
        for (const QString &theme : q.themes)
            QVERIFY2(Themes::isKnown(theme), qPrintable(q.key + u' ' + theme));
        QVERIFY2(q.text.size() <= limits::MaxTextLength, qPrintable(q.key));
        // A question, not a statement: it asks for a story.
        QVERIFY2(q.text.endsWith(u'?') || q.text.endsWith(u'.'), qPrintable(q.key));
        QCOMPARE(q.text, q.text.trimmed());
    }
}

void TestQuestionBank::shouldKeepBundledKeysAndTextsUnique()
{
    QSet<QString> keys;
    QSet<QString> texts;
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const BankQuestion &q : QuestionBank::all()) {
        QVERIFY2(kebab.match(q.key).hasMatch(), qPrintable(q.key));
        QVERIFY2(!keys.contains(q.key), qPrintable(q.key));
        keys.insert(q.key);
        const QString text = QuestionBank::textKey(q.text);
        QVERIFY2(!texts.contains(text), qPrintable(q.text));
        texts.insert(text);
    }
}

void TestQuestionBank::shouldCoverBothCategoriesAndEveryTheme()
{
    int classic = 0;
    int dataMl = 0;
    QSet<QString> themes;
    for (const BankQuestion &q : QuestionBank::all()) {
        if (q.category == QuestionBank::classicCategory())
            ++classic;
        else if (q.category == QuestionBank::dataMlCategory())
            ++dataMl;
        else
            QFAIL(qPrintable(q.key + u' ' + q.category));
        for (const QString &theme : q.themes)
            themes.insert(theme);
    }
    QVERIFY(classic >= 40);
    QVERIFY(dataMl >= 30);
    // Filtering by any theme finds something to practise.
    for (const QString &key : Themes::keys())
        QVERIFY2(themes.contains(key), qPrintable(key));
}

void TestQuestionBank::shouldCoverTheClassicAndDataQuestions_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key :
         {"failure-you-owned", "conflict-with-colleague", "tight-deadline",
          "influence-without-authority", "not-your-responsibility", "mistake-you-made",
          "critical-feedback", "difficult-customer", "disagree-with-manager", "lead-without-title",
          "competing-priorities", "learn-something-fast", "model-failed-in-production",
          "analysis-changed-decision", "analysis-did-not-change-decision", "metric-disagreement",
          "cut-experiment-scope", "uncertainty-for-executives", "found-data-quality-problem",
          "surprising-ab-test", "chose-simpler-model", "model-fairness", "owned-a-pipeline",
          "handled-sensitive-data"}) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TestQuestionBank::shouldCoverTheClassicAndDataQuestions()
{
    QFETCH(QString, key);
    QVERIFY(QuestionBank::find(key).has_value());
}

void TestQuestionBank::shouldReturnTheSameListOnEveryCall()
{
    // Parsed once: callers may keep references into it.
    QCOMPARE(&QuestionBank::all(), &QuestionBank::all());
}

void TestQuestionBank::shouldParseAGoodDocument()
{
    // GIVEN a document with two questions
    const QByteArray json = document(
        {goodEntry(), entry(QStringLiteral("model-drift"), QStringLiteral("  A model drifted?  "),
                            {QStringLiteral("data-driven"), QStringLiteral("ownership")},
                            QStringLiteral("data-ml"))});

    // WHEN it is parsed
    const Result<QList<BankQuestion>> parsed = QuestionBank::parse(json);

    // THEN both come back in order, the text trimmed
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    const QList<BankQuestion> expected{
        {QStringLiteral("tight-deadline"), QStringLiteral("Tell me about a tight deadline."),
         {QStringLiteral("results")}, QStringLiteral("classic")},
        {QStringLiteral("model-drift"), QStringLiteral("A model drifted?"),
         {QStringLiteral("data-driven"), QStringLiteral("ownership")}, QStringLiteral("data-ml")},
    };
    QCOMPARE(parsed.value(), expected);
}

void TestQuestionBank::shouldRefuseABadDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // a part of the error that names the problem

    auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject o = goodEntry();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        return document({o});
    };
    const QString at = QStringLiteral("questions[0] (\u201ctight-deadline\u201d)");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "starling-values-library", "version": 1, "questions": []})")
        << QStringLiteral("format must be");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "starling-question-bank", "version": 2, "questions": []})")
        << QStringLiteral("version must be 1");
    QTest::newRow("no list")
        << QByteArray(R"({"format": "starling-question-bank", "version": 1})")
        << QStringLiteral("questions must be a list");
    QTest::newRow("entry not an object") << document({QJsonValue(5)})
                                         << QStringLiteral("questions[0] must be an object");
    QTest::newRow("no key") << with(QStringLiteral("key"), QJsonValue::Undefined)
                            << QStringLiteral("questions[0].key must be non-empty text");
    QTest::newRow("key not kebab case")
        << with(QStringLiteral("key"), QStringLiteral("Tight Deadline"))
        << QStringLiteral("questions[0].key is \u201cTight Deadline\u201d");
    QTest::newRow("no text") << with(QStringLiteral("text"), QJsonValue::Undefined)
                             << at + QStringLiteral(".text must be text");
    QTest::newRow("empty text") << with(QStringLiteral("text"), QStringLiteral("  \n "))
                                << at + QStringLiteral(".text must not be empty");
    QTest::newRow("text too long")
        << with(QStringLiteral("text"), QString(limits::MaxTextLength + 1, u'x'))
        << at + QStringLiteral(".text is too long");
    QTest::newRow("no themes") << with(QStringLiteral("themes"), QJsonArray())
                               << at + QStringLiteral(".themes must name between 1 and 3");
    QTest::newRow("four themes")
        << with(QStringLiteral("themes"),
                QJsonArray{QStringLiteral("results"), QStringLiteral("ownership"),
                           QStringLiteral("learning"), QStringLiteral("integrity")})
        << at + QStringLiteral(".themes must name between 1 and 3");
    QTest::newRow("themes not a list") << with(QStringLiteral("themes"), QStringLiteral("results"))
                                       << at + QStringLiteral(".themes must be a list");
    QTest::newRow("unknown theme")
        << with(QStringLiteral("themes"),
                QJsonArray{QStringLiteral("results"), QStringLiteral("speed")})
        << at + QStringLiteral(".themes[1] is \u201cspeed\u201d, which is not a known theme");
    QTest::newRow("theme not text") << with(QStringLiteral("themes"), QJsonArray{3})
                                    << at + QStringLiteral(".themes[0] is");
    QTest::newRow("repeated theme")
        << with(QStringLiteral("themes"),
                QJsonArray{QStringLiteral("results"), QStringLiteral("results")})
        << at + QStringLiteral(".themes[1] repeats the theme");
    QTest::newRow("unknown category") << with(QStringLiteral("category"), QStringLiteral("ml"))
                                      << at + QStringLiteral(".category must be");
    QTest::newRow("no category") << with(QStringLiteral("category"), QJsonValue::Undefined)
                                 << at + QStringLiteral(".category must be");

    QJsonObject sameKey = goodEntry();
    sameKey.insert(QStringLiteral("text"), QStringLiteral("Another question?"));
    QTest::newRow("duplicate key")
        << document({goodEntry(), sameKey})
        << QStringLiteral("questions[1].key is \u201ctight-deadline\u201d, like questions[0]");
    QJsonObject sameText = goodEntry();
    sameText.insert(QStringLiteral("key"), QStringLiteral("other"));
    sameText.insert(QStringLiteral("text"), QStringLiteral("tell me  ABOUT a tight\tdeadline."));
    QTest::newRow("duplicate text, other case and spacing")
        << document({goodEntry(), sameText})
        << QStringLiteral("questions[1] (\u201cother\u201d).text is the same question as %1")
               .arg(at);
}

void TestQuestionBank::shouldRefuseABadDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const Result<QList<BankQuestion>> parsed = QuestionBank::parse(json);

    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

void TestQuestionBank::shouldCompareTextsIgnoringCaseAndSpacing_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << QStringLiteral("Why?") << QStringLiteral("Why?") << true;
    QTest::newRow("case") << QStringLiteral("Tell me ABOUT it")
                          << QStringLiteral("tell me about it") << true;
    QTest::newRow("spacing") << QStringLiteral(" Tell  me\nabout\tit ")
                             << QStringLiteral("Tell me about it") << true;
    QTest::newRow("composed accents")
        << QStringLiteral("Caf\u00e9?") << QStringLiteral("Cafe\u0301?") << true;
    QTest::newRow("different words") << QStringLiteral("Tell me about it")
                                     << QStringLiteral("Tell me about that") << false;
    QTest::newRow("punctuation counts")
        << QStringLiteral("Why?") << QStringLiteral("Why.") << false;
}

void TestQuestionBank::shouldCompareTextsIgnoringCaseAndSpacing()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(QuestionBank::textKey(a) == QuestionBank::textKey(b), same);
}

void TestQuestionBank::shouldFindAQuestionByKey()
{
    const std::optional<BankQuestion> q = QuestionBank::find(u"model-failed-in-production");
    QVERIFY(q.has_value());
    QCOMPARE(q->category, QuestionBank::dataMlCategory());
    QVERIFY(q->text.contains(QStringLiteral("production")));
    QVERIFY(!QuestionBank::find(u"no-such-question").has_value());
}

void TestQuestionBank::shouldNameTheCategories()
{
    QCOMPARE(QuestionBank::categoryName(QuestionBank::classicCategory()),
             QStringLiteral("Classic"));
    QCOMPARE(QuestionBank::categoryName(QuestionBank::dataMlCategory()),
             QStringLiteral("Data & ML"));
    QCOMPARE(QuestionBank::categoryName(u"other"), QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
