// The application style: the platform's style with Starling's own overflow chevrons.

#include "appstyle.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QStyleOption>
#include <QTest>

using namespace starling;

class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void shouldDrawTheOverflowChevronInThePalettesTextColour()
    {
        AppStyle style;
        const QImage image = chevron(style, QStyle::SP_ToolBarHorizontalExtensionButton, Qt::LeftToRight);
        QCOMPARE(ink(image).rgb(), QColor(0xc0, 0x10, 0x20).rgb());
    }

    void shouldPointTheOtherWayRightToLeft()
    {
        AppStyle style;
        const QImage ltr = chevron(style, QStyle::SP_ToolBarHorizontalExtensionButton, Qt::LeftToRight);
        const QImage rtl = chevron(style, QStyle::SP_ToolBarHorizontalExtensionButton, Qt::RightToLeft);
        // THEN the right-to-left chevron is the left-to-right one mirrored, which is not itself
        QVERIFY(differingPixels(ltr, ltr.mirrored(true, false)) > 20);
        QVERIFY2(differingPixels(rtl, ltr.mirrored(true, false)) <= 4,
                 qPrintable(QString::number(differingPixels(rtl, ltr.mirrored(true, false)))));
    }

    void shouldPointDownForVerticalBars()
    {
        AppStyle style;
        const QImage right = chevron(style, QStyle::SP_ToolBarHorizontalExtensionButton, Qt::LeftToRight);
        const QImage down = chevron(style, QStyle::SP_ToolBarVerticalExtensionButton, Qt::LeftToRight);
        QCOMPARE(ink(down).rgb(), QColor(0xc0, 0x10, 0x20).rgb());
        // a quarter turn of the right-pointing one
        QVERIFY2(differingPixels(down, right.transformed(QTransform().rotate(90))) <= 4,
                 qPrintable(QString::number(differingPixels(down, right.transformed(QTransform().rotate(90))))));
    }

    void shouldLeaveEveryOtherIconToThePlatformStyle()
    {
        AppStyle style;
        for (const QStyle::StandardPixmap which : {QStyle::SP_TitleBarCloseButton, QStyle::SP_DialogOkButton,
                                                   QStyle::SP_ArrowRight}) {
            const QImage ours = style.standardIcon(which).pixmap(QSize(16, 16), 1.0).toImage();
            const QImage base = style.baseStyle()->standardIcon(which).pixmap(QSize(16, 16), 1.0).toImage();
            QCOMPARE(ours, base);
        }
    }

private:
    static QImage chevron(const QStyle &style, QStyle::StandardPixmap which, Qt::LayoutDirection direction)
    {
        QStyleOption option;
        option.palette.setColor(QPalette::Active, QPalette::WindowText, QColor(0xc0, 0x10, 0x20));
        option.direction = direction;
        const QIcon icon = style.standardIcon(which, &option);
        return icon.pixmap(QSize(32, 32), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
    }

    // The colour of the most opaque pixel.
    static QColor ink(const QImage &image)
    {
        QColor best(Qt::transparent);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > best.alpha())
                    best = c;
            }
        }
        return best;
    }

    static int differingPixels(const QImage &a, const QImage &b)
    {
        const QImage left = a.convertToFormat(QImage::Format_ARGB32);
        const QImage right = b.convertToFormat(QImage::Format_ARGB32);
        if (left.size() != right.size())
            return left.width() * left.height();
        int count = 0;
        for (int y = 0; y < left.height(); ++y) {
            for (int x = 0; x < left.width(); ++x) {
                if (qAbs(qAlpha(left.pixel(x, y)) - qAlpha(right.pixel(x, y))) > 48)
                    ++count;
            }
        }
        return count;
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
