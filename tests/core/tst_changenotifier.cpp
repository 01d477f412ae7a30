// ChangeNotifier as the store drives it: every committed write is announced once, naming the
// entity kind, change type, ids (or link pairs) and fields; cascades name what they took with
// them; rolled-back work announces nothing.

#include "changenotifier.h"
#include "vaultstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace starling;

using StoreAction = std::function<Status(VaultStore &)>;
Q_DECLARE_METATYPE(StoreAction)

namespace starling {
// Readable QCOMPARE failures.
char *toString(const Change &change)
{
    static const char *const kinds[] = {"Story", "Company", "Value", "Link", "Question", "Answer", "PracticeRun"};
    static const char *const types[] = {"Added", "Updated", "Removed"};
    QStringList ids;
    for (qint64 id : change.ids)
        ids.append(QString::number(id));
    QStringList links;
    for (const LinkKey &link : change.links)
        links.append(QStringLiteral("%1-%2").arg(link.storyId).arg(link.valueId));
    const QString text = QStringLiteral("%1 %2 ids[%3] links[%4] fields 0x%5")
                             .arg(QString::fromLatin1(kinds[int(change.entity)]),
                                  QString::fromLatin1(types[int(change.type)]), ids.join(u','),
                                  links.join(u','))
                             .arg(change.fields, 0, 16);
    return qstrdup(text.toUtf8().constData());
}
} // namespace starling

namespace {

// Fixed ids, so the expected announcements can be written down in the data table.
enum : qint64 {
    S1 = 1, S2 = 2,
    C1 = 10, C2 = 11,
    V1 = 100, V1a = 101, V3 = 102, W1 = 110,
    Q1 = 200, Q2 = 201,
    A1 = 300, A2 = 301, A3 = 302,
    R1 = 400, R2 = 401,
};

Change change(EntityKind kind, ChangeType type, QList<qint64> ids, quint32 fields)
{
    return Change{kind, type, std::move(ids), {}, fields};
}

Change linkChange(ChangeType type, QList<LinkKey> links)
{
    return Change{EntityKind::Link, type, {}, std::move(links), 0};
}

// Ids in one change carry no order; the order of the changes does.
QList<Change> normalized(QList<Change> changes)
{
    for (Change &c : changes) {
        std::sort(c.ids.begin(), c.ids.end());
        std::sort(c.links.begin(), c.links.end(), [](const LinkKey &a, const LinkKey &b) {
            return std::pair(a.storyId, a.valueId) < std::pair(b.storyId, b.valueId);
        });
    }
    return changes;
}

Status ok(const Result<qint64> &result)
{
    return result ? Status() : Status(result.takeError());
}

Story story(qint64 id, const QString &title)
{
    Story s;
    s.id = id;
    s.title = title;
    return s;
}

Company company(qint64 id, const QString &name)
{
    Company c;
    c.id = id;
    c.name = name;
    return c;
}

ValuePrinciple value(qint64 id, qint64 companyId, qint64 parentId, const QString &name)
{
    ValuePrinciple v;
    v.id = id;
    v.companyId = companyId;
    v.parentId = parentId;
    v.name = name;
    v.position = -1;
    return v;
}

Answer answer(qint64 id, qint64 questionId, qint64 companyId, qint64 valueId, qint64 storyId)
{
    Answer a;
    a.id = id;
    a.questionId = questionId;
    a.companyId = companyId;
    a.valueId = valueId;
    a.storyId = storyId;
    a.action = QStringLiteral("what I did");
    return a;
}

} // namespace

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldAnnounceEachWrite_data();
    void shouldAnnounceEachWrite();
    void shouldAnnounceNothingForRefusedWrites_data();
    void shouldAnnounceNothingForRefusedWrites();
    void shouldAnnounceOncePerOuterTransaction();
    void shouldAnnounceNothingForRolledBackTransaction();
    void shouldDropOnlyTheRolledBackSavepointsChanges();
    void shouldAnnounceEmptyListsNever();
    void shouldAnnounceOnlyAfterCommit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<VaultStore> m_store;
};

