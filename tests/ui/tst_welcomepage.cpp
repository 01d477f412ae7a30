#include "welcomepage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace starling;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void shouldExplainTheThreeStepsAndOfferTwoWaysIn()
    {
        WelcomePage page;
        for (int step = 1; step <= 3; ++step)
            QVERIFY(page.findChild<QWidget *>(QStringLiteral("welcomeStep%1").arg(step)));
        auto *add = page.findChild<QAbstractButton *>(QStringLiteral("addFirstStoryButton"));
        auto *example = page.findChild<QAbstractButton *>(QStringLiteral("openExampleButton"));
        QVERIFY(add && example);

        QSignalSpy addSpy(&page, &WelcomePage::addFirstStoryRequested);
        QSignalSpy exampleSpy(&page, &WelcomePage::openExampleRequested);
        add->click();
        example->click();
        QCOMPARE(addSpy.count(), 1);
        QCOMPARE(exampleSpy.count(), 1);
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
