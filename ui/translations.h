#pragma once

class QCoreApplication;

namespace starling {

// Installs Starling's translations: English (which carries the plural forms, "1 value" /
// "2 values") as the base, then the system language when Starling ships it.
void installTranslations(QCoreApplication &app);

} // namespace starling
