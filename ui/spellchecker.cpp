#include "spellchecker.h"

#include "preferences.h"

#include <hunspell.hxx>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStringDecoder>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

#include <iconv.h>

namespace starling {

namespace {

const QString kWordListFile = QStringLiteral("starling-words.txt");
// Verdicts remembered per dictionary; a long session of pasted text must not grow without bound.
constexpr qsizetype kMaxRememberedWords = 200000;
constexpr QChar kTypographicApostrophe = QChar(0x2019);

// "de_DE_frami" → language de, territory DE, variant "frami".
struct DictionaryCode {
    QLocale::Language language = QLocale::C;
    QLocale::Territory territory = QLocale::AnyTerritory;
    QString variant;
};

DictionaryCode parseCode(const QString &code)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z]{2,3})(?:[_-]([A-Z]{2}))?(?:[_-](.+))?$"));
    DictionaryCode parsed;
    const QRegularExpressionMatch match = pattern.match(code);
    if (!match.hasMatch())
        return parsed;
    const QString name = match.captured(2).isEmpty()
                             ? match.captured(1)
                             : match.captured(1) + QLatin1Char('_') + match.captured(2);
    const QLocale locale(name);
    if (locale.language() == QLocale::C)
        return parsed;
    parsed.language = locale.language();
    if (!match.captured(2).isEmpty())
        parsed.territory = locale.territory();
    parsed.variant = match.captured(3);
    return parsed;
}

// The language's plain name in its own words: "English", "español", "Deutsch" — Qt's name for
// the main locale is often regional ("American English", "español de España").
QString plainLanguageName(QLocale::Language language)
{
    QString best;
    const QList<QLocale> locales =
        QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString name = locale.nativeLanguageName();
        if (!name.isEmpty() && (best.isEmpty() || name.size() < best.size()))
            best = name;
    }
    if (best.isEmpty())
        best = QLocale::languageToString(language);
    // A menu entry starts with a capital, whatever the language does mid-sentence.
    return best.left(1).toUpper() + best.mid(1);
}

bool isUrlOrAddress(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.contains(u'@'))
        return true;
    while (!chunk.isEmpty() && !chunk.front().isLetterOrNumber())
        chunk = chunk.mid(1);
    return chunk.startsWith(u"www.", Qt::CaseInsensitive);
}

bool isCheckable(QStringView word)
{
    if (word.size() < 2 || word.size() > SpellChecker::MaxWordLength)
        return false;
    bool hasLower = false;
    for (const QChar c : word) {
        if (c.isDigit() || c == u'.' || c == u'_')
            return false;
        if (c.isLower())
            hasLower = true;
        else if (c.isUpper() && hasLower)
            return false; // camelCase and product names: "PyTorch", "iPhone"
    }
    // No lower-case letter: an acronym ("SQL", "KPI"), or no letters at all.
    return hasLower;
}

} // namespace

// One loaded dictionary: Hunspell, the conversion to and from its encoding, and its verdicts.
namespace {
// iconv_open()'s failure value, (iconv_t)-1 by its definition.
iconv_t noConverter()
{
    return reinterpret_cast<iconv_t>(-1); // NOLINT(performance-no-int-to-ptr): iconv's own sentinel
}
} // namespace

struct SpellChecker::Loaded {
    enum class Encoding { Utf8, Latin1, Iconv };

    std::unique_ptr<Hunspell> hunspell;
    Encoding encoding = Encoding::Utf8;
    iconv_t toDictionary = noConverter();
    iconv_t fromDictionary = noConverter();
    QHash<QString, bool> verdicts;

    Loaded() = default;
    Loaded(const Loaded &) = delete;
    Loaded &operator=(const Loaded &) = delete;
    ~Loaded()
    {
        if (toDictionary != noConverter())
            iconv_close(toDictionary);
        if (fromDictionary != noConverter())
            iconv_close(fromDictionary);
    }

