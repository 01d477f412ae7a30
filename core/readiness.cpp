#include "readiness.h"

#include "coachchecks.h"

#include <QHash>
#include <QSet>

namespace starling {

namespace {

// The latest run of each answer; runs of a bare question belong to no answer.
QHash<qint64, QDateTime> lastRunPerAnswer(const QList<PracticeRun> &runs)
{
    QHash<qint64, QDateTime> lastRun;
    for (const PracticeRun &run : runs) {
        if (run.answerId == 0)
            continue;
        QDateTime &last = lastRun[run.answerId];
        if (!last.isValid() || run.startedAt > last)
            last = run.startedAt;
    }
    return lastRun;
}

void countAnswer(CompanyReadiness &readiness, const Answer &answer,
                 const QHash<qint64, QDateTime> &lastRun, const ReadinessInput &input)
{
    ++readiness.answers;
    if (answer.status == AnswerStatus::Ready)
        ++readiness.answersReady;
    if (CoachChecks::passes(answer))
        ++readiness.answersPassing;
    const QDateTime last = lastRun.value(answer.id);
    if (last.isValid()) {
        const QDateTime windowStart = input.now.addDays(-Readiness::PractiseWindowDays);
        if (last >= windowStart && last <= input.now)
            ++readiness.answersPractised;
        if (!readiness.lastPractice.isValid() || last > readiness.lastPractice)
            readiness.lastPractice = last;
    }
}

} // namespace

CompanyReadiness Readiness::forCompany(qint64 companyId, const ReadinessInput &input)
{
    CompanyReadiness readiness;

    QSet<qint64> companyValues;
    for (const ValuePrinciple &value : input.values) {
        if (value.companyId == companyId)
            companyValues.insert(value.id);
    }
    readiness.values = int(companyValues.size());
    QSet<qint64> covered;
    for (const StoryValueLink &link : input.links) {
        if (companyValues.contains(link.valueId))
            covered.insert(link.valueId);
    }
    readiness.valuesCovered = int(covered.size());

    const QHash<qint64, QDateTime> lastRun = lastRunPerAnswer(input.runs);
    for (const Answer &answer : input.answers) {
        if (answer.companyId == companyId)
            countAnswer(readiness, answer, lastRun, input);
    }
    return readiness;
}

QHash<qint64, CompanyReadiness> Readiness::forCompanies(const ReadinessInput &input)
{
    QHash<qint64, CompanyReadiness> result;
    QHash<qint64, qint64> companyOfValue;
    companyOfValue.reserve(input.values.size());
    for (const ValuePrinciple &value : input.values) {
        companyOfValue.insert(value.id, value.companyId);
        ++result[value.companyId].values;
    }
    QSet<qint64> covered;
    for (const StoryValueLink &link : input.links) {
        const auto company = companyOfValue.constFind(link.valueId);
        if (company == companyOfValue.cend() || covered.contains(link.valueId))
            continue;
        covered.insert(link.valueId);
        ++result[*company].valuesCovered;
    }
    const QHash<qint64, QDateTime> lastRun = lastRunPerAnswer(input.runs);
    for (const Answer &answer : input.answers) {
        if (answer.companyId != 0) // an answer for no company counts nowhere
            countAnswer(result[answer.companyId], answer, lastRun, input);
    }
    return result;
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
