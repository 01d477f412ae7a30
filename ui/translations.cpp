#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace starling {

void installTranslations(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/starling_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("starling"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !local->filePath().endsWith(QStringLiteral("starling_en.qm"))) {
        QCoreApplication::installTranslator(local);
    } else {
        delete local;
    }
}

} // namespace starling