    static std::optional<std::string> convert(iconv_t converter, const QByteArray &input)
    {
        iconv(converter, nullptr, nullptr, nullptr, nullptr); // reset the shift state
        std::string output(size_t(input.size()) * 4 + 4, '\0');
        char *in = const_cast<char *>(input.constData());
        size_t inLeft = size_t(input.size());
        char *out = output.data();
        size_t outLeft = output.size();
        if (iconv(converter, &in, &inLeft, &out, &outLeft) == size_t(-1))
            return std::nullopt;
        output.resize(output.size() - outLeft);
        return output;
    }

    // The word in the dictionary's encoding; nothing when the encoding cannot express it.
    std::optional<std::string> encode(const QString &word) const
    {
        switch (encoding) {
        case Encoding::Utf8:
            return word.toStdString();
        case Encoding::Latin1:
            for (const QChar c : word) {
                if (c.unicode() > 0xff)
                    return std::nullopt;
            }
            return word.toLatin1().toStdString();
        case Encoding::Iconv:
            return convert(toDictionary, word.toUtf8());
        }
        return std::nullopt;
    }

    QString decode(const std::string &text) const
    {
        switch (encoding) {
        case Encoding::Utf8:
            return QString::fromStdString(text);
        case Encoding::Latin1:
            return QString::fromLatin1(text.data(), qsizetype(text.size()));
        case Encoding::Iconv:
            if (const auto utf8 = convert(fromDictionary, QByteArray::fromStdString(text)))
                return QString::fromStdString(*utf8);
            return {};
        }
        return {};
    }

    bool spell(const QString &word) const
    {
        const auto encoded = encode(word);
        // A letter the dictionary's encoding lacks is no word it could judge: leave it alone.
        return !encoded || hunspell->spell(*encoded);
    }
};

SpellChecker &SpellChecker::instance()
{
    static SpellChecker checker(defaultSearchPaths(), defaultWordListPath(), Loading::InBackground);
    static const bool following = [] {
        checker.followPreferences(Preferences::instance());
        return true;
    }();
    Q_UNUSED(following);
    return checker;
}

SpellChecker::SpellChecker(const QStringList &searchPaths, const QString &wordListPath,
                           Loading loading, QObject *parent)
    : QObject(parent)
    , m_searchPaths(searchPaths)
    , m_dictionaries(findDictionaries(searchPaths))
    , m_loadInBackground(loading == Loading::InBackground)
    , m_wordListPath(wordListPath)
{
    readWordList();
    activate();
}

SpellChecker::~SpellChecker()
{
    if (m_loader)
        m_loader->wait();
}

QStringList SpellChecker::defaultSearchPaths()
{
    QStringList paths;
    const auto addUnique = [&paths](const QString &path) {
        const QString clean = QDir::cleanPath(path);
        if (!clean.isEmpty() && !paths.contains(clean))
            paths.append(clean);
    };
    if (qEnvironmentVariableIsSet("STARLING_HUNSPELL_PATH")) {
        const QStringList overrides = qEnvironmentVariable("STARLING_HUNSPELL_PATH")
                                          .split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &path : overrides)
            addUnique(path);
        return paths;
    }
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty())
        dataHome = QDir::homePath() + QStringLiteral("/.local/share");
    addUnique(dataHome + QStringLiteral("/hunspell"));
    QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    if (dataDirs.isEmpty())
        dataDirs = QStringLiteral("/usr/local/share:/usr/share");
    const QStringList dirs = dataDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs)
        addUnique(dir + QStringLiteral("/hunspell"));
    addUnique(QStringLiteral("/usr/share/hunspell"));
    return paths;
}

QString SpellChecker::defaultWordListPath()
{
    const QSettings settings;
    return QFileInfo(settings.fileName()).absolutePath() + QLatin1Char('/') + kWordListFile;
}

QList<SpellDictionary> SpellChecker::findDictionaries(const QStringList &searchPaths)
{
    QList<SpellDictionary> found;
    QSet<QString> codes;
    for (const QString &path : searchPaths) {
        const QDir dir(path);
        const QFileInfoList affixes = dir.entryInfoList({QStringLiteral("*.aff")},
                                                        QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &affix : affixes) {
            const QString code = affix.completeBaseName();
            const QFileInfo words(dir.filePath(code + QStringLiteral(".dic")));
            if (codes.contains(code) || !words.isFile() || !words.isReadable())
                continue;
            codes.insert(code);
            found.append({code, displayName(code), affix.absoluteFilePath(),
                          words.absoluteFilePath()});
        }
    }
    std::sort(found.begin(), found.end(), [](const SpellDictionary &a, const SpellDictionary &b) {
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.code < b.code;
    });
    return found;
}

