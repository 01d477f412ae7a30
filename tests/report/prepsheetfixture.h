#pragma once

// The vault both prep-sheet tests read: two companies, values with a sub-principle and a gap,
// backbone and ordinary stories with link notes, answered and open questions.

#include "vaultstore.h"

#include <QDate>
#include <QStringList>

namespace starling::test {

template<typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

inline void must(const Status &status)
{
    if (!status)
        qFatal("unexpected failure: %s", qPrintable(status.error()));
}

// QVERIFY2 builds its message even when the check passes, so it must not touch error() then.
template<typename R> QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

struct Fixture {
    qint64 acme = 0;
    qint64 borealis = 0;
    qint64 churnStory = 0;
    qint64 pipelineStory = 0;
    qint64 lateStory = 0;
    qint64 ownership = 0;
    qint64 answeredQuestion = 0;
    QDate interview{2026, 3, 10};

    // What the single-company (Acme) sheet must show.
    QStringList acmeValues{QStringLiteral("Ownership"), QStringLiteral("Think long term"),
                           QStringLiteral("Bias for Action")};
    QStringList gaps{QStringLiteral("Bias for Action")};
    QStringList storyTitles{QStringLiteral("Churn model rescue"),
                            QStringLiteral("Pipeline migration")};
    QStringList backboneTitles{QStringLiteral("Churn model rescue"),
                               QStringLiteral("Pipeline migration")};
    QString answerRepeat = QStringLiteral("You are asking when I owned a problem end to end");
    QString answerResult = QStringLiteral("Churn fell by 12 percent in one quarter");
    QString openOwnQuestion = QStringLiteral("Why do you want to work at Acme?");
    QString openGeneralQuestion = QStringLiteral("Tell me about a failure");
    QString answeredQuestionText = QStringLiteral("Tell me about a time you took ownership");
    QString linkNote = QStringLiteral("Rebuilt the scoring job over a weekend");
};

inline Story story(const QString &title, bool backbone)
{
    Story s;
    s.title = title;
    s.situation = title + QStringLiteral(": the situation");
    s.task = title + QStringLiteral(": the task");
    s.action = title + QStringLiteral(": the action");
    s.result = title + QStringLiteral(": the result");
    s.notes = QStringLiteral("");
    s.kinds = StoryKind::Success;
    s.backbone = backbone;
    return s;
}

inline Company company(const QString &name, const QString &role)
{
    Company c;
    c.name = name;
    c.role = role;
    c.level = QStringLiteral("L5");
    c.notes = QStringLiteral("");
    c.sourceUrl = QStringLiteral("");
    return c;
}

inline ValuePrinciple value(qint64 companyId, const QString &name, const QString &meaning,
                            qint64 parentId = 0)
{
    ValuePrinciple v;
    v.companyId = companyId;
    v.parentId = parentId;
    v.name = name;
    v.meaning = meaning;
    v.keywords = {QStringLiteral("owner")};
    v.position = -1;
    return v;
}

inline Question question(const QString &text, qint64 companyId)
{
    Question q;
    q.text = text;
    q.companyId = companyId;
    return q;
}

inline Fixture makeFixture(VaultStore &store)
{
    Fixture f;
    Company acme =
        company(QStringLiteral("Acme Analytics"), QStringLiteral("Senior Data Scientist"));
    acme.interviewDate = f.interview;
    f.acme = must(store.addCompany(acme));
    f.borealis =
        must(store.addCompany(company(QStringLiteral("Borealis"), QStringLiteral("ML Engineer"))));

    f.churnStory = must(store.addStory(story(QStringLiteral("Churn model rescue"), true)));
    f.pipelineStory = must(store.addStory(story(QStringLiteral("Pipeline migration"), true)));
    f.lateStory = must(store.addStory(story(QStringLiteral("Late launch"), false)));

    f.ownership = must(store.addValue(value(f.acme, QStringLiteral("Ownership"),
                                            QStringLiteral("Act without waiting to be told"))));
    const qint64 longTerm = must(
        store.addValue(value(f.acme, QStringLiteral("Think long term"),
                             QStringLiteral("Trade a quick win for a lasting one"), f.ownership)));
    must(store.addValue(
        value(f.acme, QStringLiteral("Bias for Action"), QStringLiteral("Speed matters"))));
    const qint64 customer = must(store.addValue(value(f.borealis, QStringLiteral("Customer first"),
                                                      QStringLiteral("Start from the user"))));

    must(store.setLink(
        {f.churnStory, f.ownership,
         QStringLiteral("- ") + f.linkNote + QStringLiteral("\n- Told the VP early")}));
    must(store.setLink({f.pipelineStory, longTerm, QStringLiteral("Paid down tech debt")}));
    must(store.setLink({f.lateStory, customer, QStringLiteral("")}));

    f.answeredQuestion = must(store.addQuestion(question(f.answeredQuestionText, 0)));
    must(store.addQuestion(question(f.openGeneralQuestion, 0)));
    must(store.addQuestion(question(f.openOwnQuestion, f.acme)));

    Answer a;
    a.companyId = f.acme;
    a.questionId = f.answeredQuestion;
    a.valueId = f.ownership;
    a.storyId = f.churnStory;
    a.repeat = f.answerRepeat;
    a.situation = QStringLiteral("A subscription business losing customers");
    a.task = QStringLiteral("Find who is about to leave");
    a.action = QStringLiteral("I built a churn model and a holdout");
    a.result = f.answerResult;
    a.linkBack = QStringLiteral("That is what being an owner means to me");
    a.status = AnswerStatus::Ready;
    must(store.addAnswer(a));
    return f;
}

} // namespace starling::test
