#include "idsmime.h"
#include "storyvaultmodel.h"
#include "valuesmatrixmodel.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace starling;

using Model = ValuesMatrixModel;

// The fixture, a company's values with sub-principles, and stories mapped onto them:
//
//   Acme                         Churn model (backbone)   Pricing test
//     Own the outcome                  ✓                      ✓          → 2, ideal
//         Act without waiting          ✓                                 → 1, minimum
//         Follow through                                                 → gap
//     Customer obsession                                      ✓          → 1, minimum
//     Learn and be curious                                               → gap
//   Beta
//     Be bold                    Ad ranking ✓
//
// Zebra migration is a backbone story mapped nowhere; Unmapped idea is neither.
class TestValuesMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldListValuesInTreeOrderWithDepth();
    void shouldIndentSubPrinciplesInTheVerticalHeader();
    void shouldCountCoveragePerValue_data();
    void shouldCountCoveragePerValue();
    void shouldSummariseCoverage();
    void shouldSummariseCompanyWithoutValues();
    void shouldOrderColumnsBackboneFirstThenByTitle();
    void shouldHideStoriesMappedNowhereByDefault();
    void shouldShowEveryStoryWhenNotHiding();
    void shouldShowCellsFromTheLinkCache();
    void shouldEmitDataChangedNotResetWhenLinkAdded();
    void shouldEmitDataChangedNotResetWhenLinkRemoved();
    void shouldEmitNotesRolesWhenLinkNotesUpdated();
    void shouldInsertColumnWhenUnmappedStoryGetsMapped();
    void shouldRemoveColumnWhenStoryMappedNowhereAnyMore();
    void shouldInsertColumnWhenStoryMappedInAnotherCompany();
    void shouldMoveColumnWhenStoryRenamed();
    void shouldMoveColumnWhenStoryBecomesBackbone();
    void shouldRemoveColumnWhenStoryDeleted();
    void shouldIgnoreStoryTextEdits();
    void shouldInsertRowWhenValueAdded();
    void shouldRemoveSubtreeRowsWhenValueRemoved();
    void shouldRestoreRowAndLinksWhenValueRemovalUndone();
    void shouldUpdateRowWhenValueRenamed();
    void shouldResetWhenValueMoved();
    void shouldIgnoreOtherCompaniesValues();
    void shouldResetWhenCompanySwitches();
    void shouldShowNoRowsWhenCompanyRemoved();
    void shouldResetWhenAnotherVaultOpens();
    void shouldDragStoryOfACell();
    void shouldDragValueOfACoverageCell();
    void shouldRoundTripCellDragIntoMapRequest();
    void shouldRoundTripColumnHeaderDragIntoMapRequest();
    void shouldAcceptStoriesDraggedFromTheVault();
    void shouldRefuseGarbagePayloads_data();
    void shouldRefuseGarbagePayloads();
    void shouldRefuseDropsOutsideRows();
    void shouldEscapeUserTextInToolTips();
    void shouldDescribeCellsForAccessibility();

private:
    qint64 addStory(const QString &title, bool backbone = false);
    qint64 addCompany(const QString &name);
    qint64 addValue(qint64 companyId, const QString &name, qint64 parentId = 0);
    void link(qint64 storyId, qint64 valueId, const QString &notes = {});
    QStringList columnTitles() const;
    QStringList rowNames() const;
    int rowOf(const QString &name) const;
    std::unique_ptr<Model> makeModel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resetSpy;
    std::unique_ptr<QSignalSpy> m_dataSpy;
    std::unique_ptr<QSignalSpy> m_summarySpy;
    std::unique_ptr<QSignalSpy> m_mapSpy;

    qint64 m_acme = 0, m_beta = 0;
    qint64 m_own = 0, m_act = 0, m_follow = 0, m_customer = 0, m_learn = 0, m_bold = 0;
    qint64 m_churn = 0, m_pricing = 0, m_zebra = 0, m_ads = 0, m_unmapped = 0;
};

