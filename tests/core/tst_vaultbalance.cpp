#include "vaultbalance.h"

#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("word%1").arg(i));
    return list.join(u' ');
}

// A complete story: every STAR part filled, an Action long enough to carry detail.
Story story(qint64 id, StoryKinds kinds, bool backbone)
{
    Story s;
    s.id = id;
    s.title = QStringLiteral("Story %1").arg(id);
    s.kinds = kinds;
    s.backbone = backbone;
    s.situation = QStringLiteral("The churn model was stale.");
    s.task = QStringLiteral("I owned the retraining.");
    s.action = words(VaultBalance::MinActionWords + 10);
    s.result = QStringLiteral("Churn dropped 12%.");
    return s;
}

QStringList codes(const QList<BalanceFinding> &findings)
{
    QStringList list;
    for (const BalanceFinding &f : findings)
        list.append(f.code);
    return list;
}

const BalanceFinding *find(const QList<BalanceFinding> &findings, const QString &code)
{
    for (const BalanceFinding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}
// The pointer points into the list: a temporary list would be gone before it is read.
const BalanceFinding *find(QList<BalanceFinding> &&findings, const QString &code) = delete;

} // namespace

class TestVaultBalance : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportFindingsForVaultShape_data();
    void shouldReportFindingsForVaultShape();
    void shouldRateBackboneCountBySide_data();
    void shouldRateBackboneCountBySide();
    void shouldFlagShortActionAtThreshold_data();
    void shouldFlagShortActionAtThreshold();
    void shouldNameTheStoryInPerStoryFindings();
    void shouldUseUntitledForEmptyTitle();
    void shouldWriteOneNonEmptyLinePerFinding();
    void shouldPutAllGoodSummaryFirst();
    void shouldListVaultWideBeforePerStoryFindings();
    void shouldCountWordsSeparatedByAnyWhitespace_data();
    void shouldCountWordsSeparatedByAnyWhitespace();
};

void TestVaultBalance::shouldReportFindingsForVaultShape_data()
{
    QTest::addColumn<QList<Story>>("stories");
    QTest::addColumn<QStringList>("expected");

    const auto S = StoryKind::Success;
    const auto F = StoryKind::Failure;
    const auto T = StoryKind::Teamwork;
    const auto L = StoryKind::Leadership;

    QTest::newRow("empty vault: one first step, not four gaps")
        << QList<Story>{} << QStringList{u"backbone-count"_s};
    QTest::newRow("three balanced backbone stories")
        << QList<Story>{story(1, S, true), story(2, F, true), story(3, T, true)}
        << QStringList{u"all-good"_s};
    QTest::newRow("two backbone stories, one covering two kinds")
        << QList<Story>{story(1, S | T, true), story(2, F, true)} << QStringList{u"all-good"_s};
    QTest::newRow("leadership satisfies teamwork")
        << QList<Story>{story(1, S, true), story(2, F, true), story(3, L, true)}
        << QStringList{u"all-good"_s};
    QTest::newRow("conflict alone is not teamwork")
        << QList<Story>{story(1, S, true), story(2, F, true),
                        story(3, StoryKind::Conflict, true)}
        << QStringList{u"missing-teamwork"_s};
    QTest::newRow("a single backbone story")
        << QList<Story>{story(1, S, true), story(2, F, false)}
        << QStringList{u"backbone-count"_s, u"missing-failure"_s, u"missing-teamwork"_s};
    QTest::newRow("four backbone stories")
        << QList<Story>{story(1, S, true), story(2, F, true), story(3, T, true),
                        story(4, S, true)}
        << QStringList{u"all-good"_s, u"backbone-count"_s};
    QTest::newRow("no backbone yet: every story counts for coverage")
        << QList<Story>{story(1, S, false), story(2, F, false), story(3, T, false)}
        << QStringList{u"backbone-count"_s};
    QTest::newRow("backbone present: a failure outside it does not count")
        << QList<Story>{story(1, S | T, true), story(2, S, true), story(3, F, false)}
        << QStringList{u"missing-failure"_s};
    QTest::newRow("stories without any kind")
        << QList<Story>{story(1, {}, true), story(2, {}, true)}
        << QStringList{u"missing-success"_s, u"missing-failure"_s, u"missing-teamwork"_s};

    Story noResult = story(2, F, true);
    noResult.result.clear();
    QTest::newRow("a story without a result")
        << QList<Story>{story(1, S | T, true), noResult} << QStringList{u"story-empty-result"_s};

    Story blankSituation = story(2, F, true);
    blankSituation.situation = QStringLiteral("  \n\t ");
    QTest::newRow("whitespace is an empty situation")
        << QList<Story>{story(1, S | T, true), blankSituation}
        << QStringList{u"story-empty-situation"_s};

    Story bare = story(2, F, true);
    bare.situation.clear();
    bare.task.clear();
    bare.action.clear();
    bare.result.clear();
    QTest::newRow("an empty action is not also a short one")
        << QList<Story>{story(1, S | T, true), bare}
        << QStringList{u"story-empty-situation"_s, u"story-empty-task"_s, u"story-empty-action"_s,
                       u"story-empty-result"_s};

    Story shortAction = story(2, F, true);
    shortAction.action = QStringLiteral("I fixed it.");
    QTest::newRow("a short action is advice, not a gap")
        << QList<Story>{story(1, S | T, true), shortAction}
        << QStringList{u"all-good"_s, u"story-short-action"_s};
}

