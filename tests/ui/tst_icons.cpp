#include "icons.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace starling;

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void shouldDrawInThePalettesTextColour();
    void shouldDrawTheDisabledModeInTheDisabledColour();
    void shouldRenderCrispAtAnySizeAsked();
    void shouldGiveANullIconForAnUnknownName();
    void shouldKeepDrawingAfterACopy();
    void shouldGiveTheAppIcon();
    void shouldFadeTheAppIconWhenDisabled();

private:
    static QPalette palette();
    // The colour of the most opaque pixel: the icon's ink.
    static QColor ink(const QPixmap &pixmap);
};

QPalette TestIcons::palette()
{
    QPalette pal;
    pal.setColor(QPalette::Active, QPalette::WindowText, QColor(0x12, 0x34, 0x56));
    pal.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xb0, 0xc0));
    pal.setColor(QPalette::Active, QPalette::HighlightedText, QColor(0xfe, 0xdc, 0xba));
    return pal;
}

QColor TestIcons::ink(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best;
    int bestAlpha = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > bestAlpha) {
                bestAlpha = c.alpha();
                best = c;
            }
        }
    }
    return best;
}

void TestIcons::shouldDrawInThePalettesTextColour()
{
    const QIcon icon = themedIcon(QStringLiteral("add"), palette());
    QVERIFY(!icon.isNull());
    const QColor normal = ink(icon.pixmap(QSize(32, 32), 1.0, QIcon::Normal));
    QCOMPARE(normal.alpha(), 255);
    QCOMPARE(normal.rgb(), QColor(0x12, 0x34, 0x56).rgb());
    const QColor selected = ink(icon.pixmap(QSize(32, 32), 1.0, QIcon::Selected));
    QCOMPARE(selected.rgb(), QColor(0xfe, 0xdc, 0xba).rgb());
}

void TestIcons::shouldDrawTheDisabledModeInTheDisabledColour()
{
    const QIcon icon = themedIcon(QStringLiteral("delete"), palette());
    const QColor disabled = ink(icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled));
    QCOMPARE(disabled.rgb(), QColor(0xa0, 0xb0, 0xc0).rgb());
}

void TestIcons::shouldRenderCrispAtAnySizeAsked()
{
    const QIcon icon = themedIcon(QStringLiteral("undo"), palette());
    for (int size : {16, 20, 37, 64, 128}) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 1.0);
        QCOMPARE(pixmap.size(), QSize(size, size));
        QCOMPARE(ink(pixmap).alpha(), 255); // drawn, not an empty or scaled-down pixmap
    }
    // At 200 % the pixmap has twice the pixels, not a blown-up 16-pixel one.
    const QPixmap hiDpi = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(hiDpi.size(), QSize(32, 32));
    QCOMPARE(hiDpi.devicePixelRatio(), 2.0);
    // Asking again gives the same pixels (from the engine's cache).
    QCOMPARE(icon.pixmap(QSize(37, 37), 1.0).toImage(), icon.pixmap(QSize(37, 37), 1.0).toImage());
}

void TestIcons::shouldGiveANullIconForAnUnknownName()
{
    QVERIFY(themedIcon(QStringLiteral("no-such-icon"), palette()).isNull());
}

void TestIcons::shouldKeepDrawingAfterACopy()
{
    QIcon copy;
    {
        const QIcon icon = themedIcon(QStringLiteral("paste"), palette());
        (void)icon.pixmap(QSize(16, 16)); // fills the original's cache
        copy = icon;
        copy.detach();
    }
    QCOMPARE(ink(copy.pixmap(QSize(48, 48), 1.0)).rgb(), QColor(0x12, 0x34, 0x56).rgb());
}

void TestIcons::shouldGiveTheAppIcon()
{
    const QIcon icon = appIcon();
    QVERIFY(!icon.isNull());
    QCOMPARE(ink(icon.pixmap(QSize(64, 64), 1.0)).alpha(), 255);
}

void TestIcons::shouldFadeTheAppIconWhenDisabled()
{
    // Full colour, drawn by Starling's own engine rather than Qt's SVG icon plugin: the same
    // picture in every mode, at 40 % opacity when disabled.
    const QIcon icon = appIcon();
    const QColor normal = ink(icon.pixmap(QSize(64, 64), 1.0, QIcon::Normal));
    const QColor disabled = ink(icon.pixmap(QSize(64, 64), 1.0, QIcon::Disabled));
    QCOMPARE(normal.alpha(), 255);
    QVERIFY2(qAbs(disabled.alpha() - 102) <= 2, qPrintable(QString::number(disabled.alpha())));
    QCOMPARE(ink(icon.pixmap(QSize(64, 64), 1.0, QIcon::Selected)).rgb(), normal.rgb());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