void TestChangeNotifier::init()
{
    // A small vault with fixed ids:
    //   stories S1, S2; companies C1 (values V1(V1a), V3) and C2 (value W1)
    //   links S1-V1a, S2-V1, S1-W1
    //   Q1 (C1), Q2 (general)
    //   A1 (Q1, C1, V1a, S1), A2 (Q1, no company, V1a, S2), A3 (Q2, C2, W1, S1)
    //   R1 on A1, R2 on the bare Q1
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_store = std::make_unique<VaultStore>(m_notifier.get());
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("vault.starling"))));
    const Status built = m_store->transact([this]() -> Status {
        VaultStore &s = *m_store;
        for (const Status &step :
             {ok(s.addStory(story(S1, QStringLiteral("one")))), ok(s.addStory(story(S2, QStringLiteral("two")))),
              ok(s.addCompany(company(C1, QStringLiteral("Acme")))), ok(s.addCompany(company(C2, QStringLiteral("Beta")))),
              ok(s.addValue(value(V1, C1, 0, QStringLiteral("V1")))), ok(s.addValue(value(V1a, C1, V1, QStringLiteral("V1a")))),
              ok(s.addValue(value(V3, C1, 0, QStringLiteral("V3")))), ok(s.addValue(value(W1, C2, 0, QStringLiteral("W1")))),
              s.setLink({S1, V1a, {}}), s.setLink({S2, V1, {}}), s.setLink({S1, W1, {}}),
              ok(s.addQuestion({Q1, QStringLiteral("Why Acme?"), {}, C1})),
              ok(s.addQuestion({Q2, QStringLiteral("A failure?"), {}, 0})),
              ok(s.addAnswer(answer(A1, Q1, C1, V1a, S1))), ok(s.addAnswer(answer(A2, Q1, 0, V1a, S2))),
              ok(s.addAnswer(answer(A3, Q2, C2, W1, S1))),
              ok(s.addPracticeRun({R1, A1, 0, {}, 60, 3})), ok(s.addPracticeRun({R2, 0, Q1, {}, 30, 0}))}) {
            if (!step)
                return step;
        }
        return {};
    });
    QVERIFY2(built, qPrintable(built.error()));
}

void TestChangeNotifier::cleanup()
{
    m_store.reset();
    m_notifier.reset();
    m_dir.reset();
}

