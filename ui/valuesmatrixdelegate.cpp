#include "valuesmatrixdelegate.h"

#include "valuesmatrixmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace starling {

namespace {

constexpr int kPad = 8;
constexpr int kIndent = 18;
constexpr int kPillHPad = 8;
constexpr int kDot = 7;

// Sub-principles are set a little smaller than their parent.
QFont rowFont(const QFont &base, int depth)
{
    QFont font = base;
    if (depth == 0) {
        font.setWeight(QFont::DemiBold);
    } else {
        font.setPointSizeF(base.pointSizeF() * 0.93);
    }
    return font;
}

QFont pillFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

bool ValuesMatrixDelegate::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

ValuesMatrixDelegate::Pill ValuesMatrixDelegate::pillColors(int coverageLevel,
                                                            const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor base;
    QColor text;
    switch (coverageLevel) {
    case ValuesMatrixModel::Ideal:
        base = QColor(0x2e, 0x8b, 0x3e);
        text = dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
        break;
    case ValuesMatrixModel::Minimum:
        base = QColor(0xe0, 0x9a, 0x1a);
        text = dark ? QColor(0xff, 0xd5, 0x80) : QColor(0x7a, 0x4f, 0x00);
        break;
    default:
        base = QColor(0xc6, 0x28, 0x28);
        text = dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0xa3, 0x1c, 0x1c);
        break;
    }
    QColor fill = base;
    fill.setAlpha(dark ? 64 : 36);
    QColor border = base;
    border.setAlpha(dark ? 170 : 120);
    QColor dot = base;
    if (dark)
        dot = base.lighter(130);
    return {fill, border, text, dot};
}

QColor ValuesMatrixDelegate::linkColor(const QPalette &palette)
{
    // A teal that is neither a coverage colour nor the selection colour.
    return isDark(palette) ? QColor(0x3f, 0xb0, 0xa6) : QColor(0x1f, 0x8a, 0x80);
}

QSize ValuesMatrixDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.column() == ValuesMatrixModel::CoverageColumn) {
        const int depth = index.data(ValuesMatrixModel::DepthRole).toInt();
        const QFontMetrics nameFm(rowFont(option.font, depth));
        const QFontMetrics pillFm(pillFont(option.font));
        const int pill = pillFm.horizontalAdvance(QStringLiteral("00 stories")) + 2 * kPillHPad
                         + kDot + 4;
        return {kPad * 3 + depth * kIndent
                    + nameFm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + pill,
                fm.height() + 16};
    }
    return {96, fm.height() + 16};
}

void ValuesMatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus from the style; the content is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Quiet grid: a hairline under each row and between story columns.
    QColor line = opt.palette.color(QPalette::Text);
    line.setAlphaF(0.09f);
    painter->setPen(QPen(line, 1));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->drawLine(opt.rect.topRight(), opt.rect.bottomRight());
    painter->restore();

    if (index.column() == ValuesMatrixModel::CoverageColumn)
        paintValueCell(painter, opt, index);
    else
        paintStoryCell(painter, opt, index);
}

