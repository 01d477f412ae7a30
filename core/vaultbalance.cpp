#include "vaultbalance.h"

#include <algorithm>
#include <utility>

namespace starling {

namespace {

struct StarPart {
    quint32 field;
    QString (*message)(const QString &title);
};

QString quotedTitle(const StoryOutline &story)
{
    // Each finding is one line: a long title is shortened so the advice stays readable.
    constexpr qsizetype MaxTitle = 48;
    const QString title = story.title.simplified();
    if (title.isEmpty())
        return VaultBalance::tr("Untitled story");
    return title.size() <= MaxTitle ? title : title.left(MaxTitle - 1).trimmed() + u'…';
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QString VaultBalance::emptyPartCode(quint32 storyField)
{
    switch (storyField) {
    case StoryField::Situation: return QStringLiteral("story-empty-situation");
    case StoryField::Task: return QStringLiteral("story-empty-task");
    case StoryField::Action: return QStringLiteral("story-empty-action");
    case StoryField::Result: return QStringLiteral("story-empty-result");
    default: return QStringLiteral("story-empty-part");
    }
}

int VaultBalance::wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

StoryOutline StoryOutline::of(const Story &story)
{
    StoryOutline outline;
    outline.id = story.id;
    outline.title = story.title;
    outline.kinds = story.kinds;
    outline.backbone = story.backbone;
    const std::pair<quint32, const QString *> parts[] = {{StoryField::Situation, &story.situation},
                                                         {StoryField::Task, &story.task},
                                                         {StoryField::Action, &story.action},
                                                         {StoryField::Result, &story.result}};
    for (const auto &[field, text] : parts) {
        if (isBlank(*text))
            outline.blankParts |= field;
    }
    outline.actionWords = VaultBalance::wordCount(story.action);
    return outline;
}

QList<BalanceFinding> VaultBalance::analyze(const QList<Story> &stories)
{
    QList<StoryOutline> outlines;
    outlines.reserve(stories.size());
    for (const Story &story : stories)
        outlines.append(StoryOutline::of(story));
    return analyzeOutlines(outlines);
}

QList<BalanceFinding> VaultBalance::analyzeOutlines(const QList<StoryOutline> &stories)
{
    using Severity = BalanceFinding::Severity;
    QList<BalanceFinding> vaultWide;
    QList<BalanceFinding> perStory;

    int backboneCount = 0;
    for (const StoryOutline &story : stories) {
        if (story.backbone)
            ++backboneCount;
    }

    // Backbone stories are the ones the candidate will actually tell, so once there are any,
    // only they count toward success/failure/teamwork coverage: a failure story left outside
    // the backbone will not be ready in the interview. Before anything is marked backbone we
    // count every story, so a new vault is not told it lacks everything.
    const bool backboneOnly = backboneCount > 0;
    StoryKinds covered;
    for (const StoryOutline &story : stories) {
        if (!backboneOnly || story.backbone)
            covered |= story.kinds;
    }

    if (stories.isEmpty()) {
        // One clear first step instead of four gaps that all say "add a story".
        return {{backboneCountCode(), Severity::Gap, 0,
                 tr("No stories yet — add the 2–3 projects you know best: ideally a success, a "
                    "failure and a teamwork or leadership story.")}};
    }
    if (backboneCount < MinBackboneStories) {
        vaultWide.append(
            {backboneCountCode(), Severity::Gap, 0,
             backboneCount == 0
                 ? tr("No backbone story yet — mark the 2–3 projects you know inside out as "
                      "backbone.")
                 : tr("Only one backbone story — mark one or two more of your strongest projects "
                      "as backbone.")});
    } else if (backboneCount > MaxBackboneStories) {
        vaultWide.append({backboneCountCode(), Severity::Advice, 0,
                          tr("%n backbone stories — keep the 2–3 you know best and unmark the "
                             "rest, so each gets deep preparation.",
                             nullptr, backboneCount)});
    }

    if (!covered.testFlag(StoryKind::Success)) {
        vaultWide.append({missingSuccessCode(), Severity::Gap, 0,
                          backboneOnly ? tr("None of your backbone stories is a success — mark "
                                            "one as Success or make a success story backbone.")
                                       : tr("No success story yet — add a project you are proud "
                                            "of and mark it Success.")});
    }
    if (!covered.testFlag(StoryKind::Failure)) {
        vaultWide.append({missingFailureCode(), Severity::Gap, 0,
                          backboneOnly ? tr("None of your backbone stories is a failure — "
                                            "interviewers ask for one. Make one backbone.")
                                       : tr("No failure story yet — interviewers ask for one.")});
    }
    if (!covered.testFlag(StoryKind::Teamwork) && !covered.testFlag(StoryKind::Leadership)) {
        vaultWide.append({missingTeamworkCode(), Severity::Gap, 0,
                          backboneOnly ? tr("None of your backbone stories shows teamwork or "
                                            "leadership — make one that does backbone.")
                                       : tr("No teamwork or leadership story yet — add one where "
                                            "you got things done through other people.")});
    }

    static const StarPart parts[] = {
        {StoryField::Situation,
         [](const QString &t) {
             return tr("“%1” has no Situation yet — set the scene: team, goal, what was at "
                       "stake.")
                 .arg(t);
         }},
        {StoryField::Task,
         [](const QString &t) {
             return tr("“%1” has no Task yet — say what you were responsible for.").arg(t);
         }},
        {StoryField::Action,
         [](const QString &t) {
             return tr("“%1” has no Action yet — describe what you did, step by step, saying "
                       "“I”.")
                 .arg(t);
         }},
        {StoryField::Result,
         [](const QString &t) {
             return tr("“%1” has no Result yet — say what changed, with a number if you can.")
                 .arg(t);
         }},
    };

    for (const StoryOutline &story : stories) {
        const QString title = quotedTitle(story);
        for (const StarPart &part : parts) {
            if (story.blankParts & part.field)
                perStory.append({emptyPartCode(part.field), Severity::Gap, story.id,
                                 part.message(title)});
        }
        if (!(story.blankParts & StoryField::Action)) {
            const int words = story.actionWords;
            if (words < MinActionWords) {
                perStory.append(
                    {shortActionCode(), Severity::Advice, story.id,
                     tr("“%1” has a short Action (%n words) — add the steps you took and the "
                        "technical detail; aim for %2 or more.",
                        nullptr, words)
                         .arg(title, QString::number(MinActionWords))});
            }
        }
    }

    const bool anyGap = std::any_of(vaultWide.cbegin(), vaultWide.cend(), [](const auto &f) {
        return f.severity == Severity::Gap;
    }) || std::any_of(perStory.cbegin(), perStory.cend(), [](const auto &f) {
        return f.severity == Severity::Gap;
    });
    if (!anyGap) {
        vaultWide.prepend({allGoodCode(), Severity::Ok, 0,
                           tr("Nothing missing — your backbone covers a success, a failure and "
                              "teamwork. Keep rehearsing them.")});
    }
    return vaultWide + perStory;
}

} // namespace starling
