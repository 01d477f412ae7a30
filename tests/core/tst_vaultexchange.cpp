#include "changenotifier.h"
#include "textlimits.h"
#include "vaultexchange.h"
#include "vaultstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;

namespace {

const QString kFixture = QStringLiteral(STARLING_TEST_DATA "/exchange/small-vault.json");

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

template<typename T> T must(Result<T> result) {
    if (!result)
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

void must(const Status &status) {
    if (!status)
        qFatal("unexpected failure: %s", qPrintable(status.error()));
}

// QVERIFY2 builds its message even when the check passes, so it must not touch error() then.
template<typename R> QByteArray why(const R &result) {
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

// VaultStore binds a null QString as SQL NULL and its NOT NULL text columns refuse it, so
// fields left at their default must be made empty explicitly (see the report on the store).
void setEmpty(std::initializer_list<QString *> fields) {
    for (QString *field : fields)
        *field = QStringLiteral("");
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A header every hand-written document shares.
QByteArray doc(const QByteArray &body) {
    return QByteArray(R"({"format": "starling-vault", "version": 1, )") + body + '}';
}

} // namespace

class TestVaultExchange : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString &name) const { return m_dir->filePath(name); }

    // Opens (creating) a vault inside this test's temporary directory.
    std::unique_ptr<VaultStore> openVault(const QString &name, ChangeNotifier *notifier = nullptr) {
        auto store = std::make_unique<VaultStore>(notifier);
        const Status opened = store->open(file(name));
        if (!opened)
            qFatal("cannot open vault: %s", qPrintable(opened.error()));
        return store;
    }

    // Everything the format carries, with the awkward cases: a story of every kind, nested
    // values whose database ids are not in tree order, links across two companies, questions
    // with and without a company, answers with and without references, and practice runs for
    // both an answer and a bare question.
    static void buildRichVault(VaultStore &store) {
        QList<qint64> stories;
        int minute = 0;
        for (StoryKind kind : allStoryKinds()) {
            Story s;
            s.title = QStringLiteral("Story about ") + storyKindKey(kind);
            s.kinds = kind;
            s.situation = QStringLiteral("Situation\nwith two lines");
            s.task = QStringLiteral("Task \"quoted\"");
            s.action = QStringLiteral("Action with a tab\tand a backslash \\");
            s.result = QStringLiteral("Result: 30% faster");
            s.notes = QStringLiteral("Notes");
            s.backbone = kind == StoryKind::Success;
            s.createdAt = utc(2024, 1, 2, 3, 4, 5, 678).addSecs(60 * minute);
            s.updatedAt = utc(2024, 2, 3, 4, 5, 6, 789).addSecs(60 * minute++);
            stories.append(must(store.addStory(s)));
        }
        Story multi;
        multi.title = QStringLiteral("Migration that went sideways");
        multi.kinds = StoryKind::Failure | StoryKind::Teamwork | StoryKind::Leadership;
        setEmpty({&multi.situation, &multi.task, &multi.action, &multi.result, &multi.notes});
        stories.append(must(store.addStory(multi))); // store-set timestamps

        Company acme;
        acme.name = QStringLiteral("Acme");
        acme.role = QStringLiteral("Data Scientist");
        acme.level = QStringLiteral("Senior");
        acme.interviewDate = QDate(2024, 6, 17);
        acme.notes = QStringLiteral("Onsite loop");
        acme.sourceUrl = QStringLiteral("https://acme.example/values");
        acme.createdAt = utc(2024, 3, 1, 9, 0, 0, 1);
        acme.updatedAt = utc(2024, 3, 2, 9, 0, 0, 2);
        const qint64 acmeId = must(store.addCompany(acme));
        Company globex;
        globex.name = QStringLiteral("Globex");
        setEmpty({&globex.role, &globex.level, &globex.notes, &globex.sourceUrl});
        const qint64 globexId = must(store.addCompany(globex));

        auto addValue = [&](qint64 company, qint64 parent, const QString &name) {
            ValuePrinciple v;
            v.companyId = company;
            v.parentId = parent;
            v.name = name;
            v.meaning = name + QStringLiteral(" means something");
            v.keywords = {name.toLower(), QStringLiteral("owner")};
            v.themes = {QStringLiteral("ownership")};
            v.position = -1;
            return must(store.addValue(v));
        };
        const qint64 ownership = addValue(acmeId, 0, QStringLiteral("Ownership"));
        const qint64 act = addValue(acmeId, ownership, QStringLiteral("Act without waiting"));
        const qint64 deep = addValue(acmeId, act, QStringLiteral("Even on weekends"));
        const qint64 customer = addValue(acmeId, 0, QStringLiteral("Customer obsession"));
        const qint64 late = addValue(acmeId, 0, QStringLiteral("Frugality"));
        // The newest value moves to the front: database ids no longer follow tree order.
        must(store.moveValue(late, 0, 0));
        const qint64 globexValue = addValue(globexId, 0, QStringLiteral("Be bold"));

        must(store.setLink({stories[0], deep, QStringLiteral("- shipped it myself")}));
        must(store.setLink({stories[0], late, QStringLiteral("")}));
        must(store.setLink({stories[1], customer, QStringLiteral("- talked to users")}));
        must(store.setLink({stories[6], globexValue, QStringLiteral("- bold rewrite")}));
        must(store.setLink({stories[2], ownership, QStringLiteral("notes")}));

        Question general;
        general.text = QStringLiteral("Tell me about a time you failed.");
        general.themes = {QStringLiteral("failure"), QStringLiteral("learning")};
        const qint64 generalId = must(store.addQuestion(general));
        Question specific;
        specific.text = QStringLiteral("When did you act without being asked?");
        specific.companyId = acmeId;
        const qint64 specificId = must(store.addQuestion(specific));

        Answer full;
        full.questionId = specificId;
        full.companyId = acmeId;
        full.valueId = act;
        full.storyId = stories[0];
        full.repeat = QStringLiteral("So you want to hear about initiative");
        full.situation = QStringLiteral("S");
        full.task = QStringLiteral("T");
        full.action = QStringLiteral("A");
        full.result = QStringLiteral("R");
        full.linkBack = QStringLiteral("That is what owning it means");
        full.status = AnswerStatus::Ready;
        full.createdAt = utc(2024, 4, 1, 10, 0, 0, 500);
        full.updatedAt = utc(2024, 4, 2, 10, 0, 0, 999);
        const qint64 fullId = must(store.addAnswer(full));
        Answer bare;
        bare.questionId = generalId;
        setEmpty({&bare.repeat, &bare.situation, &bare.task, &bare.action, &bare.result,
                  &bare.linkBack});
        const qint64 bareId = must(store.addAnswer(bare));
        Q_UNUSED(bareId);

        must(store.addPracticeRun({0, fullId, 0, utc(2024, 5, 1, 8, 30, 0, 250), 95, 4}));
        must(store.addPracticeRun({0, 0, generalId, utc(2024, 5, 2, 8, 30, 0), 120, 0}));
        must(store.addPracticeRun({0, fullId, 0, utc(2024, 5, 3, 8, 30, 0), 0, 5}));
    }

    // Companies whose value trees were shaped by edits: values inserted at given positions,
    // moved to other parents and removed, so that neither database ids nor insertion order say
    // anything about the tree order. A fixed seed keeps the shape the same on every run.
    static void buildEditedValueTrees(VaultStore &store, int companies) {
        QRandomGenerator random(20261126);
        for (int c = 0; c < companies; ++c) {
            Company company;
            company.name = QStringLiteral("Company %1").arg(c);
            setEmpty({&company.role, &company.level, &company.notes, &company.sourceUrl});
            const qint64 companyId = must(store.addCompany(company));
            QList<qint64> values;
            for (int i = 0; i < 25; ++i) {
                ValuePrinciple v;
                v.companyId = companyId;
                // Mostly sub-principles of an earlier value, some top-level.
                v.parentId = values.isEmpty() || random.bounded(4) == 0
                                 ? 0
                                 : values.at(random.bounded(int(values.size())));
                v.name = QStringLiteral("Value %1.%2").arg(c).arg(i);
                v.meaning = QStringLiteral("Meaning %1").arg(i);
                v.position = random.bounded(3) == 0 ? -1 : random.bounded(4);
                values.append(must(store.addValue(v)));
            }
            for (int m = 0; m < 6; ++m) {
                const qint64 moving = values.at(random.bounded(int(values.size())));
                // A move under its own subtree is refused; that refusal is fine here.
                (void)store.moveValue(moving, random.bounded(2) == 0 ? 0 : values.at(random.bounded(int(values.size()))),
                                      random.bounded(5));
            }
            const qint64 removed = values.at(random.bounded(int(values.size())));
            must(store.removeValue(removed));
        }
    }

    // Each value of a company as "name < parent name @ position", in tree order.
    static QStringList valueShape(const VaultStore &store, qint64 companyId) {
        QHash<qint64, QString> names;
        QStringList shape;
        for (const ValuePrinciple &v : must(store.values(companyId))) {
            names.insert(v.id, v.name);
            shape.append(v.name + QStringLiteral(" < ") + names.value(v.parentId) +
                         QStringLiteral(" @ ") + QString::number(v.position));
        }
        return shape;
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void shouldRoundTripARichVaultByteForByte() {
        // GIVEN a vault holding every kind of row
        auto source = openVault(QStringLiteral("source.starling"));
        buildRichVault(*source);
        const QByteArray first = must(VaultExchange::exportVault(*source));

        // WHEN it is exported to a file and imported into an empty vault
        const QString path = file(QStringLiteral("backup.json"));
        const Status exported = VaultExchange::exportToFile(*source, path);
        QVERIFY2(exported.ok(), why(exported).constData());
        QCOMPARE(readAll(path), first);

        ChangeNotifier notifier;
        QSignalSpy changed(&notifier, &ChangeNotifier::changed);
        auto target = openVault(QStringLiteral("target.starling"), &notifier);
        const Result<ImportSummary> summary = VaultExchange::importFromFile(*target, path);
        QVERIFY2(summary.ok(), why(summary).constData());

        // THEN everything arrived, in one transaction, and exports to the very same bytes
        QCOMPARE(summary->stories, 7);
        QCOMPARE(summary->companies, 2);
        QCOMPARE(summary->values, 6);
        QCOMPARE(summary->links, 5);
        QCOMPARE(summary->questions, 2);
        QCOMPARE(summary->answers, 2);
        QCOMPARE(summary->practiceRuns, 3);
        QCOMPARE(changed.count(), 1);
        const QByteArray second = must(VaultExchange::exportVault(*target));
        QCOMPARE(second, first);

        // and the rows themselves match, timestamps included
        const QList<Story> before = must(source->stories());
        const QList<Story> after = must(target->stories());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            Story expected = before[i];
            expected.id = after[i].id;
            QCOMPARE(after[i], expected);
        }
        const Company acme =
            must(target->company(must(target->findCompany(QStringLiteral("acme")))));
        QCOMPARE(acme.interviewDate, QDate(2024, 6, 17));
        QCOMPARE(acme.createdAt, utc(2024, 3, 1, 9, 0, 0, 1));
        QCOMPARE(acme.updatedAt, utc(2024, 3, 2, 9, 0, 0, 2));
        const QList<Answer> answers = must(target->answers());
        QCOMPARE(answers[0].createdAt, utc(2024, 4, 1, 10, 0, 0, 500));
        QCOMPARE(answers[0].status, AnswerStatus::Ready);
        QCOMPARE(must(target->value(answers[0].valueId)).name,
                 QStringLiteral("Act without waiting"));
        QCOMPARE(must(target->story(answers[0].storyId)).title,
                 QStringLiteral("Story about success"));
    }

    void shouldWriteStableIdsAndIndentedOutput() {
        auto store = openVault(QStringLiteral("vault.starling"));
        buildRichVault(*store);
        const QByteArray json = must(VaultExchange::exportVault(*store));
        QVERIFY(json.endsWith("}\n"));
        QVERIFY(json.contains("\n    \"companies\": ["));

        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("starling-vault"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray stories = root.value(QStringLiteral("stories")).toArray();
        QCOMPARE(stories.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("s1"));
        QCOMPARE(stories.at(6).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("s7"));
        QCOMPARE(stories.at(6).toObject().value(QStringLiteral("kinds")).toArray(),
                 (QJsonArray{QStringLiteral("failure"), QStringLiteral("teamwork"),
                             QStringLiteral("leadership")}));

        // values are numbered in tree order: the moved "Frugality" comes first
        const QJsonObject acme = root.value(QStringLiteral("companies")).toArray().at(0).toObject();
        QCOMPARE(acme.value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
        QCOMPARE(acme.value(QStringLiteral("interviewDate")).toString(),
                 QStringLiteral("2024-06-17"));
        const QJsonArray values = acme.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Frugality"));
        QCOMPARE(values.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("v1"));
        const QJsonObject deep = values.at(1)
                                     .toObject()
                                     .value(QStringLiteral("children"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("children"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(deep.value(QStringLiteral("name")).toString(), QStringLiteral("Even on weekends"));
        QCOMPARE(deep.value(QStringLiteral("id")).toString(), QStringLiteral("v4"));

        // a company without an interview date and a general question leave the key out
        const QJsonObject globex =
            root.value(QStringLiteral("companies")).toArray().at(1).toObject();
        QVERIFY(!globex.contains(QStringLiteral("interviewDate")));
        const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
        QVERIFY(!questions.at(0).toObject().contains(QStringLiteral("company")));
        QCOMPARE(questions.at(1).toObject().value(QStringLiteral("company")).toString(),
                 QStringLiteral("c1"));

        // links follow file order (story, then value), not database order
        const QJsonArray links = root.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("v1"));
        QCOMPARE(links.at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("v4"));

        // exporting twice gives the same bytes
        QCOMPARE(must(VaultExchange::exportVault(*store)), json);
    }

    void shouldKeepUnicodeIntact() {
        const QString hebrew = QStringLiteral("שלום, צוות");
        const QString arabic = QStringLiteral("مرحبا بالفريق");
        const QString cjk = QStringLiteral("面接の準備 — 面试准备");
        const QString emoji = QStringLiteral("🚀 shipped 👩🏽‍💻");
        const QString combining = QStringLiteral("Caf") + QChar(u'e') + QChar(0x0301); // not NFC

        auto source = openVault(QStringLiteral("source.starling"));
        Story s;
        s.title = hebrew;
        s.situation = arabic;
        s.task = hebrew + QStringLiteral(" / ") + arabic; // right-to-left scripts side by side
        s.action = cjk;
        s.result = emoji;
        s.notes = combining;
        const qint64 storyId = must(source->addStory(s));
        Company c;
        c.name = combining + QStringLiteral(" ") + cjk;
        c.role = emoji;
        setEmpty({&c.level, &c.notes, &c.sourceUrl});
        const qint64 companyId = must(source->addCompany(c));
        ValuePrinciple v;
        v.companyId = companyId;
        v.name = arabic;
        v.meaning = cjk;
        v.keywords = {emoji, combining};
        v.position = -1;
        const qint64 valueId = must(source->addValue(v));
        must(source->setLink({storyId, valueId, hebrew}));
        Question q;
        q.text = emoji + QStringLiteral("?");
        q.companyId = companyId;
        must(source->addQuestion(q));

        const QString path = file(QStringLiteral("unicode.json"));
        const Status exported = VaultExchange::exportToFile(*source, path);
        QVERIFY2(exported.ok(), why(exported).constData());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains(hebrew.toUtf8())); // written as UTF-8, not as \u escapes
        QVERIFY(bytes.contains(combining.toUtf8()));

        auto target = openVault(QStringLiteral("target.starling"));
        const Result<ImportSummary> summary = VaultExchange::importFromFile(*target, path);
        QVERIFY2(summary.ok(), why(summary).constData());

        const Story story = must(target->stories()).first();
        QCOMPARE(story.title, hebrew);
        QCOMPARE(story.situation, arabic);
        QCOMPARE(story.task, s.task);
        QCOMPARE(story.action, cjk);
        QCOMPARE(story.result, emoji);
        QCOMPARE(story.notes, combining);
        QCOMPARE(story.notes.size(), 5); // the combining mark was not composed away
        const Company company = must(target->companies()).first();
        QCOMPARE(company.name, c.name);
        QCOMPARE(company.role, emoji);
        const ValuePrinciple value = must(target->allValues()).first();
        QCOMPARE(value.name, arabic);
        QCOMPARE(value.meaning, cjk);
        QCOMPARE(value.keywords, (QStringList{emoji, combining}));
        QCOMPARE(must(target->links()).first().notes, hebrew);
        QCOMPARE(must(target->questions()).first().text, q.text);
        QCOMPARE(must(VaultExchange::exportVault(*target)), bytes);
    }

    void shouldImportValueTreesInTheOrderAndPositionsTheyWereExportedIn() {
        // GIVEN value trees shaped by inserts at positions, moves and removals
        auto source = openVault(QStringLiteral("source.starling"));
        buildEditedValueTrees(*source, 4);
        const QByteArray exported = must(VaultExchange::exportVault(*source));

        // WHEN they are imported into an empty vault
        auto empty = openVault(QStringLiteral("empty.starling"));
        const Result<ImportSummary> intoEmpty = VaultExchange::importVault(*empty, exported);
        QVERIFY2(intoEmpty.ok(), why(intoEmpty).constData());
        // THEN it exports to the same bytes
        QCOMPARE(must(VaultExchange::exportVault(*empty)), exported);

        // WHEN they are imported into a vault that has a company with values of its own
        auto busy = openVault(QStringLiteral("busy.starling"));
        Company own;
        own.name = QStringLiteral("Own");
        setEmpty({&own.role, &own.level, &own.notes, &own.sourceUrl});
        const qint64 ownId = must(busy->addCompany(own));
        for (const char *name : {"First", "Second"}) {
            ValuePrinciple v;
            v.companyId = ownId;
            v.name = QString::fromLatin1(name);
            v.position = -1;
            setEmpty({&v.meaning});
            must(busy->addValue(v));
        }
        const QStringList ownBefore = valueShape(*busy, ownId);
        const Result<ImportSummary> intoBusy = VaultExchange::importVault(*busy, exported);
        QVERIFY2(intoBusy.ok(), why(intoBusy).constData());

        // THEN every imported tree has the source's order, parents and positions (0..n-1 among
        // siblings), and the company that was there is untouched
        for (const Company &company : must(source->companies())) {
            const qint64 imported = must(busy->findCompany(company.name));
            QVERIFY(imported > 0);
            QCOMPARE(valueShape(*busy, imported), valueShape(*source, company.id));
        }
        QCOMPARE(valueShape(*busy, ownId), ownBefore);
    }

    void shouldImportTheFixtureAndExportItUnchanged() {
        const QByteArray fixture = readAll(kFixture);
        QVERIFY2(!fixture.isEmpty(), qPrintable(kFixture));
        auto store = openVault(QStringLiteral("vault.starling"));
        const Result<ImportSummary> summary = VaultExchange::importFromFile(*store, kFixture);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->stories, 2);
        QCOMPARE(summary->companies, 1);
        QCOMPARE(summary->values, 3);
        QCOMPARE(must(VaultExchange::exportVault(*store)), fixture);
    }

    void shouldMapFileIdsToNewRowsWhenTheVaultIsNotEmpty() {
        // GIVEN a vault that already has a story (database id 1)
        auto store = openVault(QStringLiteral("vault.starling"));
        Story existing;
        existing.title = QStringLiteral("Already here");
        setEmpty({&existing.situation, &existing.task, &existing.action, &existing.result,
                  &existing.notes});
        const qint64 existingId = must(store->addStory(existing));

        // WHEN a file whose story "1" is linked is imported
        const QByteArray json = doc(R"(
            "stories": [{"id": "1", "title": "Imported"}],
            "companies": [{"id": "1", "name": "Initech", "values": [{"id": "1", "name": "Grit"}]}],
            "links": [{"story": "1", "value": "1", "notes": "n"}],
            "answers": [{"id": "1", "story": "1", "company": "1", "value": "1"}])");
        const Result<ImportSummary> summary = VaultExchange::importVault(*store, json);
        QVERIFY2(summary.ok(), why(summary).constData());

        // THEN the references point at the imported rows, never at the existing one
        const QList<StoryValueLink> links = must(store->links());
        QCOMPARE(links.size(), 1);
        QVERIFY(links[0].storyId != existingId);
        QCOMPARE(must(store->story(links[0].storyId)).title, QStringLiteral("Imported"));
        const Answer answer = must(store->answers()).first();
        QCOMPARE(answer.storyId, links[0].storyId);
        QCOMPARE(answer.valueId, links[0].valueId);
    }

    void shouldDefaultMissingOptionalKeys() {
        auto store = openVault(QStringLiteral("vault.starling"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QByteArray json = doc(R"(
            "stories": [{"id": "s", "title": "Bare"}],
            "companies": [{"id": "c", "name": "Bare Co", "values": [{"id": "v", "name": "Bare value"}]}],
            "questions": [{"id": "q", "text": "Why?"}],
            "answers": [{"id": "a"}],
            "practice": [{"question": "q", "startedAt": "2024-01-02T03:04:05"}])");
        const Result<ImportSummary> summary = VaultExchange::importVault(*store, json);
        QVERIFY2(summary.ok(), why(summary).constData());

        const Story story = must(store->stories()).first();
        QCOMPARE(story.kinds, StoryKinds());
        QVERIFY(!story.backbone);
        QVERIFY(story.situation.isEmpty() && story.notes.isEmpty());
        QVERIFY(story.createdAt >= before); // no createdAt: the import time
        QCOMPARE(story.updatedAt, story.createdAt);
        const Company company = must(store->companies()).first();
        QVERIFY(company.interviewDate.isNull());
        QVERIFY(company.role.isEmpty() && company.sourceUrl.isEmpty());
        const ValuePrinciple value = must(store->allValues()).first();
        QVERIFY(value.meaning.isEmpty() && value.keywords.isEmpty() && value.themes.isEmpty());
        const Question question = must(store->questions()).first();
        QCOMPARE(question.companyId, qint64(0));
        const Answer answer = must(store->answers()).first();
        QCOMPARE(answer.status, AnswerStatus::Draft);
        QCOMPARE(answer.questionId + answer.companyId + answer.valueId + answer.storyId, qint64(0));
        const PracticeRun run = must(store->practiceRuns()).first();
        QCOMPARE(run.rating, 0);
        QCOMPARE(run.seconds, 0);
        QCOMPARE(run.startedAt, utc(2024, 1, 2, 3, 4, 5)); // no offset: taken as UTC
    }

    void shouldAcceptNullForOptionalKeys() {
        auto store = openVault(QStringLiteral("vault.starling"));
        const QByteArray json = doc(R"(
            "stories": [{"id": "s", "title": "T", "notes": null, "kinds": null}],
            "answers": [{"id": "a", "story": null, "company": null}],
            "companies": [{"id": "c", "name": "N", "interviewDate": null}])");
        const Result<ImportSummary> summary = VaultExchange::importVault(*store, json);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->answers, 1);
    }

    void shouldIgnoreUnknownKeys() {
        auto store = openVault(QStringLiteral("vault.starling"));
        const QByteArray json = doc(R"(
            "comment": "written by hand",
            "futureSection": [1, 2, 3],
            "stories": [{"id": "s", "title": "T", "mood": "great", "extra": {"deep": [null]}}],
            "companies": [{"id": "c", "name": "N", "logo": 42,
                           "values": [{"id": "v", "name": "V", "colour": "blue"}]}],
            "links": [{"story": "s", "value": "v", "weight": 3}],
            "practice": [])");
        const Result<ImportSummary> summary = VaultExchange::importVault(*store, json);
        QVERIFY2(summary.ok(), why(summary).constData());
        QCOMPARE(summary->links, 1);
        const QByteArray exported = must(VaultExchange::exportVault(*store));
        QVERIFY(!exported.contains("mood"));
        QVERIFY(!exported.contains("comment"));
    }

    void shouldRejectABadDocument_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");

        const QByteArray longTitle(limits::MaxNameLength + 1, 'x');
        const QByteArray longText(limits::MaxTextLength + 1, 'y');
        QByteArray manyKeywords = "[";
        for (int i = 0; i <= limits::MaxListLength; ++i)
            manyKeywords += (i ? ",\"k" : "\"k") + QByteArray::number(i) + '"';
        manyKeywords += ']';

        QTest::newRow("not JSON") << QByteArray("hello") << QStringLiteral("line 1, column 1");
        QTest::newRow("truncated JSON")
            << QByteArray("{\n  \"format\": \"starling-vault\",\n  \"stories\": [{\"id\": \"s")
            << QStringLiteral("line 3");
        QTest::newRow("empty file") << QByteArray(" \n") << QStringLiteral("the file is empty");
        QTest::newRow("wrong top-level type")
            << QByteArray("[1, 2]") << QStringLiteral("top level");
        QTest::newRow("missing format")
            << QByteArray(R"({"version": 1})") << QStringLiteral("format");
        QTest::newRow("unknown format") << QByteArray(R"({"format": "trello-board", "version": 1})")
                                        << QStringLiteral("format is");
        QTest::newRow("format not text") << QByteArray(R"({"format": 7, "version": 1})")
                                         << QStringLiteral("format must be text");
        QTest::newRow("missing version")
            << QByteArray(R"({"format": "starling-vault"})") << QStringLiteral("version");
        QTest::newRow("version 2") << QByteArray(R"({"format": "starling-vault", "version": 2})")
                                   << QStringLiteral("version is 2");
        QTest::newRow("version as text")
            << QByteArray(R"({"format": "starling-vault", "version": "1"})")
            << QStringLiteral("version must be a number");
        QTest::newRow("stories not a list")
            << doc(R"("stories": {"id": "s"})") << QStringLiteral("stories must be a list");
        QTest::newRow("story not an object") << doc(R"("stories": [{"id": "s", "title": "ok"}, 5])")
                                             << QStringLiteral("stories[1] must be an object");
        QTest::newRow("title as number")
            << doc(R"("stories": [{"id": "s", "title": "ok"}, {"id": "t", "title": 42}])")
            << QStringLiteral("stories[1].title");
        QTest::newRow("missing title")
            << doc(R"("stories": [{"id": "s"}])") << QStringLiteral("stories[0].title");
        QTest::newRow("missing story id")
            << doc(R"("stories": [{"title": "T"}])") << QStringLiteral("stories[0].id");
        QTest::newRow("empty story id")
            << doc(R"("stories": [{"id": "", "title": "T"}])") << QStringLiteral("stories[0].id");
        QTest::newRow("numeric story id")
            << doc(R"("stories": [{"id": 1, "title": "T"}])") << QStringLiteral("stories[0].id");
        QTest::newRow("backbone as text")
            << doc(R"("stories": [{"id": "s", "title": "T", "backbone": "yes"}])")
            << QStringLiteral("stories[0].backbone");
        QTest::newRow("unknown kind")
            << doc(R"("stories": [{"id": "s", "title": "T", "kinds": ["success", "heroic"]}])")
            << QStringLiteral("stories[0].kinds[1]");
        QTest::newRow("kind as number")
            << doc(R"("stories": [{"id": "s", "title": "T", "kinds": [1]}])")
            << QStringLiteral("stories[0].kinds[0]");
        QTest::newRow("bad createdAt")
            << doc(R"("stories": [{"id": "s", "title": "T", "createdAt": "yesterday"}])")
            << QStringLiteral("stories[0].createdAt");
        QTest::newRow("duplicate story id")
            << doc(R"("stories": [{"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}, {"id": "s1", "title": "C"}])")
            << QStringLiteral("stories[2].id");
        QTest::newRow("title over the limit")
            << doc(R"("stories": [{"id": "s", "title": ")" + longTitle + R"("}])")
            << QStringLiteral("stories[0].title");
        QTest::newRow("action over the limit")
            << doc(R"("stories": [{"id": "s", "title": "T", "action": ")" + longText + R"("}])")
            << QStringLiteral("stories[0].action");
        QTest::newRow("empty company name") << doc(R"("companies": [{"id": "c", "name": "   "}])")
                                            << QStringLiteral("companies[0].name");
        QTest::newRow("bad interview date")
            << doc(R"("companies": [{"id": "c", "name": "N", "interviewDate": "next Tuesday"}])")
            << QStringLiteral("companies[0].interviewDate");
        QTest::newRow("company name duplicated in file")
            << doc(R"("companies": [{"id": "c1", "name": "Initech"}, {"id": "c2", "name": " INITECH "}])")
            << QStringLiteral("companies[1].name");
        QTest::newRow("company name already in vault")
            << doc(R"("companies": [{"id": "c1", "name": "acme"}])")
            << QStringLiteral("companies[0].name");
        QTest::newRow("duplicate company id")
            << doc(R"("companies": [{"id": "c", "name": "A1"}, {"id": "c", "name": "B1"}])")
            << QStringLiteral("companies[1].id");
        QTest::newRow("duplicate value id across companies")
            << doc(R"("companies": [{"id": "c1", "name": "One", "values": [{"id": "v1", "name": "X"}]},
                                   {"id": "c2", "name": "Two", "values": [{"id": "v2", "name": "Y",
                                        "children": [{"id": "v1", "name": "Z"}]}]}])")
            << QStringLiteral("companies[1].values[0].children[0].id");
        QTest::newRow("deep value name over the limit")
            << doc(R"("companies": [{"id": "c", "name": "N", "values": [{"id": "v1", "name": "X",
                   "children": [{"id": "v2", "name": "Y"}, {"id": "v3", "name": ")" +
                   longTitle + R"("}]}]}])")
            << QStringLiteral("companies[0].values[0].children[1].name");
        QTest::newRow("value children not a list")
            << doc(R"("companies": [{"id": "c", "name": "N", "values": [{"id": "v", "name": "X", "children": "none"}]}])")
            << QStringLiteral("companies[0].values[0].children");
        QTest::newRow("too many keywords")
            << doc(R"("companies": [{"id": "c", "name": "N", "values": [{"id": "v", "name": "X", "keywords": )" +
                   manyKeywords + "}]}]")
            << QStringLiteral("companies[0].values[0].keywords");
        QTest::newRow("keyword as number")
            << doc(R"("companies": [{"id": "c", "name": "N", "values": [{"id": "v", "name": "X", "keywords": ["a", 2]}]}])")
            << QStringLiteral("companies[0].values[0].keywords[1]");
        QTest::newRow("dangling link story") << doc(R"("stories": [{"id": "s1", "title": "T"}],
                      "companies": [{"id": "c", "name": "N", "values": [{"id": "v", "name": "X"}]}],
                      "links": [{"story": "s1", "value": "v"}, {"story": "s9", "value": "v"}])")
                                             << QStringLiteral("links[1].story");
        QTest::newRow("dangling link value")
            << doc(R"("stories": [{"id": "s1", "title": "T"}], "links": [{"story": "s1", "value": "v"}])")
            << QStringLiteral("links[0].value");
        QTest::newRow("link listed twice") << doc(R"("stories": [{"id": "s1", "title": "T"}],
                      "companies": [{"id": "c", "name": "N", "values": [{"id": "v", "name": "X"}]}],
                      "links": [{"story": "s1", "value": "v"}, {"story": "s1", "value": "v", "notes": "again"}])")
                                           << QStringLiteral("links[1]");
        QTest::newRow("empty question text") << doc(R"("questions": [{"id": "q", "text": ""}])")
                                             << QStringLiteral("questions[0].text");
        QTest::newRow("dangling question company")
            << doc(R"("questions": [{"id": "q", "text": "Why?", "company": "c7"}])")
            << QStringLiteral("questions[0].company");
        QTest::newRow("duplicate question id")
            << doc(R"("questions": [{"id": "q", "text": "A?"}, {"id": "q", "text": "B?"}])")
            << QStringLiteral("questions[1].id");
        QTest::newRow("dangling answer value")
            << doc(R"("companies": [{"id": "c", "name": "N"}], "answers": [{"id": "a", "company": "c", "value": "v1"}])")
            << QStringLiteral("answers[0].value");
        QTest::newRow("dangling answer question")
            << doc(R"("answers": [{"id": "a", "question": "q1"}])")
            << QStringLiteral("answers[0].question");
        QTest::newRow("answer value from another company")
            << doc(R"("companies": [{"id": "c1", "name": "One", "values": [{"id": "v1", "name": "X"}]},
                                   {"id": "c2", "name": "Two", "values": [{"id": "v2", "name": "Y"}]}],
                      "answers": [{"id": "a", "company": "c2", "value": "v1"}])")
            << QStringLiteral("answers[0].value");
        QTest::newRow("unknown answer status")
            << doc(R"("answers": [{"id": "a", "status": "done"}])")
            << QStringLiteral("answers[0].status");
        QTest::newRow("answer section over the limit")
            << doc(R"("answers": [{"id": "a", "linkBack": ")" + longText + R"("}])")
            << QStringLiteral("answers[0].linkBack");
        QTest::newRow("practice with answer and question")
            << doc(R"("questions": [{"id": "q", "text": "Why?"}], "answers": [{"id": "a", "question": "q"}],
                      "practice": [{"answer": "a", "question": "q", "startedAt": "2024-01-01T00:00:00Z", "seconds": 60}])")
            << QStringLiteral("practice[0]");
        QTest::newRow("practice with neither")
            << doc(R"("practice": [{"startedAt": "2024-01-01T00:00:00Z", "seconds": 60}])")
            << QStringLiteral("practice[0]");
        QTest::newRow("practice for a missing answer")
            << doc(R"("practice": [{"answer": "a9", "startedAt": "2024-01-01T00:00:00Z"}])")
            << QStringLiteral("practice[0].answer");
        QTest::newRow("rating 7") << doc(R"("questions": [{"id": "q", "text": "Why?"}],
                      "practice": [{"question": "q", "startedAt": "2024-01-01T00:00:00Z", "seconds": 60, "rating": 7}])")
                                  << QStringLiteral("practice[0].rating");
        QTest::newRow("fractional seconds") << doc(R"("questions": [{"id": "q", "text": "Why?"}],
                      "practice": [{"question": "q", "startedAt": "2024-01-01T00:00:00Z", "seconds": 1.5}])")
                                            << QStringLiteral("practice[0].seconds");
        QTest::newRow("negative seconds") << doc(R"("questions": [{"id": "q", "text": "Why?"}],
                      "practice": [{"question": "q", "startedAt": "2024-01-01T00:00:00Z", "seconds": -3}])")
                                          << QStringLiteral("practice[0].seconds");
        QTest::newRow("missing startedAt")
            << doc(R"("questions": [{"id": "q", "text": "Why?"}], "practice": [{"question": "q"}])")
            << QStringLiteral("practice[0].startedAt");
    }

    void shouldRejectABadDocument() {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);

        // GIVEN a vault with content (it holds a company named "Acme")
        auto store = openVault(QStringLiteral("vault.starling"));
        buildRichVault(*store);
        const QByteArray before = must(VaultExchange::exportVault(*store));

        // WHEN the document is imported, from memory and from a file
        const Result<ImportSummary> result = VaultExchange::importVault(*store, json);
        const QString path = file(QStringLiteral("bad.json"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(json);
        }
        const Result<ImportSummary> fromFile = VaultExchange::importFromFile(*store, path);

        // THEN it is refused with a message naming the place, and nothing was written
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(where), qPrintable(result.error()));
        QVERIFY(result.error().contains(QStringLiteral("Nothing in the vault was changed")));
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error(), result.error());
        QCOMPARE(must(VaultExchange::exportVault(*store)), before);
    }

    void shouldReportTheLineAndColumnOfASyntaxError() {
        auto store = openVault(QStringLiteral("vault.starling"));
        // A missing comma on line 3; column counts characters, so the Hebrew counts once each.
        const QByteArray json(
            "{\n  \"format\": \"starling-vault\",\n  \"x\": \"\u05E9\u05DC\" \"y\"\n}");
        const Result<ImportSummary> result = VaultExchange::importVault(*store, json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("line 3, column 13")),
                 qPrintable(result.error()));
    }

    void shouldFailToExportIntoAMissingFolder() {
        auto store = openVault(QStringLiteral("vault.starling"));
        buildRichVault(*store);
        const QString path = file(QStringLiteral("missing/deeper/export.json"));

        const Status status = VaultExchange::exportToFile(*store, path);

        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("does not exist")),
                 qPrintable(status.error()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("missing"))));
    }

    void shouldFailToExportIntoAReadOnlyFolder() {
        auto store = openVault(QStringLiteral("vault.starling"));
        const QString folder = file(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        {
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) { // running as root: permissions do not bite
                probe.remove();
                QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP("folder permissions are not enforced for this user");
            }
        }
        const QString path = folder + QStringLiteral("/export.json");

        const Status status = VaultExchange::exportToFile(*store, path);

        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("export.json")),
                 qPrintable(status.error()));
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void shouldReplaceAnEarlierExport() {
        auto store = openVault(QStringLiteral("vault.starling"));
        const QString path = file(QStringLiteral("export.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents that are longer than the new export will be, by quite a lot "
                      "of characters, so that a non-truncating write would show");
        }
        const Status status = VaultExchange::exportToFile(*store, path);
        QVERIFY2(status.ok(), why(status).constData());
        QCOMPARE(readAll(path), must(VaultExchange::exportVault(*store)));
    }

    void shouldFailToImportAMissingFile() {
        auto store = openVault(QStringLiteral("vault.starling"));
        buildRichVault(*store);
        const QByteArray before = must(VaultExchange::exportVault(*store));

        const Result<ImportSummary> result =
            VaultExchange::importFromFile(*store, file(QStringLiteral("nowhere.json")));

        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("nowhere.json")),
                 qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("does not exist")),
                 qPrintable(result.error()));
        QCOMPARE(must(VaultExchange::exportVault(*store)), before);
    }

    void shouldRefuseAnOversizedFileBeforeReadingIt() {
        auto store = openVault(QStringLiteral("vault.starling"));
        const QString path = file(QStringLiteral("huge.json"));
        {
            QFile huge(path);
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(limits::MaxImportFileSize + 1)); // sparse: costs no disk
        }

        const Result<ImportSummary> result = VaultExchange::importFromFile(*store, path);

        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("larger than")),
                 qPrintable(result.error()));
        QVERIFY(must(store->isEmpty()));
    }
};

QTEST_GUILESS_MAIN(TestVaultExchange)
#include "tst_vaultexchange.moc"
