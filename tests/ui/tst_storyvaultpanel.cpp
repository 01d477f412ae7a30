// The Story Vault dock's panel offscreen: typing filters (debounced), kind filter, sort order,
// selection and the no-match state.
#include "storyvaultpanel.h"
#include "vaultsession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

class TestStoryVaultPanel : public QObject
{
    Q_OBJECT

private:
    static qint64 add(VaultSession &session, const QString &title, StoryKinds kinds, const QString &action = {})
    {
        Story story;
        story.title = title;
        story.kinds = kinds;
        story.action = action;
        return session.store().addStory(story).value();
    }

    static QStringList titles(const QListView *list)
    {
        QStringList result;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            result.append(list->model()->index(row, 0).data().toString());
        return result;
    }

    QTemporaryDir m_dir;

private slots:
    void shouldFilterAsTheUserTypes()
    {
        // GIVEN a vault with three stories
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("filter.starling"))));
        StoryVaultPanel panel(session);
        add(session, QStringLiteral("Churn model"), StoryKind::Success, QStringLiteral("built a stakeholder map"));
        add(session, QStringLiteral("Forecast failure"), StoryKind::Failure);
        add(session, QStringLiteral("Metric definitions"), StoryKind::Teamwork, QStringLiteral("Stakeholder workshops"));
        auto *list = panel.findChild<QListView *>(QStringLiteral("storyList"));
        auto *search = panel.findChild<QLineEdit *>(QStringLiteral("storySearch"));
        QVERIFY(list && search);
        QCOMPARE(list->model()->rowCount(), 3);

        // WHEN the user types a word that appears in two stories' text, in any case
        QTest::keyClicks(search, QStringLiteral("STAKEHOLDER"));

        // THEN after the debounce only those two remain
        QTRY_COMPARE(list->model()->rowCount(), 2);

        // AND a word that matches nothing shows the no-match hint
        search->setText(QStringLiteral("zebra"));
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noMatchLabel"))->isVisibleTo(&panel));

        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), 3);
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("noMatchLabel"))->isVisibleTo(&panel));
    }

    void shouldFilterByKindAndSort()
    {
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("kinds.starling"))));
        StoryVaultPanel panel(session);
        add(session, QStringLiteral("b story"), StoryKind::Success | StoryKind::Leadership);
        add(session, QStringLiteral("A story"), StoryKind::Failure);
        add(session, QStringLiteral("c story"), StoryKind::Leadership);
        auto *list = panel.findChild<QListView *>(QStringLiteral("storyList"));
        auto *kinds = panel.findChild<QComboBox *>(QStringLiteral("kindFilter"));
        auto *sort = panel.findChild<QComboBox *>(QStringLiteral("sortOrder"));

        QCOMPARE(titles(list), (QStringList{QStringLiteral("A story"), QStringLiteral("b story"), QStringLiteral("c story")}));

        kinds->setCurrentIndex(kinds->findData(int(StoryKind::Leadership)));
        QCOMPARE(titles(list), (QStringList{QStringLiteral("b story"), QStringLiteral("c story")}));
        kinds->setCurrentIndex(0);
        QCOMPARE(list->model()->rowCount(), 3);

        // "Recently updated" puts the last edited story first.
        const qint64 a = session.store().stories()->at(1).id;
        QTest::qWait(5); // timestamps have millisecond resolution
        Story edited = session.store().story(a).value();
        edited.notes = QStringLiteral("touched");
        QVERIFY(session.store().updateStory(edited, StoryField::Notes));
        sort->setCurrentIndex(sort->findText(QStringLiteral("Recently updated")));
        QCOMPARE(titles(list).first(), QStringLiteral("A story"));
    }

    void shouldSelectAStoryEvenWhenTheFilterHidesIt()
    {
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("select.starling"))));
        StoryVaultPanel panel(session);
        add(session, QStringLiteral("Visible"), StoryKind::Success);
        const qint64 hidden = add(session, QStringLiteral("Hidden"), StoryKind::Failure);
        auto *search = panel.findChild<QLineEdit *>(QStringLiteral("storySearch"));
        search->setText(QStringLiteral("visible"));
        QTRY_COMPARE(panel.findChild<QListView *>(QStringLiteral("storyList"))->model()->rowCount(), 1);

        QSignalSpy current(&panel, &StoryVaultPanel::currentStoryChanged);
        panel.selectStory(hidden);

        QCOMPARE(panel.currentStoryId(), hidden);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(current.last().first().toLongLong(), hidden);
    }

    void shouldKeepEditingAStoryTheFilterStopsShowing()
    {
        // GIVEN a search that shows two stories, and the first one selected for editing
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("keep.starling"))));
        StoryVaultPanel panel(session);
        const qint64 edited = add(session, QStringLiteral("Kafka migration"), StoryKind::Success);
        add(session, QStringLiteral("Kafka outage"), StoryKind::Failure);
        add(session, QStringLiteral("Hiring plan"), StoryKind::Leadership);
        auto *list = panel.findChild<QListView *>(QStringLiteral("storyList"));
        panel.findChild<QLineEdit *>(QStringLiteral("storySearch"))->setText(QStringLiteral("kafka"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        panel.selectStory(edited);
        QSignalSpy current(&panel, &StoryVaultPanel::currentStoryChanged);

        // WHEN the user renames it so it no longer matches the search
        Story story = session.store().story(edited).value();
        story.title = QStringLiteral("Event bus migration");
        QVERIFY(session.store().updateStory(story, StoryField::Title));

        // THEN the list hides it, but it stays the story being edited
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(current.count(), 0);
        QCOMPARE(panel.currentStoryId(), edited);

        // AND deleting it (a real removal) moves on to a story that is shown
        QVERIFY(session.store().removeStory(edited));
        QVERIFY(panel.currentStoryId() != edited);
    }

    void shouldSelectTheFirstStoryOfAnOpenedVault()
    {
        const QString path = m_dir.filePath(QStringLiteral("first.starling"));
        {
            VaultStore store;
            QVERIFY(store.open(path));
            Story story;
            story.title = QStringLiteral("Only story");
            QVERIFY(store.addStory(story));
        }
        VaultSession session;
        StoryVaultPanel panel(session);
        QSignalSpy current(&panel, &StoryVaultPanel::currentStoryChanged);
        QVERIFY(session.open(path));
        QVERIFY(panel.currentStoryId() > 0);
        QCOMPARE(current.count(), 1);
    }
};

QTEST_MAIN(TestStoryVaultPanel)
#include "tst_storyvaultpanel.moc"
