#include "idsmime.h"
#include "valuetreemodel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;

using Model = ValueTreeModel;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error()));           \
    } while (false)

namespace {

// The model's rows in tree order, one ">" per level: {"A", ">A1", ">A2", "B", "C"}.
QStringList treeOf(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines.append(QString(depth, QLatin1Char('>')) + index.data().toString());
        lines.append(treeOf(model, index, depth + 1));
    }
    return lines;
}

QByteArray rawPayload(quint32 magic, quint16 version, qint32 count, const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << count;
    for (qint64 id : ids)
        out << id;
    return bytes;
}

const QStringList kFixture{QStringLiteral("A"), QStringLiteral(">A1"), QStringLiteral(">A2"),
                           QStringLiteral("B"), QStringLiteral("C")};

} // namespace

class TestValueTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldShowNothingWithoutACompany();
    void shouldLoadOneCompanysTreeInPositionOrder();
    void shouldInsertOneRowWhenValueAdded();
    void shouldIgnoreValuesOfAnotherCompany();
    void shouldEmitDataChangedWhenValueEdited();
    void shouldRemoveASubtreeWithOneSignal();
    void shouldMoveOneRowWhenValueMovedOrReparented();
    void shouldUpdateLinkCountOnlyOnLinkedValues();
    void shouldRenameThroughSetDataAndUndo();
    void shouldRefuseAnEmptyName();
    void shouldResetWhenTheCompanyChanges();
    void shouldResetOnceForBulkImport();
    void shouldFollowUndoOfValueDeletion();
    void shouldFollowCompanyDeletionAndItsUndo();
    void shouldClearTheCompanyWhenAnotherVaultOpens();
    void shouldDescribeDragAndDrop();
    void shouldReorderByDropAndUndoAndRedo();
    void shouldMoveDownPastItsOwnRow();
    void shouldReparentByDroppingOnAValueAndUndo();
    void shouldDropBetweenSubPrinciplesOfAnotherValue();
    void shouldMoveSeveralValuesInOneStep();
    void shouldCarrySubPrinciplesDraggedWithTheirParent();
    void shouldRefuseDroppingAValueOntoItselfOrItsDescendant();
    void shouldIgnoreGarbagePayloads_data();
    void shouldIgnoreGarbagePayloads();
    void shouldMapStoriesDroppedOnAValue();
    void shouldRefuseStoriesDroppedBetweenValues();
    void shouldFindIndexForId();
    void shouldStayInStepWithTheStoreThroughRandomEdits();

private:
    qint64 addValue(qint64 companyId, const QString &name, qint64 parentId = 0);
    qint64 addStory(const QString &title);
    QModelIndex at(qint64 id) const { return m_model->indexForId(id); }
    void clearSpies();
    int structuralSignals() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resetSpy;
    std::unique_ptr<QSignalSpy> m_insertSpy;
    std::unique_ptr<QSignalSpy> m_removeSpy;
    std::unique_ptr<QSignalSpy> m_moveSpy;
    std::unique_ptr<QSignalSpy> m_layoutSpy;
    std::unique_ptr<QSignalSpy> m_changeSpy;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
    qint64 m_a = 0, m_a1 = 0, m_a2 = 0, m_b = 0, m_c = 0, m_x = 0;
    qint64 m_s1 = 0, m_s2 = 0;
};

void TestValueTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_commands = std::make_unique<VaultCommands>(*m_session);

    // GIVEN for every test: Acme with A(A1, A2), B, C; Globex with X; two stories
    Company company;
    company.name = QStringLiteral("Acme");
    m_acme = m_session->store().addCompany(company).value();
    company.name = QStringLiteral("Globex");
    m_globex = m_session->store().addCompany(company).value();
    m_a = addValue(m_acme, QStringLiteral("A"));
    m_a1 = addValue(m_acme, QStringLiteral("A1"), m_a);
    m_a2 = addValue(m_acme, QStringLiteral("A2"), m_a);
    m_b = addValue(m_acme, QStringLiteral("B"));
    m_c = addValue(m_acme, QStringLiteral("C"));
    m_x = addValue(m_globex, QStringLiteral("X"));
    m_s1 = addStory(QStringLiteral("Migration"));
    m_s2 = addStory(QStringLiteral("Outage"));

    m_model = std::make_unique<Model>(*m_session, *m_commands);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setCompanyId(m_acme);
    m_resetSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    m_insertSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_removeSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_moveSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsMoved);
    m_layoutSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_changeSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(treeOf(*m_model), kFixture);
}

