#include "practicepicker.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace starling {

QString practiceOrderKey(PracticeOrder order)
{
    switch (order) {
    case PracticeOrder::Chosen:
        return QStringLiteral("chosen");
    case PracticeOrder::Random:
        return QStringLiteral("random");
    case PracticeOrder::WeakestFirst:
        break;
    }
    return QStringLiteral("weakest");
}

std::optional<PracticeOrder> practiceOrderFromKey(QStringView key)
{
    if (key == u"chosen")
        return PracticeOrder::Chosen;
    if (key == u"random")
        return PracticeOrder::Random;
    if (key == u"weakest")
        return PracticeOrder::WeakestFirst;
    return std::nullopt;
}

bool PracticeCandidate::sameQuestionAs(const PracticeCandidate &other) const
{
    if (isAnswer() && answerId == other.answerId)
        return true;
    return questionId > 0 && questionId == other.questionId;
}

namespace {

struct RunStats {
    int recent = 0;
    QDateTime lastRatedAt;
    qint64 lastRatedId = 0;
    int lastRating = 0;
};

void count(RunStats &stats, const PracticeRun &run, const QDateTime &recentSince)
{
    if (run.startedAt.isValid() && run.startedAt >= recentSince)
        ++stats.recent;
    if (run.rating <= 0)
        return; // an unrated run says nothing about how it went
    const bool later = stats.lastRatedId == 0 || run.startedAt > stats.lastRatedAt
                       || (run.startedAt == stats.lastRatedAt && run.id > stats.lastRatedId);
    if (later) {
        stats.lastRatedAt = run.startedAt;
        stats.lastRatedId = run.id;
        stats.lastRating = run.rating;
    }
}

} // namespace

QList<PracticeCandidate> PracticePicker::candidates(qint64 companyId,
                                                    const QList<Question> &questions,
                                                    const QList<Answer> &answers,
                                                    const QList<PracticeRun> &runs,
                                                    const QDateTime &now)
{
    const QDateTime recentSince = now.addDays(-RecentDays);
    QHash<qint64, RunStats> byAnswer;
    QHash<qint64, RunStats> byQuestion;
    for (const PracticeRun &run : runs) {
        if (run.answerId > 0)
            count(byAnswer[run.answerId], run, recentSince);
        else if (run.questionId > 0)
            count(byQuestion[run.questionId], run, recentSince);
    }

    QList<PracticeCandidate> list;
    QSet<qint64> answered;
    for (const Answer &answer : answers) {
        if (answer.companyId != companyId)
            continue;
        PracticeCandidate c;
        c.answerId = answer.id;
        c.questionId = answer.questionId;
        c.readiness = answer.status == AnswerStatus::Ready ? PracticeReadiness::Ready
                                                           : PracticeReadiness::Draft;
        const RunStats stats = byAnswer.value(answer.id);
        c.recentRuns = stats.recent;
        c.lastRating = stats.lastRating;
        list.append(c);
        if (answer.questionId > 0)
            answered.insert(answer.questionId);
    }
    for (const Question &question : questions) {
        if (question.companyId != companyId || answered.contains(question.id))
            continue;
        PracticeCandidate c;
        c.questionId = question.id;
        const RunStats stats = byQuestion.value(question.id);
        c.recentRuns = stats.recent;
        c.lastRating = stats.lastRating;
        list.append(c);
    }
    std::sort(list.begin(), list.end(), [](const PracticeCandidate &a, const PracticeCandidate &b) {
        return std::tie(a.questionId, a.answerId) < std::tie(b.questionId, b.answerId);
    });
    return list;
}

bool PracticePicker::isWeaker(const PracticeCandidate &a, const PracticeCandidate &b)
{
    return std::tuple(int(a.readiness), a.recentRuns, a.lastRating, a.questionId, a.answerId)
           < std::tuple(int(b.readiness), b.recentRuns, b.lastRating, b.questionId, b.answerId);
}

QList<PracticeCandidate> PracticePicker::weakestFirst(QList<PracticeCandidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), &PracticePicker::isWeaker);
    return candidates;
}

std::optional<PracticeCandidate>
PracticePicker::next(PracticeOrder order, const QList<PracticeCandidate> &candidates,
                     const std::optional<PracticeCandidate> &previous, QRandomGenerator &random)
{
    if (candidates.isEmpty())
        return std::nullopt;

    if (order == PracticeOrder::Chosen) {
        if (!previous)
            return candidates.first();
        // Found by identity rather than equality: the statistics change once a run is saved.
        const auto it = std::find_if(candidates.cbegin(), candidates.cend(),
                                     [&](const PracticeCandidate &c) {
                                         return c.answerId == previous->answerId
                                                && c.questionId == previous->questionId;
                                     });
        if (it == candidates.cend())
            return candidates.first();
        const qsizetype index = (it - candidates.cbegin() + 1) % candidates.size();
        return candidates.at(index);
    }

    QList<PracticeCandidate> pool;
    for (const PracticeCandidate &c : candidates) {
        if (!previous || !c.sameQuestionAs(*previous))
            pool.append(c);
    }
    if (pool.isEmpty())
        pool = candidates; // nothing else to ask: repeating beats asking nothing

    if (order == PracticeOrder::Random)
        return pool.at(qsizetype(random.bounded(quint32(pool.size()))));
    return *std::min_element(pool.cbegin(), pool.cend(), &PracticePicker::isWeaker);
}

} // namespace starling
