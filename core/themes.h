#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace starling {

// One recurring theme behind company values ("Customer Obsession", "Users first" and "Be a Host"
// are all customer focus).
struct Theme {
    QString key;          // stable: stored in values and questions, used in the example vault
    QString name;         // translated display name
    QString description;  // translated, one line
    QStringList cues;     // cue words and short phrases (English), matched by stem

    bool operator==(const Theme &) const = default;
};

// The built-in theme taxonomy, plus the word handling every text analysis in core shares
// (tokenising, light English stemming, stop words), so "owner", "owning" and "ownership" match the
// same way everywhere. Pure functions: no store, no state beyond immutable tables.
class Themes
{
    Q_DECLARE_TR_FUNCTIONS(starling::Themes)
public:
    // Every theme, in taxonomy order (also the tie-break order of suggest()).
    static QList<Theme> all();
    static QStringList keys();
    static std::optional<Theme> find(QStringView key);
    static bool isKnown(QStringView key);
    // The translated name, or the key itself for a key the taxonomy does not know.
    static QString displayName(QStringView key);

    // Up to `max` theme keys for a value, best first. Cue hits in the name weigh 3, in a keyword
    // 2, in the meaning 1 (each distinct cue counts once per field); themes scoring less than half
    // of the best are dropped, so one stray word in a long meaning does not add noise. Ties keep
    // taxonomy order. Empty when nothing matches.
    static QStringList suggest(const QString &name, const QString &meaning,
                               const QStringList &keywords, int max = 3);

    // Case-folded words of `text`: runs of letters, digits and combining marks (NFKC first, so
    // composed and decomposed accents agree). An apostrophe between letters joins ("don't" ->
    // "dont", "customer's" -> "customers").
    static QStringList words(QStringView text);
    // A light English stem: "owner", "owns", "owning", "ownership" -> "own"; "decide",
    // "decision", "decisive" -> "decid". Words with anything but a-z after case folding are
    // returned case-folded and otherwise unchanged. Only meant for comparing stems with stems.
    static QString stem(QStringView word);
    // words() then stem() on each.
    static QStringList stems(QStringView text);
    // Common English function words ("the", "with", "we"...), for a case-folded word.
    static bool isStopWord(QStringView word);
};

} // namespace starling