void TestChangeNotifier::shouldAnnounceEachWrite_data()
{
    using K = EntityKind;
    using T = ChangeType;
    QTest::addColumn<StoreAction>("action");
    QTest::addColumn<QList<Change>>("expected");

    // Stories
    QTest::newRow("add story")
        << StoreAction([](VaultStore &s) { return ok(s.addStory(story(5, QStringLiteral("new")))); })
        << QList<Change>{change(K::Story, T::Added, {5}, StoryField::All)};
    QTest::newRow("update story title and notes")
        << StoreAction([](VaultStore &s) {
               return s.updateStory(story(S1, QStringLiteral("renamed")), StoryField::Title | StoryField::Notes);
           })
        << QList<Change>{change(K::Story, T::Updated, {S1}, StoryField::Title | StoryField::Notes)};
    QTest::newRow("remove story: links, answers unhooked, story")
        << StoreAction([](VaultStore &s) { return s.removeStory(S1); })
        << QList<Change>{linkChange(T::Removed, {{S1, V1a}, {S1, W1}}),
                         change(K::Answer, T::Updated, {A1, A3}, AnswerField::Story),
                         change(K::Story, T::Removed, {S1}, StoryField::All)};

    // Companies
    QTest::newRow("add company")
        << StoreAction([](VaultStore &s) { return ok(s.addCompany(company(12, QStringLiteral("Gamma")))); })
        << QList<Change>{change(K::Company, T::Added, {12}, CompanyField::All)};
    QTest::newRow("update company role")
        << StoreAction([](VaultStore &s) {
               Company c = company(C1, QStringLiteral("Acme"));
               c.role = QStringLiteral("DS");
               return s.updateCompany(c, CompanyField::Role);
           })
        << QList<Change>{change(K::Company, T::Updated, {C1}, CompanyField::Role)};
    QTest::newRow("remove company: runs, links, answers, unhooked answers, questions, values, company")
        << StoreAction([](VaultStore &s) { return s.removeCompany(C1); })
        << QList<Change>{change(K::PracticeRun, T::Removed, {R1, R2}, 0),
                         linkChange(T::Removed, {{S1, V1a}, {S2, V1}}),
                         change(K::Answer, T::Removed, {A1}, AnswerField::All),
                         change(K::Answer, T::Updated, {A2}, AnswerField::Question),
                         change(K::Answer, T::Updated, {A2}, AnswerField::Value),
                         change(K::Question, T::Removed, {Q1}, QuestionField::All),
                         change(K::Value, T::Removed, {V1, V1a, V3}, ValueField::All),
                         change(K::Company, T::Removed, {C1}, CompanyField::All)};

    // Values
    QTest::newRow("append value")
        << StoreAction([](VaultStore &s) { return ok(s.addValue(value(103, C1, 0, QStringLiteral("new")))); })
        << QList<Change>{change(K::Value, T::Added, {103}, ValueField::All)};
    QTest::newRow("insert value first: siblings renumbered")
        << StoreAction([](VaultStore &s) {
               ValuePrinciple v = value(103, C1, 0, QStringLiteral("new"));
               v.position = 0;
               return ok(s.addValue(v));
           })
        << QList<Change>{change(K::Value, T::Added, {103}, ValueField::All),
                         change(K::Value, T::Updated, {V1, V3}, ValueField::Position)};
    QTest::newRow("update value meaning")
        << StoreAction([](VaultStore &s) {
               ValuePrinciple v = value(V3, C1, 0, QStringLiteral("V3"));
               v.meaning = QStringLiteral("plain words");
               return s.updateValue(v, ValueField::Meaning);
           })
        << QList<Change>{change(K::Value, T::Updated, {V3}, ValueField::Meaning)};
    QTest::newRow("reorder value")
        << StoreAction([](VaultStore &s) { return s.moveValue(V3, 0, 0); })
        << QList<Change>{change(K::Value, T::Updated, {V1, V3}, ValueField::Position)};
    QTest::newRow("re-parent value, same position number: announced once")
        << StoreAction([](VaultStore &s) { return s.moveValue(V1a, V3, 0); })
        << QList<Change>{change(K::Value, T::Updated, {V1a}, ValueField::Position)};
    QTest::newRow("re-parent value to top level end: announced once")
        << StoreAction([](VaultStore &s) { return s.moveValue(V1a, 0, -1); })
        << QList<Change>{change(K::Value, T::Updated, {V1a}, ValueField::Position)};
    QTest::newRow("remove value: links, answers unhooked, subtree, siblings renumbered")
        << StoreAction([](VaultStore &s) { return s.removeValue(V1); })
        << QList<Change>{linkChange(T::Removed, {{S1, V1a}, {S2, V1}}),
                         change(K::Answer, T::Updated, {A1, A2}, AnswerField::Value),
                         change(K::Value, T::Removed, {V1, V1a}, ValueField::All),
                         change(K::Value, T::Updated, {V3}, ValueField::Position)};

    // Links
    QTest::newRow("add link")
        << StoreAction([](VaultStore &s) { return s.setLink({S2, V3, QStringLiteral("n")}); })
        << QList<Change>{linkChange(T::Added, {{S2, V3}})};
    QTest::newRow("update link notes")
        << StoreAction([](VaultStore &s) { return s.setLink({S1, V1a, QStringLiteral("n")}); })
        << QList<Change>{linkChange(T::Updated, {{S1, V1a}})};
    QTest::newRow("remove link")
        << StoreAction([](VaultStore &s) { return s.removeLink(S1, V1a); })
        << QList<Change>{linkChange(T::Removed, {{S1, V1a}})};

    // Questions
    QTest::newRow("add question")
        << StoreAction([](VaultStore &s) { return ok(s.addQuestion({205, QStringLiteral("Q"), {}, 0})); })
        << QList<Change>{change(K::Question, T::Added, {205}, QuestionField::All)};
    QTest::newRow("update question text")
        << StoreAction([](VaultStore &s) { return s.updateQuestion({Q2, QStringLiteral("Q"), {}, 0}, QuestionField::Text); })
        << QList<Change>{change(K::Question, T::Updated, {Q2}, QuestionField::Text)};
    QTest::newRow("remove question: runs, answers unhooked, question")
        << StoreAction([](VaultStore &s) { return s.removeQuestion(Q1); })
        << QList<Change>{change(K::PracticeRun, T::Removed, {R2}, 0),
                         change(K::Answer, T::Updated, {A1, A2}, AnswerField::Question),
                         change(K::Question, T::Removed, {Q1}, QuestionField::All)};

    // Answers
    QTest::newRow("add answer")
        << StoreAction([](VaultStore &s) { return ok(s.addAnswer(answer(305, 0, 0, 0, 0))); })
        << QList<Change>{change(K::Answer, T::Added, {305}, AnswerField::All)};
    QTest::newRow("update answer action and status")
        << StoreAction([](VaultStore &s) {
               return s.updateAnswer(answer(A3, Q2, C2, W1, S1), AnswerField::Action | AnswerField::Status);
           })
        << QList<Change>{change(K::Answer, T::Updated, {A3}, AnswerField::Action | AnswerField::Status)};
    QTest::newRow("remove answer: its runs, answer")
        << StoreAction([](VaultStore &s) { return s.removeAnswer(A1); })
        << QList<Change>{change(K::PracticeRun, T::Removed, {R1}, 0),
                         change(K::Answer, T::Removed, {A1}, AnswerField::All)};

    // Practice runs
    QTest::newRow("add practice run")
        << StoreAction([](VaultStore &s) { return ok(s.addPracticeRun({405, A3, 0, {}, 10, 1})); })
        << QList<Change>{change(K::PracticeRun, T::Added, {405}, 0)};
    QTest::newRow("remove practice run")
        << StoreAction([](VaultStore &s) { return s.removePracticeRun(R1); })
        << QList<Change>{change(K::PracticeRun, T::Removed, {R1}, 0)};
}

