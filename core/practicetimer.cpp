#include "practicetimer.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace starling {

PracticeClock::~PracticeClock() = default;

SteadyPracticeClock::SteadyPracticeClock()
{
    m_elapsed.start();
}

qint64 SteadyPracticeClock::nowMs() const
{
    return m_elapsed.elapsed();
}

QDateTime SteadyPracticeClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualPracticeClock::ManualPracticeClock(const QDateTime &wallStart)
    : m_wallStart(wallStart.toUTC())
{
}

PacePhase pacePhase(int seconds, const SpeakingPace &pace)
{
    const int low = std::min(pace.minSeconds, pace.maxSeconds);
    const int high = std::max(pace.minSeconds, pace.maxSeconds);
    if (seconds < low)
        return PacePhase::BeforeMin;
    if (seconds > high)
        return PacePhase::PastMax;
    return PacePhase::WithinRange;
}

PracticeTimer::PracticeTimer(const PracticeClock &clock)
    : m_clock(clock)
{
}

void PracticeTimer::start()
{
    if (m_state == State::Running || m_state == State::Paused)
        return;
    m_state = State::Running;
    m_accumulatedMs = 0;
    m_resumedAtMs = m_clock.nowMs();
    m_startedAt = m_clock.nowUtc();
}

void PracticeTimer::pause()
{
    if (m_state != State::Running)
        return;
    m_accumulatedMs = elapsedMs();
    m_state = State::Paused;
}

void PracticeTimer::resume()
{
    if (m_state != State::Paused)
        return;
    m_resumedAtMs = m_clock.nowMs();
    m_state = State::Running;
}

void PracticeTimer::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_accumulatedMs = elapsedMs();
    m_state = State::Stopped;
}

void PracticeTimer::reset()
{
    m_state = State::Idle;
    m_accumulatedMs = 0;
    m_resumedAtMs = 0;
    m_startedAt = {};
}

qint64 PracticeTimer::elapsedMs() const
{
    if (m_state != State::Running)
        return m_accumulatedMs;
    // A clock that steps backwards (a broken fake, a suspended VM) must not eat time already
    // counted.
    return m_accumulatedMs + std::max<qint64>(0, m_clock.nowMs() - m_resumedAtMs);
}

int PracticeTimer::elapsedSeconds() const
{
    return int(std::min<qint64>(elapsedMs() / 1000, std::numeric_limits<int>::max()));
}

PracticeRun PracticeTimer::makeRun(qint64 answerId, qint64 questionId, int rating) const
{
    PracticeRun run;
    if (answerId > 0)
        run.answerId = answerId;
    else
        run.questionId = std::max<qint64>(0, questionId);
    run.startedAt = m_startedAt.isValid() ? m_startedAt : m_clock.nowUtc();
    run.seconds = elapsedSeconds();
    run.rating = std::clamp(rating, 0, 5);
    return run;
}

QString formatMinutesSeconds(int seconds)
{
    const QLocale locale;
    const int total = std::max(0, seconds);
    QString secs = locale.toString(total % 60);
    if (total % 60 < 10)
        secs.prepend(locale.zeroDigit()); // a string: some scripts' digits are surrogate pairs
    return QStringLiteral("%1:%2").arg(locale.toString(total / 60), secs);
}

} // namespace starling