qint64 TestValuesMatrixModel::addStory(const QString &title, bool backbone)
{
    Story story;
    story.title = title;
    story.kinds = StoryKind::Success;
    story.backbone = backbone;
    Result<qint64> id = m_session->store().addStory(story);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestValuesMatrixModel::addCompany(const QString &name)
{
    Company company;
    company.name = name;
    Result<qint64> id = m_session->store().addCompany(company);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestValuesMatrixModel::addValue(qint64 companyId, const QString &name, qint64 parentId)
{
    ValuePrinciple value;
    value.companyId = companyId;
    value.parentId = parentId;
    value.name = name;
    value.position = -1;
    Result<qint64> id = m_session->store().addValue(value);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

void TestValuesMatrixModel::link(qint64 storyId, qint64 valueId, const QString &notes)
{
    const Status s = m_session->store().setLink({storyId, valueId, notes});
    if (!s)
        qWarning() << s.error();
}

std::unique_ptr<Model> TestValuesMatrixModel::makeModel()
{
    auto model = std::make_unique<Model>(*m_session);
    model->setCompanyId(m_acme);
    return model;
}

void TestValuesMatrixModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));

    // One transaction: a commit per write would make every test wait on the disk.
    // Values are added out of order, so tree order is not insertion order.
    const Status built = m_session->store().transact([this]() -> Status {
        m_acme = addCompany(QStringLiteral("Acme"));
        m_beta = addCompany(QStringLiteral("Beta"));
        m_own = addValue(m_acme, QStringLiteral("Own the outcome"));
        m_customer = addValue(m_acme, QStringLiteral("Customer obsession"));
        m_act = addValue(m_acme, QStringLiteral("Act without waiting"), m_own);
        m_learn = addValue(m_acme, QStringLiteral("Learn and be curious"));
        m_follow = addValue(m_acme, QStringLiteral("Follow through"), m_own);
        m_bold = addValue(m_beta, QStringLiteral("Be bold"));

        m_pricing = addStory(QStringLiteral("Pricing test"));
        m_zebra = addStory(QStringLiteral("Zebra migration"), true);
        m_unmapped = addStory(QStringLiteral("Unmapped idea"));
        m_churn = addStory(QStringLiteral("Churn model"), true);
        m_ads = addStory(QStringLiteral("Ad ranking"));

        link(m_churn, m_own, QStringLiteral("- cut churn 12%\n- owned the retrain"));
        link(m_pricing, m_own);
        link(m_churn, m_act);
        link(m_pricing, m_customer, QStringLiteral("- talked to 30 customers"));
        link(m_ads, m_bold);
        return {};
    });
    QVERIFY2(built, qPrintable(built.error()));
    QVERIFY(m_acme && m_own && m_follow && m_churn && m_ads);

    m_model = makeModel();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_resetSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    m_dataSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
    m_summarySpy = std::make_unique<QSignalSpy>(m_model.get(), &Model::summaryChanged);
    m_mapSpy = std::make_unique<QSignalSpy>(m_model.get(), &Model::mapRequested);
}

void TestValuesMatrixModel::cleanup()
{
    m_mapSpy.reset();
    m_summarySpy.reset();
    m_dataSpy.reset();
    m_resetSpy.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

QStringList TestValuesMatrixModel::columnTitles() const
{
    QStringList titles;
    for (int c = Model::FirstStoryColumn; c < m_model->columnCount(); ++c)
        titles.append(m_model->headerData(c, Qt::Horizontal).toString());
    return titles;
}

QStringList TestValuesMatrixModel::rowNames() const
{
    QStringList names;
    for (int r = 0; r < m_model->rowCount(); ++r)
        names.append(m_model->index(r, Model::CoverageColumn).data().toString());
    return names;
}

int TestValuesMatrixModel::rowOf(const QString &name) const
{
    return int(rowNames().indexOf(name));
}

// ---------------------------------------------------------------------------------------------
// Rows and coverage

void TestValuesMatrixModel::shouldListValuesInTreeOrderWithDepth()
{
    // GIVEN the Acme fixture (set up in init())
    // THEN each parent comes before its sub-principles, siblings in position order
    const QStringList expected{
        QStringLiteral("Own the outcome"), QStringLiteral("Act without waiting"),
        QStringLiteral("Follow through"), QStringLiteral("Customer obsession"),
        QStringLiteral("Learn and be curious")};
    QCOMPARE(rowNames(), expected);
    const QList<int> depths{0, 1, 1, 0, 0};
    const QList<qint64> ids{m_own, m_act, m_follow, m_customer, m_learn};
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex cell = m_model->index(r, Model::CoverageColumn);
        QCOMPARE(cell.data(Model::DepthRole).toInt(), depths.at(r));
        QCOMPARE(cell.data(Model::ValueIdRole).toLongLong(), ids.at(r));
        QCOMPARE(m_model->valueIdAt(r), ids.at(r));
        QCOMPARE(m_model->rowForValue(ids.at(r)), r);
    }
    QCOMPARE(m_model->headerData(Model::CoverageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Coverage"));
}

void TestValuesMatrixModel::shouldIndentSubPrinciplesInTheVerticalHeader()
{
    const QString top = m_model->headerData(0, Qt::Vertical).toString();
    const QString sub = m_model->headerData(1, Qt::Vertical).toString();
    QCOMPARE(top, QStringLiteral("Own the outcome"));
    QVERIFY(sub.endsWith(QStringLiteral("Act without waiting")));
    QVERIFY(sub.startsWith(u' '));
    QCOMPARE(m_model->headerData(1, Qt::Vertical, Model::DepthRole).toInt(), 1);
    QCOMPARE(m_model->headerData(1, Qt::Vertical, Model::ValueIdRole).toLongLong(), m_act);
}

void TestValuesMatrixModel::shouldCountCoveragePerValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text");
    QTest::newRow("two stories: ideal") << QStringLiteral("Own the outcome") << 2
                                        << int(Model::Ideal) << QStringLiteral("2 story(s)");
    QTest::newRow("sub-principle, one story: minimum")
        << QStringLiteral("Act without waiting") << 1 << int(Model::Minimum)
        << QStringLiteral("1 story(s)");
    QTest::newRow("sub-principle, none: gap")
        << QStringLiteral("Follow through") << 0 << int(Model::Gap) << QStringLiteral("Gap");
    QTest::newRow("one story: minimum") << QStringLiteral("Customer obsession") << 1
                                        << int(Model::Minimum) << QStringLiteral("1 story(s)");
    QTest::newRow("none: gap") << QStringLiteral("Learn and be curious") << 0 << int(Model::Gap)
                               << QStringLiteral("Gap");
}

void TestValuesMatrixModel::shouldCountCoveragePerValue()
{
    // GIVEN a value of the fixture
    QFETCH(QString, value);
    QFETCH(int, count);
    QFETCH(int, level);
    QFETCH(QString, text);

    // THEN its coverage cell counts its own stories (a parent does not borrow its children's)
    const QModelIndex cell = m_model->index(rowOf(value), Model::CoverageColumn);
    QCOMPARE(cell.data(Model::CoverageCountRole).toInt(), count);
    QCOMPARE(cell.data(Model::CoverageLevelRole).toInt(), level);
    // The source text; the English translation turns "(s)" into the right plural.
    QCOMPARE(cell.data(Model::CoverageTextRole).toString(), text);
    QVERIFY(cell.data(Qt::DecorationRole).canConvert<QColor>());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(text));
}

