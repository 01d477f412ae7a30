#include "storyfilterproxymodel.h"

#include "storyvaultmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace starling {

StoryFilterProxyModel::StoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The C locale has no collation rules (its keys compare raw bytes, so "Zebra" < "apple");
    // fall back to English ones, which sort Latin text the way people expect.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    // lessThan() decides the whole order, including direction, so the proxy always sorts
    // column 0 ascending.
    sort(0, Qt::AscendingOrder);
}

StoryFilterProxyModel::~StoryFilterProxyModel() = default;

void StoryFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_source = sourceModel;
    m_vault = qobject_cast<StoryVaultModel *>(sourceModel);
    if (sourceModel) {
        // Connected before QSortFilterProxyModel connects its own handlers, so the cached
        // match results already describe the new rows when it asks filterAcceptsRow().
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this,
                    &StoryFilterProxyModel::onRowsInserted),
            connect(sourceModel, &QAbstractItemModel::rowsRemoved, this,
                    &StoryFilterProxyModel::onRowsRemoved),
            connect(sourceModel, &QAbstractItemModel::dataChanged, this,
                    &StoryFilterProxyModel::onDataChanged),
            connect(sourceModel, &QAbstractItemModel::modelReset, this,
                    &StoryFilterProxyModel::onReset),
            connect(sourceModel, &QAbstractItemModel::layoutChanged, this,
                    &StoryFilterProxyModel::onReset),
            connect(sourceModel, &QAbstractItemModel::rowsMoved, this,
                    &StoryFilterProxyModel::onReset),
        };
    }
    recomputeAll();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

