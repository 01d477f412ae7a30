#pragma once

#include "valuedraft.h"

#include <QList>
#include <QString>

namespace starling {

// Turns a values list copied from a careers page, a PDF or a note into value drafts with their
// sub-principles. It is a guess the user corrects in a preview, so it prefers a plausible tree
// over refusing; it is deterministic and accepts any input.
//
// Heuristics, in the order they apply:
// - normalise(): CRLF, CR and Unicode line separators become "\n"; non-breaking and other
//   Unicode spaces become plain spaces; zero-width, bidi-control and other control characters,
//   lone surrogates and U+FFFD are dropped; a tab in the indentation counts as four columns; the
//   text is NFC.
// - Each line loses its list marker (bullets, symbols, emoji and icon-font glyphs, "1.", "1)",
//   "(1)", "1.2", "I.", "a)", "Principle 3:", keycaps, "一、"), Markdown heading hashes and
//   "**bold**"/"__bold__" markers. A line holding only a marker ("01", "•") lends it to the next
//   line. "Learn more" / "Read more" links, bare URLs, rules, lines without a letter or digit and
//   a line repeating the previous one are skipped.
// - A wrapped line (starting in lower case, or after a comma) joins the line before it.
// - A line is a *name* when it is short: at most MaxNameWords words (a CJK character counts as
//   a word), at most MaxNameChars characters, one phrase without a final full stop (a bulleted
//   "Be kind." is allowed). "Name: meaning", "Name — meaning", "Name – meaning",
//   "Name - meaning" and "**Name** meaning" give both. Any other line is a *sentence* and joins
//   the meaning of the value above it, so a "name" that is really a sentence becomes a meaning.
// - Blank-line separated blocks of a short line followed by longer unmarked lines read as
//   name + meaning even when the meaning has no full stop.
// - Nesting: more indentation makes a sub-principle. At the same indentation, a marker style
//   not seen yet (• then ◦, "1." then "a)", a heading then bullets, "# A" then "## B") opens a
//   deeper level, and a style seen above closes it again. Only values and their sub-principles
//   are kept: anything deeper becomes a sub-principle of the same value.
// - Leading sentences and leading titles ("Our values", "Here are our leadership principles:")
//   are dropped; their sub-items become values.
// - Siblings with the same name (a list pasted twice) merge. At most MaxValues items in all.
class ValuesPasteParser {
public:
    static constexpr int MaxValues = 200; // values and sub-principles together
    static constexpr int MaxNameWords = 12;
    static constexpr int MaxNameChars = 120;
    static constexpr int MaxInputChars = 1'000'000; // the rest of a larger paste is ignored

    static QList<ValueDraft> parse(const QString &text);

    // The cleaned text parse() reads: see the first heuristic above. Lines keep their
    // indentation (as spaces); runs of inner white space become one space.
    static QString normalise(const QString &text);
};

} // namespace starling
