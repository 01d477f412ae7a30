#pragma once

#include "result.h"
#include "story.h"
#include "vaultstore.h"

#include <QObject>
#include <QString>

namespace starling {

class VaultSession;

// The one way widgets change the vault. Every change becomes a QUndoCommand on the session's
// undo stack, so it can be undone, and every method returns the store's verdict so the caller
// can show a message. A change that fails the first time is never pushed: the stack, including
// its redo history, stays exactly as it was.
//
// Undo and redo run later, from the stack, where nothing can return a value; when one of them
// fails (say, the row was removed behind our back) the command is dropped from the stack and
// errorOccurred() carries the message.
class VaultCommands : public QObject
{
    Q_OBJECT
public:
    explicit VaultCommands(VaultSession &session, QObject *parent = nullptr);
    ~VaultCommands() override;

    VaultSession &session() { return m_session; }

    // Stories
    // Adds a story (its id is ignored; an empty title becomes "New story"); returns the new id.
    Result<qint64> addStory(const Story &story = {});
    // A copy of all the text, titled "<title> (copy)", never a backbone; returns the new id.
    Result<qint64> duplicateStory(qint64 id);
    // Undo brings the story back with its id, its matrix links (with notes) and the answers
    // that were built on it.
    Status deleteStory(qint64 id);
    // field is one of StoryField::Title, Situation, Task, Action, Result or Notes. Consecutive
    // edits of the same field of the same story merge into one undo step. Setting the text the
    // story already has is a no-op and pushes nothing.
    Status setStoryText(qint64 id, quint32 field, const QString &text);
    Status setStoryKinds(qint64 id, StoryKinds kinds);
    Status setStoryBackbone(qint64 id, bool backbone);

    // How much depends on a story, to warn before deleting it.
    Result<StoryUsage> usageOf(qint64 id) const;
    // "“X” is mapped to 3 values and used in 1 answer. Delete it anyway? You can undo this."
    // Empty when nothing uses the story. Plain text: show it with Qt::PlainText.
    static QString describeStoryUse(const QString &title, const StoryUsage &usage);
    // The title as menus and messages show it: "Untitled story" when empty, elided when long.
    static QString displayTitle(const QString &title);

signals:
    // An undo or redo failed; the command has been dropped from the stack.
    void errorOccurred(const QString &message);

private:
    VaultSession &m_session;
};

} // namespace starling
