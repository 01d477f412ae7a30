// Helper for tst_killtest: opens the vault named by argv[1] (migrating it when it is an older
// format) and writes a mixed stream of edits of every entity, plus imports of exchange files,
// until it is killed. After each commit returns it prints one line saying what is now
// guaranteed to be in the vault, and flushes, so the parent can check every reported edit
// survived a SIGKILL at any point.
//
// Before each write it prints "? <what>" naming the write about to start, so the parent knows
// which single edit was in flight when the kill came: that one may or may not have committed,
// but must be all or nothing.
//
// Lines (ids are decimal; a title or text runs to the end of the line):
//   opened <schemaVersion>      the vault is open (and migrated); "? open" comes before it
//   story <id> <title>          story <id> exists with exactly this title
//   gone <id>                   story <id> was removed, with its links
//   company <id>                company <id> exists
//   value <id> <companyId>      value <id> exists
//   link <storyId> <valueId>    the link exists (until either end is removed)
//   batch <id1> <id2> <valueId> <title>
//                               one transaction: two stories with this title, both linked to
//                               the value
//   question <id> <text>        question <id> exists with exactly this text
//   answer <id> <result>        answer <id> exists with exactly this Result section
//   practice <id> <answerId>    practice run <id> exists for answer <answerId>
//   import <marker>             one import: two stories titled <marker>, a company, a value with
//                               a sub-principle, a link, a question, an answer and a practice run
//                               all named <marker>, which the writer never touches afterwards

#include "vaultexchange.h"
#include "vaultstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace starling;

namespace {

void report(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "killtest_writer: %s\n", qPrintable(message));
    std::exit(2);
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(result).value();
}

void check(const Status &status)
{
    if (!status)
        die(status.error());
}

