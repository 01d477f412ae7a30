#pragma once

#include "answer.h"
#include "practicerun.h"
#include "question.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

#include <optional>

namespace starling {

// How the practice view chooses what comes next.
enum class PracticeOrder {
    Chosen,       // the user picks; "Next" walks the list in order
    Random,       // any candidate, never the same question twice in a row
    WeakestFirst, // the least ready first (see PracticePicker::isWeaker)
};

// Stable keys for settings: "chosen", "random", "weakest".
QString practiceOrderKey(PracticeOrder order);
std::optional<PracticeOrder> practiceOrderFromKey(QStringView key);

// How far an item is from interview-ready; the order of the enumerators is the ranking.
enum class PracticeReadiness {
    NoAnswer, // a question with nothing written for it yet
    Draft,
    Ready,
};

// One thing to practise for a company: a prepared answer, or a question without an answer.
struct PracticeCandidate {
    qint64 answerId = 0;   // set: rehearse this answer
    qint64 questionId = 0; // the question asked; 0 for an answer written without a question
    PracticeReadiness readiness = PracticeReadiness::NoAnswer;
    int recentRuns = 0;    // practice runs in the last PracticePicker::RecentDays days
    int lastRating = 0;    // the latest rated run's self-rating; 0 when never rated

    bool isAnswer() const { return answerId > 0; }
    // Whether both ask the same thing: the same answer, or the same question.
    bool sameQuestionAs(const PracticeCandidate &other) const;

    bool operator==(const PracticeCandidate &) const = default;
};

// Choosing what to practise next. Pure functions over entity lists: no store, no clock of their
// own (the caller passes `now`) and no global random generator (the caller passes one, so a
// fixed seed gives a fixed sequence).
class PracticePicker
{
public:
    // Practice in this window counts as recent; older runs no longer make an item look rehearsed.
    static constexpr int RecentDays = 7;

    // The company's candidates: every answer written for it, and every question of the company
    // that has no answer for it yet. Questions shared by all companies (companyId 0) only enter
    // through an answer, so the question bank does not flood the list; for companyId 0 itself
    // ("general"), the candidates are the answers without a company and the general questions
    // without such an answer. Ordered by question id, then answer id, with the readiness and
    // practice statistics filled in from `answers` and `runs` as of `now`.
    static QList<PracticeCandidate> candidates(qint64 companyId, const QList<Question> &questions,
                                               const QList<Answer> &answers,
                                               const QList<PracticeRun> &runs,
                                               const QDateTime &now);

    // The weakest-first rule. `a` is weaker than `b` (and so comes first) when, in order:
    //  1. it is less ready: no answer < draft < ready — writing an answer beats rehearsing one;
    //  2. it was practised fewer times in the last RecentDays days — spread the rehearsals;
    //  3. its last self-rating is lower (never rated counts as 0) — work on what felt worst;
    //  4. its question id is lower, then its answer id — a stable, predictable tie-break.
    static bool isWeaker(const PracticeCandidate &a, const PracticeCandidate &b);
    // The candidates sorted with isWeaker(), weakest first.
    static QList<PracticeCandidate> weakestFirst(QList<PracticeCandidate> candidates);

    // The candidate to practise after `previous` (nullopt: the first pick).
    //  - Chosen: the one after `previous` in list order, wrapping around; the first without one.
    //  - Random: a uniformly drawn candidate from `random`.
    //  - WeakestFirst: the weakest.
    // Random and WeakestFirst never return a candidate asking the same question as `previous`
    // when any other candidate exists. nullopt when there are no candidates.
    static std::optional<PracticeCandidate>
    next(PracticeOrder order, const QList<PracticeCandidate> &candidates,
         const std::optional<PracticeCandidate> &previous, QRandomGenerator &random);
};

} // namespace starling
