#pragma once

#include <QProxyStyle>

namespace starling {

// The application's style: the platform's own (or the one chosen with -style), with Starling's
// icons where the stock ones fall short.
//
// The overflow chevrons of menu and tool bars are Qt's grey PNGs, which neither follow a dark
// palette nor scale; Starling draws them from its own SVGs in the palette's text colour, mirrored
// for right-to-left layouts. Every main window asks for one in its menu bar's constructor, and
// loading the stock PNG made Qt search and load every image-format plugin before the first paint.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    AppStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace starling
