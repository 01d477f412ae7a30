#pragma once

#include "story.h"

#include <QCollator>
#include <QDateTime>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace starling {

class StoryVaultModel;

// Searches, filters and sorts the story vault for the vault dock.
//
// Built to keep up with typing in a 10 000-story vault: it reads the pre-folded search text
// straight from StoryVaultModel, remembers which rows each recent search term matched (so
// typing "chur" → "churn" only re-checks the rows "chur" matched, and backspacing restores an
// earlier result without scanning), and compares sort keys it computed once per title.
// Any other source model works too, through StoryVaultModel's roles, just more slowly.
class StoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey {
        Title,   // A→Z, locale-aware, "Project 2" before "Project 10"
        Updated, // most recently edited first
        Usage,   // most matrix links first, then answers, then by title
    };
    Q_ENUM(SortKey)

    // A filter change that shows or hides more rows than this is applied as one layout change
    // rather than a remove/insert signal per stretch of rows, which costs O(rows) each.
    static constexpr int IncrementalFilterLimit = 64;
    // How many recent search terms keep their per-row match results.
    static constexpr int CachedTermLimit = 48;

    explicit StoryFilterProxyModel(QObject *parent = nullptr);
    ~StoryFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString searchText() const { return m_searchText; }
    // Every whitespace-separated term must appear somewhere in the title, STAR parts or notes,
    // ignoring case. An empty text shows every story.
    void setSearchText(const QString &text);

    StoryKinds kindFilter() const { return m_kinds; }
    // No kinds shows every story; otherwise a story shows when it has any of the kinds.
    void setKindFilter(StoryKinds kinds);

    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);

    // The folded, de-duplicated terms a search text is split into.
    static QStringList searchTerms(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Per source row: 0 = not checked yet, 1 = contains the term, 2 = does not.
    using MatchStates = std::vector<quint8>;
    // Looks for a term by its rarest character first ("k" in "stakeholder"): a vectorised
    // search for one character skips most of the text, and only its few hits are compared.
    struct TermFinder {
        QString term;
        QChar anchor;
        qsizetype anchorOffset = 0;
        explicit TermFinder(const QString &term = {});
        bool foundIn(QStringView text) const;
    };
    struct TermEntry {
        QString term;
        TermFinder finder;
        MatchStates states;
    };
    struct ActiveTerm {
        TermEntry *entry = nullptr;
        std::vector<const MatchStates *> shorter; // cached terms inside this one
        std::vector<const MatchStates *> longer;  // cached terms that contain this one
    };

    int sourceRows() const;
    QString searchTextAt(int row) const;
    QString displayTitleAt(int row) const;
    qint64 idAt(int row) const;
    QDateTime updatedAt(int row) const;
    std::pair<int, int> usageAt(int row) const;
    StoryKinds kindsAt(int row) const;
    bool termMatches(const ActiveTerm &term, int row) const;
    bool rowAccepted(int row);
    TermEntry *termEntry(const QString &term);
    void prepareTerms();
    void refilter();
    void recomputeAll();
    const QCollatorSortKey &titleKey(int row) const;
    bool rowLess(int left, int right) const;
    void computeRanks();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onReset();

    QPointer<QAbstractItemModel> m_source;
    QPointer<StoryVaultModel> m_vault;
    QList<QMetaObject::Connection> m_sourceConnections;

    QString m_searchText;
    QStringList m_terms;
    StoryKinds m_kinds;
    SortKey m_sortKey = SortKey::Title;

    std::vector<quint8> m_accepted; // per source row
    std::vector<std::unique_ptr<TermEntry>> m_termCache; // most recently used last
    std::vector<ActiveTerm> m_active;

    QCollator m_collator;
    mutable std::vector<std::optional<QCollatorSortKey>> m_titleKeys; // per source row, lazy
    std::vector<int> m_ranks; // per source row: position in the current sort order
    bool m_ranksValid = false;
};

} // namespace starling
