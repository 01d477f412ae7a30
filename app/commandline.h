#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace starling {

// The command line of the one `starling` binary:
//   starling [--database FILE]                    open the GUI on FILE (default vault otherwise)
//   starling import FILE.json [--database FILE]   add the file's content to the vault
//   starling export FILE.json [--database FILE]   write the whole vault
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode { Gui, Import, Export, Help, Version };

    struct Options {
        Mode mode = Mode::Gui;
        QString database; // empty: the default vault
        QString file;     // the import or export file
    };

    // True when argv asks for something that needs no display (import, export, help, version,
    // or a mistake to report), so main() can skip creating a QApplication.
    static bool wantsConsole(int argc, char **argv);

    static Result<Options> parse(const QStringList &arguments);
    static QString helpText();

    // Runs a console mode; returns the process exit code. Messages go to stdout, errors to
    // stderr as one line.
    static int run(const Options &options);

    // The vault used when --database is not given, in the platform's app-data location.
    static Result<QString> defaultDatabasePath();
};

} // namespace starling
