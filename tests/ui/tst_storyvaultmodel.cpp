#include "idsmime.h"
#include "storyvaultmodel.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;

class TestStoryVaultModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldLoadStoriesInIdOrderWhenConstructed();
    void shouldInsertOneRowWhenStoryAdded();
    void shouldInsertRestoredStoryAtItsIdPosition();
    void shouldEmitDataChangedWithFieldRolesWhenStoryUpdated_data();
    void shouldEmitDataChangedWithFieldRolesWhenStoryUpdated();
    void shouldRemoveOneRowWhenStoryRemoved();
    void shouldIgnoreStoryAddedAndRemovedInOneTransaction();
    void shouldUpdateLinkCountsOnlyForLinkedStories();
    void shouldUpdateAnswerCountWhenAnswerAddedOrRemoved();
    void shouldResetOnceForBulkImport();
    void shouldResetWhenAnotherVaultOpens();
    void shouldShowUntitledStoryForEmptyTitle();
    void shouldProvideFoldedSearchText();
    void shouldPrepareSearchTextsInTheBackgroundAfterLoading();
    void shouldBuildAMissingSearchTextOnFirstUse();
    void shouldKeepHeadingsAndReadTheTextOnDemand();
    void shouldEscapeTitleInToolTip();
    void shouldDescribeStoryForAccessibility();
    void shouldFindIndexForId();
    void shouldDragStoryIdsOnly();
    void shouldReportStoreErrors();
    void shouldAnnounceValuesDroppedOntoAStory();
    void shouldIgnoreGarbageDroppedOntoAStory_data();
    void shouldIgnoreGarbageDroppedOntoAStory();

private:
    qint64 addStory(const QString &title, StoryKinds kinds = StoryKind::Success);
    qint64 addValue(const QString &name);
    int resets() const { return int(m_resetSpy->count()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<StoryVaultModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resetSpy;
    qint64 m_companyId = 0;
};

void TestStoryVaultModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_model = std::make_unique<StoryVaultModel>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_resetSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    m_companyId = 0;
}

