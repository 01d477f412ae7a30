#pragma once

#include <QStyledItemDelegate>

namespace starling {

// Paints the values matrix. Column 0: the value's name, sub-principles indented, smaller and
// lighter, and a coverage pill on the right that says its level in words as well as colour
// ("Gap", "1 story", "2 stories"). Story cells: a filled check chip when the story demonstrates
// the value, a folded corner when the link has notes, and a faint "+" on hover over an empty
// cell, where a click or a drop would map.
class ValuesMatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Colours that read on both light and dark bases.
    struct Pill {
        QColor fill;
        QColor border;
        QColor text;
        QColor dot;
    };
    static Pill pillColors(int coverageLevel, const QPalette &palette);
    static QColor linkColor(const QPalette &palette);
    static bool isDark(const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintValueCell(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    void paintStoryCell(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
};

} // namespace starling
