#include "valuetreemodel.h"

#include "idsmime.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace starling {

// Indexes carry the value id as their internal id: ids are stable across moves, while the rows
// of a tree shift. (SQLite row ids stay far below 2^32 in practice, so 32-bit builds work too.)

ValueTreeModel::ValueTreeModel(VaultSession &session, VaultCommands &commands, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_commands(commands)
{
    connect(&session.notifier(), &ChangeNotifier::changed, this, &ValueTreeModel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &ValueTreeModel::onReset);
}

ValueTreeModel::~ValueTreeModel() = default;

void ValueTreeModel::setCompanyId(qint64 companyId)
{
    if (companyId < 0)
        companyId = 0;
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    reload();
    emit companyIdChanged(m_companyId);
}

QList<qint64> &ValueTreeModel::childrenOf(qint64 parentId)
{
    return parentId == 0 ? m_roots : m_nodes[parentId].children;
}

const QList<qint64> &ValueTreeModel::childrenOf(qint64 parentId) const
{
    static const QList<qint64> none;
    if (parentId == 0)
        return m_roots;
    const auto it = m_nodes.constFind(parentId);
    return it == m_nodes.cend() ? none : it->children;
}

int ValueTreeModel::rowOf(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return -1;
    return int(childrenOf(it->value.parentId).indexOf(id));
}

bool ValueTreeModel::isAncestorOrSelf(qint64 ancestor, qint64 id) const
{
    // Bounded by the node count, so a corrupt cycle cannot hang us.
    for (qsizetype steps = 0; id != 0 && steps <= m_nodes.size(); ++steps) {
        if (id == ancestor)
            return true;
        const auto it = m_nodes.constFind(id);
        if (it == m_nodes.cend())
            return false;
        id = it->value.parentId;
    }
    return false;
}

QList<qint64> ValueTreeModel::preorder() const
{
    QList<qint64> order;
    order.reserve(m_nodes.size());
    QList<qint64> stack(m_roots.crbegin(), m_roots.crend());
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        order.append(id);
        const QList<qint64> &kids = childrenOf(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return order;
}

QModelIndex ValueTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(childrenOf(parentId).at(row)));
}

QModelIndex ValueTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_nodes.constFind(qint64(child.internalId()));
    if (it == m_nodes.cend() || it->value.parentId == 0)
        return {};
    const qint64 parentId = it->value.parentId;
    const int row = rowOf(parentId);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(parentId));
}

int ValueTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(childrenOf(qint64(parent.internalId())).size());
}

int ValueTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex ValueTreeModel::indexForId(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(id));
}

ValuePrinciple ValueTreeModel::valueAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_nodes.value(qint64(index.internalId())).value;
}

QVariant ValueTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_nodes.constFind(qint64(index.internalId()));
    if (it == m_nodes.cend())
        return {};
    const ValuePrinciple &value = it->value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return value.name;
    case Qt::ToolTipRole: {
        // Tooltips guess at rich text: build real HTML and escape what the user typed.
        QString html = QStringLiteral("<b>%1</b>").arg(value.name.toHtmlEscaped());
        if (!value.meaning.trimmed().isEmpty())
            html += QStringLiteral("<br>") + value.meaning.trimmed().toHtmlEscaped();
        return html;
    }
    case IdRole: return value.id;
    case MeaningRole: return value.meaning;
    case KeywordsRole: return value.keywords;
    case ThemesRole: return value.themes;
    case LinkCountRole: return it->linkCount;
    case ParentIdRole: return value.parentId;
    default: return {};
    }
}

bool ValueTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ValuePrinciple renamed = valueAt(index);
    const QString name = value.toString().trimmed();
    if (renamed.id == 0 || name.isEmpty())
        return false;
    if (name == renamed.name)
        return true;
    renamed.name = name;
    // The notifier reports the rename before this returns, and dataChanged() follows from it.
    if (Status status = m_commands.updateValue(renamed, ValueField::Name); !status) {
        reportError(status.error());
        return false;
    }
    return true;
}

Qt::ItemFlags ValueTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_companyId != 0 ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
           | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> ValueTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "valueId");
    names.insert(MeaningRole, "meaning");
    names.insert(KeywordsRole, "keywords");
    names.insert(ThemesRole, "themes");
    names.insert(LinkCountRole, "linkCount");
    names.insert(ParentIdRole, "parentId");
    return names;
}

// ---------------------------------------------------------------------------------------------
// Drag and drop