void TestStoryVaultModel::cleanup()
{
    m_resetSpy.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestStoryVaultModel::addStory(const QString &title, StoryKinds kinds)
{
    Story story;
    story.title = title;
    story.kinds = kinds;
    story.situation = QStringLiteral("Situation of ") + title;
    Result<qint64> id = m_session->store().addStory(story);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestStoryVaultModel::addValue(const QString &name)
{
    if (m_companyId == 0) {
        Company company;
        company.name = QStringLiteral("Acme");
        Result<qint64> id = m_session->store().addCompany(company);
        m_companyId = id ? id.value() : 0;
    }
    ValuePrinciple value;
    value.companyId = m_companyId;
    value.name = name;
    value.position = -1;
    Result<qint64> id = m_session->store().addValue(value);
    return id ? id.value() : 0;
}

void TestStoryVaultModel::shouldLoadStoriesInIdOrderWhenConstructed()
{
    // GIVEN stories already in the vault
    const qint64 a = addStory(QStringLiteral("Churn model"));
    const qint64 b = addStory(QStringLiteral("Pricing test"));

    // WHEN a model opens on it
    StoryVaultModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // THEN it lists them in id order
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(StoryVaultModel::IdRole).toLongLong(), a);
    QCOMPARE(model.index(1).data(StoryVaultModel::IdRole).toLongLong(), b);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Pricing test"));
    QCOMPARE(model.storyAt(0).title, QStringLiteral("Churn model"));
    QVERIFY(model.lastError().isEmpty());
}

void TestStoryVaultModel::shouldInsertOneRowWhenStoryAdded()
{
    addStory(QStringLiteral("First"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    const qint64 id = addStory(QStringLiteral("Second"), StoryKind::Failure);

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(resets(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex index = m_model->index(1);
    QCOMPARE(index.data(StoryVaultModel::IdRole).toLongLong(), id);
    QCOMPARE(index.data(StoryVaultModel::KindsRole).toInt(), int(StoryKind::Failure));
    QVERIFY(index.data(StoryVaultModel::CreatedAtRole).toDateTime().isValid());
    QVERIFY(index.data(StoryVaultModel::UpdatedAtRole).toDateTime().isValid());
}

void TestStoryVaultModel::shouldInsertRestoredStoryAtItsIdPosition()
{
    // GIVEN three stories, the middle one deleted
    addStory(QStringLiteral("A"));
    const qint64 b = addStory(QStringLiteral("B"));
    addStory(QStringLiteral("C"));
    const Story removed = m_model->storyAt(1);
    QVERIFY(m_session->store().removeStory(b));
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // WHEN undo restores it under its old id
    Result<qint64> restored = m_session->store().addStory(removed);
    QVERIFY(restored);
    QCOMPARE(restored.value(), b);

    // THEN it comes back between its neighbours
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("B"));
    QCOMPARE(m_model->indexForId(b).row(), 1);
    QCOMPARE(resets(), 0);
}

void TestStoryVaultModel::shouldEmitDataChangedWithFieldRolesWhenStoryUpdated_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::addColumn<QList<int>>("mustInclude");
    QTest::addColumn<QList<int>>("mustExclude");

    QTest::newRow("title") << quint32(StoryField::Title)
                           << QList<int>{Qt::DisplayRole, StoryVaultModel::TitleRole,
                                         StoryVaultModel::SearchTextRole, Qt::ToolTipRole,
                                         StoryVaultModel::UpdatedAtRole}
                           << QList<int>{StoryVaultModel::KindsRole, StoryVaultModel::BackboneRole};
    QTest::newRow("kinds") << quint32(StoryField::Kinds)
                           << QList<int>{StoryVaultModel::KindsRole, Qt::ToolTipRole}
                           << QList<int>{Qt::DisplayRole, StoryVaultModel::SearchTextRole};
    QTest::newRow("action") << quint32(StoryField::Action)
                            << QList<int>{StoryVaultModel::SearchTextRole}
                            << QList<int>{Qt::DisplayRole, StoryVaultModel::KindsRole};
    QTest::newRow("backbone") << quint32(StoryField::Backbone)
                              << QList<int>{StoryVaultModel::BackboneRole}
                              << QList<int>{Qt::DisplayRole, StoryVaultModel::SearchTextRole};
}

void TestStoryVaultModel::shouldEmitDataChangedWithFieldRolesWhenStoryUpdated()
{
    QFETCH(quint32, fields);
    QFETCH(QList<int>, mustInclude);
    QFETCH(QList<int>, mustExclude);

    // GIVEN two stories
    addStory(QStringLiteral("Other"));
    const qint64 id = addStory(QStringLiteral("Churn model"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // WHEN one field of the second is edited
    Story story = m_model->storyAt(1);
    story.title = QStringLiteral("Churn model v2");
    story.kinds = StoryKind::Leadership;
    story.action = QStringLiteral("I rebuilt the features");
    story.backbone = true;
    QVERIFY(m_session->store().updateStory(story, fields));

    // THEN just that row changes, naming the roles that field feeds
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    const QList<int> roles = changed.first().at(2).value<QList<int>>();
    for (int role : mustInclude)
        QVERIFY2(roles.contains(role), qPrintable(QString::number(role)));
    for (int role : mustExclude)
        QVERIFY2(!roles.contains(role), qPrintable(QString::number(role)));
    QCOMPARE(resets(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->storyAt(1).id, id);
    if (fields == StoryField::Title)
        QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Churn model v2"));
    if (fields == StoryField::Action)
        QVERIFY(m_model->index(1).data(StoryVaultModel::SearchTextRole).toString().split(u'\n').contains(
            u"rebuilt"));
}

void TestStoryVaultModel::shouldRemoveOneRowWhenStoryRemoved()
{
    addStory(QStringLiteral("A"));
    const qint64 b = addStory(QStringLiteral("B"));
    addStory(QStringLiteral("C"));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_session->store().removeStory(b));

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(resets(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->indexForId(b).isValid());
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("C"));
}

void TestStoryVaultModel::shouldIgnoreStoryAddedAndRemovedInOneTransaction()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy errors(m_model.get(), &StoryVaultModel::errorOccurred);

    const Status s = m_session->store().transact([&]() -> Status {
        Result<qint64> id = m_session->store().addStory(Story{});
        if (!id)
            return id.takeError();
        return m_session->store().removeStory(id.value());
    });

    QVERIFY(s);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestStoryVaultModel::shouldUpdateLinkCountsOnlyForLinkedStories()
{
    // GIVEN three stories and two values
    addStory(QStringLiteral("A"));
    const qint64 b = addStory(QStringLiteral("B"));
    addStory(QStringLiteral("C"));
    const qint64 owner = addValue(QStringLiteral("Ownership"));
    const qint64 doers = addValue(QStringLiteral("We are doers"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // WHEN B is linked to both values
    QVERIFY(m_session->store().setLink({b, owner, {}}));
    QVERIFY(m_session->store().setLink({b, doers, QStringLiteral("shipped without asking")}));

    // THEN only B's row changes, and its count is 2
    QCOMPARE(changed.count(), 2);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).value<QModelIndex>().row(), 1);
        QVERIFY(args.at(2).value<QList<int>>().contains(StoryVaultModel::LinkCountRole));
    }
    QCOMPARE(m_model->index(1).data(StoryVaultModel::LinkCountRole).toInt(), 2);
    QCOMPARE(m_model->index(0).data(StoryVaultModel::LinkCountRole).toInt(), 0);

    // WHEN a link's notes change, the count does not, so nothing is announced
    changed.clear();
    QVERIFY(m_session->store().setLink({b, doers, QStringLiteral("new notes")}));
    QCOMPARE(changed.count(), 0);

    // WHEN one link is removed
    QVERIFY(m_session->store().removeLink(b, owner));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1).data(StoryVaultModel::LinkCountRole).toInt(), 1);

    // WHEN the company goes, with its values and links
    changed.clear();
    QVERIFY(m_session->store().removeCompany(m_companyId));
    QCOMPARE(m_model->index(1).data(StoryVaultModel::LinkCountRole).toInt(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(resets(), 0);
}

void TestStoryVaultModel::shouldUpdateAnswerCountWhenAnswerAddedOrRemoved()
{
    const qint64 a = addStory(QStringLiteral("A"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Answer answer;
    answer.storyId = a;
    answer.situation = QStringLiteral("We were losing customers");
    Result<qint64> answerId = m_session->store().addAnswer(answer);
    QVERIFY2(answerId, answerId ? "" : qPrintable(answerId.error()));

    QCOMPARE(m_model->index(0).data(StoryVaultModel::AnswerCountRole).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(StoryVaultModel::AnswerCountRole));

    QVERIFY(m_session->store().removeAnswer(answerId.value()));
    QCOMPARE(m_model->index(0).data(StoryVaultModel::AnswerCountRole).toInt(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(resets(), 0);
}

void TestStoryVaultModel::shouldResetOnceForBulkImport()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const int count = StoryVaultModel::BulkResetThreshold + 1;

    const Status s = m_session->store().transact([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Story story;
            story.title = QStringLiteral("Imported %1").arg(i);
            if (Result<qint64> id = m_session->store().addStory(story); !id)
                return id.takeError();
        }
        return {};
    });

    QVERIFY(s);
    QCOMPARE(resets(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), count);
}

void TestStoryVaultModel::shouldResetWhenAnotherVaultOpens()
{
    addStory(QStringLiteral("In the first vault"));
    QCOMPARE(m_model->rowCount(), 1);

    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("second.starling"))));

    QCOMPARE(resets(), 1);
    QCOMPARE(m_model->rowCount(), 0);

    m_session->close();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->lastError().isEmpty());
}

void TestStoryVaultModel::shouldShowUntitledStoryForEmptyTitle()
{
    addStory(QString());

    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Untitled story"));
    QCOMPARE(index.data(StoryVaultModel::TitleRole).toString(), QString());
}

void TestStoryVaultModel::shouldProvideFoldedSearchText()
{
    Story story;
    story.title = QStringLiteral("ÄRGER mit Kunden");
    story.situation = QStringLiteral("STRAßE");
    story.result = QStringLiteral("CHURN fell, churn rose");
    story.notes = QStringLiteral("Ask Dana");
    QVERIFY(m_session->store().addStory(story));

    const QString text = m_model->index(0).data(StoryVaultModel::SearchTextRole).toString();
    const QStringList words = text.split(u'\n');

    // Each distinct folded word once, in order of first use.
    QCOMPARE(words, (QStringList{QStringLiteral("ärger"), QStringLiteral("mit"),
                                 QStringLiteral("kunden"), QStringLiteral("straße"),
                                 QStringLiteral("churn"), QStringLiteral("fell,"),
                                 QStringLiteral("rose"), QStringLiteral("ask"),
                                 QStringLiteral("dana")}));
    QCOMPARE(text, m_model->searchTextAt(0));
    QCOMPARE(StoryVaultModel::foldForSearch(QStringLiteral("ÄRGER")), QStringLiteral("ärger"));
}

void TestStoryVaultModel::shouldPrepareSearchTextsInTheBackgroundAfterLoading()
{
    // GIVEN: a vault with a few stories
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(addStory(QStringLiteral("Story %1 Überstunden").arg(i)));

    // WHEN: a new model loads it
    StoryVaultModel model(*m_session);

    // THEN: loading returned without folding the text; the event loop fills it in later
    QVERIFY(!model.searchTextsReady());
    QTRY_VERIFY(model.searchTextsReady());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.searchTextAt(row), StoryVaultModel::searchTextFor(model.storyAt(row)));
}

void TestStoryVaultModel::shouldBuildAMissingSearchTextOnFirstUse()
{
    // GIVEN: a freshly loaded model whose search texts are not prepared yet
    addStory(QStringLiteral("First"));
    addStory(QStringLiteral("Second ÄRGER"));
    StoryVaultModel model(*m_session);
    QVERIFY(!model.searchTextsReady());

    // WHEN: a row's search text is asked for straight away, through the role and directly
    // THEN: it is the same text a full preparation gives
    QCOMPARE(model.index(1).data(StoryVaultModel::SearchTextRole).toString(),
             StoryVaultModel::searchTextFor(model.storyAt(1)));
    QVERIFY(model.searchTextAt(1).contains(QStringLiteral("ärger")));

    // AND: a story added or removed meanwhile keeps every row's text right
    addStory(QStringLiteral("Third"));
    QVERIFY(m_session->store().removeStory(model.storyAt(0).id));
    model.prepareAllSearchTexts();
    QVERIFY(model.searchTextsReady());
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.searchTextAt(row), StoryVaultModel::searchTextFor(model.storyAt(row)));
}