void TestValuesMatrixModel::shouldSummariseCoverage()
{
    // 3 of the 5 values have a story, 1 has two (source text; English fills in the plural).
    QCOMPARE(m_model->coveredValueCount(), 3);
    QCOMPARE(m_model->idealValueCount(), 1);
    QCOMPARE(m_model->summaryText(), QStringLiteral("3 of 5 values covered, 1 with two stories"));
}

void TestValuesMatrixModel::shouldSummariseCompanyWithoutValues()
{
    // GIVEN a company with no values yet
    const qint64 empty = addCompany(QStringLiteral("Empty Inc"));

    // WHEN the matrix shows it
    m_model->setCompanyId(empty);

    // THEN there are no rows and the summary says what to do
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->summaryText(),
             QStringLiteral("No values yet — add the company's values first."));
    QCOMPARE(m_summarySpy->count(), 1);

    // AND with no company at all, it asks for one
    m_model->setCompanyId(0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->summaryText().isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Columns

void TestValuesMatrixModel::shouldOrderColumnsBackboneFirstThenByTitle()
{
    const QStringList expected{QStringLiteral("Churn model"), QStringLiteral("Zebra migration"),
                               QStringLiteral("Ad ranking"), QStringLiteral("Pricing test")};
    QCOMPARE(columnTitles(), expected);
    QVERIFY(m_model->headerData(1, Qt::Horizontal, Model::BackboneRole).toBool());
    QVERIFY(m_model->headerData(2, Qt::Horizontal, Model::BackboneRole).toBool());
    QVERIFY(!m_model->headerData(3, Qt::Horizontal, Model::BackboneRole).toBool());
    QCOMPARE(m_model->headerData(1, Qt::Horizontal, Model::StoryIdRole).toLongLong(), m_churn);
    QCOMPARE(m_model->storyIdAt(1), m_churn);
    QCOMPARE(m_model->columnForStory(m_pricing), 4);
    QCOMPARE(m_model->storyIdAt(Model::CoverageColumn), 0);
    QVERIFY(m_model->headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(storyKindName(StoryKind::Success)));
}

void TestValuesMatrixModel::shouldHideStoriesMappedNowhereByDefault()
{
    // THEN "Unmapped idea" has no column, while the unmapped backbone story keeps its own
    QVERIFY(m_model->hideUnmappedStories());
    QCOMPARE(m_model->columnForStory(m_unmapped), -1);
    QVERIFY(m_model->columnForStory(m_zebra) > 0);
    // AND a story mapped only in another company still has a column here
    QVERIFY(m_model->columnForStory(m_ads) > 0);
}

void TestValuesMatrixModel::shouldShowEveryStoryWhenNotHiding()
{
    // WHEN the filter is switched off
    m_model->setHideUnmappedStories(false);

    // THEN every story gets a column, still backbone first then by title
    const QStringList expected{QStringLiteral("Churn model"), QStringLiteral("Zebra migration"),
                               QStringLiteral("Ad ranking"), QStringLiteral("Pricing test"),
                               QStringLiteral("Unmapped idea")};
    QCOMPARE(columnTitles(), expected);

    // AND back on, the unmapped story goes again
    m_model->setHideUnmappedStories(true);
    QCOMPARE(m_model->columnForStory(m_unmapped), -1);
}

void TestValuesMatrixModel::shouldShowCellsFromTheLinkCache()
{
    const QModelIndex linked = m_model->indexFor(m_churn, m_own);
    const QModelIndex empty = m_model->indexFor(m_zebra, m_own);
    QVERIFY(linked.isValid() && empty.isValid());
    QCOMPARE(linked.data().toString(), QStringLiteral("✓"));
    QVERIFY(linked.data(Model::LinkedRole).toBool());
    QCOMPARE(linked.data(Model::NotesRole).toString(),
             QStringLiteral("- cut churn 12%\n- owned the retrain"));
    QCOMPARE(linked.data(Model::StoryIdRole).toLongLong(), m_churn);
    QCOMPARE(linked.data(Model::ValueIdRole).toLongLong(), m_own);
    QVERIFY(linked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cut churn 12%")));
    QVERIFY(empty.data().toString().isEmpty());
    QVERIFY(!empty.data(Model::LinkedRole).toBool());
    QVERIFY(empty.data(Model::NotesRole).toString().isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Following the notifier

void TestValuesMatrixModel::shouldEmitDataChangedNotResetWhenLinkAdded()
{
    // GIVEN the gap "Follow through" and a story that already has a column
    const QModelIndex cell = m_model->indexFor(m_pricing, m_follow);
    const QModelIndex coverage = m_model->index(m_model->rowForValue(m_follow), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::columnsInserted);

    // WHEN the story is mapped onto it
    link(m_pricing, m_follow, QStringLiteral("- followed up weekly"));

    // THEN just that cell and its row's coverage change
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_dataSpy->count(), 2);
    QCOMPARE(m_dataSpy->at(0).at(0).value<QModelIndex>(), cell);
    QCOMPARE(m_dataSpy->at(0).at(1).value<QModelIndex>(), cell);
    QVERIFY(m_dataSpy->at(0).at(2).value<QList<int>>().contains(Model::LinkedRole));
    QCOMPARE(m_dataSpy->at(1).at(0).value<QModelIndex>(), coverage);
    QCOMPARE(m_dataSpy->at(1).at(1).value<QModelIndex>(), coverage);
    QVERIFY(m_dataSpy->at(1).at(2).value<QList<int>>().contains(Model::CoverageCountRole));
    QVERIFY(cell.data(Model::LinkedRole).toBool());
    QCOMPARE(cell.data(Model::NotesRole).toString(), QStringLiteral("- followed up weekly"));
    QCOMPARE(coverage.data(Model::CoverageCountRole).toInt(), 1);
    QCOMPARE(m_summarySpy->count(), 1);
    QCOMPARE(m_model->coveredValueCount(), 4);
}

void TestValuesMatrixModel::shouldEmitDataChangedNotResetWhenLinkRemoved()
{
    // GIVEN "Own the outcome" with two stories
    const QModelIndex cell = m_model->indexFor(m_pricing, m_own);
    const QModelIndex coverage = m_model->index(m_model->rowForValue(m_own), 0);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::columnsRemoved);

    // WHEN one is unmapped (the story stays mapped elsewhere, so keeps its column)
    QVERIFY(m_session->store().removeLink(m_pricing, m_own));

    // THEN the cell and the coverage change, the level drops to minimum
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_dataSpy->count(), 2);
    QCOMPARE(m_dataSpy->at(0).at(0).value<QModelIndex>(), cell);
    QCOMPARE(m_dataSpy->at(1).at(0).value<QModelIndex>(), coverage);
    QVERIFY(!cell.data(Model::LinkedRole).toBool());
    QCOMPARE(coverage.data(Model::CoverageLevelRole).toInt(), int(Model::Minimum));
    QCOMPARE(m_model->idealValueCount(), 0);
    QCOMPARE(m_summarySpy->count(), 1);
}

void TestValuesMatrixModel::shouldEmitNotesRolesWhenLinkNotesUpdated()
{
    // WHEN a link's notes are edited
    link(m_churn, m_own, QStringLiteral("- new notes"));

    // THEN only that cell changes, in its notes roles; coverage and summary stay
    const QModelIndex cell = m_model->indexFor(m_churn, m_own);
    QCOMPARE(m_dataSpy->count(), 1);
    QCOMPARE(m_dataSpy->at(0).at(0).value<QModelIndex>(), cell);
    const QList<int> roles = m_dataSpy->at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Model::NotesRole));
    QVERIFY(!roles.contains(Model::LinkedRole));
    QCOMPARE(cell.data(Model::NotesRole).toString(), QStringLiteral("- new notes"));
    QCOMPARE(m_summarySpy->count(), 0);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValuesMatrixModel::shouldInsertColumnWhenUnmappedStoryGetsMapped()
{
    // GIVEN a story mapped nowhere, so without a column
    QCOMPARE(m_model->columnForStory(m_unmapped), -1);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::columnsInserted);
    const int columnsBefore = m_model->columnCount();

    // WHEN it is mapped onto a value of this company
    link(m_unmapped, m_learn);

    // THEN its column is inserted in title order ("Unmapped idea" after "Pricing test")
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), columnsBefore);
    QCOMPARE(inserted.at(0).at(2).toInt(), columnsBefore);
    QCOMPARE(m_model->columnForStory(m_unmapped), columnsBefore);
    QVERIFY(m_model->indexFor(m_unmapped, m_learn).data(Model::LinkedRole).toBool());
    QCOMPARE(
        m_model->index(m_model->rowForValue(m_learn), 0).data(Model::CoverageCountRole).toInt(), 1);
}

