#include "practicehistorychart.h"

#include "practicetimer.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace starling {

namespace {

constexpr double kDotRadius = 3.5;
constexpr int kPadding = 4;
constexpr int kLabelGap = 4;
constexpr int kMinTopSeconds = 60;
constexpr int kTopStepSeconds = 30;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QFont axisFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    else
        font.setPixelSize(std::max(9, int(font.pixelSize() * 0.85)));
    return font;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

PracticeHistoryChart::PracticeHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("practiceHistoryChart"));
    setAccessibleName(tr("Practice history"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibility();
}

void PracticeHistoryChart::setRuns(const QList<PracticeRun> &runs)
{
    QList<PracticeRun> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PracticeRun &a, const PracticeRun &b) {
        if (a.startedAt != b.startedAt)
            return a.startedAt < b.startedAt;
        return a.id < b.id;
    });
    if (sorted == m_runs)
        return;
    m_runs = sorted;
    updateAccessibility();
    update();
}

void PracticeHistoryChart::setPace(const SpeakingPace &pace)
{
    if (pace == m_pace)
        return;
    m_pace = pace;
    updateAccessibility();
    update();
}

QList<PracticeRun> PracticeHistoryChart::shownRuns() const
{
    return m_runs.mid(std::max<qsizetype>(0, m_runs.size() - MaxShownRuns));
}

QString PracticeHistoryChart::summary() const
{
    if (m_runs.isEmpty())
        return tr("Not practised yet");
    const int low = std::min(m_pace.minSeconds, m_pace.maxSeconds);
    const int high = std::max(m_pace.minSeconds, m_pace.maxSeconds);
    return tr("%n run(s), last %1, target %2–%3", nullptr, int(m_runs.size()))
        .arg(formatMinutesSeconds(m_runs.last().seconds), formatMinutesSeconds(low),
             formatMinutesSeconds(high));
}

QSize PracticeHistoryChart::sizeHint() const
{
    return {320, 120};
}

QSize PracticeHistoryChart::minimumSizeHint() const
{
    const QFontMetrics fm(axisFont(font()));
    return {160, std::max(80, 4 * fm.height())};
}

