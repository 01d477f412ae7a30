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

    void shouldStackTheStepsInsteadOfCuttingThemOffWhenNarrow()
    {
        // GIVEN the page in a centre squeezed by docks on both sides (the default window)
        WelcomePage page;
        page.resize(420, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // THEN the cards are stacked, and every card and button is inside the page's width
        QVERIFY(page.stepsStacked());
        const QStringList names{QStringLiteral("welcomeStep1"), QStringLiteral("welcomeStep2"),
                                QStringLiteral("welcomeStep3"), QStringLiteral("addFirstStoryButton"),
                                QStringLiteral("openExampleButton")};
        for (const QString &name : names) {
            auto *widget = page.findChild<QWidget *>(name);
            QVERIFY(widget);
            const QRect inPage(widget->mapTo(&page, QPoint(0, 0)), widget->size());
            QVERIFY2(inPage.right() < page.width(), qPrintable(name));
        }

        // WHEN there is room again, THEN they sit side by side
        page.resize(1000, 700);
        QTRY_VERIFY(!page.stepsStacked());
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
