#pragma once

#include "story.h"
#include "vaultstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

class QTimer;

namespace starling {

class VaultSession;

// Every story in the open vault, one row each, ordered by id (creation order). Filtering and
// sorting belong to StoryFilterProxyModel on top of it.
//
// The model keeps the stories' headings (id, title, kinds, dates: never the text, which is most
// of a big vault) and their usage counts, and follows the session's
// notifier: an added, edited or removed story touches just its row, a new or removed matrix
// link or answer refreshes just the counts that moved. Only opening another vault, or a bulk
// import, resets the model.
class StoryVaultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        KindsRole,                 // int (StoryKinds flags)
        BackboneRole,              // bool
        LinkCountRole,             // int: values this story is linked to in the matrix
        AnswerCountRole,           // int: answers built on this story
        UpdatedAtRole,             // QDateTime, UTC
        CreatedAtRole,             // QDateTime, UTC
        SearchTextRole,            // QString: the distinct words of title, STAR and notes, folded
                                   // with foldForSearch(), one per line
        TitleRole,                 // QString: the title as typed, possibly empty
        CompaniesRole,             // QStringList: companies where the story is mapped, by name
    };
    Q_ENUM(Role)

    // Inserting more stories than this in one commit (an import) resets the model instead of
    // announcing thousands of single-row inserts.
    static constexpr int BulkResetThreshold = 64;

    StoryVaultModel(VaultSession &session, QObject *parent = nullptr);
    ~StoryVaultModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag: rows carry their story ids (IdsMime::StoryIds), never pointers. The vault is a
    // source only; dropping a story on a value lives in the values matrix.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexForId(qint64 id) const;
    int rowForId(qint64 id) const; // -1 when absent
    // The whole story, text included, read from the store; a default Story when row is out of
    // range.
    Story storyAt(int row) const;

    // Fast, allocation-free access for the filter proxy (row must be valid): the heading only,
    // its text fields are empty.
    const Story &storyRefAt(int row) const { return m_stories.at(row); }
    // Built on first use, or by the background preparation, whichever comes first.
    const QString &searchTextAt(int row) const
    {
        if (!m_searchReady.at(row))
            prepareSearchText(row);
        return m_searchTexts.at(row);
    }
    // True once every row's search text is built (a load prepares them after it returns, in
    // slices on the event loop, so opening a big vault does not wait for them).
    bool searchTextsReady() const { return m_prepareNext >= m_stories.size(); }
    StoryUsage usageAt(int row) const { return m_usage.value(m_stories.at(row).id); }

    // The last error the store reported, empty when the last load succeeded.
    QString lastError() const { return m_lastError; }

    // "Untitled story" for an empty title.
    static QString displayTitle(const Story &story);
    // Case-folded, NFC-normalised text: search terms and SearchTextRole go through the same fold,
    // so "Ärger" finds "ärger".
    static QString foldForSearch(const QString &text);
    static QString searchTextFor(const Story &story);

    // Reloads everything from the store (also done on the notifier's reset()).
    void reload();
    // Builds every search text still missing, now (tests; a search does it row by row anyway).
    void prepareAllSearchTexts();

    // How long one background slice of search-text preparation may run before it yields to
    // the event loop: well under a frame, so typing and painting stay smooth meanwhile.
    static constexpr int PrepareSliceMs = 8;
    // Stories read from the store per page while preparing.
    static constexpr int PreparePageSize = 16;

signals:
    void errorOccurred(const QString &message);
    // Value ids dropped onto a story: the story demonstrates those values.
    void valuesDropped(qint64 storyId, const QList<qint64> &valueIds);

private:
    void onChanged(const QList<starling::Change> &changes);
    void applyStoryChanges(const QList<Change> &changes);
    void refreshUsage();
    void insertStory(const Story &story);
    void removeRow(int row);
    void reportError(const QString &message);
    void prepareSearchText(int row) const;
    void prepareSlice();
    static QList<int> rolesForFields(quint32 fields);

    VaultSession &m_session;
    QList<Story> m_stories;      // headings (no text), sorted by id
    // Parallel to m_stories. Reading, folding and splitting 10 000 stories' text takes over a
    // second, so a load leaves them empty and fills them a page of stories at a time in slices,
    // or on first use (const accessors fill them too).
    mutable QList<QString> m_searchTexts;
    mutable QList<bool> m_searchReady;
    qsizetype m_prepareNext = 0; // every row before this one has its search text
    QTimer *m_prepareTimer = nullptr;
    QHash<qint64, StoryUsage> m_usage;
    QString m_lastError;
};

} // namespace starling
