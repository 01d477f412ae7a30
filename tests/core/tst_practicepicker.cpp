#include "practicepicker.h"

#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(starling::PracticeOrder)
Q_DECLARE_METATYPE(starling::PracticeCandidate)

namespace {

const QDateTime kNow(QDate(2024, 5, 20), QTime(12, 0), Qt::UTC);

Question question(qint64 id, qint64 companyId)
{
    Question q;
    q.id = id;
    q.text = QStringLiteral("Question %1").arg(id);
    q.companyId = companyId;
    return q;
}

Answer answer(qint64 id, qint64 questionId, qint64 companyId, AnswerStatus status)
{
    Answer a;
    a.id = id;
    a.questionId = questionId;
    a.companyId = companyId;
    a.status = status;
    return a;
}

PracticeRun run(qint64 id, qint64 answerId, qint64 questionId, int daysAgo, int rating)
{
    PracticeRun r;
    r.id = id;
    r.answerId = answerId;
    r.questionId = questionId;
    r.startedAt = kNow.addDays(-daysAgo);
    r.seconds = 100;
    r.rating = rating;
    return r;
}

PracticeCandidate onAnswer(qint64 answerId, qint64 questionId)
{
    PracticeCandidate c;
    c.answerId = answerId;
    c.questionId = questionId;
    return c;
}

PracticeCandidate onQuestion(qint64 questionId)
{
    PracticeCandidate c;
    c.questionId = questionId;
    return c;
}

// "a7" for answer 7, "q3" for a bare question 3: readable failure messages.
QStringList names(const QList<PracticeCandidate> &candidates)
{
    QStringList list;
    for (const PracticeCandidate &c : candidates)
        list.append(c.isAnswer() ? QStringLiteral("a%1").arg(c.answerId)
                                 : QStringLiteral("q%1").arg(c.questionId));
    return list;
}

} // namespace

