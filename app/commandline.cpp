#include "commandline.h"

#include "vaultexchange.h"
#include "vaultstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace starling {

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int fail(const QString &message)
{
    // One line, so scripts can show it as is.
    QString line = message;
    line.replace(u'\n', u' ');
    printLine(stderr, QStringLiteral("starling: error: ") + line);
    return 1;
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}

} // namespace

bool CommandLine::wantsConsole(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--database" || arg == "-d") {
            ++i; // skip its value
            continue;
        }
        if (arg.startsWith("--database="))
            continue;
        // Any positional argument is a command (or a mistake worth a console message), and
        // any other option is help, version or an unknown option to report.
        return true;
    }
    return false;
}

static void setUpParser(QCommandLineParser &parser, QCommandLineOption &database)
{
    parser.setApplicationDescription(CommandLine::tr(
        "Prepare behavioural interviews: a story vault, company values and R-STAR-L answers.\n\n"
        "Commands:\n"
        "  (none)             open the app on the vault\n"
        "  import FILE.json   add the content of an exchange file to the vault\n"
        "  export FILE.json   write the whole vault to an exchange file"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("import or export"),
                                 QStringLiteral("[command"));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("The exchange file."),
                                 QStringLiteral("FILE]"));
}

static QCommandLineOption databaseOption()
{
    return QCommandLineOption({QStringLiteral("d"), QStringLiteral("database")},
                              CommandLine::tr("The vault file to use (default: %1).")
                                  .arg(QStringLiteral("vault.starling in the app-data folder")),
                              CommandLine::tr("FILE"));
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    QCommandLineOption database = databaseOption();
    setUpParser(parser, database);
    parser.addHelpOption();
    parser.addVersionOption();
    return parser.helpText();
}

Result<CommandLine::Options> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    QCommandLineOption database = databaseOption();
    setUpParser(parser, database);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return Error{parser.errorText()};

    Options options;
    if (parser.isSet(help))
        return Options{Mode::Help, {}, {}};
    if (parser.isSet(version))
        return Options{Mode::Version, {}, {}};
    options.database = parser.value(database);
    if (parser.isSet(database) && options.database.isEmpty())
        return Error{tr("--database needs a file name.")};

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return options;
    const QString command = positional.first();
    if (command == u"import")
        options.mode = Mode::Import;
    else if (command == u"export")
        options.mode = Mode::Export;
    else
        return Error{tr("unknown command \u201c%1\u201d; use import or export (see --help).").arg(command)};
    if (positional.size() < 2)
        return Error{tr("%1 needs a file name, for example: starling %1 vault.json").arg(command)};
    if (positional.size() > 2)
        return Error{tr("too many arguments after \u201c%1 %2\u201d.").arg(command, positional.at(1))};
    options.file = positional.at(1);
    return options;
}

Result<QString> CommandLine::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return Error{tr("There is no app-data folder on this system; give a vault with --database FILE.")};
    if (!QDir().mkpath(dir))
        return Error{tr("Cannot create the folder %1 for the default vault; give a vault with "
                        "--database FILE.")
                         .arg(QDir::toNativeSeparators(dir))};
    return dir + QStringLiteral("/vault.starling");
}

int CommandLine::run(const Options &options)
{
    switch (options.mode) {
    case Mode::Help:
        printLine(stdout, helpText().trimmed());
        return 0;
    case Mode::Version:
        printLine(stdout, QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                     QCoreApplication::applicationVersion()));
        return 0;
    case Mode::Gui:
        return fail(tr("the app needs a display; use import or export on the command line."));
    case Mode::Import:
    case Mode::Export:
        break;
    }

    QString databasePath = options.database;
    if (databasePath.isEmpty()) {
        Result<QString> path = defaultDatabasePath();
        if (!path)
            return fail(path.error());
        databasePath = path.value();
    }

    if (options.mode == Mode::Import && !QFileInfo::exists(options.file))
        return fail(tr("%1 does not exist.").arg(QDir::toNativeSeparators(options.file)));
    if (options.mode == Mode::Export && !QFileInfo::exists(databasePath))
        return fail(tr("%1 does not exist; there is no vault to export.")
                        .arg(QDir::toNativeSeparators(databasePath)));

    VaultStore store;
    if (Status s = store.open(databasePath); !s)
        return fail(s.error());

    if (options.mode == Mode::Import) {
        Result<ImportSummary> summary = VaultExchange::importFromFile(store, options.file);
        if (!summary)
            return fail(summary.error());
        const ImportSummary &n = summary.value();
        printLine(stdout, tr("Imported %1, %2, %3, %4, %5, %6 and %7 into %8.")
                              .arg(plural(n.stories, "story", "stories"),
                                   plural(n.companies, "company", "companies"),
                                   plural(n.values, "value", "values"),
                                   plural(n.links, "link", "links"),
                                   plural(n.questions, "question", "questions"),
                                   plural(n.answers, "answer", "answers"),
                                   plural(n.practiceRuns, "practice run", "practice runs"),
                                   QDir::toNativeSeparators(databasePath)));
        return 0;
    }

    if (Status s = VaultExchange::exportToFile(store, options.file); !s)
        return fail(s.error());
    printLine(stdout, tr("Exported %1 to %2.")
                          .arg(QDir::toNativeSeparators(databasePath),
                               QDir::toNativeSeparators(options.file)));
    return 0;
}

} // namespace starling