void TestStoryVaultModel::shouldKeepHeadingsAndReadTheTextOnDemand()
{
    // GIVEN: a story with STAR text and notes
    Story story;
    story.title = QStringLiteral("Churn model");
    story.situation = QStringLiteral("Churn rose after the price change.");
    story.action = QStringLiteral("I rebuilt the model with Dana.");
    story.notes = QStringLiteral("Ask about the holdout");
    const qint64 id = m_session->store().addStory(story).value();
    StoryVaultModel model(*m_session);
    const int row = model.rowForId(id);
    QVERIFY(row >= 0);

    // THEN: the model holds the heading only, yet the whole story is one call away
    QCOMPARE(model.storyRefAt(row).title, story.title);
    QVERIFY(model.storyRefAt(row).situation.isEmpty());
    QVERIFY(model.storyRefAt(row).notes.isEmpty());
    const Story whole = model.storyAt(row);
    QCOMPARE(whole.situation, story.situation);
    QCOMPARE(whole.action, story.action);
    QCOMPARE(whole.notes, story.notes);

    // AND: the text is still searchable, and stays so after an edit
    QVERIFY(model.searchTextAt(row).contains(QStringLiteral("holdout")));
    Story edited = whole;
    edited.action = QStringLiteral("I paired with Kim on the features.");
    QVERIFY(m_session->store().updateStory(edited, StoryField::Action));
    QVERIFY(model.storyRefAt(row).action.isEmpty());
    QVERIFY(model.searchTextAt(row).contains(QStringLiteral("kim")));
    QVERIFY(!model.searchTextAt(row).contains(QStringLiteral("dana")));
}