QList<SpellDictionary> SpellChecker::availableDictionaries()
{
    return findDictionaries(defaultSearchPaths());
}

QString SpellChecker::displayName(const QString &code)
{
    const DictionaryCode parsed = parseCode(code);
    if (parsed.language == QLocale::C)
        return code;
    QString name = plainLanguageName(parsed.language);
    if (parsed.territory != QLocale::AnyTerritory) {
        QString territory = QLocale(parsed.language, parsed.territory).nativeTerritoryName();
        if (territory.isEmpty())
            territory = QLocale::territoryToString(parsed.territory);
        name = tr("%1 (%2)", "language (territory)").arg(name, territory);
    }
    if (!parsed.variant.isEmpty())
        name = tr("%1 – %2", "dictionary name – variant").arg(name, parsed.variant);
    return name;
}

QString SpellChecker::automaticCode(const QList<SpellDictionary> &dictionaries,
                                    const QLocale &locale)
{
    if (dictionaries.isEmpty())
        return {};
    // Each pass prefers a dictionary without a variant suffix over one with it.
    const auto find = [&dictionaries](const auto &matches) -> QString {
        for (const bool plainOnly : {true, false}) {
            for (const SpellDictionary &dictionary : dictionaries) {
                const DictionaryCode parsed = parseCode(dictionary.code);
                if ((!plainOnly || parsed.variant.isEmpty()) && matches(parsed))
                    return dictionary.code;
            }
        }
        return {};
    };
    const auto bestFor = [&find](QLocale::Language language, QLocale::Territory territory) {
        QString code = find([&](const DictionaryCode &c) {
            return c.language == language && c.territory == territory;
        });
        if (code.isEmpty()) {
            const QLocale::Territory main = QLocale(language).territory();
            code = find([&](const DictionaryCode &c) {
                return c.language == language && c.territory == main;
            });
        }
        if (code.isEmpty())
            code = find([&](const DictionaryCode &c) { return c.language == language; });
        return code;
    };
    QString code;
    if (locale.language() != QLocale::C)
        code = bestFor(locale.language(), locale.territory());
    if (code.isEmpty())
        code = bestFor(QLocale::English, QLocale::UnitedStates);
    return code.isEmpty() ? dictionaries.first().code : code;
}

void SpellChecker::refreshDictionaries()
{
    const QList<SpellDictionary> found = findDictionaries(m_searchPaths);
    if (found == m_dictionaries)
        return;
    m_dictionaries = found;
    const QString before = m_activeCode;
    const bool wasActive = isActive();
    activate();
    if (before != m_activeCode || wasActive != isActive())
        emit changed();
}

void SpellChecker::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    activate();
    emit changed();
}

void SpellChecker::setRequestedDictionary(const QString &code)
{
    if (code == m_requested)
        return;
    m_requested = code;
    const QString before = m_activeCode;
    const bool wasActive = isActive();
    activate();
    if (before != m_activeCode || wasActive != isActive())
        emit changed();
}

void SpellChecker::followPreferences(Preferences &preferences)
{
    const auto apply = [this, &preferences] {
        // Both at once, so editors rehighlight at most once. The automatic choice follows the
        // interface language, which may have changed too.
        const QString before = m_activeCode;
        const bool wasActive = isActive();
        m_enabled = preferences.spellCheck();
        m_requested = preferences.spellDictionary();
        activate();
        if (before != m_activeCode || wasActive != isActive())
            emit changed();
    };
    connect(&preferences, &Preferences::changed, this, apply);
    apply();
}

