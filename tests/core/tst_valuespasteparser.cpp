#include "valuespasteparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

// The tree as lines: "name = meaning", two spaces of indentation per level. A failing QCOMPARE
// on two lists shows the first line that differs.
void dump(const QList<ValueDraft> &values, int depth, QStringList &out) {
    for (const ValueDraft &value : values) {
        QString line = QString(depth * 2, u' ') + value.name;
        if (!value.meaning.isEmpty())
            line += QStringLiteral(" = ") + value.meaning;
        out.append(line);
        dump(value.children, depth + 1, out);
    }
}

QStringList dump(const QList<ValueDraft> &values) {
    QStringList out;
    dump(values, 0, out);
    return out;
}

QString lines(std::initializer_list<const char16_t *> parts) {
    QStringList out;
    for (const char16_t *part : parts)
        out.append(QString::fromUtf16(part));
    return out.join(u'\n');
}

int countAll(const QList<ValueDraft> &values) {
    int n = 0;
    for (const ValueDraft &value : values)
        n += 1 + countAll(value.children);
    return n;
}

// What any input must give: bounded, named, printable, two levels at most.
void verifySane(const QList<ValueDraft> &values, int depth = 0) {
    for (const ValueDraft &value : values) {
        QVERIFY(depth < 2);
        QVERIFY(!value.name.trimmed().isEmpty());
        QVERIFY(value.name.size() <= ValuesPasteParser::MaxNameChars);
        for (QChar c : value.name + value.meaning) {
            QVERIFY2(c.category() != QChar::Other_Control, "control character in the output");
            QVERIFY2(c != QChar(0xFFFD) && c != QChar(0x200B), "invisible junk in the output");
        }
        QVERIFY(value.meaning == value.meaning.trimmed());
        verifySane(value.children, depth + 1);
    }
}

} // namespace

class TestValuesPasteParser : public QObject {
    Q_OBJECT

private slots:
    void shouldParseRealWorldShapes_data();
    void shouldParseRealWorldShapes();
    void shouldNormaliseLineEndingsSpacesAndInvisibleCharacters();
    void shouldGiveNothingForInputWithoutValues_data();
    void shouldGiveNothingForInputWithoutValues();
    void shouldCapTenThousandLinesAtMaxValues();
    void shouldSurviveBinaryLookingText();
    void shouldSurviveOneHugeLineAndDeepIndentation();
    void shouldBeDeterministic();
};