// An exchange document whose every row carries the marker, so the parent can find it whole.
QByteArray importDocument(const QString &marker, int bulk)
{
    const QString text = QString(bulk, u'i');
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("starling-vault")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("stories"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")},
                                {QStringLiteral("title"), marker},
                                {QStringLiteral("situation"), text}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}, {QStringLiteral("title"), marker}}}},
        {QStringLiteral("companies"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("c1")},
             {QStringLiteral("name"), marker},
             {QStringLiteral("values"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("id"), QStringLiteral("v1")},
                  {QStringLiteral("name"), marker},
                  {QStringLiteral("children"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("v2")},
                                          {QStringLiteral("name"), QStringLiteral("Sub")}}}}}}}}}},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("story"), QStringLiteral("s1")},
                                {QStringLiteral("value"), QStringLiteral("v1")},
                                {QStringLiteral("notes"), QStringLiteral("- imported")}}}},
        {QStringLiteral("questions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("q1")}, {QStringLiteral("text"), marker}}}},
        {QStringLiteral("answers"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")},
                                {QStringLiteral("question"), QStringLiteral("q1")},
                                {QStringLiteral("company"), QStringLiteral("c1")},
                                {QStringLiteral("value"), QStringLiteral("v1")},
                                {QStringLiteral("story"), QStringLiteral("s1")},
                                {QStringLiteral("result"), marker},
                                {QStringLiteral("action"), text}}}},
        {QStringLiteral("practice"),
         QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("a1")},
                                {QStringLiteral("rating"), 3},
                                {QStringLiteral("seconds"), 95},
                                {QStringLiteral("startedAt"), QStringLiteral("2024-03-07T19:00:00.000Z")}}}},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: killtest_writer VAULT [SEED]"));
    const quint32 seed = args.size() > 2 ? args[2].toUInt() : quint32(QCoreApplication::applicationPid());
    QRandomGenerator random(seed);

    VaultStore store;
    report(QStringLiteral("? open"));
    if (Status opened = store.open(args[1]); !opened)
        die(opened.error());
    report(QStringLiteral("opened %1").arg(store.schemaVersion()));

    // Start from what the vault holds, so edits also touch rows from earlier rounds (imported
    // rows excepted: the parent checks those exactly as imported).
    const auto imported = [](const QString &name) { return name.startsWith(u"import "); };
    QList<qint64> stories, values, companies, questions, answers;
    for (const Story &s : take(store.stories()))
        if (!imported(s.title))
            stories.append(s.id);
    for (const ValuePrinciple &v : take(store.allValues()))
        if (!imported(v.name) && v.name != u"Sub")
            values.append(v.id);
    for (const Company &c : take(store.companies()))
        if (!imported(c.name))
            companies.append(c.id);
    for (const Question &q : take(store.questions()))
        if (!imported(q.text))
            questions.append(q.id);
    for (const Answer &a : take(store.answers()))
        if (!imported(a.result))
            answers.append(a.id);

    auto pick = [&](const QList<qint64> &ids) { return ids.at(int(random.bounded(quint32(ids.size())))); };
    for (quint64 n = 0;; ++n) {
        // Mixed scripts and an emoji, so the check also covers text that is not ASCII.
        const QString title = QStringLiteral("edit %1-%2 שלום 你好 🚀").arg(seed).arg(n);
        const quint32 op = random.bounded(100u);
        if (op < 20 || stories.isEmpty()) {
            Story s;
            s.title = title;
            s.situation = QString(int(random.bounded(2000u)), u's');
            report(QStringLiteral("? add"));
            const qint64 id = take(store.addStory(s));
            stories.append(id);
            report(QStringLiteral("story %1 %2").arg(id).arg(title));
        } else if (op < 35) {
            Story s;
            s.id = pick(stories);
            s.title = title;
            s.action = QString(int(random.bounded(4000u)), u'a');
            report(QStringLiteral("? story %1 %2").arg(s.id).arg(title));
            check(store.updateStory(s, StoryField::Title | StoryField::Action));
            report(QStringLiteral("story %1 %2").arg(s.id).arg(title));
        } else if (op < 43 || values.isEmpty()) {
            if (companies.isEmpty() || random.bounded(4u) == 0) {
                Company c;
                c.name = QStringLiteral("Company %1-%2").arg(seed).arg(n);
                report(QStringLiteral("? company"));
                const qint64 id = take(store.addCompany(c));
                companies.append(id);
                report(QStringLiteral("company %1").arg(id));
            }
            ValuePrinciple v;
            v.companyId = pick(companies);
            v.name = QStringLiteral("Value %1").arg(n);
            v.position = random.bounded(2u) ? -1 : 0;
            report(QStringLiteral("? value"));
            const qint64 id = take(store.addValue(v));
            values.append(id);
            report(QStringLiteral("value %1 %2").arg(id).arg(v.companyId));
        } else if (op < 53) {
            const StoryValueLink link{pick(stories), pick(values), title};
            report(QStringLiteral("? link %1 %2").arg(link.storyId).arg(link.valueId));
            check(store.setLink(link));
            report(QStringLiteral("link %1 %2").arg(link.storyId).arg(link.valueId));
        } else if (op < 58) {
            const qint64 id = pick(stories);
            report(QStringLiteral("? gone %1").arg(id));
            check(store.removeStory(id));
            stories.removeOne(id);
            report(QStringLiteral("gone %1").arg(id));
        } else if (op < 64) {
            const qint64 valueId = pick(values);
            qint64 first = 0, second = 0;
            report(QStringLiteral("? batch %1").arg(title));
            check(store.transact([&]() -> Status {
                Story s;
                s.title = title;
                Result<qint64> a = store.addStory(s);
                if (!a)
                    return a.takeError();
                Result<qint64> b = store.addStory(s);
                if (!b)
                    return b.takeError();
                first = a.value();
                second = b.value();
                if (Status link = store.setLink({first, valueId, {}}); !link)
                    return link;
                return store.setLink({second, valueId, {}});
            }));
            stories.append(first);
            stories.append(second);
            report(QStringLiteral("batch %1 %2 %3 %4").arg(first).arg(second).arg(valueId).arg(title));
        } else if (op < 72) {
            Question q;
            q.text = QStringLiteral("Tell me about %1?").arg(title);
            if (!questions.isEmpty() && random.bounded(2u)) {
                q.id = pick(questions);
                report(QStringLiteral("? question %1 %2").arg(q.id).arg(q.text));
                check(store.updateQuestion(q, QuestionField::Text));
            } else {
                report(QStringLiteral("? question"));
                q.id = take(store.addQuestion(q));
                questions.append(q.id);
            }
            report(QStringLiteral("question %1 %2").arg(q.id).arg(q.text));
        } else if (op < 82 && !questions.isEmpty()) {
            Answer a;
            a.result = QStringLiteral("Result %1").arg(title);
            a.action = QString(int(random.bounded(3000u)), u'x');
            if (!answers.isEmpty() && random.bounded(2u)) {
                a.id = pick(answers);
                report(QStringLiteral("? answer %1 %2").arg(a.id).arg(a.result));
                check(store.updateAnswer(a, AnswerField::Result | AnswerField::Action));
            } else {
                a.questionId = pick(questions);
                a.storyId = pick(stories);
                report(QStringLiteral("? answer"));
                a.id = take(store.addAnswer(a));
                answers.append(a.id);
            }
            report(QStringLiteral("answer %1 %2").arg(a.id).arg(a.result));
        } else if (op < 90 && !answers.isEmpty()) {
            PracticeRun run;
            run.answerId = pick(answers);
            run.startedAt = QDateTime::currentDateTimeUtc();
            run.seconds = int(random.bounded(300u));
            run.rating = 1 + int(random.bounded(5u));
            report(QStringLiteral("? practice"));
            const qint64 id = take(store.addPracticeRun(run));
            report(QStringLiteral("practice %1 %2").arg(id).arg(run.answerId));
        } else if (op >= 90) {
            const QString marker = QStringLiteral("import %1-%2 ✓").arg(seed).arg(n);
            report(QStringLiteral("? import %1").arg(marker));
            take(VaultExchange::importVault(store, importDocument(marker, int(random.bounded(20000u)))));
            report(QStringLiteral("import %1").arg(marker));
        }
    }
}
