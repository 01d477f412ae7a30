#include "storycolumnheader.h"

#include "idsmime.h"
#include "storyitemdelegate.h"
#include "valuesmatrixmodel.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionHeader>
#include <QTextLayout>

#include <cmath>

namespace starling {

namespace {

constexpr int kPad = 6;
constexpr int kStripHeight = 3;
constexpr int kLines = 3;

QPainterPath starPath(const QPointF &centre, double size)
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double radius = (i % 2 == 0) ? size / 2.0 : size / 4.6;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        if (i == 0)
            star.moveTo(p);
        else
            star.lineTo(p);
    }
    star.closeSubpath();
    return star;
}

// Word-wraps text into at most maxLines lines of width, eliding the last one.
QStringList wrapLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QFontMetrics fm(font);
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(fm.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight,
                                       width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    // A single word longer than the width: elide it too.
    for (QString &line : lines) {
        if (fm.horizontalAdvance(line) > width)
            line = fm.elidedText(line, Qt::ElideRight, width);
    }
    return lines;
}

} // namespace

StoryColumnHeader::StoryColumnHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("storyColumnHeader"));
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setMouseTracking(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true); // drag events arrive at the viewport
}

QSize StoryColumnHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    const QFontMetrics fm(font());
    size.setHeight(std::max(size.height(), kPad * 2 + fm.lineSpacing() * kLines + kStripHeight + 2));
    return size;
}

QMimeData *StoryColumnHeader::dragPayload(int section) const
{
    const auto *matrix = qobject_cast<const ValuesMatrixModel *>(model());
    return matrix ? matrix->mimeDataForStoryColumn(section) : nullptr;
}

void StoryColumnHeader::setDragRunner(std::function<void(QMimeData *, int)> runner)
{
    m_runner = std::move(runner);
}

void StoryColumnHeader::mousePressEvent(QMouseEvent *event)
{
    m_pressSection = -1;
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        // Not on a resize handle: there the press resizes the section.
        const int section = logicalIndexAt(m_pressPos);
        const int edge = style()->pixelMetric(QStyle::PM_HeaderGripMargin, nullptr, this);
        const int left = sectionViewportPosition(section);
        const int right = left + sectionSize(section);
        if (section >= ValuesMatrixModel::FirstStoryColumn && m_pressPos.x() > left + edge
            && m_pressPos.x() < right - edge)
            m_pressSection = section;
    }
    QHeaderView::mousePressEvent(event);
}

void StoryColumnHeader::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressSection >= 0 && (event->buttons() & Qt::LeftButton)
        && (event->position().toPoint() - m_pressPos).manhattanLength()
               >= QApplication::startDragDistance()) {
        const int section = m_pressSection;
        m_pressSection = -1;
        startSectionDrag(section);
        return;
    }
    QHeaderView::mouseMoveEvent(event);
}

void StoryColumnHeader::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressSection = -1;
    QHeaderView::mouseReleaseEvent(event);
}

void StoryColumnHeader::startSectionDrag(int section)
{
    QMimeData *payload = dragPayload(section);
    if (!payload)
        return;
    if (m_runner) {
        m_runner(payload, section);
        return;
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(payload);
    // A small picture of the title, so the user sees what they carry.
    const QString title = model()->headerData(section, Qt::Horizontal).toString();
    const QFontMetrics fm(font());
    const QString text = fm.elidedText(title, Qt::ElideRight, 220);
    QPixmap pixmap(QSize(fm.horizontalAdvance(text) + 2 * kPad, fm.height() + kPad) * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(QPointF(0, 0), pixmap.deviceIndependentSize());
        p.setPen(palette().color(QPalette::Highlight));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter, text);
    }
    drag->setPixmap(pixmap);
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::CopyAction);
}

int StoryColumnHeader::valueDropSection(const QMimeData *data, const QPoint &pos) const
{
    const int section = logicalIndexAt(pos);
    if (section < ValuesMatrixModel::FirstStoryColumn || !IdsMime::read(data, IdsMime::ValueIds))
        return -1;
    return section;
}

void StoryColumnHeader::dragEnterEvent(QDragEnterEvent *event)
{
    // Whether a section is under the cursor is decided on move; here only the payload counts.
    if (IdsMime::read(event->mimeData(), IdsMime::ValueIds))
        event->acceptProposedAction();
    else
        event->ignore();
}