void TestVaultBalance::shouldReportFindingsForVaultShape()
{
    QFETCH(QList<Story>, stories);
    QFETCH(QStringList, expected);

    const QList<BalanceFinding> findings = VaultBalance::analyze(stories);

    QCOMPARE(codes(findings), expected);
    for (const BalanceFinding &f : findings) {
        if (f.code.startsWith(u"story-"))
            QVERIFY2(f.storyId != 0, qPrintable(f.code));
        else
            QCOMPARE(f.storyId, qint64(0));
        if (f.code.startsWith(u"missing-") || f.code.startsWith(u"story-empty-"))
            QCOMPARE(f.severity, BalanceFinding::Severity::Gap);
        if (f.code == VaultBalance::allGoodCode())
            QCOMPARE(f.severity, BalanceFinding::Severity::Ok);
        if (f.code == VaultBalance::shortActionCode())
            QCOMPARE(f.severity, BalanceFinding::Severity::Advice);
    }
}

void TestVaultBalance::shouldRateBackboneCountBySide_data()
{
    QTest::addColumn<int>("backbone");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<BalanceFinding::Severity>("severity");

    QTest::newRow("0") << 0 << true << BalanceFinding::Severity::Gap;
    QTest::newRow("1") << 1 << true << BalanceFinding::Severity::Gap;
    QTest::newRow("2") << 2 << false << BalanceFinding::Severity::Gap;
    QTest::newRow("3") << 3 << false << BalanceFinding::Severity::Gap;
    QTest::newRow("4") << 4 << true << BalanceFinding::Severity::Advice;
    QTest::newRow("7") << 7 << true << BalanceFinding::Severity::Advice;
}

void TestVaultBalance::shouldRateBackboneCountBySide()
{
    QFETCH(int, backbone);
    QFETCH(bool, reported);
    QFETCH(BalanceFinding::Severity, severity);

    QList<Story> stories;
    for (int i = 1; i <= 7; ++i)
        stories.append(story(i, StoryKind::Success | StoryKind::Failure | StoryKind::Teamwork,
                             i <= backbone));

    const QList<BalanceFinding> findings = VaultBalance::analyze(stories);
    const BalanceFinding *count = find(findings, VaultBalance::backboneCountCode());

    QCOMPARE(count != nullptr, reported);
    if (count) {
        QCOMPARE(count->severity, severity);
        if (backbone > 3)
            QVERIFY2(count->message.contains(QString::number(backbone)), qPrintable(count->message));
    }
}

void TestVaultBalance::shouldFlagShortActionAtThreshold_data()
{
    QTest::addColumn<int>("actionWords");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("one word") << 1 << true;
    QTest::newRow("just under") << VaultBalance::MinActionWords - 1 << true;
    QTest::newRow("exactly the minimum") << VaultBalance::MinActionWords << false;
    QTest::newRow("well over") << VaultBalance::MinActionWords * 3 << false;
}

void TestVaultBalance::shouldFlagShortActionAtThreshold()
{
    QFETCH(int, actionWords);
    QFETCH(bool, flagged);

    Story s = story(1, StoryKind::Success, true);
    s.action = words(actionWords);

    const QList<BalanceFinding> findings = VaultBalance::analyze({s});
    const BalanceFinding *finding = find(findings, VaultBalance::shortActionCode());

    QCOMPARE(finding != nullptr, flagged);
    if (finding) {
        QCOMPARE(finding->storyId, qint64(1));
        QVERIFY2(finding->message.contains(QString::number(actionWords)), qPrintable(finding->message));
        QVERIFY2(finding->message.contains(QString::number(VaultBalance::MinActionWords)),
                 qPrintable(finding->message));
    }
}

