#pragma once

#include "company.h"
#include "story.h"
#include "storysuggestions.h"
#include "storyvaluelink.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace starling {

// A story or value that fits a question.
struct QuestionFit {
    qint64 id = 0;  // the story's or the value's id
    int score = 0;  // higher is better; see QuestionSuggestions
    QString reason; // one short translated line: "Reads like Resilience after failure"

    bool operator==(const QuestionFit &) const = default;
};

// What to answer a question with: the stories that could carry it and the company values it
// lets you link back to. Pure functions over plain values, deterministic, scored like
// StorySuggestions: each shared theme weighs ThemeWeight, shared words add 1 each (capped
// below one theme), so themes rank first and word overlap breaks ties.
class QuestionSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(starling::QuestionSuggestions)
public:
    static constexpr int ThemeWeight = StorySuggestions::ThemeWeight;
    static constexpr int MaxWordScore = StorySuggestions::MaxWordScore;

    // The question's themes, or Themes::suggest() over its text when it has none.
    static QStringList themesOf(const QString &text, const QStringList &themes);
    // The stems a question shares words by: its content words (no stop words, no framing such
    // as "tell me about a time", no numbers), stemmed, in order of first use.
    static QStringList contentStems(const QString &text);

    // Up to `max` stories for the question, best first (ties by story id), leaving out stories
    // with nothing in common. A story's themes are the themes of every value it is linked to
    // plus Themes::suggest() over its title and STAR text; its words are those of the title and
    // STAR text. `companies` only names companies in the reasons.
    static QList<QuestionFit> stories(const QString &text, const QStringList &themes,
                                      const QList<Story> &stories,
                                      const QList<StoryValueLink> &links,
                                      const QList<ValuePrinciple> &allValues,
                                      const QList<Company> &companies = {}, int max = 3);

    // Up to `max` of `values` (normally one company's, in tree order) the question lets you
    // link back to, best first (ties keep the order of `values`). A value's themes are
    // StorySuggestions::themesOf(value); its words are its name, meaning and keywords.
    static QList<QuestionFit> values(const QString &text, const QStringList &themes,
                                     const QList<ValuePrinciple> &values, int max = 3);
};

} // namespace starling