void SpellChecker::activate()
{
    m_loadError.clear();
    const bool requestedInstalled =
        std::any_of(m_dictionaries.cbegin(), m_dictionaries.cend(),
                    [this](const SpellDictionary &d) { return d.code == m_requested; });
    m_activeCode = requestedInstalled ? m_requested : automaticCode(m_dictionaries);
    m_active = nullptr;
    // Loading takes a moment and memory; a checker that is switched off never loads.
    if (!m_enabled || m_activeCode.isEmpty())
        return;
    for (const SpellDictionary &dictionary : std::as_const(m_dictionaries)) {
        if (dictionary.code != m_activeCode)
            continue;
        if (Loaded *loaded = loadedFiles(dictionary))
            m_active = loaded;
        else if (m_loadInBackground)
            startLoading(dictionary);
        else
            m_active = load(dictionary);
        break;
    }
}

void SpellChecker::startLoading(const SpellDictionary &dictionary)
{
    if (m_loader) {
        if (m_loaderDictionary == dictionary)
            return; // finishLoading() activates it if it is still the one wanted
        waitForLoading(); // the other dictionary is kept, for when it is wanted again
        // It may have been the same files under another name.
        if (Loaded *loaded = loadedFiles(dictionary)) {
            m_active = loaded;
            return;
        }
    }
    m_loaderDictionary = dictionary;
    m_loader.reset(QThread::create([this, dictionary] {
        m_loaderResult = loadDictionary(dictionary, &m_loaderError);
    }));
    QThread *thread = m_loader.get();
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_loader.get() == thread) // not taken in by waitForLoading() meanwhile
            finishLoading();
    }, Qt::QueuedConnection);
    m_loader->start(QThread::LowPriority);
}

void SpellChecker::waitForLoading()
{
    if (m_loader)
        finishLoading();
}

void SpellChecker::finishLoading()
{
    m_loader->wait();
    m_loader.reset();
    const SpellDictionary dictionary = std::exchange(m_loaderDictionary, {});
    std::unique_ptr<Loaded> loaded = std::exchange(m_loaderResult, {});
    const QString error = std::exchange(m_loaderError, {});
    const bool wanted = m_enabled && dictionary.code == m_activeCode;
    if (!loaded) {
        if (wanted) {
            m_loadError = error;
            emit changed();
        }
        return;
    }
    // Keep a copy loaded meanwhile under another name of the same files; this one then goes.
    const auto slot = m_loaded.try_emplace(QFileInfo(dictionary.affixPath).canonicalFilePath(), std::move(loaded));
    Loaded *result = slot.first->second.get();
    if (wanted) {
        m_active = result;
        emit changed();
    }
}

SpellChecker::Loaded *SpellChecker::loadedFiles(const SpellDictionary &dictionary) const
{
    const auto found = m_loaded.find(QFileInfo(dictionary.affixPath).canonicalFilePath());
    return found != m_loaded.end() ? found->second.get() : nullptr;
}

SpellChecker::Loaded *SpellChecker::load(const SpellDictionary &dictionary)
{
    if (Loaded *loaded = loadedFiles(dictionary))
        return loaded;
    std::unique_ptr<Loaded> loaded = loadDictionary(dictionary, &m_loadError);
    if (!loaded)
        return nullptr;
    Loaded *result = loaded.get();
    m_loaded.emplace(QFileInfo(dictionary.affixPath).canonicalFilePath(), std::move(loaded));
    return result;
}

std::unique_ptr<SpellChecker::Loaded> SpellChecker::loadDictionary(const SpellDictionary &dictionary,
                                                                   QString *error)
{
    auto loaded = std::make_unique<Loaded>();
    loaded->hunspell =
        std::make_unique<Hunspell>(QFile::encodeName(dictionary.affixPath).constData(),
                                   QFile::encodeName(dictionary.wordsPath).constData());
    QString encoding = QString::fromStdString(loaded->hunspell->get_dict_encoding()).toUpper();
    if (encoding == u"UTF-8" || encoding == u"UTF8") {
        loaded->encoding = Loaded::Encoding::Utf8;
    } else if (encoding == u"ISO8859-1" || encoding == u"ISO-8859-1") {
        loaded->encoding = Loaded::Encoding::Latin1;
    } else {
        // Hunspell's names ("ISO8859-15", "microsoft-cp1251") as iconv knows them.
        if (encoding.startsWith(u"MICROSOFT-"))
            encoding = encoding.mid(10);
        const QByteArray name = encoding.toLatin1();
        loaded->encoding = Loaded::Encoding::Iconv;
        loaded->toDictionary = iconv_open(name.constData(), "UTF-8");
        loaded->fromDictionary = iconv_open("UTF-8", name.constData());
        if (loaded->toDictionary == noConverter()
            || loaded->fromDictionary == noConverter()) {
            *error = tr("The dictionary “%1” uses the encoding %2, which this system cannot "
                        "convert.")
                         .arg(dictionary.code, encoding);
            return nullptr;
        }
    }
    return loaded;
}