Qt::DropActions ValueTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ValueTreeModel::supportedDropActions() const
{
    // Values only ever move; a story dragged from the vault list arrives as a copy or a link
    // (the story stays in the vault), and QAbstractItemView accepts a drag entering the view
    // only when its action and one of mimeTypes() match here.
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

QStringList ValueTreeModel::mimeTypes() const
{
    // mimeData() writes only value ids; story ids are listed because this model accepts them.
    return {IdsMime::ValueIds, IdsMime::StoryIds};
}

QMimeData *ValueTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QSet<qint64> chosen;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && m_nodes.contains(qint64(index.internalId())))
            chosen.insert(qint64(index.internalId()));
    }
    if (chosen.isEmpty())
        return nullptr;
    // In tree order, so the values land in the order they are shown.
    QList<qint64> ids;
    for (qint64 id : preorder()) {
        if (chosen.contains(id))
            ids.append(id);
    }
    return IdsMime::create(IdsMime::ValueIds, ids);
}

std::optional<ValueTreeModel::ValueMove>
ValueTreeModel::planValueDrop(const QMimeData *data, Qt::DropAction action, int row,
                              const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || m_companyId == 0)
        return std::nullopt;
    if (parent.isValid() && parent.model() != this)
        return std::nullopt;
    const std::optional<QList<qint64>> ids = IdsMime::read(data, IdsMime::ValueIds);
    if (!ids)
        return std::nullopt;
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    if (parentId != 0 && !m_nodes.contains(parentId))
        return std::nullopt;
    const QList<qint64> &siblings = childrenOf(parentId);
    if (row < -1 || row > siblings.size())
        return std::nullopt;
    QSet<qint64> moving;
    for (qint64 id : *ids) {
        // Every id must be one of ours: a value of another company (or a stale id) means the
        // payload is not about this tree, and none of it is used.
        if (!m_nodes.contains(id) || isAncestorOrSelf(id, parentId))
            return std::nullopt;
        moving.insert(id);
    }
    ValueMove move;
    move.parentId = parentId;
    for (qint64 id : preorder()) {
        if (!moving.contains(id))
            continue;
        // A sub-principle dragged together with its parent travels with the parent.
        bool carried = false;
        for (qint64 up = m_nodes.value(id).value.parentId; up != 0 && !carried;
             up = m_nodes.value(up).value.parentId) {
            carried = moving.contains(up);
        }
        if (carried)
            continue;
        move.ids.append(id);
    }
    if (row >= 0) {
        // The view counts rows with the dragged values still in place; the store counts the
        // siblings that stay.
        move.position = 0;
        for (int i = 0; i < row; ++i) {
            if (!moving.contains(siblings.at(i)))
                ++move.position;
        }
    }
    return move;
}

std::optional<QList<qint64>> ValueTreeModel::planStoryDrop(const QMimeData *data,
                                                           Qt::DropAction action, int row,
                                                           const QModelIndex &parent) const
{
    // Stories map onto a value by landing on it, not between values.
    if (action == Qt::IgnoreAction || row != -1 || !parent.isValid() || parent.model() != this
        || !m_nodes.contains(qint64(parent.internalId()))) {
        return std::nullopt;
    }
    return IdsMime::read(data, IdsMime::StoryIds);
}

bool ValueTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int, const QModelIndex &parent) const
{
    return planValueDrop(data, action, row, parent).has_value()
           || planStoryDrop(data, action, row, parent).has_value();
}

