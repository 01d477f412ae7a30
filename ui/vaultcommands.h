#pragma once

#include "answer.h"
#include "company.h"
#include "practicerun.h"
#include "question.h"
#include "result.h"
#include "story.h"
#include "valuedraft.h"
#include "valueprinciple.h"
#include "vaultstore.h"

#include <QList>
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

    // Companies
    // Adds a company (its id is ignored; role, level, notes and source may be left null);
    // returns the new id. Undo removes it, redo brings it back under the same id.
    Result<qint64> addCompany(const Company &company);
    // A company with a whole tree of values (the values library) as one undo step.
    Result<qint64> addCompanyWithValues(const Company &company, const QList<ValueDraft> &values);
    // Writes the CompanyField flags in `fields` from `company` (matched by id). An edit of exactly
    // one text field (Name, Role, Level, Notes or SourceUrl) merges with the previous edit of the
    // same field of the same company, so a burst of typing is one undo step. Nothing changed:
    // a no-op that pushes nothing.
    Status updateCompany(const Company &company, quint32 fields);
    // Undo brings back, under their original ids and in one transaction, the company, its whole
    // value tree, the links (with notes), its questions, its answers and their practice runs,
    // and the references other answers had to its questions and values.
    Status deleteCompany(qint64 id);

    // Values
    // Adds a value under value.parentId (0: top level) of value.companyId at value.position
    // (< 0 appends); returns the new id.
    Result<qint64> addValue(const ValuePrinciple &value);
    // Appends the drafts (with their sub-principles) under parentId (0: top level), as one undo
    // step: the pasted-text and library import.
    Status addValues(qint64 companyId, qint64 parentId, const QList<ValueDraft> &values);
    // Writes the ValueField flags in `fields` from `value` (matched by id; Position is ignored,
    // use moveValue). An edit of exactly Name, Meaning or Keywords merges with the previous edit
    // of the same field of the same value. Nothing changed: a no-op that pushes nothing.
    Status updateValue(const ValuePrinciple &value, quint32 fields);
    // Moves a value (with its sub-principles) under newParentId (0: top level) of its company, at
    // `position` among the new siblings not counting itself (< 0 appends). Undo puts it back at
    // its old parent and position. Moving to where it already is pushes nothing.
    Status moveValue(qint64 id, qint64 newParentId, int position);
    // Several values, kept in the given order, as one undo step; `position` counts the new
    // siblings that are not moving. All must belong to one company; a value cannot move under
    // itself or its own sub-principles.
    Status moveValues(const QList<qint64> &ids, qint64 newParentId, int position);
    // Undo brings back the value and its sub-principles with their ids and positions, their
    // links (with notes) and the answers' references to them.
    Status deleteValue(qint64 id);

    // Matrix links
    // Maps a story onto a value. When the link exists already this is a no-op success (its notes
    // are left alone): dropping a story on a value it is mapped to does no harm.
    Status mapStory(qint64 storyId, qint64 valueId, const QString &notes = {});
    // Maps every story not yet mapped onto the value, as one undo step (a multi-story drop).
    Status mapStories(const QList<qint64> &storyIds, qint64 valueId);
    // Undo restores the link with its notes. A link that does not exist: a no-op success.
    Status unmapStory(qint64 storyId, qint64 valueId);
    // Consecutive edits of the notes of one link merge into one undo step. Refused when the
    // story is not mapped onto the value.
    Status setLinkNotes(qint64 storyId, qint64 valueId, const QString &notes);

    // Questions
    // Adds a question of your own (companyId 0) or for one company; returns the new id.
    Result<qint64> addQuestion(const Question &question);
    // The vault's copy of a question-bank question, so answers and practice runs can refer to
    // it: the id of a vault question with the same text (ignoring case and spacing) and no
    // company, or a new one added as an undo step.
    Result<qint64> adoptQuestion(const QString &text, const QStringList &themes);
    // Writes the QuestionField flags in `fields`; typing into Text merges into one undo step.
    Status updateQuestion(const Question &question, quint32 fields);
    // Undo brings the question back with its id, its practice runs and the answers' references.
    Status deleteQuestion(qint64 id);

    // Answers
    // Adds an answer (its id and timestamps are ignored); returns the new id.
    Result<qint64> addAnswer(const Answer &answer);
    // Writes the AnswerField flags in `fields` from `answer` (matched by id). An edit of exactly
    // one text section merges with the previous edit of the same section of the same answer.
    // Nothing changed: a no-op that pushes nothing.
    Status updateAnswer(const Answer &answer, quint32 fields);
    // Undo brings the answer back with its id and its practice runs.
    Status deleteAnswer(qint64 id);

    // Practice runs
    // Records one timed rehearsal (its id is ignored); returns the new id. Undoable.
    Result<qint64> recordPracticeRun(const PracticeRun &run);
    Status deletePracticeRun(qint64 id);

    // A company or value name as menus and messages show it: simplified, elided when long.
    static QString displayName(const QString &name);

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
