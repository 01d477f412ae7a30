#include "valuespasteparser.h"

#include "textlimits.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace starling {

namespace {

constexpr int TabWidth = 4;
constexpr int MaxIndent = 200;
constexpr int MaxDepth = 2;  // values and their sub-principles
constexpr int MaxStack = 32; // nesting styles remembered; bounds the work per line
constexpr int MaxIntroLines = 3;
constexpr int MaxSplitNameWords = 8;
constexpr int MaxHeadingWords = 16;

// ---------------------------------------------------------------------------------------------
// Characters

bool isDroppedFormatChar(char32_t c) {
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x061C: // Arabic letter mark
    case 0x180E:
    case 0x200B: // zero-width space
    case 0x200E: // LRM
    case 0x200F: // RLM
    case 0x2060: // word joiner
    case 0x2061:
    case 0x2062:
    case 0x2063:
    case 0x2064:
    case 0xFEFF: // BOM / zero-width no-break space
    case 0xFFFD: // replacement character: what is left of binary data
        return true;
    default:
        break;
    }
    // Bidi embeddings, overrides and isolates: invisible, and a spoofing risk in names.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(char32_t c) {
    return c == u'\n' || c == 0x2028 || c == 0x2029 || c == 0x85 || c == 0x0B || c == 0x0C;
}

bool isCjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

// Code point at i (a valid pair after normalise()), and its length in UTF-16 units.
char32_t codePointAt(QStringView s, qsizetype i, int *length = nullptr) {
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < s.size() &&
        QChar::isLowSurrogate(s[i + 1].unicode())) {
        if (length)
            *length = 2;
        return QChar::surrogateToUcs4(u, s[i + 1].unicode());
    }
    if (length)
        *length = 1;
    return u;
}

void appendCodePoint(QString &out, char32_t c) {
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

bool hasLetterOrNumber(QStringView s) {
    for (qsizetype i = 0; i < s.size();) {
        int length = 1;
        if (QChar::isLetterOrNumber(codePointAt(s, i, &length)))
            return true;
        i += length;
    }
    return false;
}

// Words for the "is it short?" test: white-space separated tokens, where each CJK character
// counts as a word of its own because those scripts do not separate words.
int wordCount(QStringView s) {
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < s.size();) {
        int length = 1;
        const char32_t c = codePointAt(s, i, &length);
        i += length;
        if (c == u' ') {
            inWord = false;
        } else if (isCjk(c)) {
            ++words;
            inWord = false;
        } else if (!inWord) {
            ++words;
            inWord = true;
        }
    }
    return words;
}

bool isSentenceEnd(QChar c) {
    return c == u'.' || c == u'。' || c == u'．' || c == u'…' || c == u'۔';
}

// The last character that is not a closing quote or bracket: '"…my job."' ends a sentence.
QChar lastMeaningfulChar(QStringView s) {
    static const QString closing = QStringLiteral("\"”’')]»」』");
    qsizetype i = s.size() - 1;
    while (i > 0 && closing.contains(s[i]))
        --i;
    return i >= 0 ? s[i] : QChar();
}

// "Be bold. Try things" or "诚信。我们…": more than one sentence.
bool hasInnerSentenceBreak(QStringView s) {
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'。' || c == u'！' || c == u'？' || c == u'۔')
            return true;
        if ((c == u'.' || c == u'!' || c == u'?') && s[i + 1] == u' ' && i + 2 < s.size() &&
            s[i + 2].isLetter())
            return true;
    }
    return false;
}

bool isLowerStart(QStringView s) {
    return !s.isEmpty() && s.front().isLower();
}

// ---------------------------------------------------------------------------------------------
// Lines

struct Line {
    int indent = 0;
    QString style = QStringLiteral("plain"); // nesting key; see styleFor*()
    bool marker = false;                     // a list marker (bullet or number)
    bool heading = false;                    // Markdown heading, bold or ALL CAPS line
    bool blankBefore = false;
    bool colonEnded = false;
    bool boldSplit = false;
    QString text;    // content without marker and decoration
    QString name;    // set when the line is a name
    QString meaning; // the part after "Name: " on the same line
    bool isName = false;
    bool forceMeaning = false;
};

