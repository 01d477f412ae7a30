#include "icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace starling {

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    QIcon icon;
    const struct {
        QIcon::Mode mode;
        QColor color;
    } modes[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::WindowText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText)},
        {QIcon::Active, palette.color(QPalette::Active, QPalette::WindowText)},
        {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
    };
    for (const auto &m : modes) {
        QByteArray tinted = svg;
        tinted.replace("currentColor", m.color.name().toLatin1());
        QSvgRenderer renderer(tinted);
        for (int size : {16, 22, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, m.mode);
        }
    }
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/starling.svg"));
}

} // namespace starling