QColor PracticeHistoryChart::overColor(const QPalette &palette)
{
    // No palette role means "warning"; a red tuned for the background keeps enough contrast.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

PracticeHistoryChart::Layout PracticeHistoryChart::layout() const
{
    const QFontMetrics fm(axisFont(font()));
    Layout result;
    int top = std::max({m_pace.minSeconds, m_pace.maxSeconds, kMinTopSeconds});
    for (const PracticeRun &run : shownRuns())
        top = std::max(top, run.seconds);
    // A little headroom over the highest value, rounded up to a half minute.
    top = int(std::ceil(top * 1.1 / kTopStepSeconds)) * kTopStepSeconds;
    result.topSeconds = top;

    const int labelWidth = std::max(fm.horizontalAdvance(formatMinutesSeconds(top)),
                                    fm.horizontalAdvance(formatMinutesSeconds(m_pace.maxSeconds)));
    const QRectF area = QRectF(rect()).adjusted(kPadding, kPadding, -kPadding, -kPadding);
    result.plot = area.adjusted(labelWidth + kLabelGap, fm.height() / 2.0, 0,
                                -(fm.height() + kLabelGap));
    return result;
}

double PracticeHistoryChart::yFor(const Layout &layout, int seconds) const
{
    const double fraction = layout.topSeconds > 0 ? double(seconds) / layout.topSeconds : 0.0;
    return layout.plot.bottom() - std::clamp(fraction, 0.0, 1.0) * layout.plot.height();
}

QPointF PracticeHistoryChart::pointPosition(int index) const
{
    const QList<PracticeRun> shown = shownRuns();
    if (index < 0 || index >= shown.size())
        return {};
    const Layout l = layout();
    const double inset = kDotRadius + 3;
    const double left = l.plot.left() + inset;
    const double width = std::max(0.0, l.plot.width() - 2 * inset);
    const double x = shown.size() == 1 ? l.plot.center().x()
                                       : left + width * index / double(shown.size() - 1);
    return {x, yFor(l, shown.at(index).seconds)};
}

QString PracticeHistoryChart::toolTipFor(int index) const
{
    const QList<PracticeRun> shown = shownRuns();
    const PracticeRun &run = shown.at(index);
    const QString duration = formatMinutesSeconds(run.seconds);
    const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    QString where;
    switch (pacePhase(run.seconds, m_pace)) {
    case PacePhase::BeforeMin:
        where = tr("under the target by %1")
                    .arg(formatMinutesSeconds(std::min(m_pace.minSeconds, m_pace.maxSeconds)
                                              - run.seconds));
        break;
    case PacePhase::WithinRange:
        where = tr("within the target");
        break;
    case PacePhase::PastMax:
        where = tr("over the target by %1")
                    .arg(formatMinutesSeconds(run.seconds
                                              - std::max(m_pace.minSeconds, m_pace.maxSeconds)));
        break;
    }
    const QString rating = run.rating > 0 ? tr("rated %1 of 5").arg(QLocale().toString(run.rating))
                                          : tr("not rated");
    return tr("%1 on %2, %3, %4").arg(duration, when, where, rating);
}

QString PracticeHistoryChart::toolTipAt(const QPoint &pos) const
{
    const int count = int(shownRuns().size());
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < count; ++i) {
        const double distance = std::abs(pointPosition(i).x() - pos.x());
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    // Close in x is enough: the dots are far apart vertically only when the runs differ a lot,
    // and a thin column per run is easier to hit than a 7-pixel dot.
    const double reach = count > 1 ? std::max(6.0, (pointPosition(1).x() - pointPosition(0).x()) / 2)
                                   : 12.0;
    if (best < 0 || bestDistance > reach)
        return {};
    return toolTipFor(best);
}

bool PracticeHistoryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            text = summary();
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void PracticeHistoryChart::updateAccessibility()
{
    setAccessibleDescription(summary());
}

void PracticeHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor muted = pal.color(QPalette::PlaceholderText);

    if (m_runs.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Not practised yet"));
        return;
    }

    const Layout l = layout();
    const bool dark = isDark(pal);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor over = overColor(pal);
    const int low = std::min(m_pace.minSeconds, m_pace.maxSeconds);
    const int high = std::max(m_pace.minSeconds, m_pace.maxSeconds);

    // Plot background and the target band.
    painter.setPen(Qt::NoPen);
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(l.plot);
    const QRectF band(QPointF(l.plot.left(), yFor(l, high)), QPointF(l.plot.right(), yFor(l, low)));
    painter.setBrush(withAlpha(accent, dark ? 70 : 45));
    painter.drawRect(band);
    QPen edge(withAlpha(accent, dark ? 170 : 130), 1, Qt::DashLine);
    painter.setPen(edge);
    painter.drawLine(QPointF(l.plot.left(), band.top()), QPointF(l.plot.right(), band.top()));
    painter.drawLine(QPointF(l.plot.left(), band.bottom()), QPointF(l.plot.right(), band.bottom()));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.plot);

    // Y labels: the band's edges first, then zero and the top when they do not collide.
    const QFont labelFont = axisFont(font());
    painter.setFont(labelFont);
    const QFontMetricsF fm(labelFont);
    QList<QRectF> placed;
    auto label = [&](int seconds, const QColor &color) {
        const QString text = formatMinutesSeconds(seconds);
        const double y = yFor(l, seconds);
        const QRectF box(l.plot.left() - kLabelGap - fm.horizontalAdvance(text), y - fm.height() / 2,
                         fm.horizontalAdvance(text), fm.height());
        for (const QRectF &other : std::as_const(placed)) {
            if (other.intersects(box))
                return;
        }
        placed.append(box);
        painter.setPen(color);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    };
    const QColor text = pal.color(QPalette::WindowText);
    label(high, text);
    label(low, text);
    label(0, muted);
    label(l.topSeconds, muted);

    // X labels: when the first and the last shown run happened.
    const QList<PracticeRun> shown = shownRuns();
    const QLocale locale;
    const QRectF dates(l.plot.left(), l.plot.bottom() + kLabelGap / 2.0, l.plot.width(), fm.height());
    painter.setPen(muted);
    const QString first = locale.toString(shown.first().startedAt.toLocalTime().date(), QLocale::ShortFormat);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop, first);
    if (shown.size() > 1) {
        const QString last = locale.toString(shown.last().startedAt.toLocalTime().date(), QLocale::ShortFormat);
        if (fm.horizontalAdvance(first) + fm.horizontalAdvance(last) + 8 < dates.width())
            painter.drawText(dates, Qt::AlignRight | Qt::AlignTop, last);
    }

    // The line through the runs, then one mark per run. The mark's shape repeats what its
    // colour says (circle: on target, hollow: short, triangle: over), for anyone who cannot
    // tell the colours apart.
    if (shown.size() > 1) {
        QPainterPath path(pointPosition(0));
        for (int i = 1; i < shown.size(); ++i)
            path.lineTo(pointPosition(i));
        painter.setPen(QPen(withAlpha(text, dark ? 150 : 110), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    for (int i = 0; i < shown.size(); ++i) {
        const QPointF p = pointPosition(i);
        switch (pacePhase(shown.at(i).seconds, m_pace)) {
        case PacePhase::BeforeMin:
            painter.setPen(QPen(text, 1.5));
            painter.setBrush(pal.color(QPalette::Base));
            painter.drawEllipse(p, kDotRadius, kDotRadius);
            break;
        case PacePhase::WithinRange:
            painter.setPen(QPen(pal.color(QPalette::Base), 1));
            painter.setBrush(accent);
            painter.drawEllipse(p, kDotRadius + 0.5, kDotRadius + 0.5);
            break;
        case PacePhase::PastMax: {
            const double r = kDotRadius + 1.5;
            QPainterPath triangle(QPointF(p.x(), p.y() - r));
            triangle.lineTo(p.x() + r, p.y() + r * 0.7);
            triangle.lineTo(p.x() - r, p.y() + r * 0.7);
            triangle.closeSubpath();
            painter.setPen(QPen(pal.color(QPalette::Base), 1));
            painter.setBrush(over);
            painter.drawPath(triangle);
            break;
        }
        }
    }
}

} // namespace starling
