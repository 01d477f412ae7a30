#include "icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <array>
#include <memory>

namespace starling {

namespace {

// Draws a "currentColor" SVG in the palette's colour for each icon mode, at whatever size is
// asked for, when it is asked for. Rendering every mode at every size up front cost the main
// window a fifth of its start-up; most icons are only ever drawn at one size in one or two modes.
class TintedSvgEngine : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, const QPalette &palette)
        : m_svg(std::move(svg))
    {
        m_colors[QIcon::Normal] = palette.color(QPalette::Active, QPalette::WindowText);
        m_colors[QIcon::Disabled] = palette.color(QPalette::Disabled, QPalette::WindowText);
        m_colors[QIcon::Active] = palette.color(QPalette::Active, QPalette::WindowText);
        m_colors[QIcon::Selected] = palette.color(QPalette::Active, QPalette::HighlightedText);
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(*this); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        renderer(mode).render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const quint64 key = (quint64(quint32(size.width())) << 34) | (quint64(quint32(size.height())) << 2)
                            | quint64(mode);
        if (const auto found = m_pixmaps.constFind(key); found != m_pixmaps.cend())
            return *found;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        m_pixmaps.insert(key, pixmap);
        return pixmap;
    }

    QString key() const override { return QStringLiteral("starling-tinted-svg"); }

private:
    TintedSvgEngine(const TintedSvgEngine &other)
        : QIconEngine(other), m_svg(other.m_svg), m_colors(other.m_colors)
    {
    }

    QSvgRenderer &renderer(QIcon::Mode mode)
    {
        std::unique_ptr<QSvgRenderer> &slot = m_renderers[mode];
        if (!slot) {
            QByteArray tinted = m_svg;
            tinted.replace("currentColor", m_colors[mode].name().toLatin1());
            slot = std::make_unique<QSvgRenderer>(tinted);
        }
        return *slot;
    }

    QByteArray m_svg;
    std::array<QColor, 4> m_colors; // by QIcon::Mode
    std::array<std::unique_ptr<QSvgRenderer>, 4> m_renderers;
    QHash<quint64, QPixmap> m_pixmaps;
};

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll(), palette));
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/starling.svg"));
}

} // namespace starling