QString SpellChecker::statusMessage() const
{
    if (m_dictionaries.isEmpty()) {
        return tr("Spell checking is off because no Hunspell dictionary is installed. Install one "
                  "for your language, for example with “sudo apt install hunspell-en-us”, then "
                  "open Preferences again.");
    }
    if (!m_enabled)
        return {};
    if (!m_loadError.isEmpty())
        return tr("Spell checking is off: %1").arg(m_loadError);
    if (!m_requested.isEmpty() && m_requested != m_activeCode) {
        return tr("The dictionary “%1” is not installed, so %2 is used instead.")
            .arg(m_requested, displayName(m_activeCode));
    }
    return {};
}

QList<WordRange> SpellChecker::checkableWords(QStringView text)
{
    QList<WordRange> words;
    if (text.isEmpty())
        return words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), text.size());
    // The whitespace-separated chunk around the current word, and whether it is a URL or an
    // address, found once per chunk rather than once per word.
    qsizetype chunkEnd = -1;
    bool skipChunk = false;
    qsizetype start = -1;
    for (qsizetype position = 0; position >= 0; position = finder.toNextBoundary()) {
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        if (reasons.testFlag(QTextBoundaryFinder::EndOfItem) && start >= 0) {
            const QStringView word = text.mid(start, position - start);
            if (start >= chunkEnd) {
                qsizetype chunkStart = start;
                while (chunkStart > 0 && !text.at(chunkStart - 1).isSpace())
                    --chunkStart;
                chunkEnd = position;
                while (chunkEnd < text.size() && !text.at(chunkEnd).isSpace())
                    ++chunkEnd;
                skipChunk = isUrlOrAddress(text.mid(chunkStart, chunkEnd - chunkStart));
            }
            // Qt splits "node.js", "example.com" and "e.g." at the dots: parts of such a
            // dotted name are no words either.
            const auto dotted = [&text](qsizetype dot, qsizetype letter) {
                return dot >= 0 && letter >= 0 && letter < text.size() && text.at(dot) == u'.'
                       && text.at(letter).isLetterOrNumber();
            };
            const bool inDottedName = (position < text.size() && dotted(position, position + 1))
                                      || (start > 1 && dotted(start - 1, start - 2));
            if (!skipChunk && !inDottedName && isCheckable(word))
                words.append({start, position - start});
            start = -1;
        }
        if (reasons.testFlag(QTextBoundaryFinder::StartOfItem))
            start = position;
    }
    return words;
}

WordRange SpellChecker::wordAt(QStringView text, qsizetype position)
{
    const QList<WordRange> words = checkableWords(text);
    for (const WordRange &word : words) {
        if (word.start <= position && position <= word.end())
            return word;
    }
    return {};
}

bool SpellChecker::isAccepted(const QString &word) const
{
    if (m_accepted.contains(word))
        return true;
    // "Kubernetes" at the start of a sentence, when "kubernetes" is in the list.
    return word.at(0).isUpper() && m_accepted.contains(word.left(1).toLower() + word.mid(1));
}