void TestValuesPasteParser::shouldParseRealWorldShapes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tree");

    QTest::newRow("dot bullets under a title")
        << lines({u"Our values", u"", u"• Customer first", u"• Own the outcome",
                  u"• Move fast, stay kind", u"• Say it plainly"})
        << QStringList{u"Customer first"_s, u"Own the outcome"_s, u"Move fast, stay kind"_s,
                       u"Say it plainly"_s};

    QTest::newRow("hyphen bullets nested by indentation")
        << lines({u"- Customer obsession", u"  - Listen before building",
                  u"  - Earn trust every day", u"- Ownership", u"  - Think in years, not quarters",
                  u"- Bias for action"})
        << QStringList{u"Customer obsession"_s,
                       u"  Listen before building"_s,
                       u"  Earn trust every day"_s,
                       u"Ownership"_s,
                       u"  Think in years, not quarters"_s,
                       u"Bias for action"_s};

    QTest::newRow("asterisk bullets nested by tabs")
        << lines({u"* Craft", u"\t* Sweat the small details", u"\t* Leave code better",
                  u"* Candour", u"\t* Disagree openly"})
        << QStringList{u"Craft"_s, u"  Sweat the small details"_s, u"  Leave code better"_s,
                       u"Candour"_s, u"  Disagree openly"_s};

    QTest::newRow("numbered headings with a sentence under each")
        << lines({u"1. Start with the customer",
                  u"We work backwards from what people need and keep asking why.",
                  u"2. Think like an owner",
                  u"Owners look past their own team and act for the long run.",
                  u"3. Keep the bar high"})
        << QStringList{
               u"Start with the customer = We work backwards from what people need and keep asking why."_s,
               u"Think like an owner = Owners look past their own team and act for the long run."_s,
               u"Keep the bar high"_s};

    QTest::newRow("1) numbers with a) letters as sub-principles")
        << lines({u"1) Deliver results", u"a) Set clear goals", u"b) Follow through",
                  u"2) Grow together", u"a) Give honest feedback"})
        << QStringList{u"Deliver results"_s, u"  Set clear goals"_s, u"  Follow through"_s,
                       u"Grow together"_s, u"  Give honest feedback"_s};

    QTest::newRow("(1) numbers with name: explanation")
        << lines({u"(1) Integrity: we tell the truth, even when it costs us.",
                  u"(2) Curiosity: we ask the second question.",
                  u"(3) Generosity: we share credit and knowledge."})
        << QStringList{u"Integrity = we tell the truth, even when it costs us."_s,
                       u"Curiosity = we ask the second question."_s,
                       u"Generosity = we share credit and knowledge."_s};

    QTest::newRow("roman numerals with lettered sub-principles")
        << lines({u"I. Curiosity", u"A. Ask the second question", u"B. Read outside your field",
                  u"II. Courage", u"III. Care", u"IV. Candour", u"V. Craft"})
        << QStringList{u"Curiosity"_s,
                       u"  Ask the second question"_s,
                       u"  Read outside your field"_s,
                       u"Courage"_s,
                       u"Care"_s,
                       u"Candour"_s,
                       u"Craft"_s};

    QTest::newRow("Principle N: headings with paragraphs")
        << lines({u"Principle 1: Be curious",
                  u"Great analysts keep asking what the data is not telling them.",
                  u"Principle 2: Be candid",
                  u"We give feedback early, in private, and with specifics."})
        << QStringList{
               u"Be curious = Great analysts keep asking what the data is not telling them."_s,
               u"Be candid = We give feedback early, in private, and with specifics."_s};

    QTest::newRow("headings with hard-wrapped paragraphs")
        << lines({u"Customer Obsession",
                  u"Leaders start with the customer and work backwards. They work hard to",
                  u"earn and keep customer trust.", u"", u"Ownership",
                  u"Leaders are owners. They think long term and never say",
                  u"\"that's not my job.\""})
        << QStringList{
               u"Customer Obsession = Leaders start with the customer and work backwards. They work hard to earn and keep customer trust."_s,
               u"Ownership = Leaders are owners. They think long term and never say \"that's not my job.\""_s};

    QTest::newRow("name: explanation bullets")
        << lines({u"Our principles:", u"- Focus: we say no to most good ideas.",
                  u"- Pace: we ship something every week.", u"- Trust: we assume good intent."})
        << QStringList{u"Focus = we say no to most good ideas."_s,
                       u"Pace = we ship something every week."_s,
                       u"Trust = we assume good intent."_s};

    QTest::newRow("dash separators: em, en and hyphen")
        << lines({u"Be bold — take the bet nobody else will take.",
                  u"Be humble – you could be wrong, so test it.",
                  u"Be kind - hard on problems, soft on people.",
                  u"Long-term thinking—plan in decades"})
        << QStringList{u"Be bold = take the bet nobody else will take."_s,
                       u"Be humble = you could be wrong, so test it."_s,
                       u"Be kind = hard on problems, soft on people."_s,
                       u"Long-term thinking = plan in decades"_s};

    QTest::newRow("markdown headings")
        << lines({u"# Our culture", u"", u"## Be curious",
                  u"Ask the second question and read outside your field.", u"", u"## Be candid",
                  u"Say the hard thing kindly and early.", u"", u"### Disagree, then commit",
                  u"Argue in the meeting, back the decision after it."})
        << QStringList{
               u"Be curious = Ask the second question and read outside your field."_s,
               u"Be candid = Say the hard thing kindly and early."_s,
               u"  Disagree, then commit = Argue in the meeting, back the decision after it."_s};

    QTest::newRow("markdown bold names")
        << lines({u"- **Customer first**: We listen before we build.",
                  u"- **Own it** — We finish what we start.", u"- __Stay humble__",
                  u"- **Learn daily:** Every week, one new thing."})
        << QStringList{u"Customer first = We listen before we build."_s,
                       u"Own it = We finish what we start."_s, u"Stay humble"_s,
                       u"Learn daily = Every week, one new thing."_s};

    QTest::newRow("ALL CAPS headings with bullets under each")
        << lines({u"CUSTOMER FIRST", u"We listen before we build.", u"• Ask why twice",
                  u"• Measure what matters", u"", u"SPEED WITH CARE",
                  u"We ship small and often, and we fix what we break."})
        << QStringList{u"CUSTOMER FIRST = We listen before we build."_s, u"  Ask why twice"_s,
                       u"  Measure what matters"_s,
                       u"SPEED WITH CARE = We ship small and often, and we fix what we break."_s};

    QTest::newRow("windows line endings, nbsp and zero-width characters")
        << QString::fromUtf16(u"Our values\r\n\r\n\u2022\u00a0Integrity\u200b\r\n\u2022\u00a0"
                              u"Customer\u00a0focus:\u00a0we\u00a0listen\u00a0first.\r\n"
                              u"\ufeff\u2022 Teamwork\r\n")
        << QStringList{u"Integrity"_s, u"Customer focus = we listen first."_s, u"Teamwork"_s};

    QTest::newRow("intro sentences and a colon title are dropped")
        << lines({u"We hire people who share these beliefs. They shape every decision we make.",
                  u"Here are our leadership principles:", u"", u"Think big",
                  u"Small plans rarely change anything for our users.", u"", u"Dive deep",
                  u"Stay close to the details and audit often."})
        << QStringList{u"Think big = Small plans rarely change anything for our users."_s,
                       u"Dive deep = Stay close to the details and audit often."_s};

    QTest::newRow("learn more links are dropped")
        << lines({u"Respect", u"We treat every person as a peer.", u"Learn more", u"",
                  u"Excellence", u"We hold our work to a high standard. Read more \u2192",
                  u"Read more about how we hire"})
        << QStringList{u"Respect = We treat every person as a peer."_s,
                       u"Excellence = We hold our work to a high standard."_s};

    QTest::newRow("duplicated lines and a list pasted twice")
        << lines({u"Openness", u"Openness", u"We share what we know.", u"Focus",
                  u"We do a few things well.", u"Openness", u"We share what we know.", u"Focus",
                  u"We do a few things well."})
        << QStringList{u"Openness = We share what we know."_s,
                       u"Focus = We do a few things well."_s};

    QTest::newRow("emoji bullets")
        << lines({u"\U0001F680 Move fast", u"\U0001F91D Win together",
                  u"\U0001F4A1\uFE0F Stay curious", u"\u2705 Ship quality"})
        << QStringList{u"Move fast"_s, u"Win together"_s, u"Stay curious"_s, u"Ship quality"_s};

    QTest::newRow("nested glyphs without indentation")
        << lines({u"\u25CF Quality", u"\u25CB Test what you ship", u"\u25CB Review every change",
                  u"\u25CF Speed", u"\u25CB Small steps", u"\u25BA Simplicity",
                  u"\u2713 One way to do it"})
        << QStringList{u"Quality"_s,
                       u"  Test what you ship"_s,
                       u"  Review every change"_s,
                       u"Speed"_s,
                       u"  Small steps"_s,
                       u"  Simplicity"_s,
                       u"  One way to do it"_s};

    QTest::newRow("long bullet names are meanings of the value above")
        << lines({u"\u2022 Ownership",
                  u"\u2022 We act on behalf of the whole company and never say that it is not our "
                  u"job",
                  u"\u2022 Frugality", u"\u2022 Constraints breed resourcefulness and invention."})
        << QStringList{
               u"Ownership = We act on behalf of the whole company and never say that it is not our job"_s,
               u"Frugality = Constraints breed resourcefulness and invention."_s};

    QTest::newRow("right-to-left text")
        << lines({u"\u2022 \u0627\u0644\u0646\u0632\u0627\u0647\u0629: \u0646\u0642\u0648\u0644 "
                  u"\u0627\u0644\u062D\u0642\u064A\u0642\u0629 \u062F\u0627\u0626\u0645\u0627",
                  u"\u2022 \u200F\u05D0\u05D5\u05DE\u05E5 - \u05D0\u05E0\u05D7\u05E0\u05D5 "
                  u"\u05DE\u05E0\u05E1\u05D9\u05DD"})
        << QStringList{
               u"\u0627\u0644\u0646\u0632\u0627\u0647\u0629 = \u0646\u0642\u0648\u0644 "
               u"\u0627\u0644\u062D\u0642\u064A\u0642\u0629 \u062F\u0627\u0626\u0645\u0627"_s,
               u"\u05D0\u05D5\u05DE\u05E5 = \u05D0\u05E0\u05D7\u05E0\u05D5 "
               u"\u05DE\u05E0\u05E1\u05D9\u05DD"_s};

    QTest::newRow("chinese numbering and japanese bullets")
        << lines({u"一、客户第一：我们从客户出发。", u"二、拥抱变化", u"三、团队合作",
                  u"・お客様第一", u"・挑戦を楽しむ"})
        << QStringList{u"客户第一 = 我们从客户出发。"_s, u"拥抱变化"_s, u"团队合作"_s,
                       u"  お客様第一"_s, u"  挑戦を楽しむ"_s};

    QTest::newRow("blank-line blocks with taglines")
        << lines({u"Customer first", u"Always start with the people we serve", u"",
                  u"Own the outcome", u"Finish what you start, even when it gets hard", u"",
                  u"Stay curious", u"Ask the second question"})
        << QStringList{u"Customer first = Always start with the people we serve"_s,
                       u"Own the outcome = Finish what you start, even when it gets hard"_s,
                       u"Stay curious = Ask the second question"_s};

    QTest::newRow("plain list of names")
        << lines({u"Integrity", u"Courage", u"Curiosity", u"Are right, a lot"})
        << QStringList{u"Integrity"_s, u"Courage"_s, u"Curiosity"_s, u"Are right, a lot"_s};

    QTest::newRow("colon-ended heading over its meaning")
        << lines({u"Customer obsession:", u"We start with the customer and work backwards.",
                  u"Bias for action:", u"Speed matters, and most decisions can be undone."})
        << QStringList{u"Customer obsession = We start with the customer and work backwards."_s,
                       u"Bias for action = Speed matters, and most decisions can be undone."_s};

    QTest::newRow("big numbers on their own line")
        << lines({u"01", u"Think big", u"Bold direction inspires results.", u"02", u"Dive deep",
                  u"Stay connected to the details.", u"03", u"Deliver"})
        << QStringList{u"Think big = Bold direction inspires results."_s,
                       u"Dive deep = Stay connected to the details."_s, u"Deliver"_s};

    QTest::newRow("tab-indented list under a title")
        << lines({u"Values", u"\tIntegrity", u"\t\tTell the truth", u"\t\tKeep promises",
                  u"\tCourage"})
        << QStringList{u"Integrity"_s, u"  Tell the truth"_s, u"  Keep promises"_s, u"Courage"_s};

    QTest::newRow("third level becomes a sub-principle")
        << lines({u"- Excellence", u"  - Quality", u"    - Tests first", u"  - Speed"})
        << QStringList{u"Excellence"_s, u"  Quality"_s, u"  Tests first"_s, u"  Speed"_s};

    QTest::newRow("decimal sub-numbering")
        << lines({u"1. Learn", u"1.1 Read every day", u"1.2 Teach what you learn", u"2. Lead",
                  u"2.1 Set direction"})
        << QStringList{u"Learn"_s, u"  Read every day"_s, u"  Teach what you learn"_s, u"Lead"_s,
                       u"  Set direction"_s};

    QTest::newRow("fullwidth numbering and short bullets with periods")
        << lines({u"１．誠実", u"２．挑戦", u"", u"- Be kind.", u"- Be brave.", u"- Be quick."})
        << QStringList{u"誠実"_s, u"挑戦"_s, u"  Be kind"_s, u"  Be brave"_s, u"  Be quick"_s};
}