void TestValueTreeModel::cleanup()
{
    m_changeSpy.reset();
    m_layoutSpy.reset();
    m_moveSpy.reset();
    m_removeSpy.reset();
    m_insertSpy.reset();
    m_resetSpy.reset();
    m_tester.reset();
    m_model.reset();
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestValueTreeModel::addValue(qint64 companyId, const QString &name, qint64 parentId)
{
    ValuePrinciple value;
    value.companyId = companyId;
    value.parentId = parentId;
    value.name = name;
    value.meaning = QStringLiteral("Meaning of ") + name;
    value.position = -1;
    Result<qint64> id = m_session->store().addValue(value);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestValueTreeModel::addStory(const QString &title)
{
    Story story;
    story.title = title;
    Result<qint64> id = m_session->store().addStory(story);
    return id ? id.value() : 0;
}

void TestValueTreeModel::clearSpies()
{
    for (QSignalSpy *spy : {m_resetSpy.get(), m_insertSpy.get(), m_removeSpy.get(),
                            m_moveSpy.get(), m_layoutSpy.get(), m_changeSpy.get()}) {
        spy->clear();
    }
}

int TestValueTreeModel::structuralSignals() const
{
    return int(m_resetSpy->count() + m_insertSpy->count() + m_removeSpy->count()
               + m_moveSpy->count() + m_layoutSpy->count());
}

void TestValueTreeModel::shouldShowNothingWithoutACompany()
{
    Model model(*m_session, *m_commands);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.companyId(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QVERIFY(!(model.flags({}) & Qt::ItemIsDropEnabled));
    // Changes to some company's values do not fill it.
    addValue(m_acme, QStringLiteral("D"));
    QCOMPARE(model.rowCount(), 0);
}

void TestValueTreeModel::shouldLoadOneCompanysTreeInPositionOrder()
{
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex a = m_model->index(0, 0);
    QCOMPARE(a.data(Model::IdRole).toLongLong(), m_a);
    QCOMPARE(m_model->rowCount(a), 2);
    const QModelIndex a2 = m_model->index(1, 0, a);
    QCOMPARE(a2.data(Model::IdRole).toLongLong(), m_a2);
    QCOMPARE(a2.data(Model::ParentIdRole).toLongLong(), m_a);
    QCOMPARE(a2.parent(), a);
    QCOMPARE(a2.data(Model::MeaningRole).toString(), QStringLiteral("Meaning of A2"));
    QCOMPARE(a.data(Model::ParentIdRole).toLongLong(), 0);
    QCOMPARE(a.data(Model::LinkCountRole).toInt(), 0);
    QCOMPARE(m_model->valueAt(a2).name, QStringLiteral("A2"));
    QVERIFY(m_model->lastError().isEmpty());
}

void TestValueTreeModel::shouldInsertOneRowWhenValueAdded()
{
    // WHEN: a sub-principle between A1 and A2
    ValuePrinciple value;
    value.companyId = m_acme;
    value.parentId = m_a;
    value.name = QStringLiteral("A1b");
    value.position = 1;
    const qint64 id = m_session->store().addValue(value).value();

    // THEN
    QCOMPARE(m_insertSpy->count(), 1);
    QCOMPARE(m_insertSpy->first().at(0).toModelIndex(), at(m_a));
    QCOMPARE(m_insertSpy->first().at(1).toInt(), 1);
    QCOMPARE(m_insertSpy->first().at(2).toInt(), 1);
    QCOMPARE(structuralSignals(), 1);
    QCOMPARE(at(id).row(), 1);
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("A"), QStringLiteral(">A1"),
                                            QStringLiteral(">A1b"), QStringLiteral(">A2"),
                                            QStringLiteral("B"), QStringLiteral("C")}));
}

