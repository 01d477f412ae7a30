#pragma once

#include "answer.h"
#include "practicerun.h"
#include "question.h"
#include "speakingpace.h"
#include "storyvaluelink.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace starling {

// How ready the candidate is for one company: the four numbers the Companies dock shows.
struct CompanyReadiness {
    int values = 0;          // values and sub-principles
    int valuesCovered = 0;   // ... with at least one story mapped
    int answers = 0;
    int answersReady = 0;    // marked ready by the user
    int answersPassing = 0;  // no coach check reports an error
    int answersPractised = 0; // practised within the last PractiseWindowDays
    QDateTime lastPractice;   // UTC; null when never practised

    bool operator==(const CompanyReadiness &) const = default;
};

// Everything the readiness of every company is computed from, as read from the store.
struct ReadinessInput {
    QList<ValuePrinciple> values;  // of every company
    QList<StoryValueLink> links;
    QList<Question> questions;
    QList<Answer> answers;         // of every company (the coach compares link-backs across them)
    QList<PracticeRun> runs;
    SpeakingPace pace;
    QDateTime now;                 // UTC; "the last week" ends here
};

// Pure analysis, no store: the same numbers in the dock, on the command line and in tests.
class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(starling::Readiness)
public:
    static constexpr int PractiseWindowDays = 7;

    static CompanyReadiness forCompany(qint64 companyId, const ReadinessInput &input);
    // Every company's readiness in one pass over the input (the same numbers as forCompany()).
    // Asking forCompany() of each of 300 companies re-reads every value, link and practice run
    // 300 times. A company with nothing in the input is absent: its readiness is all zero.
    static QHash<qint64, CompanyReadiness> forCompanies(const ReadinessInput &input);
    // "5 of 8 values covered · 2 of 3 answers ready · 3 pass the checks · 1 practised this week"
    static QString summaryText(const CompanyReadiness &readiness);
    // Each part on its own, for a compact view and accessible descriptions.
    static QString valuesText(const CompanyReadiness &readiness);
    static QString answersText(const CompanyReadiness &readiness);
    static QString checksText(const CompanyReadiness &readiness);
    static QString practiceText(const CompanyReadiness &readiness);
};

} // namespace starling

Q_DECLARE_METATYPE(starling::CompanyReadiness)
