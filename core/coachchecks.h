#pragma once

#include "answer.h"
#include "question.h"
#include "speakingpace.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace starling {

// The six parts of an R-STAR-L answer, in speaking order. None: a finding about the whole answer.
enum class AnswerSection { None, Repeat, Situation, Task, Action, Result, LinkBack };

inline constexpr std::array<AnswerSection, 6> AnswerSections{
    AnswerSection::Repeat, AnswerSection::Situation, AnswerSection::Task,
    AnswerSection::Action, AnswerSection::Result,    AnswerSection::LinkBack};

enum class Severity { Error, Warning, Info };

// One thing the coach noticed about an answer.
struct CoachFinding {
    QString code;            // stable, e.g. "result-no-metric"; never translated
    Severity severity = Severity::Warning;
    AnswerSection section = AnswerSection::None;
    QString message;         // translated, plain text; says how to fix it

    bool operator==(const CoachFinding &) const = default;
};

// Everything the checks look at. Pure data: the caller reads it from the store.
struct CoachInput {
    Answer answer;
    std::optional<Question> question;     // the answer's question, when it has one
    QList<ValuePrinciple> companyValues;  // every value and sub-principle of the answer's company
    QList<Answer> otherAnswers;           // other answers of the vault (the answer itself is skipped by id)
    SpeakingPace pace;
};

// The R-STAR-L coach: pure functions over an answer, its question and its company's values.
// Word-based checks (repeat-verbatim, link-back-*, action-we-not-i) are written for English.
class CoachChecks
{
    Q_DECLARE_TR_FUNCTIONS(starling::CoachChecks)
public:
    // Every code the coach can report, in the order run() reports them.
    static QStringList codes();
    // All findings for the answer, ordered by section (None last) and then by codes() order.
    static QList<CoachFinding> run(const CoachInput &input);
    // True when no finding is an error: the answer can be called "passing".
    static bool passes(const QList<CoachFinding> &findings);
    // The same verdict as passes(run(input)) without running the word-based checks, which are
    // never errors: only an empty section is. Readiness asks this of every answer at start-up,
    // where the full run (comparing each link back with every other answer) is quadratic.
    static bool passes(const Answer &answer);

    // Stable keys ("repeat", "situation", "task", "action", "result", "link-back"; "" for None).
    static QString sectionKey(AnswerSection section);
    static std::optional<AnswerSection> sectionFromKey(QStringView key);
    // Translated display names ("Repeat" … "Link back"; "Whole answer" for None).
    static QString sectionName(AnswerSection section);
    // Translated one-line explanation of what belongs in the section.
    static QString sectionHint(AnswerSection section);
    // The AnswerField flag of a section (0 for None), and the section's text in an answer.
    static quint32 sectionField(AnswerSection section);
    static QString sectionText(const Answer &answer, AnswerSection section);
    static void setSectionText(Answer &answer, AnswerSection section, const QString &text);
    static QString severityKey(Severity severity); // "error", "warning", "info"
    static QString severityName(Severity severity); // translated
};

} // namespace starling