void TestValuesMatrixModel::shouldRemoveColumnWhenStoryMappedNowhereAnyMore()
{
    // GIVEN "Ad ranking", mapped only in Beta
    const int column = m_model->columnForStory(m_ads);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::columnsRemoved);

    // WHEN that link goes
    QVERIFY(m_session->store().removeLink(m_ads, m_bold));

    // THEN its column goes too, and nothing in Acme's rows changed
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), column);
    QCOMPARE(m_model->columnForStory(m_ads), -1);
    QCOMPARE(m_dataSpy->count(), 0);
    QCOMPARE(m_summarySpy->count(), 0);
}

void TestValuesMatrixModel::shouldInsertColumnWhenStoryMappedInAnotherCompany()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::columnsInserted);

    // WHEN an unmapped story is mapped onto another company's value
    link(m_unmapped, m_bold);

    // THEN it gets a column here (mapped somewhere), with no cell of this company changed
    QCOMPARE(inserted.count(), 1);
    QVERIFY(m_model->columnForStory(m_unmapped) > 0);
    QCOMPARE(m_dataSpy->count(), 0);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValuesMatrixModel::shouldMoveColumnWhenStoryRenamed()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::columnsMoved);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);

    // WHEN "Pricing test" is renamed to sort before "Ad ranking"
    Story story;
    story.id = m_pricing;
    story.title = QStringLiteral("A/B pricing test");
    QVERIFY(m_session->store().updateStory(story, StoryField::Title));

    // THEN its column moves, without a reset
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(moved.count(), 1);
    QVERIFY(headers.count() >= 1);
    const QStringList expected{QStringLiteral("Churn model"), QStringLiteral("Zebra migration"),
                               QStringLiteral("A/B pricing test"), QStringLiteral("Ad ranking")};
    QCOMPARE(columnTitles(), expected);
    QCOMPARE(m_model->columnForStory(m_pricing), 3);
    QVERIFY(m_model->indexFor(m_pricing, m_own).data(Model::LinkedRole).toBool());
}

