#include "fuzzentries.h"

#include "valuespasteparser.h"
#include "vaultexchange.h"
#include "vaultstore.h"

#include <cstring>

namespace starling::fuzz {

namespace {

struct Counts {
    qsizetype stories = -1;
    qsizetype companies = -1;
    qsizetype values = -1;
    qsizetype links = -1;
    qsizetype questions = -1;
    qsizetype answers = -1;
    qsizetype practiceRuns = -1;
    bool operator==(const Counts &) const = default;
};

template<typename T> qsizetype sizeOf(const Result<QList<T>> &rows) {
    return rows ? rows.value().size() : -1;
}

Counts countRows(const VaultStore &store) {
    return Counts{sizeOf(store.stories()),     sizeOf(store.companies()), sizeOf(store.allValues()),
                  sizeOf(store.links()),       sizeOf(store.questions()), sizeOf(store.answers()),
                  sizeOf(store.practiceRuns())};
}

QString describe(const Counts &c) {
    return QStringLiteral("stories %1, companies %2, values %3, links %4, questions %5, "
                          "answers %6, practice runs %7")
        .arg(c.stories)
        .arg(c.companies)
        .arg(c.values)
        .arg(c.links)
        .arg(c.questions)
        .arg(c.answers)
        .arg(c.practiceRuns);
}

const Counts kEmpty{0, 0, 0, 0, 0, 0, 0};

// The message transact() is rolled back with; anything else coming out of it is a real failure.
const QString kRollBack = QStringLiteral("fuzz: roll back");

struct Attempt {
    bool imported = false;
    QString problem;     // a broken invariant
    QByteArray exported; // what the store exported right after an accepted import
};

// Imports inside a transaction that is always rolled back, so the store is empty afterwards.
Attempt importAndRollBack(VaultStore &store, const QByteArray &data) {
    Attempt attempt;
    const Status outer = store.transact([&]() -> Status {
        const Result<ImportSummary> summary = VaultExchange::importVault(store, data);
        const Counts after = countRows(store);
        if (!summary) {
            if (summary.error().isEmpty())
                attempt.problem = QStringLiteral("a rejected import gave no message");
            else if (!(after == kEmpty))
                attempt.problem =
                    QStringLiteral("a rejected import left rows behind: ") + describe(after);
            return Error{kRollBack};
        }
        attempt.imported = true;
        const ImportSummary &s = summary.value();
        const Counts reported{s.stories,   s.companies, s.values,      s.links,
                              s.questions, s.answers,   s.practiceRuns};
        if (!(after == reported)) {
            attempt.problem = QStringLiteral("the import reported %1 but the vault holds %2")
                                  .arg(describe(reported), describe(after));
            return Error{kRollBack};
        }
        const Result<QByteArray> exported = VaultExchange::exportVault(store);
        if (!exported)
            attempt.problem =
                QStringLiteral("an imported vault cannot be exported: ") + exported.error();
        else
            attempt.exported = exported.value();
        return Error{kRollBack};
    });
    if (outer || outer.error() != kRollBack) {
        if (attempt.problem.isEmpty())
            attempt.problem =
                QStringLiteral("the transaction did not roll back as asked: ") + outer.error();
    }
    const Counts left = countRows(store);
    if (attempt.problem.isEmpty() && !(left == kEmpty))
        attempt.problem = QStringLiteral("rolling back left rows behind: ") + describe(left);
    return attempt;
}

} // namespace

QString importVaultOnce(VaultStore &store, const QByteArray &data) {
    if (!store.isOpen())
        return QStringLiteral("the store is not open");
    const Attempt first = importAndRollBack(store, data);
    if (!first.problem.isEmpty() || !first.imported)
        return first.problem;

    // Export is documented to round-trip: export, import into an empty vault, export again
    // gives an identical file.
    const Attempt second = importAndRollBack(store, first.exported);
    if (!second.problem.isEmpty())
        return QStringLiteral("re-importing the export: ") + second.problem;
    if (!second.imported)
        return QStringLiteral("the export of an accepted import was rejected");
    if (second.exported != first.exported)
        return QStringLiteral("export, import, export did not give the same file");
    return {};
}

QString parsePasteOnce(const QByteArray &data) {
    QString text;
    // An odd first byte reads the rest as raw UTF-16, which UTF-8 decoding can never produce
    // (lone surrogates, U+FFFE); otherwise the paste is UTF-8 like a clipboard's text.
    if (!data.isEmpty() && (static_cast<unsigned char>(data.front()) & 1u)) {
        // Copied rather than cast: the bytes after the first are not aligned for char16_t.
        text.resize((data.size() - 1) / 2);
        std::memcpy(text.data(), data.constData() + 1, size_t(text.size()) * sizeof(QChar));
    } else {
        text = QString::fromUtf8(data);
    }

    const QList<ValueDraft> drafts = ValuesPasteParser::parse(text);
    qsizetype items = 0;
    for (const ValueDraft &value : drafts) {
        ++items;
        if (value.name.trimmed().isEmpty())
            return QStringLiteral("a value without a name");
        for (const ValueDraft &child : value.children) {
            ++items;
            if (child.name.trimmed().isEmpty())
                return QStringLiteral("a sub-principle without a name");
            if (!child.children.isEmpty())
                return QStringLiteral("a sub-principle with children: only two levels are kept");
        }
    }
    if (items > ValuesPasteParser::MaxValues)
        return QStringLiteral("%1 items, more than MaxValues").arg(items);
    if (ValuesPasteParser::parse(text) != drafts)
        return QStringLiteral("parsing the same text twice gave different trees");
    return {};
}

} // namespace starling::fuzz
