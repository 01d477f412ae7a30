#include "sectionsharebar.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numeric>

namespace starling {

SectionShareBar::SectionShareBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sectionShareBar"));
    setAccessibleName(tr("Share of each section"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SectionShareBar::setSections(const QStringList &names, const QList<int> &words, int highlight)
{
    m_names = names;
    m_words = words;
    m_highlight = highlight;
    QStringList parts;
    for (int i = 0; i < m_words.size() && i < m_names.size(); ++i)
        parts.append(tr("%1 %2%").arg(m_names.at(i), QLocale().toString(percent(i))));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    setToolTip(parts.join(QLatin1Char('\n')));
    update();
}

int SectionShareBar::percent(int i) const
{
    const int total = std::accumulate(m_words.cbegin(), m_words.cend(), 0);
    if (total <= 0 || i < 0 || i >= m_words.size())
        return 0;
    return int(std::lround(100.0 * m_words.at(i) / total));
}

QSize SectionShareBar::sizeHint() const
{
    return {320, fontMetrics().height() + 8};
}

QSize SectionShareBar::minimumSizeHint() const
{
    return {60, fontMetrics().height() + 8};
}

void SectionShareBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 2.5, -0.5, -2.5);
    const QPalette &pal = palette();
    QPainterPath outline;
    outline.addRoundedRect(bar, 3, 3);
    painter.fillPath(outline, pal.color(QPalette::AlternateBase));

    const int total = std::accumulate(m_words.cbegin(), m_words.cend(), 0);
    if (total > 0) {
        painter.save();
        painter.setClipPath(outline);
        const QColor accent = pal.color(QPalette::Highlight);
        const QColor plain = pal.color(QPalette::Mid);
        double x = bar.left();
        for (int i = 0; i < m_words.size(); ++i) {
            const double width = bar.width() * m_words.at(i) / total;
            if (width <= 0)
                continue;
            const QRectF part(x, bar.top(), width, bar.height());
            QColor fill = i == m_highlight ? accent : plain;
            if (i != m_highlight)
                fill.setAlphaF(i % 2 == 0 ? 0.55f : 0.8f); // neighbours stay apart
            painter.fillRect(part, fill);
            const QString label = i < m_names.size()
                                      ? tr("%1 %2%").arg(m_names.at(i), QLocale().toString(percent(i)))
                                      : QString();
            const QColor text = i == m_highlight ? pal.color(QPalette::HighlightedText)
                                                 : pal.color(QPalette::WindowText);
            painter.setPen(text);
            if (painter.fontMetrics().horizontalAdvance(label) + 6 <= width) {
                painter.drawText(part, Qt::AlignCenter, label);
            } else if (i < m_names.size()) {
                const QString initial = m_names.at(i).left(1);
                if (painter.fontMetrics().horizontalAdvance(initial) + 4 <= width)
                    painter.drawText(part, Qt::AlignCenter, initial);
            }
            x += width;
        }
        painter.restore();
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawPath(outline);
}

} // namespace starling
