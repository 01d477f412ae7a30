#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace starling {

// The command line of the one `starling` binary:
//   starling [--database FILE]                    open the GUI on FILE (default vault otherwise)
//   starling import FILE.json [--database FILE]   add the file's content to the vault
//   starling export FILE.json [--database FILE]   write the whole vault
//   starling export FILE.pdf|FILE.html|FILE.md [--company NAME] [--database FILE]
//                                                 write the prep sheet (format by extension)
//   starling check FILE.json                      run the R-STAR-L coach on the file's answers
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Export writes the exchange file (.json); PrepSheet is an export to .pdf, .html or .md.
    enum class Mode { Gui, Import, Export, Help, Version, Check, PrepSheet };

    struct Options {
        Mode mode = Mode::Gui;
        QString database; // empty: the default vault
        QString file;     // the import, export or check file
        QString company;  // PrepSheet: the company's name; empty: every company
    };

    // True when argv asks for something that needs no display (import, export, check, help,
    // version, or a mistake to report), so main() can skip creating a QApplication.
    static bool wantsConsole(int argc, char **argv);
    // True when the command writes a prep sheet: text layout and fonts need a QGuiApplication
    // (main() creates one on the offscreen platform, so no display is needed either).
    static bool wantsFonts(int argc, char **argv);

    static Result<Options> parse(const QStringList &arguments);
    static QString helpText();

    // Runs a console mode; returns the process exit code. Messages go to stdout, errors to
    // stderr as one line.
    static int run(const Options &options);

    // The vault used when --database is not given, in the platform's app-data location.
    static Result<QString> defaultDatabasePath();

    // `starling check`: every coach finding for every answer of an exchange file, as the JSON
    // array the command prints (docs/coach-checks.md). Answers are named by their id in the
    // file and come in file order; the user's vault is never opened.
    static Result<QJsonArray> check(const QString &path);
};

} // namespace starling
