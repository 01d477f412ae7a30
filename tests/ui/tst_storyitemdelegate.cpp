// The vault list delegate: room for two lines, a distinct colour per kind, and kind names drawn
// as text (colour is never the only cue).
#include "storyitemdelegate.h"
#include "storyvaultmodel.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace starling;

class TestStoryItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveRoomForTitleAndBadges()
    {
        StoryItemDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QFont();
        const QSize size = delegate.sizeHint(option, {});
        QVERIFY(size.height() >= 2 * QFontMetrics(option.font).height());
    }

    void shouldGiveEveryKindItsOwnColour()
    {
        QSet<QRgb> colours;
        for (StoryKind kind : allStoryKinds())
            colours.insert(StoryItemDelegate::kindColor(kind).rgb());
        QCOMPARE(colours.size(), allStoryKinds().size());
    }

    void shouldPaintBadgesForTheStorysKinds()
    {
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, QStringLiteral("Churn model"), Qt::DisplayRole);
        model.setData(index, int((StoryKind::Success | StoryKind::Failure).toInt()), StoryVaultModel::KindsRole);
        model.setData(index, true, StoryVaultModel::BackboneRole);
        model.setData(index, 2, StoryVaultModel::LinkCountRole);

        StoryItemDelegate delegate;
        QListView view;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, 320, delegate.sizeHint(option, index).height());
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        painter.end();

        // Both kind colours appear somewhere in the badge row.
        int success = 0;
        int failure = 0;
        const QColor green = StoryItemDelegate::kindColor(StoryKind::Success);
        const QColor red = StoryItemDelegate::kindColor(StoryKind::Failure);
        for (int y = image.height() / 2; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                success += pixel == green.rgb();
                failure += pixel == red.rgb();
            }
        }
        QVERIFY(success > 0);
        QVERIFY(failure > 0);
    }
};

QTEST_MAIN(TestStoryItemDelegate)
#include "tst_storyitemdelegate.moc"
