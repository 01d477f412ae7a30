#pragma once

#include "valueprinciple.h"
#include "vaultstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace starling {

class VaultCommands;
class VaultSession;

// One company's value principles as a tree: top-level values, their sub-principles below them,
// siblings in position order. One column, the name, editable in place (through
// VaultCommands::updateValue, so a rename can be undone).
//
// The model follows the session's notifier. Added, removed, edited and moved values become
// precise row inserts, removals, dataChanged and row moves, and a link added or removed
// refreshes LinkCountRole on just the values it touches. Only choosing another company,
// opening another vault, or more than BulkResetThreshold values arriving at once (an import)
// resets it. When the company itself is deleted its rows go; an undo brings them back.
//
// Drag and drop (drag actions: move; drop actions: move for values, copy or link for stories;
// mimeTypes(): value ids and story ids):
// - Values drag as IdsMime::ValueIds and drop inside the tree to reorder or re-parent them. The
//   drop runs VaultCommands::moveValues, so it is one undo step, and the rows move when the
//   notifier reports it. dropMimeData() therefore returns false even after a successful move:
//   true with Qt::MoveAction would make QAbstractItemView remove the "source" rows afterwards,
//   deleting rows that have already moved. A payload that is foreign or garbled, names a value
//   that is not in this tree (another company's), or would put a value under itself or one of
//   its own sub-principles is refused by canDropMimeData() and ignored by dropMimeData().
// - Stories (IdsMime::StoryIds) dropped ON a value are mapped to it right here through
//   VaultCommands::mapStories (one undo step; already mapped stories are left alone), then
//   storiesDropped() tells the widget layer, which may open the link notes. Keeping the mapping
//   in the model makes a drop work, and undo, without any widget wiring.
class ValueTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        MeaningRole,               // QString: what the value really means
        KeywordsRole,              // QStringList
        ThemesRole,                // QStringList: theme keys
        LinkCountRole,             // int: stories mapped onto this value
        ParentIdRole,              // qint64, 0 for a top-level value
    };
    Q_ENUM(Role)

    enum Column { NameColumn, ColumnCount };

    // More new values than this in one commit reset the model instead of inserting row by row.
    static constexpr int BulkResetThreshold = 64;

    ValueTreeModel(VaultSession &session, VaultCommands &commands, QObject *parent = nullptr);
    ~ValueTreeModel() override;

    // The company whose values are shown; 0 shows nothing. Resets the model when it changes.
    // Opening or closing a vault sets it back to 0.
    void setCompanyId(qint64 companyId);
    qint64 companyId() const { return m_companyId; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Qt::EditRole on a name renames the value through VaultCommands (undoable). An empty name,
    // or one the store refuses, returns false; the store's message goes to errorOccurred().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexForId(qint64 id) const;
    // A default ValuePrinciple when the index is not one of this model's.
    ValuePrinciple valueAt(const QModelIndex &index) const;

    // The last error the store reported, empty when the last load succeeded.
    QString lastError() const { return m_lastError; }

    // Reloads everything from the store.
    void reload();

signals:
    // Stories were dropped on a value and are now mapped to it (those already mapped were left
    // as they were). The widget layer may open the notes of these links.
    void storiesDropped(const QList<qint64> &storyIds, qint64 valueId);
    void companyIdChanged(qint64 companyId);
    void errorOccurred(const QString &message);

private:
    struct Node {
        ValuePrinciple value; // value.parentId is where the row is now
        QList<qint64> children;
        int linkCount = 0;
    };
    struct ValueMove {
        QList<qint64> ids;
        qint64 parentId = 0;
        int position = -1;
    };

    void onChanged(const QList<starling::Change> &changes);
    void onReset();
    void sync();
    void refreshLinkCounts();
    Result<QHash<qint64, int>> readLinkCounts() const;
    QList<qint64> &childrenOf(qint64 parentId);
    const QList<qint64> &childrenOf(qint64 parentId) const;
    int rowOf(qint64 id) const;
    bool isAncestorOrSelf(qint64 ancestor, qint64 id) const;
    QList<qint64> preorder() const;
    void removeSubtree(qint64 id);
    std::optional<ValueMove> planValueDrop(const QMimeData *data, Qt::DropAction action, int row,
                                           const QModelIndex &parent) const;
    std::optional<QList<qint64>> planStoryDrop(const QMimeData *data, Qt::DropAction action,
                                               int row, const QModelIndex &parent) const;
    void reportError(const QString &message);

    VaultSession &m_session;
    VaultCommands &m_commands;
    qint64 m_companyId = 0;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
    QString m_lastError;
};

} // namespace starling