void TestValueTreeModel::shouldIgnoreValuesOfAnotherCompany()
{
    const qint64 y = addValue(m_globex, QStringLiteral("Y"));
    ValuePrinciple x = m_session->store().value(m_x).value();
    x.name = QStringLiteral("X2");
    VERIFY_OK(m_session->store().updateValue(x, ValueField::Name));
    VERIFY_OK(m_session->store().removeValue(y));
    QCOMPARE(structuralSignals(), 0);
    QCOMPARE(m_changeSpy->count(), 0);
    QCOMPARE(treeOf(*m_model), kFixture);
}

void TestValueTreeModel::shouldEmitDataChangedWhenValueEdited()
{
    // WHEN
    ValuePrinciple b = m_session->store().value(m_b).value();
    b.name = QStringLiteral("Bias for action");
    b.keywords = {QStringLiteral("action")};
    VERIFY_OK(m_session->store().updateValue(b, ValueField::Name | ValueField::Keywords));

    // THEN
    QCOMPARE(structuralSignals(), 0);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), at(m_b));
    const QList<int> roles = m_changeSpy->first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Model::KeywordsRole));
    QVERIFY(!roles.contains(Model::MeaningRole));
    QCOMPARE(at(m_b).data().toString(), QStringLiteral("Bias for action"));
    QCOMPARE(at(m_b).data(Model::KeywordsRole).toStringList(), QStringList{QStringLiteral("action")});
}

void TestValueTreeModel::shouldRemoveASubtreeWithOneSignal()
{
    VERIFY_OK(m_session->store().removeValue(m_a));
    QCOMPARE(m_removeSpy->count(), 1);
    QCOMPARE(m_removeSpy->first().at(0).toModelIndex(), QModelIndex());
    QCOMPARE(m_removeSpy->first().at(1).toInt(), 0);
    QCOMPARE(structuralSignals(), 1);
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    QVERIFY(!at(m_a1).isValid());
}

void TestValueTreeModel::shouldMoveOneRowWhenValueMovedOrReparented()
{
    // WHEN: reorder among siblings
    VERIFY_OK(m_session->store().moveValue(m_c, 0, 0));
    // THEN
    QCOMPARE(m_moveSpy->count(), 1);
    QCOMPARE(structuralSignals(), 1);
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("C"), QStringLiteral("A"),
                                            QStringLiteral(">A1"), QStringLiteral(">A2"),
                                            QStringLiteral("B")}));

    // WHEN: re-parent
    clearSpies();
    VERIFY_OK(m_session->store().moveValue(m_a2, m_b, 0));
    // THEN
    QCOMPARE(m_moveSpy->count(), 1);
    QCOMPARE(m_moveSpy->first().at(0).toModelIndex(), at(m_a));
    QCOMPARE(m_moveSpy->first().at(3).toModelIndex(), at(m_b));
    QCOMPARE(structuralSignals(), 1);
    QCOMPARE(at(m_a2).data(Model::ParentIdRole).toLongLong(), m_b);
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("C"), QStringLiteral("A"),
                                            QStringLiteral(">A1"), QStringLiteral("B"),
                                            QStringLiteral(">A2")}));
}

void TestValueTreeModel::shouldUpdateLinkCountOnlyOnLinkedValues()
{
    // WHEN
    VERIFY_OK(m_session->store().setLink({m_s1, m_a1, QString()}));
    VERIFY_OK(m_session->store().setLink({m_s2, m_a1, QString()}));

    // THEN
    QCOMPARE(m_changeSpy->count(), 2);
    for (const QList<QVariant> &args : std::as_const(*m_changeSpy)) {
        QCOMPARE(args.at(0).toModelIndex(), at(m_a1));
        QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{Model::LinkCountRole});
    }
    QCOMPARE(at(m_a1).data(Model::LinkCountRole).toInt(), 2);
    QCOMPARE(at(m_a).data(Model::LinkCountRole).toInt(), 0);

    // WHEN: notes only, or a link of another company
    clearSpies();
    VERIFY_OK(m_session->store().setLink({m_s1, m_a1, QStringLiteral("notes")}));
    VERIFY_OK(m_session->store().setLink({m_s1, m_x, QString()}));
    // THEN
    QCOMPARE(m_changeSpy->count(), 0);

    // WHEN
    VERIFY_OK(m_session->store().removeLink(m_s2, m_a1));
    // THEN
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(at(m_a1).data(Model::LinkCountRole).toInt(), 1);
    QCOMPARE(structuralSignals(), 0);
}