void TestValuesPasteParser::shouldParseRealWorldShapes() {
    QFETCH(QString, text);
    QFETCH(QStringList, tree);
    const QList<ValueDraft> values = ValuesPasteParser::parse(text);
    QCOMPARE(dump(values), tree);
    verifySane(values);
}

void TestValuesPasteParser::shouldNormaliseLineEndingsSpacesAndInvisibleCharacters() {
    const QString text = QString::fromUtf16(
        u"\ufeffA\u00a0\u00a0b\r\n\tc\u200b\u200ed\rE\u2028\u202eF\u202c\u0001\r\n  \r\n");
    QCOMPARE(ValuesPasteParser::normalise(text), QString::fromUtf16(u"A b\n    cd\nE\nF"));
    // Decomposed é becomes the composed one.
    QCOMPARE(ValuesPasteParser::normalise(QString::fromUtf16(u"Caf\u0065\u0301")),
             QString::fromUtf16(u"Caf\u00e9"));
}

void TestValuesPasteParser::shouldGiveNothingForInputWithoutValues_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("white space") << QStringLiteral("   \n\t\n  \r\n \u00a0");
    QTest::newRow("only bullets") << lines(
        {u"\u2022", u"-", u"*", u"\u2022 ", u"1.", u"(2)", u"\u25CB"});
    QTest::newRow("only rules and links")
        << lines({u"---", u"***", u"Learn more", u"https://example.invalid/values", u"\u2192"});
    QTest::newRow("only an intro sentence")
        << QStringLiteral("These are the ideas we come back to when a decision gets hard.");
}

