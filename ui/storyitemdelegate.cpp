#include "storyitemdelegate.h"

#include "storyvaultmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace starling {

namespace {
constexpr int kPadding = 6;
constexpr int kBadgeHPad = 6;
constexpr int kBadgeGap = 4;
} // namespace

QColor StoryItemDelegate::kindColor(StoryKind kind)
{
    switch (kind) {
    case StoryKind::Success: return QColor(0x2e, 0x9d, 0x5b);
    case StoryKind::Failure: return QColor(0xd0, 0x4a, 0x3c);
    case StoryKind::Teamwork: return QColor(0x2f, 0x7c, 0xd3);
    case StoryKind::Leadership: return QColor(0x8a, 0x5c, 0xd6);
    case StoryKind::Conflict: return QColor(0xe0, 0x8a, 0x1e);
    case StoryKind::Other: return QColor(0x7a, 0x84, 0x90);
    }
    return Qt::gray;
}

QSize StoryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);
    return {200, kPadding * 3 + fm.height() + sfm.height() + 4};
}

void StoryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus from the style, text painted by us.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(opt.font);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);

    // Line 1: backbone star, title, usage on the right.
    int x = r.left();
    const int line1 = r.top();
    if (index.data(StoryVaultModel::BackboneRole).toBool()) {
        const int s = fm.height() - 4;
        QPainterPath star;
        const QPointF c(x + s / 2.0, line1 + fm.height() / 2.0);
        for (int i = 0; i < 10; ++i) {
            const double radius = (i % 2 == 0) ? s / 2.0 : s / 4.6;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF p(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
            i == 0 ? star.moveTo(p) : star.lineTo(p);
        }
        star.closeSubpath();
        painter->fillPath(star, QColor(0xe6, 0xa8, 0x17));
        x += s + 6;
    }
    const int links = index.data(StoryVaultModel::LinkCountRole).toInt();
    const int answers = index.data(StoryVaultModel::AnswerCountRole).toInt();
    const QStringList companies = index.data(StoryVaultModel::CompaniesRole).toStringList();
    QString usage;
    if (links > 0 || answers > 0) {
        usage = tr("%n value(s)", nullptr, links);
        if (answers > 0)
            usage += QStringLiteral(" · ") + tr("%n answer(s)", nullptr, answers);
    } else {
        usage = tr("not mapped yet");
    }
    // Usage never takes more than half the row: the title matters more. One pixel more than the
    // rounded advance, or elidedText() cuts a text that fits ("2 Werte" became "2 We…").
    const int usageWidth = std::min(sfm.horizontalAdvance(usage) + 1, r.width() / 2);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - usageWidth, line1, usageWidth, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, sfm.elidedText(usage, Qt::ElideRight, usageWidth));

    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics bfm(bold);
    const int titleWidth = std::max(0, r.right() - usageWidth - 8 - x);
    const QString title = bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleWidth);
    painter->drawText(QRect(x, line1, titleWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    // Line 2: kind badges.
    painter->setFont(small);
    const StoryKinds kinds = StoryKinds::fromInt(index.data(StoryVaultModel::KindsRole).toInt());
    int bx = r.left();
    const int by = line1 + fm.height() + 4;
    const int bh = sfm.height() + 2;
    if (kinds == StoryKinds()) {
        painter->setPen(muted);
        painter->drawText(QRect(bx, by, r.width(), bh), Qt::AlignLeft | Qt::AlignVCenter, tr("no kind yet"));
    }
    // Where the story is used, right-aligned on the badge line, so over- and unused stories show.
    int companiesLeft = r.right();
    if (!companies.isEmpty()) {
        const QString where = companies.size() <= 2 ? companies.join(QStringLiteral(", "))
                                                    : tr("%n companies", nullptr, int(companies.size()));
        const int width = std::min(sfm.horizontalAdvance(where) + 1, r.width() / 2);
        companiesLeft = r.right() - width;
        painter->setPen(muted);
        painter->drawText(QRect(companiesLeft, by, width, bh), Qt::AlignRight | Qt::AlignVCenter,
                          sfm.elidedText(where, Qt::ElideRight, width));
    }
    for (StoryKind kind : allStoryKinds()) {
        if (!kinds.testFlag(kind))
            continue;
        const QString name = storyKindName(kind);
        const int bw = sfm.horizontalAdvance(name) + 2 * kBadgeHPad;
        if (bx + bw > companiesLeft - kBadgeGap)
            break;
        const QRectF badge(bx, by, bw, bh);
        QColor fill = kindColor(kind);
        fill.setAlphaF(selected ? 0.55f : 0.22f);
        QColor border = kindColor(kind);
        painter->setPen(QPen(border, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), bh / 2.0, bh / 2.0);
        painter->setPen(text);
        painter->drawText(badge, Qt::AlignCenter, name);
        bx += bw + kBadgeGap;
    }
    painter->restore();
}

} // namespace starling