void TestVaultBalance::shouldNameTheStoryInPerStoryFindings()
{
    Story s = story(9, StoryKind::Failure, true);
    s.title = QStringLiteral("Churn model %2");
    s.result.clear();
    s.action = QStringLiteral("I retrained it.");

    const QList<BalanceFinding> findings = VaultBalance::analyze({s});

    const BalanceFinding *noResult = find(findings, VaultBalance::emptyPartCode(StoryField::Result));
    QVERIFY(noResult);
    QCOMPARE(noResult->storyId, qint64(9));
    QVERIFY2(noResult->message.contains(u"“Churn model %2”"), qPrintable(noResult->message));
    const BalanceFinding *shortAction = find(findings, VaultBalance::shortActionCode());
    QVERIFY(shortAction);
    // A placeholder inside the title must survive the message's own placeholders.
    QVERIFY2(shortAction->message.contains(u"“Churn model %2”"), qPrintable(shortAction->message));
}

void TestVaultBalance::shouldUseUntitledForEmptyTitle()
{
    Story s = story(3, StoryKind::Success, true);
    s.title = QStringLiteral("   ");
    s.task.clear();

    const QList<BalanceFinding> findings = VaultBalance::analyze({s});
    const BalanceFinding *finding = find(findings, VaultBalance::emptyPartCode(StoryField::Task));

    QVERIFY(finding);
    QVERIFY2(finding->message.contains(u"“Untitled story”"), qPrintable(finding->message));
}

void TestVaultBalance::shouldWriteOneNonEmptyLinePerFinding()
{
    Story s = story(1, {}, false);
    s.situation.clear();
    s.action = QStringLiteral("short");
    QList<BalanceFinding> findings = VaultBalance::analyze({s});
    findings += VaultBalance::analyze({});
    findings += VaultBalance::analyze({story(1, StoryKind::Success | StoryKind::Failure
                                                    | StoryKind::Teamwork, true),
                                       story(2, StoryKind::Success, true)});

    QVERIFY(findings.size() >= 6);
    for (const BalanceFinding &f : findings) {
        QVERIFY2(!f.message.trimmed().isEmpty(), qPrintable(f.code));
        QVERIFY2(!f.message.contains(u'\n'), qPrintable(f.message));
        QVERIFY2(!f.message.contains(u'%'), qPrintable(f.message));
    }
}

void TestVaultBalance::shouldPutAllGoodSummaryFirst()
{
    Story shortAction = story(2, StoryKind::Failure, true);
    shortAction.action = QStringLiteral("I fixed it.");

    const QList<BalanceFinding> findings =
        VaultBalance::analyze({story(1, StoryKind::Success | StoryKind::Teamwork, true), shortAction});

    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().code, VaultBalance::allGoodCode());
    QCOMPARE(findings.first().storyId, qint64(0));
}

void TestVaultBalance::shouldListVaultWideBeforePerStoryFindings()
{
    Story s = story(5, StoryKind::Success, false);
    s.result.clear();

    const QList<BalanceFinding> findings = VaultBalance::analyze({s});

    bool seenPerStory = false;
    for (const BalanceFinding &f : findings) {
        if (f.storyId != 0)
            seenPerStory = true;
        else
            QVERIFY2(!seenPerStory, qPrintable(f.code));
    }
    QVERIFY(seenPerStory);
}

void TestVaultBalance::shouldCountWordsSeparatedByAnyWhitespace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces only") << QStringLiteral("   \t\n") << 0;
    QTest::newRow("one") << QStringLiteral("word") << 1;
    QTest::newRow("padded") << QStringLiteral("  two words  ") << 2;
    QTest::newRow("mixed whitespace") << QStringLiteral("a\tb\nc  d\u00a0e") << 5;
    QTest::newRow("non-ASCII") << QStringLiteral("Ärger über Läufe") << 3;
}

void TestVaultBalance::shouldCountWordsSeparatedByAnyWhitespace()
{
    QFETCH(QString, text);
    QFETCH(int, count);

    QCOMPARE(VaultBalance::wordCount(text), count);
}

QTEST_GUILESS_MAIN(TestVaultBalance)
#include "tst_vaultbalance.moc"
