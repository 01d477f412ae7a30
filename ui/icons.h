#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace starling {

// Icons are monochrome SVGs drawn in "currentColor"; they are tinted with the palette's text
// colour (the highlighted text's when selected, the disabled text's when disabled) so they read
// in light and dark themes, and rendered at the size asked for, when first asked, so they stay
// crisp at 200 % scale. A name with no icon gives a null QIcon.
QIcon themedIcon(const QString &name, const QPalette &palette);
QIcon appIcon();

} // namespace starling
