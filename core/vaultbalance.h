#pragma once

#include "story.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace starling {

// One thing the vault analysis noticed, worded as a single line a person can act on.
struct BalanceFinding {
    enum class Severity {
        Gap,    // something the method asks for is missing
        Advice, // it works, but it could be stronger
        Ok,     // the summary when nothing is missing
    };

    QString code;      // stable key: "backbone-count", "missing-failure", "story-empty-result", ...
    Severity severity = Severity::Advice;
    qint64 storyId = 0; // 0 when the finding is about the whole vault
    QString message;

    bool operator==(const BalanceFinding &) const = default;
};

// What the balance analysis reads of a story: its heading, which STAR parts are blank and how
// long its Action is. Small, so a big vault can be analysed a page of stories at a time without
// holding every story's text.
struct StoryOutline {
    qint64 id = 0;
    QString title;
    StoryKinds kinds;
    bool backbone = false;
    quint32 blankParts = 0; // StoryField bits of the blank Situation, Task, Action and Result
    int actionWords = 0;

    static StoryOutline of(const Story &story);
};

// Checks a vault against the method: 2–3 backbone stories, covering a success, a failure and a
// teamwork or leadership story, each with a full Situation, Task, Action and Result.
// Pure analysis over values: no store, no signals, so the UI can run it on every change.
class VaultBalance
{
    Q_DECLARE_TR_FUNCTIONS(starling::VaultBalance)
public:
    static constexpr int MinBackboneStories = 2;
    static constexpr int MaxBackboneStories = 3;
    // An Action shorter than this cannot carry the technical detail follow-up questions probe.
    static constexpr int MinActionWords = 60;

    // Finding codes, so callers never spell them by hand.
    static QString backboneCountCode() { return QStringLiteral("backbone-count"); }
    static QString missingSuccessCode() { return QStringLiteral("missing-success"); }
    static QString missingFailureCode() { return QStringLiteral("missing-failure"); }
    static QString missingTeamworkCode() { return QStringLiteral("missing-teamwork"); }
    static QString shortActionCode() { return QStringLiteral("story-short-action"); }
    static QString allGoodCode() { return QStringLiteral("all-good"); }
    // "story-empty-situation", "story-empty-task", "story-empty-action", "story-empty-result".
    static QString emptyPartCode(quint32 storyField);

    // Vault-wide findings first ("all-good" leads when nothing is missing), then per-story
    // findings in the order of the stories given.
    static QList<BalanceFinding> analyze(const QList<Story> &stories);
    static QList<BalanceFinding> analyzeOutlines(const QList<StoryOutline> &stories);

    // Whitespace-separated words, the way a person would count them.
    static int wordCount(QStringView text);
};

} // namespace starling