void TestValuesPasteParser::shouldGiveNothingForInputWithoutValues() {
    QFETCH(QString, text);
    QCOMPARE(ValuesPasteParser::parse(text), QList<ValueDraft>());
}

void TestValuesPasteParser::shouldCapTenThousandLinesAtMaxValues() {
    QStringList text;
    for (int i = 0; i < 10'000; ++i) {
        text.append(QStringLiteral("\u2022 Value number %1").arg(i));
        if (i % 3 == 0)
            text.append(QStringLiteral("  \u25E6 Sub-principle %1").arg(i));
    }
    QElapsedTimer timer;
    timer.start();
    const QList<ValueDraft> values = ValuesPasteParser::parse(text.join(u'\n'));
    QCOMPARE(countAll(values), ValuesPasteParser::MaxValues);
    QCOMPARE(values.first().name, QStringLiteral("Value number 0"));
    QCOMPARE(values.first().children.first().name, QStringLiteral("Sub-principle 0"));
    verifySane(values);
}

void TestValuesPasteParser::shouldSurviveBinaryLookingText() {
    // A deterministic byte soup, read the ways a clipboard might: Latin-1, UTF-8 and raw UTF-16.
    QByteArray bytes;
    quint32 state = 12345;
    for (int i = 0; i < 64 * 1024; ++i) {
        state = state * 1103515245u + 12345u;
        bytes.append(char(state >> 16));
    }
    const QList<QString> inputs{
        QString::fromLatin1(bytes), QString::fromUtf8(bytes),
        QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2),
        QString::fromUtf16(u"\xD800\xD800 lone surrogates \xDC00\n\u2022 \xDBFF")};
    for (const QString &input : inputs) {
        const QList<ValueDraft> values = ValuesPasteParser::parse(input);
        QVERIFY(countAll(values) <= ValuesPasteParser::MaxValues);
        verifySane(values);
    }
}