void TestChangeNotifier::shouldAnnounceEachWrite()
{
    QFETCH(StoreAction, action);
    QFETCH(QList<Change>, expected);
    // GIVEN the fixture vault and a spy on the notifier
    QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);

    // WHEN one write is made
    const Status status = action(*m_store);
    QVERIFY2(status, qPrintable(status.error()));

    // THEN exactly one announcement names what changed, in the order it happened
    QCOMPARE(spy.count(), 1);
    const QList<Change> changes = spy.at(0).at(0).value<QList<Change>>();
    QCOMPARE(normalized(changes), normalized(expected));
}

void TestChangeNotifier::shouldAnnounceNothingForRefusedWrites_data()
{
    QTest::addColumn<StoreAction>("action");
    QTest::newRow("duplicate company")
        << StoreAction([](VaultStore &s) { return ok(s.addCompany(company(0, QStringLiteral("ACME")))); });
    QTest::newRow("update missing story")
        << StoreAction([](VaultStore &s) { return s.updateStory(story(999, QStringLiteral("x"))); });
    QTest::newRow("remove missing answer") << StoreAction([](VaultStore &s) { return s.removeAnswer(999); });
    QTest::newRow("value cycle") << StoreAction([](VaultStore &s) { return s.moveValue(V1, V1a, 0); });
    QTest::newRow("cross-company move") << StoreAction([](VaultStore &s) { return s.moveValue(V3, W1, 0); });
    QTest::newRow("link to missing value") << StoreAction([](VaultStore &s) { return s.setLink({S1, 999, {}}); });
    QTest::newRow("restore over used id")
        << StoreAction([](VaultStore &s) { return ok(s.addStory(story(S1, QStringLiteral("dup")))); });
    QTest::newRow("oversized title")
        << StoreAction([](VaultStore &s) { return ok(s.addStory(story(0, QString(5000, u'x')))); });
}

void TestChangeNotifier::shouldAnnounceNothingForRefusedWrites()
{
    QFETCH(StoreAction, action);
    // GIVEN a spy
    QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);
    // WHEN a write is refused THEN it fails and nothing is announced
    QVERIFY(!action(*m_store));
    QCOMPARE(spy.count(), 0);
    // AND a no-op write (nothing to change) is silent too
    QVERIFY(m_store->removeLink(S2, V3));
    QVERIFY(m_store->updateStory(story(S1, QStringLiteral("x")), 0));
    QCOMPARE(spy.count(), 0);
}