void ValuesMatrixDelegate::paintValueCell(QPainter *painter, const QStyleOptionViewItem &opt,
                                          const QModelIndex &index) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const int depth = index.data(ValuesMatrixModel::DepthRole).toInt();
    const int level = index.data(ValuesMatrixModel::CoverageLevelRole).toInt();
    const QString coverage = index.data(ValuesMatrixModel::CoverageTextRole).toString();
    const QString name = index.data(Qt::DisplayRole).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(kPad, 0, -kPad, 0);

    // The pill: fixed width, so the pills line up in a column down the matrix.
    const QFont pf = pillFont(opt.font);
    const QFontMetrics pfm(pf);
    const int pillWidth = std::max(pfm.horizontalAdvance(QStringLiteral("0 stories")),
                                   pfm.horizontalAdvance(coverage))
                          + 2 * kPillHPad + kDot + 5;
    const int pillHeight = pfm.height() + 6;
    const QRect pill(r.right() - pillWidth + 1, r.center().y() - pillHeight / 2 + 1, pillWidth,
                     pillHeight);
    const Pill colours = pillColors(level, opt.palette);
    painter->setPen(QPen(colours.border, 1));
    painter->setBrush(selected ? opt.palette.color(QPalette::Base) : colours.fill);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pillHeight / 2.0,
                             pillHeight / 2.0);
    // Dot and words centred together in the pill.
    const int textWidth = pfm.horizontalAdvance(coverage);
    const int groupWidth = kDot + 5 + textWidth;
    const qreal groupLeft = pill.left() + (pill.width() - groupWidth) / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.dot);
    const QRectF dot(groupLeft, pill.center().y() - kDot / 2.0 + 0.5, kDot, kDot);
    painter->drawEllipse(dot);
    painter->setFont(pf);
    painter->setPen(colours.text);
    painter->drawText(QRectF(dot.right() + 5, pill.top(), textWidth + 2, pill.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, coverage);

    // The name, indented by depth; sub-principles lighter, with a small branch mark.
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    int x = r.left() + depth * kIndent;
    if (depth > 0) {
        QColor branch = text;
        branch.setAlphaF(0.35f);
        painter->setPen(QPen(branch, 1.2));
        const int bx = x - kIndent + 6;
        const int cy = r.center().y() + 1;
        painter->drawLine(QPointF(bx, opt.rect.top() + 2), QPointF(bx, cy));
        painter->drawLine(QPointF(bx, cy), QPointF(bx + 7, cy));
        text.setAlphaF(0.78f);
    }
    const QFont nf = rowFont(opt.font, depth);
    painter->setFont(nf);
    painter->setPen(text);
    const QRect nameRect(x, opt.rect.top(), pill.left() - 8 - x, opt.rect.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nf).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

void ValuesMatrixDelegate::paintStoryCell(QPainter *painter, const QStyleOptionViewItem &opt,
                                          const QModelIndex &index) const
{
    const bool linked = index.data(ValuesMatrixModel::LinkedRole).toBool();
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const bool hasNotes = !index.data(ValuesMatrixModel::NotesRole).toString().trimmed().isEmpty();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (hovered && !(opt.state & QStyle::State_Selected)) {
        QColor hover = opt.palette.color(QPalette::Highlight);
        hover.setAlphaF(0.12f);
        painter->fillRect(opt.rect.adjusted(0, 0, -1, -1), hover);
    }
    const int size = std::min(opt.rect.height() - 10, 22);
    const QRectF chip(opt.rect.center().x() - size / 2.0 + 1, opt.rect.center().y() - size / 2.0 + 1,
                      size, size);
    const QColor accent = linkColor(opt.palette);
    if (linked) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(chip);
        // The check mark, in the chip's contrast colour.
        QPainterPath check;
        check.moveTo(chip.left() + size * 0.28, chip.top() + size * 0.53);
        check.lineTo(chip.left() + size * 0.44, chip.top() + size * 0.68);
        check.lineTo(chip.left() + size * 0.73, chip.top() + size * 0.35);
        QPen pen(Qt::white, std::max(2.0, size / 9.0));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        if (hasNotes) {
            // A folded corner, the usual sign for "there is a note here".
            const int s = 8;
            const QRect r = opt.rect.adjusted(0, 0, -1, -1);
            QPainterPath corner;
            corner.moveTo(r.right() - s, r.top());
            corner.lineTo(r.right(), r.top());
            corner.lineTo(r.right(), r.top() + s);
            corner.closeSubpath();
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawPath(corner);
        }
    } else if (hovered) {
        QColor faint = opt.palette.color(QPalette::Text);
        faint.setAlphaF(0.35f);
        QPen pen(faint, 1.2, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(chip.adjusted(1, 1, -1, -1));
        painter->setPen(QPen(faint, 1.6));
        const QPointF c = chip.center();
        painter->drawLine(QPointF(c.x() - size * 0.2, c.y()), QPointF(c.x() + size * 0.2, c.y()));
        painter->drawLine(QPointF(c.x(), c.y() - size * 0.2), QPointF(c.x(), c.y() + size * 0.2));
    }
    painter->restore();
}

} // namespace starling