void TestStoryVaultModel::shouldEscapeTitleInToolTip()
{
    addStory(QStringLiteral("<img src=/etc/passwd> & co"));

    const QString tip = m_model->index(0).data(Qt::ToolTipRole).toString();

    QVERIFY2(!tip.contains(u"<img"), qPrintable(tip));
    QVERIFY2(tip.contains(u"&lt;img src=/etc/passwd&gt; &amp; co"), qPrintable(tip));
    QVERIFY2(tip.contains(u"Success"), qPrintable(tip));
}

void TestStoryVaultModel::shouldDescribeStoryForAccessibility()
{
    const qint64 id = addStory(QStringLiteral("Churn model"), StoryKind::Success | StoryKind::Teamwork);
    const qint64 value = addValue(QStringLiteral("Ownership"));
    QVERIFY(m_session->store().setLink({id, value, {}}));

    const QString text = m_model->index(0).data(Qt::AccessibleTextRole).toString();

    QVERIFY2(text.startsWith(u"Churn model"), qPrintable(text));
    QVERIFY2(text.contains(u"Success, Teamwork"), qPrintable(text));
    QVERIFY2(text.contains(u"1 value"), qPrintable(text));
}

void TestStoryVaultModel::shouldFindIndexForId()
{
    const qint64 a = addStory(QStringLiteral("A"));
    const qint64 b = addStory(QStringLiteral("B"));

    QCOMPARE(m_model->indexForId(a).row(), 0);
    QCOMPARE(m_model->indexForId(b).row(), 1);
    QVERIFY(!m_model->indexForId(b + 100).isValid());
    QCOMPARE(m_model->rowForId(0), -1);
    QCOMPARE(m_model->storyAt(5).id, qint64(0));
}