class TestPracticePicker : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundTripOrderKeys_data()
    {
        QTest::addColumn<PracticeOrder>("order");
        QTest::addColumn<QString>("key");
        QTest::newRow("chosen") << PracticeOrder::Chosen << QStringLiteral("chosen");
        QTest::newRow("random") << PracticeOrder::Random << QStringLiteral("random");
        QTest::newRow("weakest") << PracticeOrder::WeakestFirst << QStringLiteral("weakest");
    }
    void shouldRoundTripOrderKeys()
    {
        QFETCH(PracticeOrder, order);
        QFETCH(QString, key);
        QCOMPARE(practiceOrderKey(order), key);
        QCOMPARE(practiceOrderFromKey(key), order);
    }

    void shouldRefuseUnknownOrderKeys()
    {
        QVERIFY(!practiceOrderFromKey(u"Weakest"));
        QVERIFY(!practiceOrderFromKey(u""));
    }

    void shouldCollectTheCompanysAnswersAndUnansweredQuestions()
    {
        // GIVEN company 1 with questions 10 and 11 (11 answered), a general question 20 answered
        // for company 1, a general question 21 never answered, and company 2's question 30
        const QList<Question> questions{question(10, 1), question(11, 1), question(20, 0),
                                        question(21, 0), question(30, 2)};
        const QList<Answer> answers{answer(100, 11, 1, AnswerStatus::Ready),
                                    answer(101, 20, 1, AnswerStatus::Draft),
                                    answer(102, 30, 2, AnswerStatus::Draft),
                                    answer(103, 0, 1, AnswerStatus::Draft)};

        // WHEN collecting company 1's candidates
        const QList<PracticeCandidate> list = PracticePicker::candidates(1, questions, answers, {}, kNow);

        // THEN its answers and its own unanswered question come, by question id then answer id
        QCOMPARE(names(list), (QStringList{u"a103"_s, u"q10"_s, u"a100"_s, u"a101"_s}));
        QCOMPARE(list.at(0).readiness, PracticeReadiness::Draft);
        QCOMPARE(list.at(1).readiness, PracticeReadiness::NoAnswer);
        QCOMPARE(list.at(2).readiness, PracticeReadiness::Ready);
        QCOMPARE(list.at(2).questionId, 11);
    }

    void shouldCollectGeneralCandidatesForNoCompany()
    {
        const QList<Question> questions{question(10, 1), question(20, 0), question(21, 0)};
        const QList<Answer> answers{answer(100, 20, 0, AnswerStatus::Draft),
                                    answer(101, 10, 1, AnswerStatus::Draft)};
        const QList<PracticeCandidate> list = PracticePicker::candidates(0, questions, answers, {}, kNow);
        QCOMPARE(names(list), (QStringList{u"a100"_s, u"q21"_s}));
    }

    void shouldCountRecentRunsAndTheLastRating()
    {
        // GIVEN answer 100 practised 1, 3 and 10 days ago (rated 4, unrated, 2) and question 10
        // practised twice long ago (the later one rated 1)
        const QList<Question> questions{question(10, 1), question(11, 1)};
        const QList<Answer> answers{answer(100, 11, 1, AnswerStatus::Ready)};
        const QList<PracticeRun> runs{run(1, 100, 0, 10, 2), run(2, 100, 0, 3, 4),
                                      run(3, 100, 0, 1, 0), run(4, 0, 10, 30, 5),
                                      run(5, 0, 10, 20, 1), run(6, 0, 11, 0, 5)};

        const QList<PracticeCandidate> list = PracticePicker::candidates(1, questions, answers, runs, kNow);

        // THEN the answer counts two recent runs and its last rated run's rating; the run on
        // the bare question 11 does not count for the answer to it
        QCOMPARE(names(list), (QStringList{u"q10"_s, u"a100"_s}));
        QCOMPARE(list.at(0).recentRuns, 0);
        QCOMPARE(list.at(0).lastRating, 1);
        QCOMPARE(list.at(1).recentRuns, 2);
        QCOMPARE(list.at(1).lastRating, 4);
    }

    void shouldCountARunExactlySevenDaysOldAsRecent()
    {
        const QList<Question> questions{question(10, 1)};
        const QList<PracticeRun> runs{run(1, 0, 10, PracticePicker::RecentDays, 3)};
        QCOMPARE(PracticePicker::candidates(1, questions, {}, runs, kNow).at(0).recentRuns, 1);
        QCOMPARE(PracticePicker::candidates(1, questions, {}, runs, kNow.addSecs(1)).at(0).recentRuns, 0);
    }

    void shouldRankWeakestFirst_data()
    {
        // Each row: the candidates (as given to the ranking), then the expected order.
        QTest::addColumn<QList<PracticeCandidate>>("candidates");
        QTest::addColumn<QStringList>("expected");

        auto make = [](PracticeCandidate c, PracticeReadiness readiness, int recent, int rating) {
            c.readiness = readiness;
            c.recentRuns = recent;
            c.lastRating = rating;
            return c;
        };
        using R = PracticeReadiness;

        QTest::newRow("no answer before draft before ready")
            << QList<PracticeCandidate>{make(onAnswer(1, 1), R::Ready, 0, 0),
                                        make(onAnswer(2, 2), R::Draft, 5, 5),
                                        make(onQuestion(3), R::NoAnswer, 9, 5)}
            << QStringList{u"q3"_s, u"a2"_s, u"a1"_s};
        QTest::newRow("then fewest recent runs")
            << QList<PracticeCandidate>{make(onAnswer(1, 1), R::Ready, 3, 1),
                                        make(onAnswer(2, 2), R::Ready, 0, 5),
                                        make(onAnswer(3, 3), R::Ready, 1, 1)}
            << QStringList{u"a2"_s, u"a3"_s, u"a1"_s};
        QTest::newRow("then lowest last rating, never rated first")
            << QList<PracticeCandidate>{make(onAnswer(1, 1), R::Draft, 1, 4),
                                        make(onAnswer(2, 2), R::Draft, 1, 0),
                                        make(onAnswer(3, 3), R::Draft, 1, 2)}
            << QStringList{u"a2"_s, u"a3"_s, u"a1"_s};
        QTest::newRow("then question id, then answer id")
            << QList<PracticeCandidate>{make(onAnswer(5, 9), R::Draft, 0, 0),
                                        make(onAnswer(4, 9), R::Draft, 0, 0),
                                        make(onAnswer(6, 2), R::Draft, 0, 0)}
            << QStringList{u"a6"_s, u"a4"_s, u"a5"_s};
        QTest::newRow("empty") << QList<PracticeCandidate>{} << QStringList{};
    }
    void shouldRankWeakestFirst()
    {
        QFETCH(QList<PracticeCandidate>, candidates);
        QFETCH(QStringList, expected);
        const QList<PracticeCandidate> ranked = PracticePicker::weakestFirst(candidates);
        QCOMPARE(names(ranked), expected);
        QRandomGenerator random(1);
        const auto first = PracticePicker::next(PracticeOrder::WeakestFirst, candidates, std::nullopt, random);
        QCOMPARE(first.has_value(), !expected.isEmpty());
        if (first)
            QCOMPARE(names({*first}), QStringList{expected.first()});
    }

    void shouldRankFromTheVaultsEntities()
    {
        // GIVEN a ready answer, a draft practised yesterday, a draft never practised and an
        // unanswered question practised today
        const QList<Question> questions{question(1, 1), question(2, 1), question(3, 1),
                                        question(4, 1)};
        const QList<Answer> answers{answer(10, 1, 1, AnswerStatus::Ready),
                                    answer(20, 2, 1, AnswerStatus::Draft),
                                    answer(30, 3, 1, AnswerStatus::Draft)};
        const QList<PracticeRun> runs{run(1, 20, 0, 1, 5), run(2, 0, 4, 0, 5)};

        const QList<PracticeCandidate> ranked
            = PracticePicker::weakestFirst(PracticePicker::candidates(1, questions, answers, runs, kNow));

        QCOMPARE(names(ranked), (QStringList{u"q4"_s, u"a30"_s, u"a20"_s, u"a10"_s}));
    }

    void shouldNotPickTheSameQuestionTwiceWhenWeakestFirst()
    {
        const QList<PracticeCandidate> candidates{onQuestion(1), onAnswer(2, 2)};
        QRandomGenerator random(1);
        const auto first = PracticePicker::next(PracticeOrder::WeakestFirst, candidates, std::nullopt, random);
        QVERIFY(first);
        QCOMPARE(first->questionId, 1);
        const auto second = PracticePicker::next(PracticeOrder::WeakestFirst, candidates, first, random);
        QVERIFY(second);
        QCOMPARE(second->answerId, 2);
    }

    void shouldRepeatTheOnlyCandidate_data()
    {
        QTest::addColumn<PracticeOrder>("order");
        QTest::newRow("chosen") << PracticeOrder::Chosen;
        QTest::newRow("random") << PracticeOrder::Random;
        QTest::newRow("weakest") << PracticeOrder::WeakestFirst;
    }
    void shouldRepeatTheOnlyCandidate()
    {
        QFETCH(PracticeOrder, order);
        const QList<PracticeCandidate> candidates{onAnswer(3, 7)};
        QRandomGenerator random(42);
        const auto next = PracticePicker::next(order, candidates, candidates.first(), random);
        QVERIFY(next);
        QCOMPARE(*next, candidates.first());
        QVERIFY(!PracticePicker::next(order, {}, std::nullopt, random));
    }

    void shouldWalkTheListWhenChosen()
    {
        const QList<PracticeCandidate> candidates{onQuestion(1), onAnswer(2, 2), onQuestion(3)};
        QRandomGenerator random(1);
        std::optional<PracticeCandidate> current;
        QStringList walked;
        for (int i = 0; i < 4; ++i) {
            current = PracticePicker::next(PracticeOrder::Chosen, candidates, current, random);
            walked.append(names({*current}));
        }
        QCOMPARE(walked, (QStringList{u"q1"_s, u"a2"_s, u"q3"_s, u"q1"_s}));
        // A previous one no longer in the list starts over.
        QCOMPARE(PracticePicker::next(PracticeOrder::Chosen, candidates, onQuestion(99), random),
                 std::optional(candidates.first()));
    }

    void shouldPickTheSameRandomSequenceForTheSameSeed()
    {
        QList<PracticeCandidate> candidates;
        for (int i = 1; i <= 6; ++i)
            candidates.append(onQuestion(i));
        auto sequence = [&](quint32 seed) {
            QRandomGenerator random(seed);
            std::optional<PracticeCandidate> current;
            QStringList picked;
            for (int i = 0; i < 20; ++i) {
                current = PracticePicker::next(PracticeOrder::Random, candidates, current, random);
                picked.append(names({*current}));
            }
            return picked;
        };
        const QStringList first = sequence(2024);
        QCOMPARE(sequence(2024), first);
        // Twenty draws from six must reach more than one or two of them.
        QVERIFY(QSet<QString>(first.cbegin(), first.cend()).size() >= 3);
    }

    void shouldNeverRepeatAQuestionWhenRandom_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 99u, 123456u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void shouldNeverRepeatAQuestionWhenRandom()
    {
        QFETCH(quint32, seed);
        // Two answers to question 5 count as the same question.
        const QList<PracticeCandidate> candidates{onAnswer(1, 5), onAnswer(2, 5), onQuestion(6)};
        QRandomGenerator random(seed);
        std::optional<PracticeCandidate> current;
        for (int i = 0; i < 200; ++i) {
            const auto next = PracticePicker::next(PracticeOrder::Random, candidates, current, random);
            QVERIFY(next);
            if (current)
                QVERIFY2(!next->sameQuestionAs(*current), qPrintable(names({*current, *next}).join(u' ')));
            current = next;
        }
    }
};

QTEST_GUILESS_MAIN(TestPracticePicker)
#include "tst_practicepicker.moc"
