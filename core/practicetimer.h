#pragma once

#include "practicerun.h"
#include "speakingpace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace starling {

// Where the time comes from. The timer never reads a clock of its own, so tests drive it with a
// ManualPracticeClock instead of waiting, and the dialog polls it from a QTimer without the core
// owning any timer.
class PracticeClock
{
public:
    virtual ~PracticeClock();
    // Monotonic milliseconds from an arbitrary origin: only differences mean anything. Never
    // jumps when the wall clock is changed, so a run measures what was spoken.
    virtual qint64 nowMs() const = 0;
    // The wall-clock time, in UTC: when a run started, as the history shows it.
    virtual QDateTime nowUtc() const = 0;
};

// The real clock: QElapsedTimer for durations, the system time for timestamps.
class SteadyPracticeClock final : public PracticeClock
{
public:
    SteadyPracticeClock();
    qint64 nowMs() const override;
    QDateTime nowUtc() const override;

private:
    QElapsedTimer m_elapsed;
};

// A clock that moves only when told to: tests, and anything replaying a session. Its wall time
// is `wallStart` plus the milliseconds it was advanced.
class ManualPracticeClock final : public PracticeClock
{
public:
    explicit ManualPracticeClock(const QDateTime &wallStart
                                 = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC));
    qint64 nowMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return m_wallStart.addMSecs(m_ms); }

    void advance(qint64 ms) { m_ms += ms; }
    void advanceSeconds(int seconds) { m_ms += qint64(seconds) * 1000; }

private:
    QDateTime m_wallStart;
    qint64 m_ms = 0;
};

// Where a duration stands against the target range of a SpeakingPace.
enum class PacePhase {
    BeforeMin,   // still short of the minimum: keep going
    WithinRange, // between minimum and maximum, both included
    PastMax,     // longer than the maximum: wrap up
};

// The phase of `seconds` against `pace`. A range given upside down is read with its ends
// swapped, so a bad preference never makes every duration "over".
PacePhase pacePhase(int seconds, const SpeakingPace &pace);

// A stopwatch for one rehearsal: start, pause and resume as often as needed, stop, then turn
// the result into a PracticeRun. Time paused does not count. Durations are whole seconds
// rounded down, like any stopwatch, so the clock on screen and the saved run always agree.
class PracticeTimer
{
public:
    enum class State {
        Idle,    // never started, or reset
        Running,
        Paused,
        Stopped, // a finished run: elapsed time is frozen until start() or reset()
    };

    explicit PracticeTimer(const PracticeClock &clock);

    // Starts a new run from zero (from Idle or Stopped; a no-op while Running or Paused, so a
    // stray second press never throws away a rehearsal in progress).
    void start();
    // Freezes the elapsed time (only while Running).
    void pause();
    // Carries on after pause() (only while Paused).
    void resume();
    // Ends the run (while Running or Paused); the elapsed time stays readable.
    void stop();
    // Back to Idle and zero.
    void reset();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isPaused() const { return m_state == State::Paused; }
    bool isStopped() const { return m_state == State::Stopped; }

    qint64 elapsedMs() const;
    int elapsedSeconds() const;
    PacePhase phase(const SpeakingPace &pace) const { return pacePhase(elapsedSeconds(), pace); }
    // When the current or last run started (wall clock, UTC); null while Idle.
    QDateTime startedAt() const { return m_startedAt; }

    // The run to record for what was timed: exactly one of answerId and questionId is kept
    // (the answer wins when both are given, since practising an answer is practising its
    // question). `rating` is clamped to 0–5, 0 meaning not rated.
    PracticeRun makeRun(qint64 answerId, qint64 questionId, int rating) const;

private:
    const PracticeClock &m_clock;
    State m_state = State::Idle;
    qint64 m_accumulatedMs = 0; // time counted before the current running stretch
    qint64 m_resumedAtMs = 0;   // clock reading when the current running stretch began
    QDateTime m_startedAt;
};

// "2:05", "0:07", "12:00"; hours fold into minutes ("75:00") because an answer never lasts
// that long and an unfamiliar h:mm:ss would only confuse. Negative values show as 0:00.
QString formatMinutesSeconds(int seconds);

} // namespace starling
