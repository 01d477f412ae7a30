#include "appstyle.h"
#include "commandline.h"
#include "fontwarmup.h"
#include "icons.h"
#include "mainwindow.h"
#include "translations.h"
#include "vaultsession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QWindow>

#include <cstdio>

using namespace starling;

static void setUpIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Starling"));
    QCoreApplication::setApplicationName(QStringLiteral("Starling"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARLING_VERSION));
}

// A command-line mode on the application object the mode needs; returns the exit code.
static int runConsole(QCoreApplication &app)
{
    setUpIdentity();
    installTranslations(app);
    Result<CommandLine::Options> options = CommandLine::parse(app.arguments());
    if (!options) {
        std::fprintf(stderr, "starling: error: %s\n", qPrintable(options.error()));
        return 2;
    }
    return CommandLine::run(options.value());
}

int main(int argc, char *argv[])
{
    // Import, export, help and version must work without a display, so decide before creating
    // a QApplication (which needs one).
    if (CommandLine::wantsFonts(argc, argv)) {
        // A prep sheet lays text out with real fonts, which takes a QGuiApplication; the
        // offscreen platform gives one without a display, and the command shows no window.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Platform chatter ("XDG_RUNTIME_DIR not set") would break the one-line error promise.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "starling: %s\n", qPrintable(message));
        });
        QGuiApplication app(argc, argv);
        return runConsole(app);
    }
    if (CommandLine::wantsConsole(argc, argv)) {
        QCoreApplication app(argc, argv);
        return runConsole(app);
    }

    // Fontconfig loads on another core while QApplication starts; see fontwarmup.h.
    FontWarmUp fonts;
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle); // the platform's style, with Starling's own icons
    setUpIdentity();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Starling"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.starling.Starling"));
    // Every window and dialog, not just the main window, shows the app icon on X11.
    QApplication::setWindowIcon(appIcon());

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
    fonts.wait(); // the window's first text
    MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
    window.restoreLayout();
    window.show();
    // The window paints at once and says which vault is opening; its panels are built while a
    // worker checks the file, then the vault fills them. A vault that cannot be opened is
    // reported in the window, which stays usable: the user can open another vault or the
    // example from the File menu.
    window.beginOpenVault(database);
    return QApplication::exec();
}