bool SpellChecker::isCorrect(const QString &word)
{
    if (!isActive() || word.isEmpty() || isAccepted(word))
        return true;
    if (const auto found = m_active->verdicts.constFind(word); found != m_active->verdicts.cend())
        return *found;
    bool correct = m_active->spell(word);
    if (!correct && word.contains(kTypographicApostrophe))
        correct = m_active->spell(QString(word).replace(kTypographicApostrophe, QLatin1Char('\'')));
    if (m_active->verdicts.size() >= kMaxRememberedWords)
        m_active->verdicts.clear();
    m_active->verdicts.insert(word, correct);
    return correct;
}

QList<WordRange> SpellChecker::misspelledWords(QStringView text)
{
    QList<WordRange> misspelled;
    if (!isActive())
        return misspelled;
    const QList<WordRange> words = checkableWords(text);
    for (const WordRange &word : words) {
        if (!isCorrect(text.mid(word.start, word.length).toString()))
            misspelled.append(word);
    }
    return misspelled;
}

QStringList SpellChecker::suggestions(const QString &word, int max)
{
    QStringList result;
    if (!isActive() || word.isEmpty())
        return result;
    const bool typographic = word.contains(kTypographicApostrophe);
    const auto encoded = m_active->encode(
        typographic ? QString(word).replace(kTypographicApostrophe, QLatin1Char('\'')) : word);
    if (!encoded)
        return result;
    const std::vector<std::string> found = m_active->hunspell->suggest(*encoded);
    for (const std::string &suggestion : found) {
        QString text = m_active->decode(suggestion);
        if (typographic)
            text.replace(QLatin1Char('\''), kTypographicApostrophe); // keep the user's apostrophes
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
        if (result.size() >= max)
            break;
    }
    return result;
}

void SpellChecker::readWordList()
{
    m_personalWords.clear();
    m_wordListError.clear();
    m_wordListWritable = true;
    QFile file(m_wordListPath);
    if (!file.exists())
        return;
    const QString where = QDir::toNativeSeparators(m_wordListPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_wordListWritable = false;
        m_wordListError = tr("The personal word list “%1” could not be read (%2); Starling leaves "
                             "it untouched.")
                              .arg(where, file.errorString());
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        m_wordListWritable = false;
        m_wordListError = tr("The personal word list “%1” is not UTF-8 text; Starling leaves it "
                             "untouched. Save it as UTF-8 to use it.")
                              .arg(where);
        return;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !m_personalWords.contains(word)) {
            m_personalWords.append(word);
            m_accepted.insert(word);
        }
    }
}

bool SpellChecker::writeWordList(const QStringList &words, QString *error) const
{
    const QString where = QDir::toNativeSeparators(m_wordListPath);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_wordListWritable)
        return fail(m_wordListError);
    if (m_wordListPath.isEmpty())
        return fail(tr("There is no place to keep the personal word list."));
    const QFileInfo info(m_wordListPath);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("Could not save the personal word list: the folder “%1” cannot be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    QSaveFile file(m_wordListPath);
    QByteArray data;
    for (const QString &word : words)
        data += word.toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return fail(tr("Could not save the personal word list “%1”: %2")
                        .arg(where, file.errorString()));
    }
    return true;
}

bool SpellChecker::addToPersonalWords(const QString &word, QString *error)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.contains(QLatin1Char('\n'))) {
        if (error)
            *error = tr("Only a single word can be added to the personal word list.");
        return false;
    }
    if (m_personalWords.contains(clean))
        return true;
    QStringList next = m_personalWords;
    next.append(clean);
    const bool saved = writeWordList(next, error);
    if (saved) {
        m_personalWords = next;
        emit personalWordsChanged();
    }
    m_accepted.insert(clean); // until the app quits at least, even when it could not be saved
    emit changed();
    return saved;
}

bool SpellChecker::removeFromPersonalWords(const QString &word, QString *error)
{
    if (!m_personalWords.contains(word))
        return true;
    QStringList next = m_personalWords;
    next.removeAll(word);
    if (!writeWordList(next, error))
        return false;
    m_personalWords = next;
    m_accepted.remove(word);
    emit personalWordsChanged();
    emit changed();
    return true;
}

void SpellChecker::ignoreWord(const QString &word)
{
    if (word.isEmpty() || m_accepted.contains(word))
        return;
    m_accepted.insert(word);
    emit changed();
}

} // namespace starling