void TestValuesPasteParser::shouldSurviveOneHugeLineAndDeepIndentation() {
    QCOMPARE(ValuesPasteParser::parse(QString(500'000, u'a')), QList<ValueDraft>());
    QStringList stairs;
    for (int i = 0; i < 2'000; ++i)
        stairs.append(QString(i, u' ') + QStringLiteral("- Step %1").arg(i));
    const QList<ValueDraft> values = ValuesPasteParser::parse(stairs.join(u'\n'));
    QCOMPARE(countAll(values), ValuesPasteParser::MaxValues);
    verifySane(values);
    // Longer than MaxInputChars: the rest is ignored rather than parsed slowly.
    const QList<ValueDraft> capped = ValuesPasteParser::parse(
        QString(ValuesPasteParser::MaxInputChars, u' ') + QStringLiteral("Hidden"));
    QCOMPARE(capped, QList<ValueDraft>());
}

void TestValuesPasteParser::shouldBeDeterministic() {
    const QString text = lines(
        {u"Our values", u"1. Customer first", u"  - Listen", u"2. Own it: finish what you start."});
    const QList<ValueDraft> once = ValuesPasteParser::parse(text);
    QCOMPARE(ValuesPasteParser::parse(text), once);
    QCOMPARE(dump(once), (QStringList{u"Customer first"_s, u"  Listen"_s,
                                      u"Own it = finish what you start."_s}));
}

QTEST_GUILESS_MAIN(TestValuesPasteParser)
#include "tst_valuespasteparser.moc"