bool ValueTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (const std::optional<ValueMove> move = planValueDrop(data, action, row, parent)) {
        if (Status status = m_commands.moveValues(move->ids, move->parentId, move->position);
            !status) {
            reportError(status.error());
        }
        // Moved (or not) already: see the class comment for why this is never true.
        return false;
    }
    if (const std::optional<QList<qint64>> stories = planStoryDrop(data, action, row, parent)) {
        const qint64 valueId = qint64(parent.internalId());
        if (Status status = m_commands.mapStories(*stories, valueId); !status) {
            reportError(status.error());
            return false;
        }
        emit storiesDropped(*stories, valueId);
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Following the store

void ValueTreeModel::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

Result<QHash<qint64, int>> ValueTreeModel::readLinkCounts() const
{
    Result<QList<StoryValueLink>> links = m_session.store().linksForCompany(m_companyId);
    if (!links)
        return links.takeError();
    QHash<qint64, int> counts;
    for (const StoryValueLink &link : links.value())
        ++counts[link.valueId];
    return counts;
}

void ValueTreeModel::onReset()
{
    // Another vault: its ids mean other companies.
    if (m_companyId != 0) {
        m_companyId = 0;
        reload();
        emit companyIdChanged(0);
    } else {
        reload();
    }
}

void ValueTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QString error;
    if (m_companyId != 0 && m_session.isOpen()) {
        Result<QList<ValuePrinciple>> values = m_session.store().values(m_companyId);
        Result<QHash<qint64, int>> counts = readLinkCounts();
        if (!values) {
            error = values.error();
        } else {
            // Tree order: each parent arrives before its children, siblings in order.
            for (const ValuePrinciple &value : values.value()) {
                if (value.parentId != 0 && !m_nodes.contains(value.parentId))
                    continue;
                m_nodes.insert(value.id,
                               Node{value, {}, counts ? counts->value(value.id) : 0});
                childrenOf(value.parentId).append(value.id);
            }
        }
        if (!counts && error.isEmpty())
            error = counts.error();
    }
    endResetModel();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
}

void ValueTreeModel::onChanged(const QList<Change> &changes)
{
    if (m_companyId == 0)
        return;
    bool valuesTouched = false;
    bool linksTouched = false;
    for (const Change &change : changes) {
        if (change.entity == EntityKind::Value) {
            // An added value may be ours; an edit or removal only when we show it.
            if (change.type == ChangeType::Added
                || std::any_of(change.ids.cbegin(), change.ids.cend(),
                               [this](qint64 id) { return m_nodes.contains(id); })) {
                valuesTouched = true;
            }
        } else if (change.entity == EntityKind::Link && change.type != ChangeType::Updated) {
            if (std::any_of(change.links.cbegin(), change.links.cend(),
                            [this](const LinkKey &k) { return m_nodes.contains(k.valueId); })) {
                linksTouched = true;
            }
        }
    }
    if (valuesTouched)
        sync(); // refreshes the link counts too
    else if (linksTouched)
        refreshLinkCounts();
}

void ValueTreeModel::removeSubtree(qint64 id)
{
    const QList<qint64> kids = m_nodes.value(id).children;
    for (qint64 kid : kids)
        removeSubtree(kid);
    m_nodes.remove(id);
}

// The positions in `order` that form a longest increasing run of values, skipping -1: the rows
// that can stay where they are while the others move around them.
static QSet<int> longestIncreasing(const QList<int> &order)
{
    const qsizetype n = order.size();
    QList<int> length(n, 0);
    QList<int> previous(n, -1);
    int best = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (order.at(i) < 0)
            continue;
        length[i] = 1;
        for (qsizetype j = 0; j < i; ++j) {
            if (order.at(j) >= 0 && order.at(j) < order.at(i) && length.at(j) + 1 > length.at(i)) {
                length[i] = length.at(j) + 1;
                previous[i] = int(j);
            }
        }
        if (best < 0 || length.at(i) > length.at(best))
            best = int(i);
    }
    QSet<int> kept;
    for (int i = best; i >= 0; i = previous.at(i))
        kept.insert(i);
    return kept;
}

