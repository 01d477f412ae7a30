#include "commandline.h"
#include "mainwindow.h"
#include "vaultsession.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <QWindow>

#include <cstdio>

using namespace starling;

static void installTranslations(QCoreApplication &app)
{
    // English carries the plural forms ("1 value", "2 values"); it is the base every other
    // language falls back to.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/starling_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("starling"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !local->filePath().endsWith(QStringLiteral("starling_en.qm")))
        QCoreApplication::installTranslator(local);
}

static void setUpIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Starling"));
    QCoreApplication::setApplicationName(QStringLiteral("Starling"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARLING_VERSION));
}

int main(int argc, char *argv[])
{
    // Import, export, help and version must work without a display, so decide before creating
    // a QApplication (which needs one).
    if (CommandLine::wantsConsole(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpIdentity();
        installTranslations(app);
        Result<CommandLine::Options> options = CommandLine::parse(app.arguments());
        if (!options) {
            std::fprintf(stderr, "starling: error: %s\n", qPrintable(options.error()));
            return 2;
        }
        return CommandLine::run(options.value());
    }

    QApplication app(argc, argv);
    setUpIdentity();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Starling"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.starling.Starling"));

    Result<CommandLine::Options> options = CommandLine::parse(app.arguments());
    if (!options) {
        std::fprintf(stderr, "starling: error: %s\n", qPrintable(options.error()));
        return 2;
    }
    QString database = options->database;
    if (database.isEmpty()) {
        Result<QString> path = CommandLine::defaultDatabasePath();
        if (!path) {
            QMessageBox::critical(nullptr, QObject::tr("Starling"), path.error());
            return 1;
        }
        database = path.value();
    }

    VaultSession session;
    MainWindow window(session);
    window.restoreLayout();
    window.show();
    // A vault that cannot be opened is reported in the window, which stays usable: the user
    // can open another vault or the example from the File menu.
    window.openVault(database);
    return QApplication::exec();
}
