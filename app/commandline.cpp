#include "commandline.h"

#include "coachchecks.h"
#include "prepsheetexport.h"
#include "textlimits.h"
#include "vaultexchange.h"
#include "vaultlock.h"
#include "vaultstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

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

// The import's own wording ("The file was not imported: … Nothing in the vault was changed")
// is about a vault the user never sees during a check, so keep only the reason in the middle.
// Any other message is passed on whole.
QString importReason(const QString &message)
{
    const QString wrapper = VaultExchange::tr(
        "The file was not imported: %1 Nothing in the vault was changed; correct the file and "
        "import it again.");
    const qsizetype at = wrapper.indexOf(QLatin1StringView("%1"));
    if (at < 0)
        return message;
    const QString before = wrapper.left(at);
    const QString after = wrapper.mid(at + 2);
    if (message.size() < before.size() + after.size() || !message.startsWith(before)
        || !message.endsWith(after)) {
        return message;
    }
    return message.mid(before.size(), message.size() - before.size() - after.size());
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

bool CommandLine::wantsFonts(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Result<Options> options = parse(arguments);
    return options && options->mode == Mode::PrepSheet;
}

static QCommandLineOption companyOption()
{
    return QCommandLineOption(QStringLiteral("company"),
                              CommandLine::tr("Prep sheets only: the company to write it for "
                                              "(default: every company)."),
                              CommandLine::tr("NAME"));
}

static void setUpParser(QCommandLineParser &parser, QCommandLineOption &database,
                        QCommandLineOption &company)
{
    parser.setApplicationDescription(CommandLine::tr(
        "Prepare behavioural interviews: a story vault, company values and R-STAR-L answers.\n\n"
        "Commands:\n"
        "  (none)             open the app on the vault\n"
        "  import FILE.json   add the content of an exchange file to the vault\n"
        "  export FILE.json   write the whole vault to an exchange file\n"
        "  export FILE.pdf    write the prep sheet to print the night before; also FILE.html\n"
        "                     or FILE.md (--company NAME for one company)\n"
        "  check FILE.json    run the R-STAR-L coach on every answer in an exchange file and\n"
        "                     print the findings as JSON"));
    parser.addOption(database);
    parser.addOption(company);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CommandLine::tr("import, export or check"),
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
    QCommandLineOption company = companyOption();
    setUpParser(parser, database, company);
    parser.addHelpOption();
    parser.addVersionOption();
    return parser.helpText();
}

Result<CommandLine::Options> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    QCommandLineOption database = databaseOption();
    QCommandLineOption company = companyOption();
    setUpParser(parser, database, company);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return Error{parser.errorText()};

    Options options;
    if (parser.isSet(help))
        return Options{Mode::Help, {}, {}, {}};
    if (parser.isSet(version))
        return Options{Mode::Version, {}, {}, {}};
    options.database = parser.value(database);
    if (parser.isSet(database) && options.database.isEmpty())
        return Error{tr("--database needs a file name.")};

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return options;
    const QString &command = positional.first();
    if (command == u"import")
        options.mode = Mode::Import;
    else if (command == u"export")
        options.mode = Mode::Export;
    else if (command == u"check")
        options.mode = Mode::Check;
    else
        return Error{tr("unknown command \u201c%1\u201d; use import, export or check (see --help).")
                         .arg(command)};
    if (positional.size() < 2)
        return Error{tr("%1 needs a file name, for example: starling %1 vault.json").arg(command)};
    if (positional.size() > 2)
        return Error{tr("too many arguments after \u201c%1 %2\u201d.").arg(command, positional.at(1))};
    options.file = positional.at(1);
    if (options.mode == Mode::Export) {
        // The extension says what to write; anything else is a mistake, not a guess.
        const QString suffix = QFileInfo(options.file).suffix().toLower();
        if (PrepSheetExport::formatForPath(options.file)) {
            options.mode = Mode::PrepSheet;
        } else if (suffix != u"json") {
            return Error{tr("cannot export to \u201c%1\u201d: use .json for the whole vault, or "
                            ".pdf, .html or .md for the prep sheet.")
                             .arg(QDir::toNativeSeparators(options.file))};
        }
    }
    if (parser.isSet(company)) {
        if (options.mode != Mode::PrepSheet)
            return Error{tr("--company applies to prep sheets (export FILE.pdf, .html or .md).")};
        options.company = parser.value(company).trimmed();
        if (options.company.isEmpty())
            return Error{tr("--company needs a company name.")};
    }
    // check reads only the file; silently ignoring a vault would suggest it had been checked.
    if (options.mode == Mode::Check && parser.isSet(database))
        return Error{tr("check reads an exchange file, not a vault; export the vault first "
                        "(starling export FILE.json --database VAULT) and check that file.")};
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
        return fail(tr("the app needs a display; use import, export or check on the command "
                       "line."));
    case Mode::Check: {
        const Result<QJsonArray> findings = check(options.file);
        if (!findings)
            return fail(findings.error());
        // JSON is UTF-8 whatever the locale, so write the bytes as they are.
        const QByteArray json = QJsonDocument(findings.value()).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    case Mode::Import:
    case Mode::Export:
    case Mode::PrepSheet:
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
    if ((options.mode == Mode::Export || options.mode == Mode::PrepSheet)
        && !QFileInfo::exists(databasePath))
        return fail(tr("%1 does not exist; there is no vault to export.")
                        .arg(QDir::toNativeSeparators(databasePath)));

    // Import writes: it takes the vault's lock like a window does, so it never writes under an
    // open window (whose view of the vault would go stale). Export and prep sheets only read,
    // which SQLite's log makes safe beside a running window, so they do not need the lock.
    VaultLock lock;
    if (options.mode == Mode::Import) {
        if (Status s = lock.acquire(databasePath); !s)
            return fail(tr("cannot import into %1: %2").arg(QDir::toNativeSeparators(databasePath), s.error()));
    }

    VaultStore store;
    if (Status s = store.open(databasePath); !s)
        return fail(s.error());

    if (options.mode == Mode::Import) {
        Result<ImportSummary> summary = VaultExchange::importFromFile(store, options.file);
        if (!summary)
            return fail(summary.error());
        const ImportSummary &n = summary.value();
        printLine(stdout, tr("Imported %1, %2, %3, %4, %5, %6 and %7 into %8.")
                              .arg(tr("%n story(s)", nullptr, n.stories),
                                   tr("%n company(s)", nullptr, n.companies),
                                   tr("%n value(s)", nullptr, n.values),
                                   tr("%n link(s)", nullptr, n.links),
                                   tr("%n question(s)", nullptr, n.questions),
                                   tr("%n answer(s)", nullptr, n.answers),
                                   tr("%n practice run(s)", nullptr, n.practiceRuns),
                                   QDir::toNativeSeparators(databasePath)));
        return 0;
    }

    if (options.mode == Mode::PrepSheet) {
        PrepSheetOptions sheet;
        if (!options.company.isEmpty()) {
            Result<qint64> company = PrepSheetExport::findCompany(store, options.company);
            if (!company)
                return fail(company.error());
            sheet.companyId = company.value();
        }
        if (Status s = PrepSheetExport::exportToFile(store, options.file, sheet); !s)
            return fail(s.error());
        printLine(stdout, tr("Wrote the prep sheet to %1.").arg(QDir::toNativeSeparators(options.file)));
        return 0;
    }

    if (Status s = VaultExchange::exportToFile(store, options.file); !s)
        return fail(s.error());
    printLine(stdout, tr("Exported %1 to %2.")
                          .arg(QDir::toNativeSeparators(databasePath),
                               QDir::toNativeSeparators(options.file)));
    return 0;
}

Result<QJsonArray> CommandLine::check(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error{tr("check needs a file name, for example: starling check vault.json")};
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(shown)};
    if (info.isDir())
        return Error{tr("%1 is a folder; give the exchange file to check.").arg(shown)};
    // Refused before reading, like import does, so a huge file never fills memory.
    if (info.size() > limits::MaxImportFileSize)
        return Error{tr("%1 is larger than 512 MiB, too large for an exchange file.").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2.").arg(shown, file.errorString())};
    const QByteArray json = file.read(limits::MaxImportFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read %1: %2.").arg(shown, file.errorString())};

    // Import into a throw-away vault: the exchange format's validation, its messages and its
    // reference resolution are reused as they are, and the checks get the same entities the
    // app gives them.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error{tr("cannot check %1: there is no temporary folder to work in (%2).")
                         .arg(shown, scratch.errorString())};
    }
    VaultStore store;
    if (Status s = store.open(scratch.filePath(QStringLiteral("check.starling"))); !s)
        return Error{tr("cannot check %1: %2").arg(shown, s.error())};
    if (const Result<ImportSummary> imported = VaultExchange::importVault(store, json); !imported) {
        return Error{tr("%1 is not a valid Starling exchange file: %2")
                         .arg(shown, importReason(imported.error()))};
    }

    const Result<QList<Answer>> answers = store.answers();
    if (!answers)
        return Error{tr("cannot check %1: %2").arg(shown, answers.error())};
    const Result<QList<Question>> questions = store.questions();
    if (!questions)
        return Error{tr("cannot check %1: %2").arg(shown, questions.error())};
    const Result<QList<ValuePrinciple>> values = store.allValues();
    if (!values)
        return Error{tr("cannot check %1: %2").arg(shown, values.error())};

    // Import gives every row a new id, so name answers by the id the file gave them. Import
    // adds answers in file order into a fresh vault whose ids only grow, and answers() reads
    // them back by id: the n-th row is the n-th entry of the file's "answers" array.
    const QJsonArray fileAnswers =
        QJsonDocument::fromJson(json).object().value(QLatin1StringView("answers")).toArray();
    if (fileAnswers.size() != answers->size()) {
        return Error{tr("cannot check %1: the file lists %2 answers but %3 were read back; "
                        "please report this.")
                         .arg(shown)
                         .arg(fileAnswers.size())
                         .arg(answers->size())};
    }

    QHash<qint64, Question> questionById;
    for (const Question &q : questions.value())
        questionById.insert(q.id, q);
    QHash<qint64, qint64> companyOfValue;
    QHash<qint64, QList<ValuePrinciple>> valuesOfCompany;
    for (const ValuePrinciple &v : values.value()) {
        companyOfValue.insert(v.id, v.companyId);
        valuesOfCompany[v.companyId].append(v);
    }

    QJsonArray result;
    for (qsizetype i = 0; i < answers->size(); ++i) {
        const Answer &answer = answers->at(i);
        CoachInput input;
        input.answer = answer;
        if (const auto q = questionById.constFind(answer.questionId); q != questionById.cend())
            input.question = *q;
        // The format allows a value without a company; the value still says whose it is.
        const qint64 company =
            answer.companyId != 0 ? answer.companyId : companyOfValue.value(answer.valueId);
        input.companyValues = valuesOfCompany.value(company);
        input.otherAnswers = answers.value(); // run() skips the answer itself by id
        const QString fileId = fileAnswers.at(i).toObject().value(QLatin1StringView("id")).toString();
        for (const CoachFinding &finding : CoachChecks::run(input)) {
            result.append(QJsonObject{
                {QStringLiteral("answer"), fileId},
                {QStringLiteral("code"), finding.code},
                {QStringLiteral("severity"), CoachChecks::severityKey(finding.severity)},
                {QStringLiteral("section"), CoachChecks::sectionKey(finding.section)},
                {QStringLiteral("message"), finding.message},
            });
        }
    }
    return result;
}

} // namespace starling
