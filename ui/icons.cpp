#include "icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <array>
#include <memory>

namespace starling {

namespace {

// Draws an SVG at whatever size is asked for, when it is asked for. A "currentColor" icon is drawn
// in the palette's colour for each icon mode; a full-colour one (the app icon) as it is, faded
// when disabled. Rendering every mode at every size up front cost the main window a fifth of its
// start-up; most icons are only ever drawn at one size in one or two modes. Owning the engine
// also keeps start-up off Qt's SVG icon plugin, which costs a plugin search and load.
class SvgIconEngine : public QIconEngine
{
public:
    // A full-colour icon.
    explicit SvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    // A "currentColor" icon in the palette's colours.
    SvgIconEngine(QByteArray svg, const QPalette &palette)
        : m_svg(std::move(svg)), m_tinted(true)
    {
        m_colors[QIcon::Normal] = palette.color(QPalette::Active, QPalette::WindowText);
        m_colors[QIcon::Disabled] = palette.color(QPalette::Disabled, QPalette::WindowText);
        m_colors[QIcon::Active] = palette.color(QPalette::Active, QPalette::WindowText);
        m_colors[QIcon::Selected] = palette.color(QPalette::Active, QPalette::HighlightedText);
    }

    QIconEngine *clone() const override { return new SvgIconEngine(*this); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (m_tinted || mode != QIcon::Disabled) {
            renderer(mode).render(painter, rect);
            return;
        }
        // The SVG renderer sets its own opacity, so fade a finished picture instead.
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QImage picture((QSizeF(rect.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        {
            QPainter onPicture(&picture);
            renderer(mode).render(&onPicture, QRectF(QPointF(0, 0), QSizeF(rect.size())));
        }
        painter->save();
        painter->setOpacity(painter->opacity() * DisabledOpacity);
        painter->drawImage(rect, picture);
        painter->restore();
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

    QString key() const override { return QStringLiteral("starling-svg"); }

private:
    static constexpr qreal DisabledOpacity = 0.4;

    SvgIconEngine(const SvgIconEngine &other)
        : QIconEngine(other), m_svg(other.m_svg), m_tinted(other.m_tinted), m_colors(other.m_colors)
    {
    }

    // A full-colour icon draws every mode with the one renderer, in slot Normal.
    QSvgRenderer &renderer(QIcon::Mode mode)
    {
        std::unique_ptr<QSvgRenderer> &slot = m_renderers[m_tinted ? mode : QIcon::Normal];
        if (!slot) {
            QByteArray svg = m_svg;
            if (m_tinted)
                svg.replace("currentColor", m_colors[mode].name().toLatin1());
            slot = std::make_unique<QSvgRenderer>(svg);
        }
        return *slot;
    }

    QByteArray m_svg;
    bool m_tinted = false;
    std::array<QColor, 4> m_colors; // by QIcon::Mode
    std::array<std::unique_ptr<QSvgRenderer>, 4> m_renderers;
    QHash<quint64, QPixmap> m_pixmaps;
};

QByteArray iconSvg(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QByteArray svg = iconSvg(name);
    return svg.isEmpty() ? QIcon() : QIcon(new SvgIconEngine(std::move(svg), palette));
}

QIcon appIcon()
{
    QByteArray svg = iconSvg(QStringLiteral("starling"));
    return svg.isEmpty() ? QIcon() : QIcon(new SvgIconEngine(std::move(svg)));
}

} // namespace starling