void TestValuesMatrixModel::shouldMoveColumnWhenStoryBecomesBackbone()
{
    // WHEN "Pricing test" becomes a backbone story
    Story story;
    story.id = m_pricing;
    story.backbone = true;
    QVERIFY(m_session->store().updateStory(story, StoryField::Backbone));

    // THEN it joins the backbone stories at the front, in title order
    const QStringList expected{QStringLiteral("Churn model"), QStringLiteral("Pricing test"),
                               QStringLiteral("Zebra migration"), QStringLiteral("Ad ranking")};
    QCOMPARE(columnTitles(), expected);
    QVERIFY(m_model->headerData(2, Qt::Horizontal, Model::BackboneRole).toBool());
    QCOMPARE(m_resetSpy->count(), 0);

    // AND when "Zebra migration" stops being one, mapped nowhere, its column goes
    story.id = m_zebra;
    story.backbone = false;
    QVERIFY(m_session->store().updateStory(story, StoryField::Backbone));
    QCOMPARE(m_model->columnForStory(m_zebra), -1);
}

void TestValuesMatrixModel::shouldRemoveColumnWhenStoryDeleted()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::columnsRemoved);
    const int column = m_model->columnForStory(m_churn);

    // WHEN a mapped story is deleted (its links go with it)
    QVERIFY(m_session->store().removeStory(m_churn));

    // THEN its column is removed and the coverage it gave drops
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), column);
    QCOMPARE(m_model->columnForStory(m_churn), -1);
    QCOMPARE(m_model->index(m_model->rowForValue(m_act), 0).data(Model::CoverageCountRole).toInt(),
             0);
    QCOMPARE(m_model->index(m_model->rowForValue(m_own), 0).data(Model::CoverageCountRole).toInt(),
             1);
    QCOMPARE(m_model->coveredValueCount(), 2);
    QCOMPARE(m_summarySpy->count(), 1);
}

void TestValuesMatrixModel::shouldIgnoreStoryTextEdits()
{
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    Story story;
    story.id = m_churn;
    story.situation = QStringLiteral("New situation");
    QVERIFY(m_session->store().updateStory(story, StoryField::Situation));
    QCOMPARE(headers.count(), 0);
    QCOMPARE(m_dataSpy->count(), 0);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValuesMatrixModel::shouldInsertRowWhenValueAdded()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // WHEN a sub-principle is added under "Customer obsession"
    const qint64 id = addValue(m_acme, QStringLiteral("Listen first"), m_customer);

    // THEN one row is inserted right after its parent, at depth 1, as a gap
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(m_model->rowForValue(id), 4);
    const QModelIndex cell = m_model->index(4, 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("Listen first"));
    QCOMPARE(cell.data(Model::DepthRole).toInt(), 1);
    QCOMPARE(cell.data(Model::CoverageLevelRole).toInt(), int(Model::Gap));
    QCOMPARE(m_model->rowForValue(m_learn), 5);
    QCOMPARE(m_summarySpy->count(), 1);
}

void TestValuesMatrixModel::shouldRemoveSubtreeRowsWhenValueRemoved()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // WHEN "Own the outcome" is removed, taking its two sub-principles and their links along
    QVERIFY(m_session->store().removeValue(m_own));

    // THEN three rows go, without a reset, and the summary counts what is left
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(removed.count(), 3);
    const QStringList expected{QStringLiteral("Customer obsession"),
                               QStringLiteral("Learn and be curious")};
    QCOMPARE(rowNames(), expected);
    QCOMPARE(m_model->coveredValueCount(), 1);
    QCOMPARE(m_model->summaryText(), QStringLiteral("1 of 2 values covered, 0 with two stories"));
    // Churn model is now mapped nowhere, but as a backbone story it keeps its column.
    QVERIFY(m_model->columnForStory(m_churn) > 0);
}

