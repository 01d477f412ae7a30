#include "practicehistorychart.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QTest>

using namespace starling;

namespace {

const QDateTime kStart(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);

PracticeRun run(qint64 id, int day, int seconds, int rating = 0)
{
    PracticeRun r;
    r.id = id;
    r.answerId = 1;
    r.startedAt = kStart.addDays(day);
    r.seconds = seconds;
    r.rating = rating;
    return r;
}

SpeakingPace targetRange(int minSeconds, int maxSeconds)
{
    SpeakingPace pace;
    pace.minSeconds = minSeconds;
    pace.maxSeconds = maxSeconds;
    return pace;
}

// How many pixels of the image are close to `color`.
int pixelsNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < 30)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestPracticeHistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldShowAnEmptyState()
    {
        PracticeHistoryChart chart;
        QCOMPARE(chart.objectName(), QStringLiteral("practiceHistoryChart"));
        QCOMPARE(chart.accessibleName(), QStringLiteral("Practice history"));
        QCOMPARE(chart.summary(), QStringLiteral("Not practised yet"));
        QCOMPARE(chart.accessibleDescription(), QStringLiteral("Not practised yet"));
        QVERIFY(chart.shownRuns().isEmpty());
        QVERIFY(chart.toolTipAt(QPoint(100, 50)).isEmpty());
        chart.resize(chart.sizeHint());
        QVERIFY(!chart.grab().isNull());
    }

    void shouldHaveASensibleSize()
    {
        const PracticeHistoryChart chart;
        QCOMPARE(chart.sizeHint(), QSize(320, 120));
        QVERIFY(chart.minimumSizeHint().width() <= 320);
        QVERIFY(chart.minimumSizeHint().height() <= 120);
    }

    void shouldSummariseTheRuns_data()
    {
        QTest::addColumn<QList<PracticeRun>>("runs");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("rest");
        QTest::newRow("one") << QList<PracticeRun>{run(1, 0, 95)} << QStringLiteral("1 run")
                             << QStringLiteral(", last 1:35, target 1:30–2:30");
        // Given out of order: the last is the newest by start time, not the last in the list.
        QTest::newRow("five") << QList<PracticeRun>{run(5, 4, 125), run(1, 0, 200), run(2, 1, 80),
                                                    run(3, 2, 140), run(4, 3, 150)}
                              << QStringLiteral("5 run") << QStringLiteral(", last 2:05, target 1:30–2:30");
    }
    void shouldSummariseTheRuns()
    {
        QFETCH(QList<PracticeRun>, runs);
        QFETCH(QString, count);
        QFETCH(QString, rest);
        PracticeHistoryChart chart;
        chart.setPace(targetRange(90, 150));
        chart.setRuns(runs);
        // The plural ending comes from the English translation, which the test does not load.
        const QString summary = chart.summary();
        QVERIFY2(summary.startsWith(count) && summary.endsWith(rest), qPrintable(summary));
        QCOMPARE(chart.accessibleDescription(), summary);
    }

    void shouldFollowThePaceInTheDescription()
    {
        PracticeHistoryChart chart;
        chart.setRuns({run(1, 0, 100)});
        chart.setPace(targetRange(60, 120));
        QVERIFY(chart.accessibleDescription().endsWith(QStringLiteral("target 1:00–2:00")));
    }

    void shouldShowTheNewestTwentyOldestFirst()
    {
        QList<PracticeRun> runs;
        for (int i = 30; i >= 1; --i)
            runs.append(run(i, i, 60 + i));
        PracticeHistoryChart chart;
        chart.setRuns(runs);
        const QList<PracticeRun> shown = chart.shownRuns();
        QCOMPARE(shown.size(), PracticeHistoryChart::MaxShownRuns);
        QCOMPARE(shown.first().id, 11);
        QCOMPARE(shown.last().id, 30);
        QVERIFY(chart.summary().startsWith(QStringLiteral("30 run")));
    }

    void shouldPlaceTheNewestRunsToTheRightAndLongerOnesHigher()
    {
        PracticeHistoryChart chart;
        chart.resize(320, 120);
        chart.setRuns({run(1, 0, 60), run(2, 1, 200), run(3, 2, 120)});
        const QPointF a = chart.pointPosition(0);
        const QPointF b = chart.pointPosition(1);
        const QPointF c = chart.pointPosition(2);
        QVERIFY(a.x() < b.x() && b.x() < c.x());
        QVERIFY(b.y() < c.y() && c.y() < a.y());
        QVERIFY(chart.rect().contains(a.toPoint()) && chart.rect().contains(b.toPoint()));
    }

    void shouldExplainEachPointInItsTooltip()
    {
        PracticeHistoryChart chart;
        chart.resize(320, 120);
        chart.setPace(targetRange(90, 150));
        chart.setRuns({run(1, 0, 60, 2), run(2, 1, 120), run(3, 2, 170, 5)});

        const QString under = chart.toolTipAt(chart.pointPosition(0).toPoint());
        QVERIFY2(under.startsWith(QStringLiteral("1:00 on ")), qPrintable(under));
        QVERIFY2(under.contains(QStringLiteral("under the target by 0:30")), qPrintable(under));
        QVERIFY2(under.contains(QStringLiteral("rated 2 of 5")), qPrintable(under));

        const QString within = chart.toolTipAt(chart.pointPosition(1).toPoint() + QPoint(3, 40));
        QVERIFY2(within.contains(QStringLiteral("within the target")), qPrintable(within));
        QVERIFY2(within.contains(QStringLiteral("not rated")), qPrintable(within));

        const QString over = chart.toolTipAt(chart.pointPosition(2).toPoint());
        QVERIFY2(over.contains(QStringLiteral("over the target by 0:20")), qPrintable(over));
    }

    void shouldRenderTheBandAndPoints_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void shouldRenderTheBandAndPoints()
    {
        QFETCH(bool, dark);
        PracticeHistoryChart chart;
        QPalette palette = chart.palette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        }
        chart.setPalette(palette);
        chart.resize(320, 120);
        chart.setPace(targetRange(90, 150));
        chart.setRuns({run(1, 0, 100), run(2, 1, 200), run(3, 2, 120)});

        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatioF());
        // The run over the target is drawn in the warning colour, the others in the highlight.
        QVERIFY(pixelsNear(image, PracticeHistoryChart::overColor(palette)) > 5);
        QVERIFY(pixelsNear(image, palette.color(QPalette::Highlight)) > 5);
    }
};

QTEST_MAIN(TestPracticeHistoryChart)
#include "tst_practicehistorychart.moc"