void StoryColumnHeader::dragMoveEvent(QDragMoveEvent *event)
{
    if (valueDropSection(event->mimeData(), event->position().toPoint()) >= 0) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void StoryColumnHeader::dropEvent(QDropEvent *event)
{
    const int section = valueDropSection(event->mimeData(), event->position().toPoint());
    if (section < 0) {
        event->ignore();
        return;
    }
    const QList<qint64> ids = IdsMime::read(event->mimeData(), IdsMime::ValueIds).value();
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit valuesDropped(section, ids);
}

void StoryColumnHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The style paints the section's frame and state; we paint the content.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.text.clear();
    opt.state |= QStyle::State_Raised;
    if (isEnabled())
        opt.state |= QStyle::State_Enabled;
    if (window()->isActiveWindow())
        opt.state |= QStyle::State_Active;
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    if (rect.contains(cursor) && underMouse())
        opt.state |= QStyle::State_MouseOver;
    if (highlightSections() && selectionModel()) {
        const QModelIndex top = model()->index(0, logicalIndex);
        if (selectionModel()->isColumnSelected(logicalIndex, {}))
            opt.state |= QStyle::State_On;
        else if (top.isValid() && selectionModel()->currentIndex().column() == logicalIndex)
            opt.state |= QStyle::State_Sunken;
    }
    const int visual = visualIndex(logicalIndex);
    if (count() == 1)
        opt.position = QStyleOptionHeader::OnlyOneSection;
    else if (visual == 0)
        opt.position = QStyleOptionHeader::Beginning;
    else if (visual == count() - 1)
        opt.position = QStyleOptionHeader::End;
    else
        opt.position = QStyleOptionHeader::Middle;
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    const QColor text = palette().color(QPalette::ButtonText);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    const QRect inner = rect.adjusted(kPad, kPad, -kPad, -kPad - kStripHeight);
    QFont font = this->font();
    const QFontMetrics fm(font);

    if (logicalIndex == ValuesMatrixModel::CoverageColumn) {
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(text);
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignBottom, tr("Value"));
        QFont small = this->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(inner, Qt::AlignRight | Qt::AlignBottom,
                          model()->headerData(logicalIndex, Qt::Horizontal).toString());
        painter->restore();
        return;
    }

    const QString title = model()->headerData(logicalIndex, Qt::Horizontal).toString();
    const bool backbone =
        model()->headerData(logicalIndex, Qt::Horizontal, ValuesMatrixModel::BackboneRole).toBool();
    int textLeft = inner.left();
    if (backbone) {
        const double s = fm.height() - 4;
        const QPointF centre(inner.left() + s / 2.0, inner.top() + fm.lineSpacing() / 2.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe0, 0xa8, 0x1e));
        painter->drawPath(starPath(centre, s));
        textLeft += int(s) + 4;
    }
    // Every line starts right of the star, so the title reads as one block.
    const QStringList lines = wrapLines(title, font, inner.right() - textLeft, kLines);
    painter->setFont(font);
    painter->setPen(text);
    int y = inner.top();
    for (const QString &line : lines) {
        painter->drawText(QRect(textLeft, y, inner.right() - textLeft + 1, fm.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }

    // The story's kinds as a thin strip of colours along the bottom, like the vault's badges.
    const StoryKinds kinds = StoryKinds::fromInt(
        model()->headerData(logicalIndex, Qt::Horizontal, ValuesMatrixModel::KindsRole).toInt());
    QList<QColor> colours;
    for (StoryKind kind : allStoryKinds()) {
        if (kinds.testFlag(kind))
            colours.append(StoryItemDelegate::kindColor(kind));
    }
    if (!colours.isEmpty()) {
        const QRect strip(rect.left() + kPad, rect.bottom() - kStripHeight - 2,
                          rect.width() - 2 * kPad, kStripHeight);
        const int part = strip.width() / int(colours.size());
        for (int i = 0; i < colours.size(); ++i) {
            QRect piece(strip.left() + i * part, strip.top(), part, strip.height());
            if (i == colours.size() - 1)
                piece.setRight(strip.right());
            painter->fillRect(piece, colours.at(i));
        }
    }
    painter->restore();
}

} // namespace starling