void TestValueTreeModel::shouldRenameThroughSetDataAndUndo()
{
    // WHEN
    QVERIFY(m_model->setData(at(m_b), QStringLiteral("  Bias for action ")));

    // THEN
    QCOMPARE(m_session->store().value(m_b)->name, QStringLiteral("Bias for action"));
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(at(m_b).data(Qt::EditRole).toString(), QStringLiteral("Bias for action"));
    QCOMPARE(m_session->undoStack().count(), 1);

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(at(m_b).data().toString(), QStringLiteral("B"));
    QCOMPARE(structuralSignals(), 0);
}

void TestValueTreeModel::shouldRefuseAnEmptyName()
{
    QSignalSpy errors(m_model.get(), &Model::errorOccurred);
    QVERIFY(!m_model->setData(at(m_b), QStringLiteral("   ")));
    QVERIFY(!m_model->setData(at(m_b), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(!m_model->setData(at(m_b), QString(2000, QLatin1Char('x'))));
    QCOMPARE(errors.count(), 1); // the store's "too long"
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(at(m_b).data().toString(), QStringLiteral("B"));
}

void TestValueTreeModel::shouldResetWhenTheCompanyChanges()
{
    QSignalSpy companySpy(m_model.get(), &Model::companyIdChanged);
    m_model->setCompanyId(m_globex);
    QCOMPARE(m_resetSpy->count(), 1);
    QCOMPARE(treeOf(*m_model), QStringList{QStringLiteral("X")});
    m_model->setCompanyId(m_globex);
    QCOMPARE(m_resetSpy->count(), 1);
    m_model->setCompanyId(0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(companySpy.count(), 2);
}

void TestValueTreeModel::shouldResetOnceForBulkImport()
{
    QList<ValueDraft> drafts;
    for (int i = 0; i <= Model::BulkResetThreshold; ++i)
        drafts.append({QStringLiteral("V%1").arg(i), {}, {}, {}, {}});
    VERIFY_OK(m_commands->addValues(m_acme, 0, drafts));
    QCOMPARE(m_resetSpy->count(), 1);
    QCOMPARE(m_insertSpy->count(), 0);
    QCOMPARE(m_model->rowCount(), 3 + Model::BulkResetThreshold + 1);

    // A small paste inserts row by row.
    clearSpies();
    VERIFY_OK(m_commands->addValues(m_acme, m_b, {{QStringLiteral("B1"), {}, {}, {}, {}},
                                                  {QStringLiteral("B2"), {}, {}, {}, {}}}));
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_insertSpy->count(), 2);
}

void TestValueTreeModel::shouldFollowUndoOfValueDeletion()
{
    // GIVEN
    VERIFY_OK(m_session->store().setLink({m_s1, m_a1, QStringLiteral("notes")}));
    clearSpies();

    // WHEN
    VERIFY_OK(m_commands->deleteValue(m_a));
    // THEN
    QCOMPARE(m_removeSpy->count(), 1);
    QCOMPARE(structuralSignals(), 1);

    // WHEN
    clearSpies();
    m_session->undoStack().undo();
    // THEN: the same ids back in place, row by row, with their link counts
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_insertSpy->count(), 3);
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(at(m_a1).data(Model::IdRole).toLongLong(), m_a1);
    QCOMPARE(at(m_a1).data(Model::LinkCountRole).toInt(), 1);
}

void TestValueTreeModel::shouldFollowCompanyDeletionAndItsUndo()
{
    VERIFY_OK(m_commands->deleteCompany(m_acme));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_model->companyId(), m_acme);
    m_session->undoStack().undo();
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValueTreeModel::shouldClearTheCompanyWhenAnotherVaultOpens()
{
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("other.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(m_model->companyId(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_resetSpy->count(), 1);
}

void TestValueTreeModel::shouldDescribeDragAndDrop()
{
    QCOMPARE(m_model->supportedDragActions(), Qt::DropActions(Qt::MoveAction));
    QVERIFY(m_model->supportedDropActions() & Qt::MoveAction);
    QCOMPARE(m_model->mimeTypes().first(), IdsMime::ValueIds);
    QVERIFY(m_model->mimeTypes().contains(IdsMime::StoryIds));
    QVERIFY(m_model->flags(at(m_a)) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->flags(at(m_a)) & Qt::ItemIsDropEnabled);
    QVERIFY(m_model->flags(at(m_a)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags({}) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_c), at(m_a1)}));
    QVERIFY(data);
    QCOMPARE(IdsMime::read(data.get(), IdsMime::ValueIds).value(), (QList<qint64>{m_a1, m_c}));
    QVERIFY(!m_model->mimeData({}));
}

