#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace starling {

// Icons are monochrome SVGs drawn in "currentColor"; they are tinted with the palette's text
// colour so they read in light and dark themes, and rendered at several sizes so they stay
// crisp at 200 % scale.
QIcon themedIcon(const QString &name, const QPalette &palette);
QIcon appIcon();

} // namespace starling