struct Marker {
    QString style;
    qsizetype length = 0; // consumed, including white space after it
};

qsizetype skipSpaces(QStringView s, qsizetype i) {
    while (i < s.size() && s[i] == u' ')
        ++i;
    return i;
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isDigitLike(QChar c) {
    return isAsciiDigit(c) || (c >= u'０' && c <= u'９');
}

bool isRomanToken(QStringView t) {
    static const QRegularExpression lower(QStringLiteral("^[ivxlcdm]{1,6}$"));
    static const QRegularExpression upper(QStringLiteral("^[IVXLCDM]{1,6}$"));
    return lower.match(t).hasMatch() || upper.match(t).hasMatch();
}

// "1.", "1)", "1:", "1 -", "1.2", "１．", "01", "1.Name".
std::optional<Marker> decimalMarker(QStringView s) {
    qsizetype i = 0;
    while (i < s.size() && i < 3 && isDigitLike(s[i]))
        ++i;
    if (i == 0 || (i < s.size() && isDigitLike(s[i])))
        return std::nullopt;
    const bool zeroPadded = i >= 2 && (s[0] == u'0' || s[0] == u'０');
    int groups = 1;
    // "1.2" and "1.2.3": numbered sub-items, one level per group.
    while (groups < 4 && i + 1 < s.size() && s[i] == u'.' && isDigitLike(s[i + 1])) {
        qsizetype j = i + 1;
        while (j < s.size() && j - i <= 3 && isDigitLike(s[j]))
            ++j;
        i = j;
        ++groups;
    }
    if (i >= s.size())
        return Marker{QStringLiteral("n%1").arg(groups), i}; // a bare number line
    const QChar d = s[i];
    QString delimiter;
    qsizetype after = i;
    if (d == u'.' || d == u')' || d == u'．' || d == u'、' || d == u':' || d == u'：') {
        after = i + 1;
        delimiter = (d == u'．')   ? QStringLiteral(".")
                    : (d == u'：') ? QStringLiteral(":")
                                   : QString(d);
        const bool cjkDelimiter = d == u'．' || d == u'、' || d == u'：';
        if (after < s.size() && s[after] != u' ' && !cjkDelimiter) {
            // "1.Name" is a marker; "1.5x" and "3:30" are not.
            if (d == u':' || !s[after].isLetter())
                return std::nullopt;
        }
    } else if (d == u' ') {
        const qsizetype j = skipSpaces(s, i);
        if (j + 1 < s.size() && (s[j] == u'-' || s[j] == u'–' || s[j] == u'—' || s[j] == u'/') &&
            s[j + 1] == u' ') {
            after = j + 1;
            delimiter = QStringLiteral("-");
        } else if (groups > 1 || zeroPadded) {
            after = j; // "1.2 Name", "01 Name"
        } else {
            return std::nullopt; // "3 things we believe"
        }
    } else {
        return std::nullopt;
    }
    return Marker{QStringLiteral("n%1%2").arg(delimiter).arg(groups), skipSpaces(s, after)};
}

// "(1)", "(a)", "(iv)", "a)", "A.", "I.", "iv)". A lone i/v/x/... is a roman numeral when a
// roman list of that case is already running, otherwise (except i/I) a letter.
std::optional<Marker> letterMarker(QStringView s, const QSet<QString> &seenStyles) {
    const bool paren = s.startsWith(u'(');
    const qsizetype start = paren ? 1 : 0;
    qsizetype i = start;
    while (i < s.size() && i - start < 6 && s[i].isLetter() && s[i].unicode() < 128)
        ++i;
    if (i == start || i >= s.size())
        return std::nullopt;
    const QStringView token = s.sliced(start, i - start);
    const QChar d = s[i];
    if (paren ? d != u')' : (d != u'.' && d != u')'))
        return std::nullopt;
    const qsizetype after = i + 1;
    if (after < s.size() && s[after] != u' ')
        return std::nullopt;
    const bool upper = token.front().isUpper();
    const QString prefix = paren ? QStringLiteral("(") : QString();
    const QString romanStyle = prefix + (upper ? QStringLiteral("I") : QStringLiteral("i")) + d;
    const QString letterStyle = prefix + (upper ? QStringLiteral("A") : QStringLiteral("a")) + d;
    QString style;
    if (token.size() == 1) {
        const bool romanChar = isRomanToken(token);
        if (romanChar && seenStyles.contains(romanStyle))
            style = romanStyle;
        else if (seenStyles.contains(letterStyle) || !romanChar)
            style = letterStyle;
        else
            style = (token.compare(u"i", Qt::CaseInsensitive) == 0) ? romanStyle : letterStyle;
    } else if (isRomanToken(token)) {
        style = romanStyle;
    } else {
        return std::nullopt;
    }
    return Marker{style, skipSpaces(s, after)};
}

// "Principle 3:", "Value #2 –", "No. 4", "#5".
std::optional<Marker> wordNumberMarker(QStringView s) {
    static const QRegularExpression re(
        QStringLiteral("^(principle|value|pillar|tenet|belief|behaviou?r|commitment|rule|habit|"
                       "trait|step|part|no\\.?|number|#)\\s*#?\\s*[0-9]{1,3}\\s*"
                       "(?:[:.)\\-–—]\\s*|\\s+|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    QString word = m.captured(1).toLower();
    word.remove(u'.');
    return Marker{QStringLiteral("w") + word, m.capturedLength(0)};
}

// "1️⃣": digits with the combining keycap.
std::optional<Marker> keycapMarker(QStringView s) {
    qsizetype i = 0;
    bool any = false;
    while (i < s.size() && isAsciiDigit(s[i])) {
        qsizetype j = i + 1;
        if (j < s.size() && s[j] == QChar(0xFE0F))
            ++j;
        if (j < s.size() && s[j] == QChar(0x20E3)) {
            i = j + 1;
            any = true;
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    return Marker{QStringLiteral("emoji"), skipSpaces(s, i)};
}

// "一、", "三．"
std::optional<Marker> cjkNumberMarker(QStringView s) {
    static const QRegularExpression re(
        QStringLiteral("^[一二三四五六七八九十]{1,3}\\s*[、．.]\\s*"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    return Marker{QStringLiteral("n、1"), m.capturedLength(0)};
}

std::optional<Marker> bulletMarker(QStringView s) {
    if (s.isEmpty())
        return std::nullopt;
    const QChar first = s.front();
    // ASCII bullets need a space after them: "-5 %" and "**bold**" are not lists.
    if (first == u'-' || first == u'*' || first == u'+' || first == u'~') {
        if (s.size() > 1 && s[1] == u' ')
            return Marker{QString(first), skipSpaces(s, 1)};
        return std::nullopt;
    }
    static const QString glyphs = QStringLiteral("•◦‣⁃∙·・▪▫■□●○◎◉◆◇♦❖►▶▸▹▻➤➢➔➜➝→⇒✓✔☑✗✘★☆✦✧»›⦿⚬");
    if (glyphs.contains(first))
        return Marker{QString(first), skipSpaces(s, 1)};
    if ((first == u'–' || first == u'—') && s.size() > 1 && s[1] == u' ')
        return Marker{QString(first), skipSpaces(s, 1)};
    // Emoji and icon-font glyphs: a run of pictographs with their modifiers and joiners. Every
    // emoji shares one style, because lists often use a different one per item.
    qsizetype i = 0;
    bool symbol = false;
    while (i < s.size()) {
        int length = 1;
        const char32_t c = codePointAt(s, i, &length);
        const QChar::Category category = QChar::category(c);
        const bool pictograph = (category == QChar::Symbol_Other && c != 0xA9 && c != 0xAE &&
                                 c != 0x2122 && c != 0x2117) ||
                                category == QChar::Other_PrivateUse;
        const bool joiner = c == 0x200D || c == 0x20E3 || (c >= 0xFE00 && c <= 0xFE0F) ||
                            (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
        if (pictograph)
            symbol = true;
        else if (!joiner)
            break;
        i += length;
    }
    if (!symbol)
        return std::nullopt;
    return Marker{QStringLiteral("emoji"), skipSpaces(s, i)};
}

// "(1)", "(12)"
std::optional<Marker> parenNumberMarker(QStringView s) {
    static const QRegularExpression re(QStringLiteral("^\\([0-9]{1,3}\\)(?: +|$)"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    return Marker{QStringLiteral("(n)"), m.capturedLength(0)};
}

std::optional<Marker> listMarker(QStringView s, const QSet<QString> &seenStyles) {
    if (auto m = parenNumberMarker(s))
        return m;
    if (auto m = keycapMarker(s))
        return m;
    if (auto m = decimalMarker(s))
        return m;
    if (auto m = wordNumberMarker(s))
        return m;
    if (auto m = letterMarker(s, seenStyles))
        return m;
    if (auto m = cjkNumberMarker(s))
        return m;
    return bulletMarker(s);
}

bool isLink(QStringView s) {
    static const QRegularExpression more(
        QStringLiteral("^(?:learn|read|see|find out|discover|explore|view|watch|show|click)\\s+"
                       "(?:more|all|less|here|the video|video)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        QStringLiteral("^(?:more|less|expand|collapse|back to top|play video|watch video|share)"
                       "\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("^(?:https?://|www\\.)\\S*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return (more.match(s).hasMatch() && wordCount(s) <= 8) || bare.match(s).hasMatch() ||
           url.match(s).hasMatch();
}

// Markdown the user did not mean as text: links, emphasis, code ticks.
QString stripMarkdown(QString s) {
    static const QRegularExpression link(QStringLiteral("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|`"));
    static const QRegularExpression trailingMore(QStringLiteral("\\s+(?:learn|read) more\\W*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    s.replace(link, QStringLiteral("\\1"));
    s.remove(emphasis);
    s.remove(trailingMore);
    return s.trimmed();
}

// Quotes, emphasis and punctuation that frame a name but are not part of it.
QString cleanName(QString s) {
    s = stripMarkdown(s);
    static const QString openers = QStringLiteral("\"“‘'«「『*_");
    static const QString closers = QStringLiteral("\"”’'»」』*_");
    for (int round = 0; round < 3 && s.size() >= 2; ++round) {
        const qsizetype o = openers.indexOf(s.front());
        if (o < 0 || closers.at(o) != s.back())
            break;
        s = s.sliced(1, s.size() - 2).trimmed();
    }
    while (!s.isEmpty() && (s.back() == u':' || s.back() == u'：' || s.back() == u',' ||
                            s.back() == u';' || s.back() == u'.' || s.back() == u'。' ||
                            s.back() == u'-' || s.back() == u'–' || s.back() == u'—'))
        s.chop(1);
    return s.trimmed();
}

bool isAllCaps(QStringView s) {
    int upper = 0;
    for (QChar c : s) {
        if (c.isLower())
            return false;
        if (c.isUpper())
            ++upper;
    }
    return upper >= 2;
}

// A value name: short, one phrase, no final full stop (a short bulleted "Be kind." is allowed).
bool isShortName(QStringView s, bool marker, int maxWords = ValuesPasteParser::MaxNameWords) {
    if (s.isEmpty() || s.size() > ValuesPasteParser::MaxNameChars || !hasLetterOrNumber(s))
        return false;
    const int words = wordCount(s);
    if (words > maxWords)
        return false;
    if (hasInnerSentenceBreak(s))
        return false;
    if (isSentenceEnd(lastMeaningfulChar(s)))
        return words <= (marker ? 4 : 2) && !s.endsWith(u"..");
    return true;
}

// "Name: meaning", "Name — meaning", "Name – meaning", "Name - meaning", "名前：意味".
bool splitNameMeaning(Line &line) {
    const QString &s = line.text;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool colon = (c == u':' && (i + 1 == s.size() || s[i + 1] == u' ')) || c == u'：';
        const bool spacedDash = (c == u'—' || c == u'–' || c == u'-' || c == u'|') &&
                                s[i - 1] == u' ' && i + 1 < s.size() && s[i + 1] == u' ';
        // "Ownership—act like it"
        const bool closedEmDash =
            c == u'—' && s[i - 1].isLetter() && i + 1 < s.size() && s[i + 1].isLetter();
        if (!colon && !spacedDash && !closedEmDash)
            continue;
        const QString left = s.left(i).trimmed();
        const QString right = s.mid(i + 1).trimmed(); // every separator is one character
        // The first separator decides: a longer left part can only be less of a name.
        if (!isShortName(left, line.marker, MaxSplitNameWords) || isSentenceEnd(left.back()))
            return false;
        if (right.isEmpty() || !hasLetterOrNumber(right))
            return false;
        line.name = left;
        line.meaning = right;
        return true;
    }
    return false;
}

// Reads one line's marker, decoration and content. Returns false for a line to skip.
bool readLine(const QString &raw, const QSet<QString> &seenStyles, Line &line) {
    qsizetype i = 0;
    while (i < raw.size() && raw[i] == u' ')
        ++i;
    line.indent = int(i);
    QString s = raw.mid(i);

    // Quote markers carry no structure.
    while (s.startsWith(u'>'))
        s = s.mid(1).trimmed();

    static const QRegularExpression heading(QStringLiteral("^(#{1,6})(?: +|$)"));
    const QRegularExpressionMatch h = heading.match(s);
    if (h.hasMatch()) {
        line.style = QStringLiteral("h%1").arg(h.capturedLength(1));
        line.heading = true;
        s = s.mid(h.capturedLength(0));
        static const QRegularExpression closing(QStringLiteral(" +#+$"));
        s.remove(closing);
        // "## 1. Customer first": the number is decoration under a heading.
        if (auto m = listMarker(s, seenStyles))
            s = s.mid(m->length);
    } else if (auto m = listMarker(s, seenStyles)) {
        line.style = m->style;
        line.marker = true;
        s = s.mid(m->length);
    }
    s = s.trimmed();

    // "**Name**", "**Name:** meaning", "**Name** — meaning"
    if (s.startsWith(u"**") || s.startsWith(u"__")) {
        const QString fence = s.left(2);
        const qsizetype close = s.indexOf(fence, 2);
        if (close > 2) {
            const QString bold = s.mid(2, close - 2).trimmed();
            QString rest = s.mid(close + 2).trimmed();
            while (!rest.isEmpty() &&
                   (rest.front() == u':' || rest.front() == u'：' || rest.front() == u'-' ||
                    rest.front() == u'–' || rest.front() == u'—' || rest.front() == u'.' ||
                    rest.front() == u'|' || rest.front() == u' '))
                rest.remove(0, 1);
            if (!rest.isEmpty() && isShortName(cleanName(bold), true, MaxSplitNameWords)) {
                line.name = bold;
                line.meaning = rest;
                line.boldSplit = true;
            } else if (rest.isEmpty()) {
                if (!line.marker && !line.heading)
                    line.style = QStringLiteral("bold");
                line.heading = true;
            }
        }
    }

    s = stripMarkdown(s);
    line.text = s;
    if (line.boldSplit)
        return true;
    if (s.isEmpty())
        return line.marker; // a marker on its own lends itself to the next line
    if (isLink(s) || !hasLetterOrNumber(s))
        return false;
    if (!line.marker && !line.heading && isAllCaps(s) && wordCount(s) <= MaxHeadingWords) {
        line.style = QStringLiteral("caps");
        line.heading = true;
    }
    if (s.endsWith(u':') || s.endsWith(u'：')) {
        line.colonEnded = true;
        line.text.chop(1);
        line.text = line.text.trimmed();
    }
    return !line.text.isEmpty();
}

// Decides name or sentence for each line.
void classify(Line &line) {
    if (line.boldSplit) {
        line.isName = true;
        line.name = cleanName(line.name);
        line.meaning = stripMarkdown(line.meaning);
        return;
    }
    if (!line.colonEnded && splitNameMeaning(line)) {
        line.isName = true;
        line.name = cleanName(line.name);
        line.meaning = stripMarkdown(line.meaning);
        return;
    }
    const QString &s = line.text;
    bool name = isShortName(s, line.marker) || (line.colonEnded && isShortName(s, true));
    if (!name && line.heading && s.size() <= ValuesPasteParser::MaxNameChars &&
        wordCount(s) <= MaxHeadingWords && !hasInnerSentenceBreak(s))
        name = true;
    if (name) {
        line.name = cleanName(s);
        name = !line.name.isEmpty() && hasLetterOrNumber(line.name);
    }
    line.isName = name;
}

// Joins a wrapped line to the one before it: it starts in lower case after a line of several
// words, or the line before ends with a comma.
bool continues(const Line &previous, const Line &line) {
    if (line.blankBefore || line.marker || line.heading || previous.heading ||
        previous.colonEnded || line.indent < previous.indent || previous.boldSplit)
        return false;
    const QString &p = previous.text;
    if (p.isEmpty())
        return false;
    const QChar last = lastMeaningfulChar(p);
    if (last == u',' || last == u';' || last == u'，' || last == u'、')
        return true;
    if (isSentenceEnd(last) || last == u'!' || last == u'?')
        return false;
    return isLowerStart(line.text) && wordCount(p) >= 5;
}

bool isIntroTitle(const Line &line, bool sentenceFollows) {
    static const QRegularExpression keywords(
        QStringLiteral("\\b(?:values|principles|tenets|beliefs|pillars|behaviou?rs|culture|"
                       "manifesto|credo|dna|guiding|what we (?:believe|value|stand for)|"
                       "how we (?:work|operate|behave|lead)|who we are|careers?|about us)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hereAre(
        QStringLiteral("^(?:here|these|below|the following)\\b.*\\b(?:are|is)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString &text = line.boldSplit ? line.name : line.text;
    if (hereAre.match(text).hasMatch())
        return true;
    if (line.marker)
        return false;
    if (line.colonEnded)
        return !sentenceFollows; // "Customer obsession:" over its meaning is a value
    return !line.boldSplit && line.meaning.isEmpty() && wordCount(text) <= 8 &&
           keywords.match(text).hasMatch();
}

// Blank-line separated blocks of "short line, then longer unmarked lines" read as name and
// meaning even when the meaning lacks a full stop ("Customer first\nAlways start with them").
void markBlockMeanings(std::vector<Line> &lines) {
    std::vector<std::pair<size_t, size_t>> blocks;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i == 0 || lines[i].blankBefore)
            blocks.emplace_back(i, i + 1);
        else
            blocks.back().second = i + 1;
    }
    if (blocks.size() < 2)
        return;
    int paired = 0;
    for (size_t b = 0; b < blocks.size(); ++b) {
        const auto [begin, end] = blocks[b];
        if (end - begin == 1) {
            if (b == 0)
                continue; // a title
            return;
        }
        const Line &first = lines[begin];
        if (!first.isName || !first.meaning.isEmpty())
            return;
        for (size_t i = begin + 1; i < end; ++i) {
            const Line &l = lines[i];
            if (l.marker || l.heading || l.text.size() <= first.text.size())
                return;
        }
        ++paired;
    }
    if (paired < 2)
        return;
    for (const auto &[begin, end] : blocks) {
        for (size_t i = begin + 1; i < end; ++i)
            lines[i].forceMeaning = true;
    }
}

struct Node {
    QString name;
    QString meaning;
    int parent = -1;
    int depth = 0;
    QList<int> children;
};

void appendMeaning(QString &meaning, const QString &text) {
    if (text.isEmpty() || meaning.size() >= limits::MaxTextLength)
        return;
    if (!meaning.isEmpty())
        meaning += u' ';
    meaning += text;
    if (meaning.size() > limits::MaxTextLength)
        meaning.truncate(limits::MaxTextLength);
}

QString foldKey(const QString &name) {
    return name.toCaseFolded().simplified();
}

// Merges siblings with the same name: the first keeps its place and gains what it lacked.
QList<ValueDraft> mergeDuplicates(QList<ValueDraft> values) {
    QList<ValueDraft> merged;
    QHash<QString, qsizetype> byName;
    for (ValueDraft &value : values) {
        const QString key = foldKey(value.name);
        const auto it = byName.constFind(key);
        if (it == byName.cend()) {
            byName.insert(key, merged.size());
            merged.append(std::move(value));
            continue;
        }
        ValueDraft &kept = merged[*it];
        if (kept.meaning.isEmpty())
            kept.meaning = value.meaning;
        kept.children.append(value.children);
    }
    for (ValueDraft &value : merged) {
        if (!value.children.isEmpty())
            value.children = mergeDuplicates(std::move(value.children));
    }
    return merged;
}

ValueDraft toDraft(const std::vector<Node> &nodes, int index) {
    const Node &node = nodes[size_t(index)];
    ValueDraft draft;
    draft.name = node.name;
    draft.meaning = node.meaning;
    for (int child : node.children)
        draft.children.append(toDraft(nodes, child));
    return draft;
}

} // namespace

QString ValuesPasteParser::normalise(const QString &input) {
    const QStringView text = QStringView(input).left(MaxInputChars);
    QString flat;
    flat.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        char32_t c = u;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= text.size() || !QChar::isLowSurrogate(text[i + 1].unicode()))
                continue;
            c = QChar::surrogateToUcs4(u, text[++i].unicode());
        } else if (QChar::isLowSurrogate(u)) {
            continue;
        }
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            flat += u'\n';
        } else if (isLineBreak(c)) {
            flat += u'\n';
        } else if (c == u'\t') {
            flat += u'\t';
        } else if (isDroppedFormatChar(c) || QChar::isNonCharacter(c) ||
                   QChar::category(c) == QChar::Other_Control) {
            continue;
        } else if (QChar::isSpace(c)) {
            flat += u' ';
        } else {
            appendCodePoint(flat, c);
        }
    }
    flat = flat.normalized(QString::NormalizationForm_C);

    QStringList lines;
    for (QStringView line : QStringView(flat).split(u'\n')) {
        int column = 0;
        qsizetype i = 0;
        for (; i < line.size() && (line[i] == u' ' || line[i] == u'\t'); ++i)
            column = line[i] == u'\t' ? (column / TabWidth + 1) * TabWidth : column + 1;
        QString rest;
        rest.reserve(line.size() - i);
        bool space = false;
        for (; i < line.size(); ++i) {
            if (line[i] == u' ' || line[i] == u'\t') {
                space = true;
                continue;
            }
            if (space)
                rest += u' ';
            space = false;
            rest += line[i];
        }
        lines.append(rest.isEmpty() ? QString()
                                    : QString(std::min(column, MaxIndent), u' ') + rest);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    return lines.join(u'\n');
}

QList<ValueDraft> ValuesPasteParser::parse(const QString &text) {
    const QString clean = normalise(text);
    if (clean.isEmpty())
        return {};

    // 1. Read lines: markers, decoration, skips, duplicates, markers on their own line.
    std::vector<Line> lines;
    QSet<QString> seenStyles;
    std::optional<Line> pendingMarker;
    bool blank = false;
    QString previousText;
    for (const QString &raw : clean.split(u'\n')) {
        if (raw.isEmpty()) {
            blank = true;
            continue;
        }
        Line line;
        if (!readLine(raw, seenStyles, line))
            continue;
        line.blankBefore = blank && !pendingMarker;
        blank = false;
        if (line.text.isEmpty() && !line.boldSplit) {
            pendingMarker = line;
            continue;
        }
        if (pendingMarker && !line.marker && !line.heading) {
            line.style = pendingMarker->style;
            line.marker = true;
            line.indent = pendingMarker->indent;
            line.blankBefore = pendingMarker->blankBefore;
        }
        pendingMarker.reset();
        const QString comparable =
            line.text.toCaseFolded() + (line.boldSplit ? line.meaning : QString());
        if (comparable == previousText)
            continue; // the same heading twice in a row (mobile and desktop copies of a page)
        previousText = comparable;
        seenStyles.insert(line.style);
        if (!lines.empty() && continues(lines.back(), line)) {
            Line &previous = lines.back();
            previous.text += u' ' + line.text;
            continue;
        }
        lines.push_back(std::move(line));
    }

    // 2. Names and sentences.
    for (Line &line : lines)
        classify(line);
    markBlockMeanings(lines);

    // 3. Leading titles ("Our values", "Here are our principles:") are not values.
    size_t first = 0;
    for (int dropped = 0; dropped < MaxIntroLines; ++dropped) {
        while (first < lines.size() && (!lines[first].isName || lines[first].forceMeaning))
            ++first;
        if (first >= lines.size())
            break;
        const bool sentenceFollows =
            first + 1 < lines.size() && (!lines[first + 1].isName || lines[first + 1].forceMeaning);
        if (!isIntroTitle(lines[first], sentenceFollows))
            break;
        // A title is only dropped when values follow it.
        bool valuesFollow = false;
        for (size_t i = first + 1; i < lines.size() && !valuesFollow; ++i)
            valuesFollow = lines[i].isName && !lines[i].forceMeaning;
        if (!valuesFollow)
            break;
        ++first;
        // Sentences under a title describe the list, not a value.
        while (first < lines.size() && (!lines[first].isName || lines[first].forceMeaning))
            ++first;
    }

    // 4. The tree: a stack of open nesting styles.
    struct Level {
        QString style;
        int indent = 0;
        int node = -1;
    };
    std::vector<Node> nodes;
    QList<int> roots;
    QList<Level> stack;
    for (size_t i = first; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (!line.isName || line.forceMeaning) {
            if (stack.isEmpty())
                continue; // an introduction before the first value
            int target = stack.constFirst().node;
            for (qsizetype k = stack.size() - 1; k >= 0; --k) {
                if (stack[k].indent <= line.indent) {
                    target = stack[k].node;
                    break;
                }
            }
            appendMeaning(nodes[size_t(target)].meaning, line.text);
            continue;
        }
        if (int(nodes.size()) >= MaxValues)
            break;
        while (!stack.isEmpty() && stack.constLast().indent > line.indent)
            stack.removeLast();
        for (qsizetype k = stack.size() - 1; k >= 0; --k) {
            if (stack[k].style == line.style && stack[k].indent == line.indent) {
                stack.resize(k);
                break;
            }
        }
        int parent = stack.isEmpty() ? -1 : stack.constLast().node;
        while (parent >= 0 && nodes[size_t(parent)].depth >= MaxDepth - 1)
            parent = nodes[size_t(parent)].parent;
        Node node;
        node.name = line.name.left(MaxNameChars);
        node.parent = parent;
        node.depth = parent < 0 ? 0 : nodes[size_t(parent)].depth + 1;
        appendMeaning(node.meaning, line.meaning);
        const int index = int(nodes.size());
        nodes.push_back(std::move(node));
        if (parent < 0)
            roots.append(index);
        else
            nodes[size_t(parent)].children.append(index);
        const Level level{line.style, line.indent, index};
        if (stack.size() < MaxStack)
            stack.append(level);
        else
            stack.last() = level;
    }

    QList<ValueDraft> values;
    for (int root : roots)
        values.append(toDraft(nodes, root));
    return mergeDuplicates(std::move(values));
}

} // namespace starling