void TestValueTreeModel::shouldReorderByDropAndUndoAndRedo()
{
    // GIVEN
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_c)}));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));

    // WHEN: C dropped above A
    const bool accepted = m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});

    // THEN: moved, one row move, one undo step; false so the view removes no "source" rows
    QVERIFY(!accepted);
    const QStringList moved{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral(">A1"),
                            QStringLiteral(">A2"), QStringLiteral("B")};
    QCOMPARE(treeOf(*m_model), moved);
    QCOMPARE(m_moveSpy->count(), 1);
    QCOMPARE(structuralSignals(), 1);
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Move value “C”"));

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(m_moveSpy->count(), 2);
    QCOMPARE(m_resetSpy->count(), 0);

    // WHEN
    m_session->undoStack().redo();
    // THEN
    QCOMPARE(treeOf(*m_model), moved);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValueTreeModel::shouldMoveDownPastItsOwnRow()
{
    // The view counts rows with the dragged one still in place: below C is row 3.
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_a)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("B"), QStringLiteral("C"),
                                            QStringLiteral("A"), QStringLiteral(">A1"),
                                            QStringLiteral(">A2")}));
    // Between B and C: row 2.
    data.reset(m_model->mimeData({at(m_a)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(treeOf(*m_model).first(), QStringLiteral("B"));
    QCOMPARE(treeOf(*m_model).at(1), QStringLiteral("A"));
    // Where it already is: nothing to undo.
    const int steps = m_session->undoStack().count();
    data.reset(m_model->mimeData({at(m_a)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    QCOMPARE(m_session->undoStack().count(), steps);
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValueTreeModel::shouldReparentByDroppingOnAValueAndUndo()
{
    // WHEN: B dropped on A
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_b)}));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, at(m_a)));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, at(m_a)));

    // THEN: B is A's last sub-principle
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("A"), QStringLiteral(">A1"),
                                            QStringLiteral(">A2"), QStringLiteral(">B"),
                                            QStringLiteral("C")}));
    QCOMPARE(m_moveSpy->count(), 1);
    QCOMPARE(m_moveSpy->first().at(3).toModelIndex(), at(m_a));
    QCOMPARE(m_session->store().value(m_b)->parentId, m_a);

    // WHEN: A1 dropped on the empty area (top level, appended)
    data.reset(m_model->mimeData({at(m_a1)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(treeOf(*m_model).last(), QStringLiteral("A1"));

    // WHEN
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(m_session->store().value(m_b)->parentId, 0);
    QCOMPARE(m_session->store().value(m_b)->position, 1);
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_insertSpy->count() + m_removeSpy->count(), 0);
}

void TestValueTreeModel::shouldDropBetweenSubPrinciplesOfAnotherValue()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_c)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, at(m_a)));
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("A"), QStringLiteral(">A1"),
                                            QStringLiteral(">C"), QStringLiteral(">A2"),
                                            QStringLiteral("B")}));
    m_session->undoStack().undo();
    QCOMPARE(treeOf(*m_model), kFixture);
}

void TestValueTreeModel::shouldMoveSeveralValuesInOneStep()
{
    // WHEN: C and B (selected in that order) dropped above A
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_c), at(m_b)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));

    // THEN: in tree order, one step
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("B"), QStringLiteral("C"),
                                            QStringLiteral("A"), QStringLiteral(">A1"),
                                            QStringLiteral(">A2")}));
    QCOMPARE(m_session->undoStack().count(), 1);
    m_session->undoStack().undo();
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestValueTreeModel::shouldCarrySubPrinciplesDraggedWithTheirParent()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_a), at(m_a2)}));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(treeOf(*m_model), (QStringList{QStringLiteral("B"), QStringLiteral("C"),
                                            QStringLiteral("A"), QStringLiteral(">A1"),
                                            QStringLiteral(">A2")}));
}

