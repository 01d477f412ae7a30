#pragma once

#include "story.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace starling {

// Paints one story in the vault list: backbone star, title, how often it is used, and a badge
// per kind. Badges carry their name as text, so colour is never the only cue.
class StoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor kindColor(StoryKind kind);
};

} // namespace starling