void TestValuesMatrixModel::shouldRestoreRowAndLinksWhenValueRemovalUndone()
{
    // GIVEN a value removed (what an undo command would restore afterwards)
    const ValuePrinciple value = m_session->store().value(m_customer).value();
    QVERIFY(m_session->store().removeValue(m_customer));
    QCOMPARE(m_model->rowForValue(m_customer), -1);

    // WHEN it comes back with its link, in one transaction
    const Status restored = m_session->store().transact([&]() -> Status {
        if (Result<qint64> id = m_session->store().addValue(value); !id)
            return id.takeError();
        return m_session->store().setLink({m_pricing, m_customer, QStringLiteral("- again")});
    });
    QVERIFY2(restored, qPrintable(restored.error()));

    // THEN the row is back with its link counted
    const int row = m_model->rowForValue(m_customer);
    QCOMPARE(row, 3);
    QCOMPARE(m_model->index(row, 0).data(Model::CoverageCountRole).toInt(), 1);
    QCOMPARE(m_model->indexFor(m_pricing, m_customer).data(Model::NotesRole).toString(),
             QStringLiteral("- again"));
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValuesMatrixModel::shouldUpdateRowWhenValueRenamed()
{
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    ValuePrinciple value;
    value.id = m_learn;
    value.companyId = m_acme;
    value.name = QStringLiteral("Always learning");
    QVERIFY(m_session->store().updateValue(value, ValueField::Name));

    const int row = m_model->rowForValue(m_learn);
    QCOMPARE(m_model->index(row, 0).data().toString(), QStringLiteral("Always learning"));
    QCOMPARE(m_dataSpy->count(), 1);
    QCOMPARE(m_dataSpy->at(0).at(0).value<QModelIndex>(), m_model->index(row, 0));
    QCOMPARE(m_dataSpy->at(0).at(1).value<QModelIndex>(),
             m_model->index(row, m_model->columnCount() - 1));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValuesMatrixModel::shouldResetWhenValueMoved()
{
    // WHEN "Learn and be curious" moves to the top
    QVERIFY(m_session->store().moveValue(m_learn, 0, 0));

    // THEN the rows follow the new order (a reset is how a table shows a move)
    QCOMPARE(m_model->rowForValue(m_learn), 0);
    QCOMPARE(m_model->rowForValue(m_own), 1);
    QCOMPARE(m_model->index(2, 0).data(Model::CoverageCountRole).toInt(), 1); // Act without waiting
    QCOMPARE(m_model->coveredValueCount(), 3);
}

void TestValuesMatrixModel::shouldIgnoreOtherCompaniesValues()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    addValue(m_beta, QStringLiteral("Think big"));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_summarySpy->count(), 0);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestValuesMatrixModel::shouldResetWhenCompanySwitches()
{
    QSignalSpy companySpy(m_model.get(), &Model::companyIdChanged);

    // WHEN the matrix switches to Beta
    m_model->setCompanyId(m_beta);

    // THEN it resets once onto Beta's values and links; the story columns stay
    QCOMPARE(m_resetSpy->count(), 1);
    QCOMPARE(companySpy.count(), 1);
    QCOMPARE(m_model->companyId(), m_beta);
    QCOMPARE(rowNames(), QStringList{QStringLiteral("Be bold")});
    QVERIFY(m_model->indexFor(m_ads, m_bold).data(Model::LinkedRole).toBool());
    QCOMPARE(m_model->summaryText(), QStringLiteral("1 of 1 values covered, 0 with two stories"));
    QCOMPARE(m_summarySpy->count(), 1);

    // AND setting the same company again does nothing
    m_model->setCompanyId(m_beta);
    QCOMPARE(m_resetSpy->count(), 1);
}

void TestValuesMatrixModel::shouldShowNoRowsWhenCompanyRemoved()
{
    QSignalSpy companySpy(m_model.get(), &Model::companyIdChanged);
    QVERIFY(m_session->store().removeCompany(m_acme));
    QCOMPARE(m_model->companyId(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(companySpy.count(), 1);
    QVERIFY(m_summarySpy->count() >= 1);
}

void TestValuesMatrixModel::shouldResetWhenAnotherVaultOpens()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QVERIFY(m_session->open(other.filePath(QStringLiteral("other.starling"))));
    QVERIFY(m_resetSpy->count() >= 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 1);
}

// ---------------------------------------------------------------------------------------------
// Drag and drop

void TestValuesMatrixModel::shouldDragStoryOfACell()
{
    const QModelIndex cell = m_model->indexFor(m_pricing, m_learn);
    QVERIFY(m_model->flags(cell).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(cell).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDropEnabled));
    QCOMPARE(m_model->mimeTypes(), (QStringList{IdsMime::StoryIds, IdsMime::ValueIds}));

    // WHEN two cells of one column and one of another are dragged
    std::unique_ptr<QMimeData> data(m_model->mimeData(
        {cell, m_model->indexFor(m_pricing, m_own), m_model->indexFor(m_churn, m_own)}));

    // THEN the payload names each story once, ids only
    QVERIFY(data);
    QCOMPARE(IdsMime::read(data.get(), IdsMime::StoryIds).value_or(QList<qint64>{}),
             (QList<qint64>{m_pricing, m_churn}));
    QVERIFY(!data->hasFormat(IdsMime::ValueIds));
    QVERIFY(!m_model->mimeData({}));
}

void TestValuesMatrixModel::shouldDragValueOfACoverageCell()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(1, 0)}));
    QVERIFY(data);
    QCOMPARE(IdsMime::read(data.get(), IdsMime::ValueIds).value_or(QList<qint64>{}),
             QList<qint64>{m_act});
    QVERIFY(!data->hasFormat(IdsMime::StoryIds));
}

