#include "readiness.h"

#include "coachchecks.h"

#include <QHash>
#include <QSet>

namespace starling {

CompanyReadiness Readiness::forCompany(qint64 companyId, const ReadinessInput &input)
{
    CompanyReadiness readiness;

    QSet<qint64> companyValues;
    QList<ValuePrinciple> values;
    for (const ValuePrinciple &value : input.values) {
        if (value.companyId == companyId) {
            companyValues.insert(value.id);
            values.append(value);
        }
    }
    readiness.values = int(values.size());
    QSet<qint64> covered;
    for (const StoryValueLink &link : input.links) {
        if (companyValues.contains(link.valueId))
            covered.insert(link.valueId);
    }
    readiness.valuesCovered = int(covered.size());

    QHash<qint64, const Question *> questions;
    for (const Question &question : input.questions)
        questions.insert(question.id, &question);
    QHash<qint64, QDateTime> lastRun;
    for (const PracticeRun &run : input.runs) {
        if (run.answerId == 0)
            continue;
        QDateTime &last = lastRun[run.answerId];
        if (!last.isValid() || run.startedAt > last)
            last = run.startedAt;
    }
    const QDateTime windowStart = input.now.addDays(-PractiseWindowDays);

    for (const Answer &answer : input.answers) {
        if (answer.companyId != companyId)
            continue;
        ++readiness.answers;
        if (answer.status == AnswerStatus::Ready)
            ++readiness.answersReady;
        CoachInput coach;
        coach.answer = answer;
        if (const Question *question = questions.value(answer.questionId))
            coach.question = *question;
        coach.companyValues = values;
        coach.otherAnswers = input.answers;
        coach.pace = input.pace;
        if (CoachChecks::passes(CoachChecks::run(coach)))
            ++readiness.answersPassing;
        const QDateTime last = lastRun.value(answer.id);
        if (last.isValid()) {
            if (last >= windowStart && last <= input.now)
                ++readiness.answersPractised;
            if (!readiness.lastPractice.isValid() || last > readiness.lastPractice)
                readiness.lastPractice = last;
        }
    }
    return readiness;
}

QString Readiness::valuesText(const CompanyReadiness &r)
{
    if (r.values == 0)
        return tr("No values yet");
    return tr("%1 of %n value(s) covered", nullptr, r.values).arg(r.valuesCovered);
}

QString Readiness::answersText(const CompanyReadiness &r)
{
    if (r.answers == 0)
        return tr("No answers yet");
    return tr("%1 of %n answer(s) ready", nullptr, r.answers).arg(r.answersReady);
}

QString Readiness::checksText(const CompanyReadiness &r)
{
    if (r.answers == 0)
        return {};
    return tr("%1 of %n pass the checks", nullptr, r.answers).arg(r.answersPassing);
}

QString Readiness::practiceText(const CompanyReadiness &r)
{
    if (r.answers == 0)
        return {};
    if (r.answersPractised == 0)
        return tr("none practised this week");
    return tr("%n practised this week", nullptr, r.answersPractised);
}

QString Readiness::summaryText(const CompanyReadiness &r)
{
    QStringList parts{valuesText(r), answersText(r)};
    for (const QString &part : {checksText(r), practiceText(r)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace starling