void TestValueTreeModel::shouldRefuseDroppingAValueOntoItselfOrItsDescendant()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({at(m_a)}));
    const QList<std::pair<int, QModelIndex>> targets{
        {-1, at(m_a)}, {0, at(m_a)}, {-1, at(m_a1)}, {0, at(m_a1)}};
    for (const auto &[row, parent] : targets) {
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    }
    // A copy is not a move.
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(treeOf(*m_model), kFixture);
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(structuralSignals(), 0);
}

void TestValueTreeModel::shouldIgnoreGarbagePayloads_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"random bytes", "wrong magic", "wrong version", "truncated", "empty",
                             "zero ids", "negative id", "count larger than payload",
                             "another company's value", "ours and another company's",
                             "unknown id", "value ids as plain text", "random story bytes"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void TestValueTreeModel::shouldIgnoreGarbagePayloads()
{
    // GIVEN
    QFETCH(QString, kind);
    const QByteArray valid = IdsMime::encode({m_c});
    QString type = IdsMime::ValueIds;
    QByteArray bytes;
    if (kind == u"random bytes" || kind == u"random story bytes") {
        QRandomGenerator random(42);
        for (int i = 0; i < 64; ++i)
            bytes.append(char(random.bounded(256)));
        if (kind == u"random story bytes")
            type = IdsMime::StoryIds;
    } else if (kind == u"wrong magic") {
        bytes = valid;
        bytes[0] = char(bytes[0] ^ 0x5A);
    } else if (kind == u"wrong version") {
        bytes = rawPayload(0x53544C47, 2, 1, {m_c});
    } else if (kind == u"truncated") {
        bytes = valid.chopped(3);
    } else if (kind == u"zero ids") {
        bytes = rawPayload(0x53544C47, 1, 0, {});
    } else if (kind == u"negative id") {
        bytes = rawPayload(0x53544C47, 1, 1, {-m_c});
    } else if (kind == u"count larger than payload") {
        bytes = rawPayload(0x53544C47, 1, 1000, {m_c});
    } else if (kind == u"another company's value") {
        bytes = IdsMime::encode({m_x});
    } else if (kind == u"ours and another company's") {
        bytes = IdsMime::encode({m_c, m_x});
    } else if (kind == u"unknown id") {
        bytes = IdsMime::encode({4242});
    } else if (kind == u"value ids as plain text") {
        bytes = valid;
        type = QStringLiteral("text/plain");
    }
    QMimeData data;
    data.setData(type, bytes);
    const QList<ValuePrinciple> before = m_session->store().allValues().value();
    const QList<StoryValueLink> linksBefore = m_session->store().links().value();

    // WHEN / THEN: refused at every kind of target, and nothing changes
    const QList<std::pair<int, QModelIndex>> targets{
        {0, QModelIndex()}, {-1, QModelIndex()}, {-1, at(m_a)}, {1, at(m_a)}, {-1, at(m_b)}};
    for (const auto &[row, parent] : targets) {
        for (Qt::DropAction action : {Qt::MoveAction, Qt::CopyAction}) {
            QVERIFY(!m_model->canDropMimeData(&data, action, row, 0, parent));
            QVERIFY(!m_model->dropMimeData(&data, action, row, 0, parent));
        }
    }
    QCOMPARE(m_session->store().allValues().value(), before);
    QCOMPARE(m_session->store().links().value(), linksBefore);
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(structuralSignals(), 0);
    QCOMPARE(m_changeSpy->count(), 0);
    QCOMPARE(treeOf(*m_model), kFixture);
}