// Brings the tree in line with the store with the fewest, most precise signals:
// 1. subtrees the store no longer has are removed, each in one go;
// 2. top-down, under each parent, the longest run of children already in the right order stays
//    and every other wanted child is inserted or moved in right after its predecessor;
// 3. whatever is left over (gone values that held surviving sub-principles) is removed;
// 4. changed fields and link counts are announced.
void ValueTreeModel::sync()
{
    Result<QList<ValuePrinciple>> fresh = m_session.store().values(m_companyId);
    if (!fresh) {
        reportError(fresh.error());
        return;
    }
    Result<QHash<qint64, int>> counts = readLinkCounts();
    if (!counts) {
        reportError(counts.error());
        return;
    }
    QHash<qint64, ValuePrinciple> byId;
    QHash<qint64, QList<qint64>> wanted;
    QList<qint64> parents{0};
    int arriving = 0;
    for (const ValuePrinciple &value : fresh.value()) {
        byId.insert(value.id, value);
        wanted[value.parentId].append(value.id);
        parents.append(value.id);
        if (!m_nodes.contains(value.id))
            ++arriving;
    }
    if (arriving > BulkResetThreshold) {
        reload();
        return;
    }
    const ValueTreeModel &self = *this; // reads must never create nodes

    const auto removeRowOf = [this](qint64 id) {
        const qint64 parentId = m_nodes.value(id).value.parentId;
        const int row = rowOf(id);
        beginRemoveRows(parentId == 0 ? QModelIndex() : indexForId(parentId), row, row);
        childrenOf(parentId).removeAt(row);
        removeSubtree(id);
        endRemoveRows();
    };

    // 1. Whole subtrees that are gone.
    {
        QHash<qint64, bool> keepsSomething; // does this subtree hold a value the store has?
        const QList<qint64> order = preorder();
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            bool keeps = byId.contains(*it);
            for (qint64 kid : self.childrenOf(*it))
                keeps = keeps || keepsSomething.value(kid);
            keepsSomething.insert(*it, keeps);
        }
        for (qint64 id : order) {
            if (m_nodes.contains(id) && !keepsSomething.value(id))
                removeRowOf(id);
        }
    }

    // 2. Place every value the store has, parents before children.
    for (qint64 parentId : std::as_const(parents)) {
        const QList<qint64> want = wanted.value(parentId);
        QHash<qint64, int> wantIndex;
        for (int i = 0; i < want.size(); ++i)
            wantIndex.insert(want.at(i), i);
        const QList<qint64> current = self.childrenOf(parentId);
        QList<int> order;
        for (qint64 id : current)
            order.append(wantIndex.value(id, -1));
        QSet<qint64> staying;
        for (int row : longestIncreasing(order))
            staying.insert(current.at(row));

        for (int i = 0; i < want.size(); ++i) {
            const qint64 id = want.at(i);
            if (staying.contains(id))
                continue;
            // Recomputed each time: an earlier move may have shifted the parent's own row.
            const QModelIndex to = parentId == 0 ? QModelIndex() : indexForId(parentId);
            const int destination = i == 0 ? 0 : rowOf(want.at(i - 1)) + 1;
            if (!m_nodes.contains(id)) {
                beginInsertRows(to, destination, destination);
                m_nodes.insert(id, Node{byId.value(id), {}, counts->value(id)});
                childrenOf(parentId).insert(destination, id);
                endInsertRows();
                continue;
            }
            const qint64 fromParentId = m_nodes.value(id).value.parentId;
            const int fromRow = rowOf(id);
            if (fromParentId == parentId && fromRow == destination)
                continue; // already right behind its predecessor
            const QModelIndex from = fromParentId == 0 ? QModelIndex() : indexForId(fromParentId);
            if (!beginMoveRows(from, fromRow, fromRow, to, destination)) {
                reload(); // cannot happen for a valid tree; never leave views inconsistent
                return;
            }
            childrenOf(fromParentId).removeAt(fromRow);
            const bool sameParent = fromParentId == parentId;
            childrenOf(parentId).insert(sameParent && destination > fromRow ? destination - 1
                                                                            : destination,
                                        id);
            m_nodes[id].value.parentId = parentId;
            endMoveRows();
        }
    }

    // 3. Gone values whose surviving sub-principles have moved out by now.
    for (qint64 id : preorder()) {
        if (m_nodes.contains(id) && !byId.contains(id))
            removeRowOf(id);
    }

    // 4. Fields and counts.
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const ValuePrinciple &now = byId.value(it.key());
        ValuePrinciple &was = it->value;
        QList<int> roles;
        if (now.name != was.name)
            roles << Qt::DisplayRole << Qt::EditRole << Qt::ToolTipRole;
        if (now.meaning != was.meaning)
            roles << MeaningRole << Qt::ToolTipRole;
        if (now.keywords != was.keywords)
            roles << KeywordsRole;
        if (now.themes != was.themes)
            roles << ThemesRole;
        const int linkCount = counts->value(it.key());
        if (linkCount != it->linkCount)
            roles << LinkCountRole;
        was = now;
        it->linkCount = linkCount;
        if (!roles.isEmpty()) {
            const QModelIndex index = indexForId(it.key());
            emit dataChanged(index, index, roles);
        }
    }
}

void ValueTreeModel::refreshLinkCounts()
{
    Result<QHash<qint64, int>> counts = readLinkCounts();
    if (!counts) {
        reportError(counts.error());
        return;
    }
    static const QList<int> roles{LinkCountRole};
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const int linkCount = counts->value(it.key());
        if (linkCount == it->linkCount)
            continue;
        it->linkCount = linkCount;
        const QModelIndex index = indexForId(it.key());
        emit dataChanged(index, index, roles);
    }
}

} // namespace starling
