#pragma once

#include "story.h"
#include "valueprinciple.h"
#include "vaultstore.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QPair>

namespace starling {

class VaultSession;

// The values matrix of one company: a row per value principle in tree order (each parent before
// its sub-principles), column 0 the row's coverage, then a column per story — backbone stories
// first, then the others by title.
//
// With thousands of stories a column each is useless, so by default only stories mapped to some
// value (of any company) and backbone stories get a column; setHideUnmappedStories(false) shows
// every story.
//
// Everything a cell shows comes from caches filled by a handful of queries (the company's values,
// its links, the story list and the per-story link counts); data() never queries the store. The
// model follows the session's notifier like the other models: a link touches its cell and its
// row's coverage, a story that becomes mapped gets a column inserted, a value adds or removes its
// row. Switching company, toggling the filter, opening another vault or reordering values resets.
//
// The model never writes. A story dropped on a row is announced with mapRequested(); the widget
// layer runs the undoable command and opens the notes editor, so this class stays free of the
// command facade.
class ValuesMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Story cells: Display ("✓" or nothing), ToolTip (HTML, escaped), AccessibleText, Linked,
    // Notes, StoryId, ValueId. Column 0: Display (the value's name), Decoration (a QColor for the
    // level), ToolTip, AccessibleText, ValueId, Depth and the Coverage roles.
    enum Role {
        LinkedRole = Qt::UserRole + 1, // bool: the cell's story demonstrates the row's value
        NotesRole,                     // QString: the link's bullet notes, empty when unlinked
        StoryIdRole,                   // qint64: story cells, horizontal header
        ValueIdRole,                   // qint64: every cell, vertical header
        DepthRole,                     // int: 0 top-level, 1 sub-principle (column 0, vertical)
        CoverageCountRole,             // int: distinct stories linked to the value (column 0)
        CoverageLevelRole,             // int: a CoverageLevel (column 0)
        CoverageTextRole,              // QString: "Gap", "1 story", "2 stories" (column 0)
        BackboneRole,                  // bool: horizontal header
        KindsRole,                     // int, StoryKinds flags: horizontal header
    };
    Q_ENUM(Role)

    enum Column { CoverageColumn = 0, FirstStoryColumn = 1 };

    // Coverage against the method's target: one story per value at minimum, two is better.
    enum CoverageLevel { Gap = 0, Minimum = 1, Ideal = 2 };
    Q_ENUM(CoverageLevel)
    static constexpr int IdealStoryCount = 2;

    // Adding more stories than this in one commit (an import) resets instead of inserting
    // column by column.
    static constexpr int BulkResetThreshold = 64;

    ValuesMatrixModel(VaultSession &session, QObject *parent = nullptr);
    ~ValuesMatrixModel() override;

    // 0 shows no rows. An id that is not a company of the vault also shows no rows.
    qint64 companyId() const { return m_companyId; }
    void setCompanyId(qint64 companyId);

    bool hideUnmappedStories() const { return m_hideUnmapped; }
    void setHideUnmappedStories(bool hide);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop: story cells drag their story (StoryIds), coverage cells their value
    // (ValueIds). A StoryIds payload dropped on any cell of a row emits mapRequested() with the
    // ids of the stories this vault holds, and returns true; anything else is refused.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    // The payload for dragging a story column's header; nullptr for column 0 or out of range.
    // The caller owns it.
    QMimeData *mimeDataForStoryColumn(int column) const;

    qint64 storyIdAt(int column) const;       // 0 for column 0 or out of range
    qint64 valueIdAt(int row) const;          // 0 when out of range
    int columnForStory(qint64 storyId) const; // -1 when the story has no column
    int rowForValue(qint64 valueId) const;    // -1 when the value has no row
    QModelIndex indexFor(qint64 storyId, qint64 valueId) const;

    // Rows with at least one story, and with at least IdealStoryCount.
    int coveredValueCount() const;
    int idealValueCount() const;
    // "12 of 16 values covered, 5 with two stories"; a hint when the company has no values.
    QString summaryText() const;

    static CoverageLevel coverageLevel(int storyCount);
    static QString coverageText(int storyCount);

    QString lastError() const { return m_lastError; }

    // Reloads everything from the store (also done on the notifier's reset()).
    void reload();

signals:
    void summaryChanged();
    void companyIdChanged(qint64 companyId);
    // Stories dropped on a value's row: the widget layer maps them (undoably) and asks for notes.
    void mapRequested(const QList<qint64> &storyIds, qint64 valueId);
    void errorOccurred(const QString &message);

private:
    struct StoryHead {
        QString title; // display title ("Untitled story" for an empty one)
        StoryKinds kinds;
        bool backbone = false;
    };
    struct Row {
        ValuePrinciple value;
        int depth = 0;
        int coverage = 0;
    };
    using LinkKeyPair = QPair<qint64, qint64>; // story id, value id

    void onChanged(const QList<starling::Change> &changes);
    bool loadStories(QString *error);
    bool loadCompany(QString *error);
    void buildColumns();
    void rebuildColumnIndex();
    void rebuildRowIndex();
    bool columnLess(qint64 a, qint64 b) const;
    bool shouldShow(qint64 storyId) const;
    bool storyMayBeDropped(const QMimeData *data, int row, const QModelIndex &parent,
                           Qt::DropAction action, QList<qint64> *ids, qint64 *valueId) const;

    // Steps of onChanged(), in order.
    void syncRows();
    QList<qint64> applyStoryChanges(const QList<Change> &changes, QList<qint64> *removed);
    QList<qint64> refreshLinkCounts();
    void syncLinks();
    void syncColumns(const QList<qint64> &storyIds, const QList<qint64> &removed);

    QList<Row> loadRows(qint64 companyId, QString *error) const;
    void reportError(const QString &message);

    QString cellToolTip(const Row &row, qint64 storyId) const;
    QString cellAccessibleText(const Row &row, qint64 storyId) const;

    VaultSession &m_session;
    qint64 m_companyId = 0;
    bool m_hideUnmapped = true;
    QCollator m_collator;

    QHash<qint64, StoryHead> m_stories;  // every story of the vault
    QHash<qint64, int> m_linkCounts;     // story → links to any value of any company
    QList<qint64> m_columns;             // story ids; column = index + FirstStoryColumn
    QHash<qint64, int> m_columnOf;       // story id → index in m_columns
    QList<Row> m_rows;                   // the company's values, tree order
    QHash<qint64, int> m_rowOf;          // value id → row
    QHash<LinkKeyPair, QString> m_links; // the company's links → notes
    QString m_lastError;
};

} // namespace starling
