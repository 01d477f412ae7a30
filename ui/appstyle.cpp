#include "appstyle.h"

#include "icons.h"

#include <QApplication>
#include <QStyleOption>
#include <QWidget>

namespace starling {

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton) {
        const QPalette palette = option ? option->palette : widget ? widget->palette() : QApplication::palette();
        if (standardIcon == SP_ToolBarVerticalExtensionButton)
            return themedIcon(QStringLiteral("more-down"), palette);
        const Qt::LayoutDirection direction = option ? option->direction
                                              : widget ? widget->layoutDirection()
                                                       : QGuiApplication::layoutDirection();
        return themedIcon(direction == Qt::RightToLeft ? QStringLiteral("more-left") : QStringLiteral("more-right"),
                          palette);
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace starling