void TestChangeNotifier::shouldAnnounceOncePerOuterTransaction()
{
    // GIVEN a spy
    QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);

    // WHEN one transaction adds a story, nests a company with a value, and links them
    const Status status = m_store->transact([this]() -> Status {
        if (Status s = ok(m_store->addStory(story(7, QStringLiteral("seven")))); !s)
            return s;
        if (Status s = m_store->transact([this]() -> Status {
                if (Status inner = ok(m_store->addCompany(company(17, QStringLiteral("Seventeen")))); !inner)
                    return inner;
                return ok(m_store->addValue(value(170, 17, 0, QStringLiteral("V"))));
            });
            !s)
            return s;
        return m_store->setLink({7, 170, {}});
    });
    QVERIFY2(status, qPrintable(status.error()));

    // THEN one announcement carries every change in order
    QCOMPARE(spy.count(), 1);
    const QList<Change> expected{change(EntityKind::Story, ChangeType::Added, {7}, StoryField::All),
                                 change(EntityKind::Company, ChangeType::Added, {17}, CompanyField::All),
                                 change(EntityKind::Value, ChangeType::Added, {170}, ValueField::All),
                                 linkChange(ChangeType::Added, {{7, 170}})};
    QCOMPARE(spy.at(0).at(0).value<QList<Change>>(), expected);
}

void TestChangeNotifier::shouldAnnounceNothingForRolledBackTransaction()
{
    // GIVEN a spy
    QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);

    // WHEN a transaction removes a company, adds a story, and then fails
    const Status status = m_store->transact([this]() -> Status {
        if (Status s = m_store->removeCompany(C1); !s)
            return s;
        if (Status s = ok(m_store->addStory(story(8, QStringLiteral("eight")))); !s)
            return s;
        return Error{QStringLiteral("the user cancelled")};
    });

    // THEN it fails, nothing is announced and nothing changed
    QVERIFY(!status);
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_store->company(C1));
    QVERIFY(!m_store->story(8));

    // AND the next write announces only itself
    QVERIFY(m_store->removeLink(S1, V1a));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<Change>>(), QList<Change>{linkChange(ChangeType::Removed, {{S1, V1a}})});
}

void TestChangeNotifier::shouldDropOnlyTheRolledBackSavepointsChanges()
{
    // GIVEN a spy
    QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);

    // WHEN an outer transaction tolerates a failed nested one
    const Status status = m_store->transact([this]() -> Status {
        if (Status s = ok(m_store->addStory(story(9, QStringLiteral("nine")))); !s)
            return s;
        const Status nested = m_store->transact([this]() -> Status {
            if (Status s = m_store->removeStory(S1); !s)
                return s;
            return Error{QStringLiteral("undo that")};
        });
        return nested ? Status(Error{QStringLiteral("nested should fail")}) : Status();
    });

    // THEN only the outer change is announced
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<Change>>(),
             QList<Change>{change(EntityKind::Story, ChangeType::Added, {9}, StoryField::All)});
    QVERIFY(m_store->story(S1));
}

void TestChangeNotifier::shouldAnnounceEmptyListsNever()
{
    // GIVEN a notifier on its own
    ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    // WHEN asked to announce nothing, then something
    notifier.announce({});
    notifier.announce({change(EntityKind::Story, ChangeType::Added, {1}, StoryField::All)});
    // THEN only the second is emitted
    QCOMPARE(spy.count(), 1);
}

void TestChangeNotifier::shouldAnnounceOnlyAfterCommit()
{
    // GIVEN a listener that reads the vault back through a second store when told of a change
    VaultStore reader;
    QVERIFY(reader.open(m_store->path()));
    bool seen = false;
    connect(m_notifier.get(), &ChangeNotifier::changed, this, [&](const QList<Change> &) {
        seen = reader.story(42).ok();
    });

    // WHEN a story is added
    QVERIFY(m_store->addStory(story(42, QStringLiteral("answer"))));

    // THEN by the time it is announced another connection can already read it
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
