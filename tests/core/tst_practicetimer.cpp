#include "practicetimer.h"

#include <QLocale>
#include <QTest>

using namespace starling;

Q_DECLARE_METATYPE(starling::PacePhase)

// A fake clock drives every test: time moves only when the test says so, and nothing waits.
class TestPracticeTimer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldStartIdleAtZero()
    {
        ManualPracticeClock clock;
        clock.advanceSeconds(100);
        const PracticeTimer timer(clock);
        QCOMPARE(timer.state(), PracticeTimer::State::Idle);
        QVERIFY(!timer.isRunning());
        QCOMPARE(timer.elapsedMs(), 0);
        QVERIFY(!timer.startedAt().isValid());
    }

    void shouldCountOnlyWhileRunning()
    {
        // GIVEN a timer started at clock time 5 s
        ManualPracticeClock clock;
        clock.advanceSeconds(5);
        PracticeTimer timer(clock);
        timer.start();
        QVERIFY(timer.isRunning());

        // WHEN the clock runs 10.5 s, pauses for 60 s, resumes for 20 s
        clock.advance(10'500);
        QCOMPARE(timer.elapsedMs(), 10'500);
        timer.pause();
        QVERIFY(timer.isPaused());
        clock.advanceSeconds(60);
        QCOMPARE(timer.elapsedMs(), 10'500);
        timer.resume();
        clock.advanceSeconds(20);

        // THEN the paused minute does not count, and stop freezes the total
        QCOMPARE(timer.elapsedMs(), 30'500);
        timer.stop();
        QVERIFY(timer.isStopped());
        clock.advanceSeconds(30);
        QCOMPARE(timer.elapsedMs(), 30'500);
        QCOMPARE(timer.elapsedSeconds(), 30);
    }

    void shouldStopWhilePaused()
    {
        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.start();
        clock.advanceSeconds(7);
        timer.pause();
        clock.advanceSeconds(100);
        timer.stop();
        QCOMPARE(timer.elapsedSeconds(), 7);
    }

    void shouldIgnoreCallsThatDoNotFitTheState()
    {
        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.pause();
        timer.resume();
        timer.stop();
        QCOMPARE(timer.state(), PracticeTimer::State::Idle);

        timer.start();
        clock.advanceSeconds(3);
        timer.resume(); // not paused
        timer.start();  // a second press keeps the run
        clock.advanceSeconds(2);
        QCOMPARE(timer.elapsedSeconds(), 5);

        timer.pause();
        timer.pause();
        clock.advanceSeconds(10);
        timer.resume();
        timer.resume();
        clock.advanceSeconds(1);
        QCOMPARE(timer.elapsedSeconds(), 6);
    }

    void shouldStartANewRunAfterStop()
    {
        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.start();
        clock.advanceSeconds(40);
        timer.stop();
        clock.advanceSeconds(5);

        timer.start();
        QCOMPARE(timer.elapsedMs(), 0);
        QCOMPARE(timer.startedAt(), clock.nowUtc());
        clock.advanceSeconds(2);
        QCOMPARE(timer.elapsedSeconds(), 2);
    }

    void shouldResetToIdle()
    {
        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.start();
        clock.advanceSeconds(9);
        timer.reset();
        QCOMPARE(timer.state(), PracticeTimer::State::Idle);
        QCOMPARE(timer.elapsedMs(), 0);
        QVERIFY(!timer.startedAt().isValid());
        clock.advanceSeconds(9);
        QCOMPARE(timer.elapsedMs(), 0);
    }

    void shouldRoundSecondsDown_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("seconds");
        QTest::newRow("nothing") << qint64(0) << 0;
        QTest::newRow("just under one") << qint64(999) << 0;
        QTest::newRow("one") << qint64(1000) << 1;
        QTest::newRow("two minutes and a bit") << qint64(120'999) << 120;
    }
    void shouldRoundSecondsDown()
    {
        QFETCH(qint64, ms);
        QFETCH(int, seconds);
        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.start();
        clock.advance(ms);
        QCOMPARE(timer.elapsedSeconds(), seconds);
    }

    void shouldNeverCountBackwards()
    {
        ManualPracticeClock clock;
        clock.advanceSeconds(50);
        PracticeTimer timer(clock);
        timer.start();
        clock.advanceSeconds(4);
        timer.pause();
        timer.resume();
        clock.advanceSeconds(-30); // a clock that steps back must not eat counted time
        QCOMPARE(timer.elapsedSeconds(), 4);
    }

    void shouldTellThePhase_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("minSeconds");
        QTest::addColumn<int>("maxSeconds");
        QTest::addColumn<PacePhase>("phase");
        QTest::newRow("start") << 0 << 90 << 150 << PacePhase::BeforeMin;
        QTest::newRow("just short") << 89 << 90 << 150 << PacePhase::BeforeMin;
        QTest::newRow("at min") << 90 << 90 << 150 << PacePhase::WithinRange;
        QTest::newRow("middle") << 120 << 90 << 150 << PacePhase::WithinRange;
        QTest::newRow("at max") << 150 << 90 << 150 << PacePhase::WithinRange;
        QTest::newRow("over") << 151 << 90 << 150 << PacePhase::PastMax;
        QTest::newRow("upside-down range") << 100 << 150 << 90 << PacePhase::WithinRange;
    }
    void shouldTellThePhase()
    {
        QFETCH(int, seconds);
        QFETCH(int, minSeconds);
        QFETCH(int, maxSeconds);
        QFETCH(PacePhase, phase);
        SpeakingPace pace;
        pace.minSeconds = minSeconds;
        pace.maxSeconds = maxSeconds;
        QCOMPARE(pacePhase(seconds, pace), phase);

        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.start();
        clock.advanceSeconds(seconds);
        QCOMPARE(timer.phase(pace), phase);
    }

    void shouldBuildARunForAnAnswer()
    {
        // GIVEN a run started at 09:00:05 UTC on the fake wall clock, 2:05 long
        ManualPracticeClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
        clock.advanceSeconds(5);
        PracticeTimer timer(clock);
        timer.start();
        clock.advance(125'400);
        timer.stop();

        // WHEN it becomes a run for answer 7 (of question 3), rated 4
        const PracticeRun run = timer.makeRun(7, 3, 4);

        // THEN it names the answer only, starts when the timer started and lasts 125 s
        QCOMPARE(run.id, 0);
        QCOMPARE(run.answerId, 7);
        QCOMPARE(run.questionId, 0);
        QCOMPARE(run.startedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 0, 5), Qt::UTC));
        QCOMPARE(run.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(run.seconds, 125);
        QCOMPARE(run.rating, 4);
    }

    void shouldBuildARunForABareQuestion_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<int>("stored");
        QTest::newRow("unrated") << 0 << 0;
        QTest::newRow("five") << 5 << 5;
        QTest::newRow("too high") << 9 << 5;
        QTest::newRow("negative") << -2 << 0;
    }
    void shouldBuildARunForABareQuestion()
    {
        QFETCH(int, rating);
        QFETCH(int, stored);
        ManualPracticeClock clock;
        PracticeTimer timer(clock);
        timer.start();
        clock.advanceSeconds(61);
        timer.stop();
        const PracticeRun run = timer.makeRun(0, 12, rating);
        QCOMPARE(run.answerId, 0);
        QCOMPARE(run.questionId, 12);
        QCOMPARE(run.seconds, 61);
        QCOMPARE(run.rating, stored);
    }

    void shouldFormatMinutesAndSeconds_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0 << QStringLiteral("0:00");
        QTest::newRow("seven") << 7 << QStringLiteral("0:07");
        QTest::newRow("two minutes five") << 125 << QStringLiteral("2:05");
        QTest::newRow("an hour and a quarter") << 4500 << QStringLiteral("75:00");
        QTest::newRow("negative") << -5 << QStringLiteral("0:00");
    }
    void shouldFormatMinutesAndSeconds()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatMinutesSeconds(seconds), text);
    }

    void shouldFormatWithTheLocaleDigits()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        const QString text = formatMinutesSeconds(65);
        QLocale::setDefault(QLocale::c());
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        QCOMPARE(text, arabic.toString(1) + u':' + arabic.zeroDigit() + arabic.toString(5));
    }

    void shouldReadTheSteadyClock()
    {
        // The real clock only has to move forwards and tell UTC; no timing is asserted.
        const SteadyPracticeClock clock;
        const qint64 first = clock.nowMs();
        QVERIFY(clock.nowMs() >= first);
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestPracticeTimer)
#include "tst_practicetimer.moc"
