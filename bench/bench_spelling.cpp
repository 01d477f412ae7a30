// Whether spell checking slows typing in a long field.
//
// Types into a QPlainTextEdit holding 5 000 words — all in one paragraph, and in 250 paragraphs
// of 20 words — one key at a time, in the middle of the text, and times each keystroke end to
// end: the key event, the highlighter checking the changed paragraph, and a synchronous repaint of
// the viewport. Every case types into two editors in turn, key by key, so both see the same load:
// one without a highlighter (the baseline, what typing costs anyway) and one with SpellHighlighter
// attached the way every editor has it. The
// text is about 5 % misspellings, so underlines are drawn too. It also reports how long loading
// the dictionary and highlighting the whole field once take.
//
//   QT_QPA_PLATFORM=offscreen ./bench/starling_bench_spelling [--keys N] [--dictionary CODE]
//
// Budget: the highlighter adds at most one frame (16 ms) to the median keystroke.

#include "spellchecker.h"
#include "spellhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace starling;

namespace {

constexpr double FrameBudgetMs = 16.0;
constexpr int WordCount = 5000;
constexpr int WordsPerParagraph = 20;

const char *const kWords[] = {
    "the", "to", "and", "a", "of", "we", "in", "that", "was", "it", "for", "on", "with", "my",
    "team", "is", "as", "this", "be", "by", "our", "had", "were", "data", "model", "from", "at",
    "so", "which", "an", "they", "but", "not", "all", "would", "more", "one", "their", "after",
    "each", "when", "out", "what", "about", "into", "could", "weeks", "first", "project", "users",
    "then", "new", "it's", "how", "two", "also", "product", "time", "work", "results", "analysis",
    "manager", "because", "other", "than", "over", "only", "some", "metric", "pipeline",
    "features", "customers", "test", "engineers", "decided", "built", "needed", "worked",
    "showed", "month", "quarter", "numbers", "approach", "problem", "launch", "experiment",
    "dashboard", "training", "production", "baseline", "accuracy", "release", "review",
    "meeting", "deadline", "feedback", "colleague", "stakeholders", "explained", "revenue",
    "retention", "churn", "latency", "regression", "forecast", "segment", "cohort", "mentor",
    "conflict", "disagreed", "priorities", "ownership", "leadership", "escalated", "rollback",
    "outage", "incident", "backlog", "roadmap", "budget", "hiring", "interview", "migration",
    "warehouse", "schema", "query", "SQL", "Python", "KPI", "Q3", "don't", "couldn't",
    "precision", "recall", "calibration", "variance", "significance", "alignment",
    "recommendation", "ranking", "inference", "monitoring", "alerting", "postmortem", "root",
    "cause", "leverage", "robust", "https://example.com/report",
};
// About one word in twenty is misspelled, as in a first draft.
const char *const kMisspelled[] = {
    "teh", "recieve", "stakeholdres", "migraton", "dashbaord", "anaylsis", "accomodate",
    "seperate", "definately", "occured", "pipleine", "experiement",
};

QString makeText(int paragraphWords)
{
    QRandomGenerator random(7);
    QString text;
    for (int i = 0; i < WordCount; ++i) {
        if (i > 0)
            text += (paragraphWords > 0 && i % paragraphWords == 0) ? QLatin1Char('\n')
                                                                    : QLatin1Char(' ');
        const bool typo = random.bounded(20) == 0;
        text += QString::fromUtf8(typo ? kMisspelled[random.bounded(int(std::size(kMisspelled)))]
                                       : kWords[random.bounded(int(std::size(kWords)))]);
    }
    return text;
}

struct Timing {
    double medianMs = 0;
    double p95Ms = 0;
    double maxMs = 0;
};

Timing summarize(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Timing timing;
    if (samples.empty())
        return timing;
    timing.medianMs = samples[samples.size() / 2];
    timing.p95Ms = samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
    timing.maxMs = samples.back();
    return timing;
}

// An editor holding `text`, shown, with the cursor at the start of a word in the middle; with a
// SpellHighlighter when `checker` is given. `setupMs` is how long filling (and checking) it took.
std::unique_ptr<QPlainTextEdit> makeEditor(const QString &text, SpellChecker *checker,
                                           double *setupMs) {
    auto edit = std::make_unique<QPlainTextEdit>();
    edit->resize(900, 700);
    QElapsedTimer setup;
    setup.start();
    edit->setPlainText(text);
    if (checker)
        new SpellHighlighter(edit.get(), *checker); // checks the whole field once
    *setupMs = double(setup.nsecsElapsed()) / 1e6;
    edit->show();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(int(text.size() / 2));
    cursor.movePosition(QTextCursor::StartOfWord);
    edit->setTextCursor(cursor);
    edit->centerCursor();
    return edit;
}

// Types `keys` characters (words with spaces, a misspelling among them) into both editors, one key
// into each in turn, so both see the same machine load; each keystroke is timed with its repaint.
std::pair<Timing, Timing> typeInto(QPlainTextEdit &baseline, QPlainTextEdit &highlighted, int keys)
{
    // The highlighted editor has the focus, so the word being typed is held back as in the app.
    highlighted.activateWindow();
    if (!QTest::qWaitForWindowActive(&highlighted))
        std::fprintf(stderr, "warning: the editor never became active\n");
    highlighted.setFocus();
    QCoreApplication::processEvents();

    const QString typed = QStringLiteral("we shiped teh new model to production and it worked ");
    std::vector<double> samples[2];
    QElapsedTimer timer;
    for (int i = 0; i < keys + 10; ++i) {
        const char c = typed.at(i % typed.size()).toLatin1();
        int which = 0;
        for (QPlainTextEdit *edit : {&baseline, &highlighted}) {
            timer.start();
            QTest::keyClick(edit, c);
            edit->viewport()->repaint();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (i >= 10) // the first keys warm the caches up
                samples[which].push_back(ms);
            ++which;
        }
    }
    return {summarize(samples[0]), summarize(samples[1])};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int keys = 200;
    QString code = QStringLiteral("en_US");
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--keys" && i + 1 < args.size()) {
            keys = std::max(20, args.at(++i).toInt());
        } else if (args.at(i) == u"--dictionary" && i + 1 < args.size()) {
            code = args.at(++i);
        } else {
            std::fprintf(stderr, "usage: %s [--keys N] [--dictionary CODE]\n", argv[0]);
            return 2;
        }
    }

    QTemporaryDir dir;
    QElapsedTimer load;
    load.start();
    SpellChecker checker(SpellChecker::defaultSearchPaths(),
                         dir.filePath(QStringLiteral("words.txt")));
    checker.setRequestedDictionary(code);
    checker.isCorrect(QStringLiteral("warm")); // the first look-up, after the dictionary loaded
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    if (!checker.isActive()) {
        std::fprintf(stderr, "No Hunspell dictionary found (%s); install hunspell-en-us.\n",
                     qPrintable(checker.statusMessage()));
        return 1;
    }
    std::printf("Spell checking while typing: %d words, %d keystrokes per case, dictionary %s "
                "(loaded in %.1f ms)\n\n",
                WordCount, keys, qPrintable(checker.activeDictionary()), loadMs);
    std::printf("%-30s %12s %10s %10s %10s %14s\n", "case", "highlighter", "median ms", "p95 ms",
                "max ms", "open field ms");

    bool withinBudget = true;
    const struct {
        const char *name;
        int paragraphWords;
    } cases[] = {{"one paragraph of 5 000 words", 0},
                 {"250 paragraphs of 20 words", WordsPerParagraph}};
    for (const auto &c : cases) {
        const QString text = makeText(c.paragraphWords);
        double baseSetupMs = 0;
        double setupMs = 0;
        const auto baseline = makeEditor(text, nullptr, &baseSetupMs);
        const auto highlighted = makeEditor(text, &checker, &setupMs);
        const auto [base, with] = typeInto(*baseline, *highlighted, keys);
        const double added = with.medianMs - base.medianMs;
        std::printf("%-30s %12s %10.2f %10.2f %10.2f %14.1f\n", c.name, "no (base)", base.medianMs,
                    base.p95Ms, base.maxMs, baseSetupMs);
        std::printf("%-30s %12s %10.2f %10.2f %10.2f %14.1f\n", c.name, "yes", with.medianMs,
                    with.p95Ms, with.maxMs, setupMs);
        std::printf("%-30s %12s %10.2f\n", "", "added", added);
        if (added > FrameBudgetMs)
            withinBudget = false;
    }

    // Checking a whole paragraph from scratch, with the verdicts already remembered: what opening
    // a field or "Add to Dictionary" costs per paragraph. A keystroke rechecks only the words
    // around the change, so it costs far less than this.
    std::printf("\n%-44s %10s %10s\n", "full check of one paragraph (no layout)", "median ms",
                "max ms");
    for (const auto &c : cases) {
        const QString text = makeText(c.paragraphWords);
        const QStringList paragraphs = text.split(QLatin1Char('\n'));
        const QString paragraph = paragraphs.at(paragraphs.size() / 2);
        checker.misspelledWords(paragraph);
        std::vector<double> samples;
        QElapsedTimer timer;
        for (int i = 0; i < keys; ++i) {
            timer.start();
            const qsizetype found = checker.misspelledWords(paragraph).size();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (found < 0)
                return 3; // keeps the call from being optimised away
        }
        const Timing t = summarize(samples);
        std::printf("%-44s %10.3f %10.3f\n", c.name, t.medianMs, t.maxMs);
    }

    std::printf(
        "\nBudget: the highlighter adds at most %.0f ms (one frame) to the median keystroke: "
        "%s\n",
        FrameBudgetMs, withinBudget ? "met" : "MISSED");
    std::printf(
        "(Typing into one 5 000-word paragraph is slow even without spell checking: Qt lays "
        "the whole paragraph out again at every key.)\n");
    return withinBudget ? 0 : 1;
}