void TestValuesMatrixModel::shouldRoundTripCellDragIntoMapRequest()
{
    // GIVEN a cell of the "Pricing test" column, dragged
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexFor(m_pricing, m_own)}));
    const QModelIndex target = m_model->indexFor(m_churn, m_learn);

    // WHEN it is dropped on another row's cell
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, target));

    // THEN the model asks for the story to be mapped onto that row's value, and writes nothing
    QCOMPARE(m_mapSpy->count(), 1);
    QCOMPARE(m_mapSpy->at(0).at(0).value<QList<qint64>>(), QList<qint64>{m_pricing});
    QCOMPARE(m_mapSpy->at(0).at(1).toLongLong(), m_learn);
    QVERIFY(!m_session->store().link(m_pricing, m_learn).value().has_value());
    QCOMPARE(m_dataSpy->count(), 0);
}

void TestValuesMatrixModel::shouldRoundTripColumnHeaderDragIntoMapRequest()
{
    std::unique_ptr<QMimeData> data(
        m_model->mimeDataForStoryColumn(m_model->columnForStory(m_zebra)));
    QVERIFY(data);
    QVERIFY(!m_model->mimeDataForStoryColumn(Model::CoverageColumn));
    QVERIFY(!m_model->mimeDataForStoryColumn(m_model->columnCount()));

    // Dropped on the coverage cell of "Follow through", with a link action.
    const QModelIndex target = m_model->index(m_model->rowForValue(m_follow), 0);
    QVERIFY(m_model->dropMimeData(data.get(), Qt::LinkAction, -1, -1, target));
    QCOMPARE(m_mapSpy->count(), 1);
    QCOMPARE(m_mapSpy->at(0).at(0).value<QList<qint64>>(), QList<qint64>{m_zebra});
    QCOMPARE(m_mapSpy->at(0).at(1).toLongLong(), m_follow);
}

void TestValuesMatrixModel::shouldAcceptStoriesDraggedFromTheVault()
{
    // GIVEN two rows dragged out of the story vault, one with no matrix column yet
    StoryVaultModel vault(*m_session);
    std::unique_ptr<QMimeData> data(
        vault.mimeData({vault.indexForId(m_unmapped), vault.indexForId(m_churn)}));
    QVERIFY(data);

    // WHEN dropped on a row (given by number, as a view does between rows)
    QVERIFY(
        m_model->dropMimeData(data.get(), Qt::CopyAction, m_model->rowForValue(m_learn), 0, {}));

    // THEN both are requested, in the dragged order
    QCOMPARE(m_mapSpy->count(), 1);
    QCOMPARE(m_mapSpy->at(0).at(0).value<QList<qint64>>(), (QList<qint64>{m_unmapped, m_churn}));
    QCOMPARE(m_mapSpy->at(0).at(1).toLongLong(), m_learn);
}

void TestValuesMatrixModel::shouldRefuseGarbagePayloads_data()
{
    // The payload is named here and built in the test, where the fixture's ids are known.
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("action");
    const int copy = int(Qt::CopyAction);
    const QString stories = IdsMime::StoryIds;
    QTest::newRow("random bytes") << stories << QStringLiteral("random") << copy;
    QTest::newRow("empty bytes") << stories << QStringLiteral("empty") << copy;
    QTest::newRow("wrong magic") << stories << QStringLiteral("wrong magic") << copy;
    QTest::newRow("unknown version") << stories << QStringLiteral("unknown version") << copy;
    QTest::newRow("truncated") << stories << QStringLiteral("truncated") << copy;
    QTest::newRow("empty list") << stories << QStringLiteral("empty list") << copy;
    QTest::newRow("negative id") << stories << QStringLiteral("negative id") << copy;
    QTest::newRow("story of another vault") << stories << QStringLiteral("foreign id") << copy;
    QTest::newRow("unknown MIME type")
        << QStringLiteral("text/plain") << QStringLiteral("good") << copy;
    QTest::newRow("foreign vendor type")
        << QStringLiteral("application/x-other-story-ids") << QStringLiteral("good") << copy;
    QTest::newRow("value ids") << IdsMime::ValueIds << QStringLiteral("value") << copy;
    QTest::newRow("move action") << stories << QStringLiteral("good") << int(Qt::MoveAction);
    QTest::newRow("ignore action") << stories << QStringLiteral("good") << int(Qt::IgnoreAction);
}

