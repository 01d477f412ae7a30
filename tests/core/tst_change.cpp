// netChanges(): the combined effect of one transaction on each row, in first-named order.
#include "change.h"
#include "story.h"

#include <QTest>

using namespace starling;

class TestChange : public QObject
{
    Q_OBJECT

private slots:
    void shouldFoldEachRowsChangesIntoItsNetEffect()
    {
        // GIVEN one transaction: story 2 edited twice, story 1 added then edited, story 3
        // added then removed, and a company change that is not asked for
        const QList<Change> changes{
            {EntityKind::Story, ChangeType::Updated, {2}, {}, StoryField::Title},
            {EntityKind::Company, ChangeType::Added, {7}, {}, 0},
            {EntityKind::Story, ChangeType::Added, {1, 3}, {}, StoryField::All},
            {EntityKind::Story, ChangeType::Updated, {2, 1}, {}, StoryField::Notes},
            {EntityKind::Story, ChangeType::Removed, {3}, {}, StoryField::All},
        };

        // WHEN the story changes are folded
        const QList<NetChange> net = netChanges(changes, EntityKind::Story);

        // THEN each story appears once, in first-named order, with its fields combined
        QCOMPARE(net.size(), 3);
        QCOMPARE(net.at(0).id, 2);
        QCOMPARE(net.at(0).last, ChangeType::Updated);
        QCOMPARE(net.at(0).fields, quint32(StoryField::Title | StoryField::Notes));
        QVERIFY(!net.at(0).wasAdded);
        QCOMPARE(net.at(1).id, 1);
        QCOMPARE(net.at(1).last, ChangeType::Updated);
        QVERIFY(net.at(1).wasAdded);
        QCOMPARE(net.at(2).id, 3);
        QCOMPARE(net.at(2).last, ChangeType::Removed);
        QVERIFY(net.at(2).wasAdded);
    }

    void shouldIgnoreOtherEntities()
    {
        const QList<Change> changes{{EntityKind::Link, ChangeType::Added, {}, {{1, 2}}, 0}};
        QVERIFY(netChanges(changes, EntityKind::Story).isEmpty());
        QVERIFY(netChanges({}, EntityKind::Company).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChange)
#include "tst_change.moc"