QStringList StoryFilterProxyModel::searchTerms(const QString &text)
{
    const QString folded = StoryVaultModel::foldForSearch(text);
    QStringList terms;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool space = i == folded.size() || folded.at(i).isSpace();
        if (space && start >= 0) {
            const QString term = folded.mid(start, i - start);
            if (!terms.contains(term))
                terms.append(term);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return terms;
}

void StoryFilterProxyModel::setSearchText(const QString &text)
{
    m_searchText = text;
    QStringList terms = searchTerms(text);
    // Longest first: long terms reject most rows, so later terms check fewer.
    std::stable_sort(terms.begin(), terms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (terms == m_terms)
        return;
    m_terms = terms;
    refilter();
}

void StoryFilterProxyModel::setKindFilter(StoryKinds kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    refilter();
}

void StoryFilterProxyModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    computeRanks();
    // The column and order stay the same, so sort() would be a no-op; rebuild the mapping.
    invalidate();
}

// --- source access: direct for StoryVaultModel, through roles for anything else ---------------

int StoryFilterProxyModel::sourceRows() const
{
    return m_source ? m_source->rowCount() : 0;
}

QString StoryFilterProxyModel::searchTextAt(int row) const
{
    if (m_vault)
        return m_vault->searchTextAt(row);
    return m_source->index(row, 0).data(StoryVaultModel::SearchTextRole).toString();
}

StoryKinds StoryFilterProxyModel::kindsAt(int row) const
{
    if (m_vault)
        return m_vault->storyRefAt(row).kinds;
    return StoryKinds::fromInt(m_source->index(row, 0).data(StoryVaultModel::KindsRole).toInt());
}

QString StoryFilterProxyModel::displayTitleAt(int row) const
{
    if (m_vault)
        return StoryVaultModel::displayTitle(m_vault->storyRefAt(row));
    return m_source->index(row, 0).data(Qt::DisplayRole).toString();
}

qint64 StoryFilterProxyModel::idAt(int row) const
{
    if (m_vault)
        return m_vault->storyRefAt(row).id;
    return m_source->index(row, 0).data(StoryVaultModel::IdRole).toLongLong();
}

QDateTime StoryFilterProxyModel::updatedAt(int row) const
{
    if (m_vault)
        return m_vault->storyRefAt(row).updatedAt;
    return m_source->index(row, 0).data(StoryVaultModel::UpdatedAtRole).toDateTime();
}

std::pair<int, int> StoryFilterProxyModel::usageAt(int row) const
{
    if (m_vault) {
        const StoryUsage usage = m_vault->usageAt(row);
        return {usage.links, usage.answers};
    }
    const QModelIndex index = m_source->index(row, 0);
    return {index.data(StoryVaultModel::LinkCountRole).toInt(),
            index.data(StoryVaultModel::AnswerCountRole).toInt()};
}

// --- filtering ----------------------------------------------------------------------------------

// How rare a character is in typical (English-heavy) text: higher is rarer.
static int rarity(QChar c)
{
    static constexpr char16_t byFrequency[] = u"etaoinshrdlcumwfgypbvkjxqz";
    if (c.unicode() < 128) {
        for (int i = 0; i < 26; ++i) {
            if (byFrequency[i] == c.unicode())
                return i;
        }
        return c.isDigit() ? 20 : 22;
    }
    return 24;
}

StoryFilterProxyModel::TermFinder::TermFinder(const QString &text)
    : term(text)
{
    int best = -1;
    for (qsizetype i = 0; i < term.size(); ++i) {
        if (const int r = rarity(term.at(i)); r > best) {
            best = r;
            anchor = term.at(i);
            anchorOffset = i;
        }
    }
}

bool StoryFilterProxyModel::TermFinder::foundIn(QStringView text) const
{
    const qsizetype length = term.size();
    if (length == 0)
        return true;
    const qsizetype lastAnchor = text.size() - length + anchorOffset;
    qsizetype from = anchorOffset;
    while (from <= lastAnchor) {
        const qsizetype hit = text.indexOf(anchor, from);
        if (hit < 0 || hit > lastAnchor)
            return false;
        if (text.sliced(hit - anchorOffset, length) == QStringView(term))
            return true;
        from = hit + 1;
    }
    return false;
}

bool StoryFilterProxyModel::termMatches(const ActiveTerm &term, int row) const
{
    quint8 &state = term.entry->states[size_t(row)];
    if (state != 0)
        return state == 1;
    // A row without "chur" cannot contain "churn"; a row with "churn" contains "chur".
    for (const MatchStates *shorter : term.shorter) {
        if ((*shorter)[size_t(row)] == 2) {
            state = 2;
            return false;
        }
    }
    for (const MatchStates *longer : term.longer) {
        if ((*longer)[size_t(row)] == 1) {
            state = 1;
            return true;
        }
    }
    const bool found = m_vault ? term.entry->finder.foundIn(m_vault->searchTextAt(row))
                               : term.entry->finder.foundIn(searchTextAt(row));
    state = found ? 1 : 2;
    return found;
}

bool StoryFilterProxyModel::rowAccepted(int row)
{
    if (m_kinds && !(kindsAt(row) & m_kinds))
        return false;
    for (const ActiveTerm &term : m_active) {
        if (!termMatches(term, row))
            return false;
    }
    return true;
}

StoryFilterProxyModel::TermEntry *StoryFilterProxyModel::termEntry(const QString &term)
{
    const auto found = std::find_if(m_termCache.begin(), m_termCache.end(),
                                    [&term](const auto &e) { return e->term == term; });
    if (found != m_termCache.end()) {
        // Most recently used goes last; the unique_ptr keeps the entry's address.
        std::rotate(found, found + 1, m_termCache.end());
        return m_termCache.back().get();
    }
    if (int(m_termCache.size()) >= CachedTermLimit) {
        const auto stale = std::find_if(m_termCache.begin(), m_termCache.end(),
                                        [this](const auto &e) { return !m_terms.contains(e->term); });
        if (stale != m_termCache.end())
            m_termCache.erase(stale);
    }
    auto entry = std::make_unique<TermEntry>();
    entry->term = term;
    entry->finder = TermFinder(term);
    entry->states.assign(size_t(sourceRows()), 0);
    m_termCache.push_back(std::move(entry));
    return m_termCache.back().get();
}

void StoryFilterProxyModel::prepareTerms()
{
    m_active.clear();
    std::vector<TermEntry *> entries;
    for (const QString &term : std::as_const(m_terms))
        entries.push_back(termEntry(term));
    for (TermEntry *entry : entries) {
        ActiveTerm active;
        active.entry = entry;
        for (const auto &other : m_termCache) {
            if (other.get() == entry)
                continue;
            if (entry->term.contains(other->term))
                active.shorter.push_back(&other->states);
            else if (other->term.contains(entry->term))
                active.longer.push_back(&other->states);
        }
        m_active.push_back(std::move(active));
    }
}

void StoryFilterProxyModel::refilter()
{
    prepareTerms();
    const int rows = sourceRows();
    std::vector<quint8> next(size_t(rows), 0);
    const bool sizeMatches = m_accepted.size() == size_t(rows);
    int flips = sizeMatches ? 0 : rows;
    for (int row = 0; row < rows; ++row) {
        next[size_t(row)] = rowAccepted(row) ? 1 : 0;
        if (sizeMatches && next[size_t(row)] != m_accepted[size_t(row)])
            ++flips;
    }
    m_accepted.swap(next);
    if (flips == 0)
        return;
    if (flips <= IncrementalFilterLimit) {
        invalidateRowsFilter();
    } else {
        computeRanks();
        invalidate();
    }
}

void StoryFilterProxyModel::recomputeAll()
{
    m_ranksValid = false;
    const size_t rows = size_t(sourceRows());
    for (const auto &entry : m_termCache)
        entry->states.assign(rows, 0);
    m_titleKeys.assign(rows, std::nullopt);
    prepareTerms();
    m_accepted.assign(rows, 0);
    for (size_t row = 0; row < rows; ++row)
        m_accepted[row] = rowAccepted(int(row)) ? 1 : 0;
}

bool StoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return size_t(sourceRow) >= m_accepted.size() || m_accepted[size_t(sourceRow)] != 0;
}

void StoryFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_ranksValid = false;
    const size_t count = size_t(last) - size_t(first) + 1;
    for (const auto &entry : m_termCache)
        entry->states.insert(entry->states.begin() + first, count, 0);
    m_titleKeys.insert(m_titleKeys.begin() + first, count, std::nullopt);
    m_accepted.insert(m_accepted.begin() + first, count, 0);
    for (int row = first; row <= last; ++row)
        m_accepted[size_t(row)] = rowAccepted(row) ? 1 : 0;
}

void StoryFilterProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_ranksValid = false;
    const auto erase = [first, last](auto &list) {
        list.erase(list.begin() + first, list.begin() + last + 1);
    };
    for (const auto &entry : m_termCache)
        erase(entry->states);
    erase(m_titleKeys);
    erase(m_accepted);
}

void StoryFilterProxyModel::onDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // Ranks are only a shortcut: until the next big re-sort, compare rows directly.
    m_ranksValid = false;
    const bool textChanged = roles.isEmpty() || roles.contains(StoryVaultModel::SearchTextRole);
    const bool titleChanged = roles.isEmpty() || roles.contains(Qt::DisplayRole)
                           || roles.contains(StoryVaultModel::TitleRole);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (textChanged) {
            for (const auto &entry : m_termCache)
                entry->states[size_t(row)] = 0;
        }
        if (titleChanged)
            m_titleKeys[size_t(row)].reset();
        m_accepted[size_t(row)] = rowAccepted(row) ? 1 : 0;
    }
}

void StoryFilterProxyModel::onReset()
{
    recomputeAll();
}

// --- sorting ------------------------------------------------------------------------------------

const QCollatorSortKey &StoryFilterProxyModel::titleKey(int row) const
{
    std::optional<QCollatorSortKey> &key = m_titleKeys[size_t(row)];
    if (!key)
        key.emplace(m_collator.sortKey(displayTitleAt(row)));
    return *key;
}

bool StoryFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_ranksValid)
        return m_ranks[size_t(left.row())] < m_ranks[size_t(right.row())];
    return rowLess(left.row(), right.row());
}

void StoryFilterProxyModel::computeRanks()
{
    // Sorting every row once here, straight from the source, lets the proxy's own sorts (which
    // go through QModelIndex for every comparison) compare two integers instead.
    const int rows = sourceRows();
    std::vector<int> order(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        order[size_t(row)] = row;
    std::sort(order.begin(), order.end(), [this](int l, int r) { return rowLess(l, r); });
    m_ranks.assign(size_t(rows), 0);
    for (int i = 0; i < rows; ++i)
        m_ranks[size_t(order[size_t(i)])] = i;
    m_ranksValid = true;
}

bool StoryFilterProxyModel::rowLess(int l, int r) const
{
    switch (m_sortKey) {
    case SortKey::Title: break;
    case SortKey::Updated: {
        const QDateTime a = updatedAt(l);
        const QDateTime b = updatedAt(r);
        if (a != b)
            return a > b;
        break;
    }
    case SortKey::Usage: {
        const auto a = usageAt(l);
        const auto b = usageAt(r);
        if (a != b)
            return a > b;
        break;
    }
    }
    if (const int c = titleKey(l).compare(titleKey(r)); c != 0)
        return c < 0;
    return idAt(l) < idAt(r);
}

} // namespace starling
