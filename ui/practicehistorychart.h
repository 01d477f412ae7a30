#pragma once

#include "practicerun.h"
#include "speakingpace.h"

#include <QList>
#include <QWidget>

namespace starling {

// How long the last rehearsals of one answer took, oldest to newest, against the target range
// (shaded). A small custom-painted chart: points within the range use the highlight colour,
// points over it a warning colour, points under it a muted one; colours come from the palette,
// so the chart reads in light and dark themes. Screen readers get the same facts as text
// (accessibleDescription()), and each point has a tooltip.
class PracticeHistoryChart : public QWidget
{
    Q_OBJECT
public:
    // The chart shows at most this many runs; older ones only count in the summary.
    static constexpr int MaxShownRuns = 20;

    explicit PracticeHistoryChart(QWidget *parent = nullptr);

    // Runs of one answer (or question), in any order; they are shown by start time.
    void setRuns(const QList<PracticeRun> &runs);
    QList<PracticeRun> runs() const { return m_runs; }
    void setPace(const SpeakingPace &pace);
    SpeakingPace pace() const { return m_pace; }

    // "5 runs, last 2:05, target 1:30–2:30", or "Not practised yet"; also the accessible
    // description.
    QString summary() const;
    // The runs drawn, oldest first (the newest MaxShownRuns).
    QList<PracticeRun> shownRuns() const;
    // Where the dot of shownRuns().at(index) is drawn, in widget coordinates.
    QPointF pointPosition(int index) const;
    // The tooltip for the dot nearest to pos (empty when none is close).
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The warning colour for "over the target", readable on the palette's base and window.
    static QColor overColor(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout {
        QRectF plot;
        int topSeconds = 0; // the value at the top of the plot
    };
    Layout layout() const;
    double yFor(const Layout &layout, int seconds) const;
    QString toolTipFor(int index) const;
    void updateAccessibility();

    QList<PracticeRun> m_runs; // sorted by start time, then id
    SpeakingPace m_pace;
};

} // namespace starling