void TestValuesMatrixModel::shouldRefuseGarbagePayloads()
{
    // GIVEN a payload that is foreign, garbled or asks for the wrong action
    QFETCH(QString, format);
    QFETCH(QString, payload);
    QFETCH(int, action);
    auto raw = [](quint32 magic, quint16 version, qint32 count, const QList<qint64> &ids) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << magic << version << count;
        for (qint64 id : ids)
            out << id;
        return bytes;
    };
    constexpr quint32 magic = 0x53544C47;
    const QByteArray good = IdsMime::encode({m_churn});
    const QHash<QString, QByteArray> payloads{
        {QStringLiteral("random"), QByteArray::fromHex("9f3c0012ab77e1d04455aa01ff")},
        {QStringLiteral("empty"), QByteArray()},
        {QStringLiteral("wrong magic"), raw(0x12345678, 1, 1, {m_churn})},
        {QStringLiteral("unknown version"), raw(magic, 9, 1, {m_churn})},
        {QStringLiteral("truncated"), good.left(good.size() - 1)},
        {QStringLiteral("empty list"), raw(magic, 1, 0, {})},
        {QStringLiteral("negative id"), raw(magic, 1, 1, {-m_churn})},
        {QStringLiteral("foreign id"), IdsMime::encode({987654})},
        {QStringLiteral("good"), good},
        {QStringLiteral("value"), IdsMime::encode({m_own})},
    };
    QVERIFY(payloads.contains(payload));
    QMimeData data;
    data.setData(format, payloads.value(payload));
    const QModelIndex target = m_model->indexFor(m_churn, m_learn);

    // WHEN it is offered and dropped on a cell, THEN it is refused and nothing is requested
    QVERIFY(!m_model->canDropMimeData(&data, Qt::DropAction(action), -1, -1, target));
    QVERIFY(!m_model->dropMimeData(&data, Qt::DropAction(action), -1, -1, target));
    QCOMPARE(m_mapSpy->count(), 0);
}

void TestValuesMatrixModel::shouldRefuseDropsOutsideRows()
{
    std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {m_churn}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, m_model->rowCount(), 0, {}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_model->dropMimeData(nullptr, Qt::CopyAction, 0, 0, {}));
    QCOMPARE(m_mapSpy->count(), 0);
}

// ---------------------------------------------------------------------------------------------
// Text

void TestValuesMatrixModel::shouldEscapeUserTextInToolTips()
{
    // GIVEN user text that looks like markup
    Story story;
    story.id = m_churn;
    story.title = QStringLiteral("<img src=/etc/passwd>Churn");
    QVERIFY(m_session->store().updateStory(story, StoryField::Title));
    link(m_churn, m_own, QStringLiteral("<b>bold</b> & more"));

    // THEN tooltips show it as text
    const QString cell = m_model->indexFor(m_churn, m_own).data(Qt::ToolTipRole).toString();
    QVERIFY(!cell.contains(QStringLiteral("<img")));
    QVERIFY(cell.contains(QStringLiteral("&lt;img src=/etc/passwd&gt;")));
    QVERIFY(cell.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; more")));
    const QString header =
        m_model->headerData(m_model->columnForStory(m_churn), Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    QVERIFY(!header.contains(QStringLiteral("<img")));

    // AND a tooltip without markup of its own is still rich text, so "&amp;" shows as "&"
    ValuePrinciple value = m_session->store().value(m_learn).value();
    value.name = QStringLiteral("Learn & <i>grow</i>");
    value.meaning = QStringLiteral("Curious <script>");
    QVERIFY(m_session->store().updateValue(value, ValueField::Name | ValueField::Meaning));
    const int row = m_model->rowForValue(m_learn);
    const QStringList texts{
        m_model->indexFor(m_zebra, m_learn).data(Qt::ToolTipRole).toString(),
        m_model->index(row, 0).data(Qt::ToolTipRole).toString(),
        m_model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString(),
    };
    for (const QString &text : texts) {
        QVERIFY2(Qt::mightBeRichText(text), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Learn &amp; &lt;i&gt;grow&lt;/i&gt;")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("<i>")), qPrintable(text));
    }
    QVERIFY(texts.at(2).contains(QStringLiteral("Curious &lt;script&gt;")));
}

void TestValuesMatrixModel::shouldDescribeCellsForAccessibility()
{
    QCOMPARE(m_model->indexFor(m_churn, m_act).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("“Churn model” demonstrates “Act without waiting”"));
    QCOMPARE(m_model->indexFor(m_zebra, m_act).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("“Zebra migration” is not mapped to “Act without waiting”"));
    QVERIFY(m_model->indexFor(m_churn, m_own)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("cut churn 12%")));
    QCOMPARE(
        m_model->index(m_model->rowForValue(m_follow), 0).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Follow through: Gap"));
}

QTEST_GUILESS_MAIN(TestValuesMatrixModel)
#include "tst_valuesmatrixmodel.moc"