void TestStoryVaultModel::shouldReportStoreErrors()
{
    // GIVEN a store that went away without the session noticing
    addStory(QStringLiteral("A"));
    QSignalSpy errors(m_model.get(), &StoryVaultModel::errorOccurred);
    m_session->store().close();

    // WHEN a change names a story the model must read back
    m_session->notifier().announce({Change{EntityKind::Story, ChangeType::Added, {42}, {}, StoryField::All}});

    // THEN the failure is kept and announced, and the rows stay as they were
    QCOMPARE(errors.count(), 1);
    QVERIFY(!m_model->lastError().isEmpty());
    QCOMPARE(errors.first().at(0).toString(), m_model->lastError());
    QCOMPARE(m_model->rowCount(), 1);
}

void TestStoryVaultModel::shouldDragStoryIdsOnly()
{
    // GIVEN stories in the vault
    const qint64 a = addStory(QStringLiteral("A"));
    const qint64 b = addStory(QStringLiteral("B"));
    const QModelIndex first = m_model->indexForId(a);
    const QModelIndex second = m_model->indexForId(b);
    QVERIFY(m_model->flags(first).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(first).testFlag(Qt::ItemIsDropEnabled)); // values drop onto stories
    QCOMPARE(m_model->mimeTypes(), (QStringList{IdsMime::StoryIds, IdsMime::ValueIds}));
    QVERIFY(!m_model->supportedDragActions().testFlag(Qt::MoveAction));
    QVERIFY(m_model->supportedDragActions().testFlag(Qt::CopyAction));

    // WHEN rows are dragged (a view may list an index twice)
    std::unique_ptr<QMimeData> data(m_model->mimeData({second, first, second}));

    // THEN the payload carries their ids once each, in drag order, under the story type only
    QVERIFY(data);
    QCOMPARE(data->formats(), QStringList{IdsMime::StoryIds});
    QCOMPARE(IdsMime::read(data.get(), IdsMime::StoryIds).value_or(QList<qint64>{}),
             (QList<qint64>{b, a}));
    QVERIFY(!m_model->mimeData({}));
    QVERIFY(!m_model->mimeData({QModelIndex()}));
}

void TestStoryVaultModel::shouldAnnounceValuesDroppedOntoAStory()
{
    // GIVEN a story and a value payload
    const qint64 story = addStory(QStringLiteral("Churn model"));
    const qint64 value = addValue(QStringLiteral("Ownership"));
    std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::ValueIds, {value}));
    QSignalSpy dropped(m_model.get(), &StoryVaultModel::valuesDropped);
    const QModelIndex target = m_model->indexForId(story);

    // WHEN it is dropped between rows, nothing happens; onto the story, it is announced
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, target));

    // THEN the drop names the story and the value, and the model itself wrote nothing
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().at(0).toLongLong(), story);
    QCOMPARE(dropped.first().at(1).value<QList<qint64>>(), QList<qint64>{value});
    QVERIFY(m_session->store().links()->isEmpty());
}

void TestStoryVaultModel::shouldIgnoreGarbageDroppedOntoAStory_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("random bytes") << IdsMime::ValueIds << QByteArray("\x01\x02garbage", 9);
    QTest::newRow("empty") << IdsMime::ValueIds << QByteArray();
    QTest::newRow("story ids onto a story") << IdsMime::StoryIds << IdsMime::encode({1});
    QTest::newRow("plain text") << QStringLiteral("text/plain") << QByteArray("1");
}

void TestStoryVaultModel::shouldIgnoreGarbageDroppedOntoAStory()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    const qint64 story = addStory(QStringLiteral("Churn model"));
    QMimeData data;
    data.setData(format, bytes);
    QSignalSpy dropped(m_model.get(), &StoryVaultModel::valuesDropped);
    const QModelIndex target = m_model->indexForId(story);
    QVERIFY(!m_model->canDropMimeData(&data, Qt::CopyAction, -1, -1, target));
    QVERIFY(!m_model->dropMimeData(&data, Qt::CopyAction, -1, -1, target));
    QCOMPARE(dropped.count(), 0);
}

QTEST_MAIN(TestStoryVaultModel)
#include "tst_storyvaultmodel.moc"