void TestValueTreeModel::shouldMapStoriesDroppedOnAValue()
{
    // GIVEN: s2 already mapped to B
    VERIFY_OK(m_session->store().setLink({m_s2, m_b, QStringLiteral("keep")}));
    clearSpies();
    QSignalSpy dropped(m_model.get(), &Model::storiesDropped);
    std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {m_s1, m_s2}));

    // WHEN
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, at(m_b)));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, at(m_b)));

    // THEN
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().at(0).value<QList<qint64>>(), (QList<qint64>{m_s1, m_s2}));
    QCOMPARE(dropped.first().at(1).toLongLong(), m_b);
    QCOMPARE(at(m_b).data(Model::LinkCountRole).toInt(), 2);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), at(m_b));
    QCOMPARE(m_session->store().link(m_s2, m_b)->value().notes, QStringLiteral("keep"));
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(structuralSignals(), 0);

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(at(m_b).data(Model::LinkCountRole).toInt(), 1);

    // WHEN: a story that no longer exists
    data.reset(IdsMime::create(IdsMime::StoryIds, {4242}));
    QSignalSpy errors(m_model.get(), &Model::errorOccurred);
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, at(m_b)));
    // THEN
    QCOMPARE(errors.count(), 1);
    QCOMPARE(dropped.count(), 1);
}

void TestValueTreeModel::shouldRefuseStoriesDroppedBetweenValues()
{
    std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {m_s1}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, at(m_a)));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::IgnoreAction, -1, -1, at(m_a)));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(m_session->store().links()->isEmpty());
}

void TestValueTreeModel::shouldFindIndexForId()
{
    QCOMPARE(at(m_a2), m_model->index(1, 0, m_model->index(0, 0)));
    QVERIFY(!at(m_x).isValid());
    QVERIFY(!at(4242).isValid());
    QCOMPARE(m_model->valueAt({}).id, 0);
}

void TestValueTreeModel::shouldStayInStepWithTheStoreThroughRandomEdits()
{
    // Several moves, adds and removals in one transaction reach the model as one announcement;
    // whatever the mix, the tester sees consistent signals and the rows end up as the store's.
    QRandomGenerator random(7);
    VaultStore &store = m_session->store();
    const auto storeTree = [&] {
        QStringList lines;
        QHash<qint64, int> depth;
        const QList<ValuePrinciple> values = store.values(m_acme).value(); // not a temporary
        for (const ValuePrinciple &value : values) {
            const int d = value.parentId == 0 ? 0 : depth.value(value.parentId) + 1;
            depth.insert(value.id, d);
            lines.append(QString(d, QLatin1Char('>')) + value.name);
        }
        return lines;
    };
    int named = 0;
    for (int round = 0; round < 120; ++round) {
        const Status status = store.transact([&]() -> Status {
            const int steps = 1 + int(random.bounded(4));
            for (int step = 0; step < steps; ++step) {
                const QList<ValuePrinciple> values = store.values(m_acme).value();
                const auto pick = [&]() -> qint64 {
                    return values.isEmpty() ? 0 : values.at(random.bounded(int(values.size()))).id;
                };
                switch (random.bounded(values.size() < 4 ? 2 : 5)) {
                case 0:
                case 1: {
                    ValuePrinciple value;
                    value.companyId = m_acme;
                    value.parentId = random.bounded(3) == 0 ? 0 : pick();
                    value.name = QStringLiteral("N%1").arg(++named);
                    value.position = int(random.bounded(4)) - 1;
                    if (Result<qint64> id = store.addValue(value); !id)
                        return id.takeError();
                    break;
                }
                case 2: {
                    if (Status s = store.removeValue(pick()); !s)
                        return s;
                    break;
                }
                default: {
                    // Moves under its own subtree are refused by the store; skip those.
                    const qint64 id = pick();
                    const qint64 parent = random.bounded(3) == 0 ? 0 : pick();
                    (void)store.transact([&] {
                        return store.moveValue(id, parent, int(random.bounded(5)) - 1);
                    });
                    break;
                }
                }
            }
            return {};
        });
        VERIFY_OK(status);
        QCOMPARE(treeOf(*m_model), storeTree());
        if (round % 10 == 9) {
            // And back and forth through the undo stack of a command.
            const QList<ValuePrinciple> values = store.values(m_acme).value();
            if (!values.isEmpty()) {
                VERIFY_OK(m_commands->deleteValue(values.at(values.size() / 2).id));
                QCOMPARE(treeOf(*m_model), storeTree());
                m_session->undoStack().undo();
                QCOMPARE(treeOf(*m_model), storeTree());
            }
        }
    }
    QCOMPARE(m_resetSpy->count(), 0);
}

QTEST_GUILESS_MAIN(TestValueTreeModel)
#include "tst_valuetreemodel.moc"
