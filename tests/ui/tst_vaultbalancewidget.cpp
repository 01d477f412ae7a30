// The vault balance indicator: headline, one line per finding, the fix links, and escaping of
// story titles that look like markup.
#include "vaultbalancewidget.h"
#include "vaultsession.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace starling;

class TestVaultBalanceWidget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void shouldListGapsWithAFixLink()
    {
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("gaps.starling"))));
        Story success;
        success.title = QStringLiteral("Launch");
        success.kinds = StoryKind::Success;
        QVERIFY(session.store().addStory(success));
        VaultBalanceWidget widget(session);
        auto *header = widget.findChild<QToolButton *>(QStringLiteral("balanceHeader"));
        QVERIFY(header->text().contains(QStringLiteral("gap")));

        auto *failure = widget.findChild<QLabel *>(QStringLiteral("balanceFinding_missing-failure"));
        QVERIFY(failure);
        QVERIFY(failure->text().contains(QStringLiteral("href=\"add:%1\"").arg(int(StoryKind::Failure))));

        QSignalSpy add(&widget, &VaultBalanceWidget::addStoryOfKindRequested);
        emit failure->linkActivated(QStringLiteral("add:%1").arg(int(StoryKind::Failure)));
        QCOMPARE(add.count(), 1);
        QCOMPARE(add.first().first().toInt(), int(StoryKind::Failure));
    }

    void shouldSayCompleteForABalancedVault()
    {
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("complete.starling"))));
        VaultBalanceWidget widget(session);
        const QString longAction = QStringLiteral("step ").repeated(80);
        for (StoryKind kind : {StoryKind::Success, StoryKind::Failure, StoryKind::Teamwork}) {
            Story story;
            story.title = storyKindName(kind);
            story.kinds = kind;
            story.backbone = true;
            story.situation = story.task = story.result = QStringLiteral("Filled in.");
            story.action = longAction;
            QVERIFY(session.store().addStory(story));
        }
        widget.refresh();
        QCOMPARE(widget.findChild<QToolButton *>(QStringLiteral("balanceHeader"))->text(),
                 QStringLiteral("Vault balance: complete"));
        QVERIFY(widget.findChild<QLabel *>(QStringLiteral("balanceFinding_all-good")));
    }

    void shouldShowStoryTitlesAsText()
    {
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("markup.starling"))));
        VaultBalanceWidget widget(session);
        Story story;
        story.title = QStringLiteral("<img src=\"file:///etc/passwd\"><b>bold</b>");
        const qint64 id = session.store().addStory(story).value();
        widget.refresh();
        bool found = false;
        for (QLabel *label : widget.findChildren<QLabel *>()) {
            if (!label->text().contains(QStringLiteral("story:%1").arg(id)))
                continue;
            found = true;
            QVERIFY(!label->text().contains(QStringLiteral("<img")));
            QVERIFY(label->text().contains(QStringLiteral("&lt;img")));
        }
        QVERIFY(found);
    }

    void shouldFollowEditsToTheVault()
    {
        VaultSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("follow.starling"))));
        VaultBalanceWidget widget(session);
        QVERIFY(widget.findChild<QLabel *>(QStringLiteral("balanceFinding_backbone-count")));
        Story success;
        success.title = QStringLiteral("Launch");
        success.kinds = StoryKind::Success;
        QVERIFY(session.store().addStory(success));
        QTRY_VERIFY(widget.findChild<QLabel *>(QStringLiteral("balanceFinding_missing-failure")));
        Story story;
        story.title = QStringLiteral("Failure");
        story.kinds = StoryKind::Failure;
        QVERIFY(session.store().addStory(story));
        QTRY_VERIFY(!widget.findChild<QLabel *>(QStringLiteral("balanceFinding_missing-failure")));
    }
};

QTEST_MAIN(TestVaultBalanceWidget)
#include "tst_vaultbalancewidget.moc"
