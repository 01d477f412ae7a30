#include "vaultcommands.h"

#include "questionbank.h"
#include "textlimits.h"
#include "vaultsession.h"

#include <QPointer>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace starling {

namespace {

// Only text edits merge; every other command keeps the default id of -1.
constexpr int StoryTextMergeId = 1;

constexpr quint32 TextFields = StoryField::Title | StoryField::Situation | StoryField::Task
                               | StoryField::Action | StoryField::Result | StoryField::Notes;

QString *textField(Story &story, quint32 field)
{
    switch (field) {
    case StoryField::Title: return &story.title;
    case StoryField::Situation: return &story.situation;
    case StoryField::Task: return &story.task;
    case StoryField::Action: return &story.action;
    case StoryField::Result: return &story.result;
    case StoryField::Notes: return &story.notes;
    default: return nullptr;
    }
}

QString textEditName(quint32 field, const QString &title)
{
    const QString shown = VaultCommands::displayTitle(title);
    switch (field) {
    case StoryField::Title: return VaultCommands::tr("Rename story “%1”").arg(shown);
    case StoryField::Situation: return VaultCommands::tr("Edit situation of “%1”").arg(shown);
    case StoryField::Task: return VaultCommands::tr("Edit task of “%1”").arg(shown);
    case StoryField::Action: return VaultCommands::tr("Edit action of “%1”").arg(shown);
    case StoryField::Result: return VaultCommands::tr("Edit result of “%1”").arg(shown);
    case StoryField::Notes: return VaultCommands::tr("Edit notes of “%1”").arg(shown);
    default: return VaultCommands::tr("Edit “%1”").arg(shown);
    }
}

// The store binds a null QString as SQL NULL, which the NOT NULL text columns refuse, while a
// default-constructed Story (and an emptied editor) is full of null strings. Empty it is.
Story withEmptyText(Story story)
{
    for (QString *text : {&story.title, &story.situation, &story.task, &story.action,
                          &story.result, &story.notes}) {
        if (text->isNull())
            *text = QStringLiteral("");
    }
    return story;
}

// Everything a story deletion takes with it, so undo can put it all back.
struct StorySnapshot {
    Story story;
    QList<StoryValueLink> links;
    QList<qint64> answerIds;
};

Result<StorySnapshot> capture(VaultStore &store, qint64 id)
{
    Result<Story> story = store.story(id);
    if (!story)
        return story.takeError();
    Result<QList<StoryValueLink>> links = store.links();
    if (!links)
        return links.takeError();
    Result<QList<Answer>> answers = store.answers();
    if (!answers)
        return answers.takeError();
    StorySnapshot snapshot{withEmptyText(story.value()), {}, {}};
    for (const StoryValueLink &link : links.value()) {
        if (link.storyId == id)
            snapshot.links.append(link);
    }
    for (const Answer &answer : answers.value()) {
        if (answer.storyId == id)
            snapshot.answerIds.append(answer.id);
    }
    return snapshot;
}

// Captures and removes in one transaction, so the snapshot is exactly what was removed.
Result<StorySnapshot> captureAndRemove(VaultStore &store, qint64 id)
{
    std::optional<StorySnapshot> snapshot;
    Status status = store.transact([&]() -> Status {
        Result<StorySnapshot> captured = capture(store, id);
        if (!captured)
            return captured.takeError();
        snapshot = std::move(captured).value();
        return store.removeStory(id);
    });
    if (!status)
        return status.takeError();
    return std::move(*snapshot);
}

Status restore(VaultStore &store, const StorySnapshot &snapshot)
{
    return store.transact([&]() -> Status {
        Result<qint64> id = store.addStory(snapshot.story); // id > 0: restored under that id
        if (!id)
            return id.takeError();
        for (const StoryValueLink &link : snapshot.links) {
            // A value removed since then cannot be linked again; the story still comes back.
            if (!store.value(link.valueId))
                continue;
            StoryValueLink restored = link;
            if (restored.notes.isNull())
                restored.notes = QStringLiteral("");
            if (Status s = store.setLink(restored); !s)
                return s;
        }
        for (qint64 answerId : snapshot.answerIds) {
            Result<Answer> answer = store.answer(answerId);
            // Skip answers removed since, or pointed at another story in the meantime.
            if (!answer || answer->storyId != 0)
                continue;
            Answer updated = answer.value();
            updated.storyId = snapshot.story.id;
            if (Status s = store.updateAnswer(updated, AnswerField::Story); !s)
                return s;
        }
        return {};
    });
}

// Base of every command. The facade runs a command once through execute() and pushes it only
// when that succeeded; the redo() that QUndoStack::push() then calls is skipped. Pushing first
// and discarding an obsolete command would not do: push() drops the redo history (and may
// merge) before it looks at isObsolete(), so a failing edit would silently cost the user their
// redo steps.
class VaultCommand : public QUndoCommand
{
public:
    VaultCommand(VaultCommands &facade, const QString &text)
        : QUndoCommand(text)
        , m_store(facade.session().store())
        , m_facade(&facade)
    {
    }

    Status execute()
    {
        Status status = forward();
        m_executed = status.ok();
        return status;
    }

    void redo() final
    {
        if (std::exchange(m_executed, false))
            return;
        report(forward());
    }

    void undo() final { report(backward()); }

    // False when the first run turned out to change nothing (a drop where the value already
    // was): the facade then pushes nothing rather than an empty undo step.
    virtual bool changedAnything() const { return true; }

protected:
    virtual Status forward() = 0;
    virtual Status backward() = 0;

    VaultStore &m_store;

private:
    // A failed undo or redo leaves the command meaningless; obsolete makes the stack drop it.
    void report(const Status &status)
    {
        if (status)
            return;
        setObsolete(true);
        if (m_facade)
            emit m_facade->errorOccurred(status.error());
    }

    QPointer<VaultCommands> m_facade;
    bool m_executed = false;
};

class AddStoryCommand : public VaultCommand
{
public:
    AddStoryCommand(VaultCommands &facade, const Story &story, const QString &text)
        : VaultCommand(facade, text)
        , m_snapshot{withEmptyText(story), {}, {}}
    {
    }

    qint64 storyId() const { return m_snapshot.story.id; }

protected:
    Status forward() override
    {
        if (m_snapshot.story.id > 0)
            return restore(m_store, m_snapshot); // redo: same id, and whatever was added since
        Result<qint64> id = m_store.addStory(m_snapshot.story);
        if (!id)
            return id.takeError();
        m_snapshot.story.id = id.value();
        return {};
    }

    Status backward() override
    {
        Result<StorySnapshot> removed = captureAndRemove(m_store, m_snapshot.story.id);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

private:
    StorySnapshot m_snapshot;
};

class DeleteStoryCommand : public VaultCommand
{
public:
    DeleteStoryCommand(VaultCommands &facade, qint64 id, const QString &text)
        : VaultCommand(facade, text)
        , m_id(id)
    {
    }

protected:
    Status forward() override
    {
        Result<StorySnapshot> removed = captureAndRemove(m_store, m_id);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

    Status backward() override { return restore(m_store, m_snapshot); }

private:
    qint64 m_id;
    StorySnapshot m_snapshot;
};

// Changes some fields of one story; before and after hold the story's id and those fields.
class UpdateStoryCommand : public VaultCommand
{
public:
    UpdateStoryCommand(VaultCommands &facade, const Story &before, const Story &after,
                       quint32 fields, const QString &text)
        : VaultCommand(facade, text)
        , m_before(withEmptyText(before))
        , m_after(withEmptyText(after))
        , m_fields(fields)
    {
    }

    int id() const override
    {
        return (m_fields & ~TextFields) == 0 ? StoryTextMergeId : -1;
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack only offers commands with the same id(), so this cast is safe.
        const auto *next = static_cast<const UpdateStoryCommand *>(other);
        if (next->isObsolete() || next->m_before.id != m_before.id || next->m_fields != m_fields)
            return false;
        m_after = next->m_after;
        // Typed and deleted back to where it started: nothing left to undo.
        if (*textField(m_after, m_fields) == *textField(m_before, m_fields))
            setObsolete(true);
        return true;
    }

protected:
    Status forward() override { return m_store.updateStory(m_after, m_fields); }
    Status backward() override { return m_store.updateStory(m_before, m_fields); }

private:
    Story m_before;
    Story m_after;
    quint32 m_fields;
};

Status pushExecuted(QUndoStack &stack, std::unique_ptr<VaultCommand> command)
{
    if (Status status = command->execute(); !status)
        return status;
    if (!command->changedAnything())
        return {};
    stack.push(command.release());
    return {};
}

Story fieldsOnly(const Story &story)
{
    Story copy;
    copy.id = story.id;
    return copy;
}

// ---------------------------------------------------------------------------------------------
// Companies, values and matrix links

// Typing merges per entity and field; every other command keeps the default id of -1.
constexpr int CompanyTextMergeId = 2;
constexpr int ValueTextMergeId = 3;
constexpr int LinkNotesMergeId = 4;

constexpr quint32 CompanyTextFields = CompanyField::Name | CompanyField::Role | CompanyField::Level
                                      | CompanyField::Notes | CompanyField::SourceUrl;
// Themes are toggled rather than typed, so each change of them stays its own step.
constexpr quint32 ValueTypedFields = ValueField::Name | ValueField::Meaning | ValueField::Keywords;
constexpr quint32 ValueEditableFields = ValueField::All & ~quint32(ValueField::Position);

bool isSingleField(quint32 fields)
{
    return fields != 0 && (fields & (fields - 1)) == 0;
}

bool sameCompanyFields(const Company &a, const Company &b, quint32 fields)
{
    return (!(fields & CompanyField::Name) || a.name == b.name)
           && (!(fields & CompanyField::Role) || a.role == b.role)
           && (!(fields & CompanyField::Level) || a.level == b.level)
           && (!(fields & CompanyField::InterviewDate) || a.interviewDate == b.interviewDate)
           && (!(fields & CompanyField::Notes) || a.notes == b.notes)
           && (!(fields & CompanyField::SourceUrl) || a.sourceUrl == b.sourceUrl);
}

bool sameValueFields(const ValuePrinciple &a, const ValuePrinciple &b, quint32 fields)
{
    return (!(fields & ValueField::Name) || a.name == b.name)
           && (!(fields & ValueField::Meaning) || a.meaning == b.meaning)
           && (!(fields & ValueField::Keywords) || a.keywords == b.keywords)
           && (!(fields & ValueField::Themes) || a.themes == b.themes);
}

// Position numbers as sibling indexes, which is how addValue() and moveValue() read them. The
// store keeps them so, but a vault from an older Starling may have gaps. values is in tree order.
QList<ValuePrinciple> withSiblingIndexes(QList<ValuePrinciple> values)
{
    QHash<qint64, int> next;
    for (ValuePrinciple &value : values)
        value.position = next[value.parentId]++;
    return values;
}

// Adds drafts (and, depth first, their sub-principles) under parentId. Top-level drafts go to
// position, position + 1, ... or are appended when position < 0.
Status addDrafts(VaultStore &store, qint64 companyId, qint64 parentId,
                 const QList<ValueDraft> &drafts, int position = -1)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const ValueDraft &draft = drafts.at(i);
        ValuePrinciple value;
        value.companyId = companyId;
        value.parentId = parentId;
        value.name = draft.name;
        value.meaning = draft.meaning;
        value.keywords = draft.keywords;
        value.themes = draft.themes;
        value.position = position < 0 ? -1 : position + int(i);
        Result<qint64> id = store.addValue(value);
        if (!id)
            return id.takeError();
        if (Status s = addDrafts(store, companyId, id.value(), draft.children); !s)
            return s;
    }
    return {};
}

// Answers point at values and questions without owning them; a deletion clears the reference
// and undo puts it back.
struct AnswerRef {
    qint64 answerId = 0;
    qint64 targetId = 0;
};

Status restoreAnswerRefs(VaultStore &store, const QList<AnswerRef> &refs, quint32 field)
{
    for (const AnswerRef &ref : refs) {
        Result<Answer> answer = store.answer(ref.answerId);
        if (!answer)
            continue; // removed since
        Answer updated = answer.value();
        qint64 &target = field == AnswerField::Value ? updated.valueId : updated.questionId;
        if (target != 0)
            continue; // pointed elsewhere since: the user's later choice wins
        target = ref.targetId;
        if (Status s = store.updateAnswer(updated, field); !s)
            return s;
    }
    return {};
}

// Links come back only to stories that still exist; the value side is restored by the caller.
Status restoreLinks(VaultStore &store, const QList<StoryValueLink> &links)
{
    for (const StoryValueLink &link : links) {
        if (!store.story(link.storyId))
            continue;
        if (Status s = store.setLink(link); !s)
            return s;
    }
    return {};
}

// Value trees that a deletion takes away, so undo can put them back as they were.
struct ValueSnapshot {
    QList<ValuePrinciple> values; // parents before children, siblings in position order
    QList<StoryValueLink> links;
    QList<AnswerRef> answers;     // answers that pointed at one of the values
};

// The subtrees of rootIds, which must all belong to one company.
Result<ValueSnapshot> captureValues(VaultStore &store, const QList<qint64> &rootIds)
{
    ValueSnapshot snapshot;
    if (rootIds.isEmpty())
        return snapshot;
    Result<ValuePrinciple> first = store.value(rootIds.first());
    if (!first)
        return first.takeError();
    Result<QList<ValuePrinciple>> all = store.values(first->companyId);
    if (!all)
        return all.takeError();
    Result<QList<StoryValueLink>> links = store.linksForCompany(first->companyId);
    if (!links)
        return links.takeError();
    Result<QList<Answer>> answers = store.answers();
    if (!answers)
        return answers.takeError();
    QSet<qint64> taken(rootIds.cbegin(), rootIds.cend());
    int roots = 0;
    // Tree order visits a parent before its children, so one pass collects whole subtrees.
    for (const ValuePrinciple &value : withSiblingIndexes(all.value())) {
        if (taken.contains(value.id) || taken.contains(value.parentId)) {
            if (taken.contains(value.id))
                ++roots;
            taken.insert(value.id);
            snapshot.values.append(value);
        }
    }
    if (roots != QSet<qint64>(rootIds.cbegin(), rootIds.cend()).size())
        return Error{VaultCommands::tr("The value no longer exists.")};
    for (const StoryValueLink &link : links.value()) {
        if (taken.contains(link.valueId))
            snapshot.links.append(link);
    }
    for (const Answer &answer : answers.value()) {
        if (taken.contains(answer.valueId))
            snapshot.answers.append({answer.id, answer.valueId});
    }
    return snapshot;
}

Result<ValueSnapshot> captureAndRemoveValues(VaultStore &store, const QList<qint64> &rootIds)
{
    std::optional<ValueSnapshot> snapshot;
    Status status = store.transact([&]() -> Status {
        Result<ValueSnapshot> captured = captureValues(store, rootIds);
        if (!captured)
            return captured.takeError();
        snapshot = std::move(captured).value();
        // Positions were captured before anything moved; removing the last first keeps it so.
        QSet<qint64> removed;
        for (auto it = snapshot->values.crbegin(); it != snapshot->values.crend(); ++it)
            removed.insert(it->id);
        for (auto it = snapshot->values.crbegin(); it != snapshot->values.crend(); ++it) {
            if (removed.contains(it->parentId))
                continue; // goes with its parent
            if (Status s = store.removeValue(it->id); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.takeError();
    return std::move(*snapshot);
}

Status restoreValueList(VaultStore &store, const QList<ValuePrinciple> &values)
{
    // In tree order each value finds its parent and its earlier siblings back, so its old
    // position number puts it exactly where it was.
    for (const ValuePrinciple &value : values) {
        if (Result<qint64> id = store.addValue(value); !id)
            return id.takeError();
    }
    return {};
}

Status restoreValues(VaultStore &store, const ValueSnapshot &snapshot)
{
    return store.transact([&]() -> Status {
        if (Status s = restoreValueList(store, snapshot.values); !s)
            return s;
        if (Status s = restoreLinks(store, snapshot.links); !s)
            return s;
        return restoreAnswerRefs(store, snapshot.answers, AnswerField::Value);
    });
}

// Everything a company deletion takes with it.
struct CompanySnapshot {
    Company company;
    QList<ValuePrinciple> values;
    QList<StoryValueLink> links;
    QList<Question> questions;
    QList<Answer> answers;        // the company's own answers, whole
    QList<PracticeRun> runs;      // of those answers and of the company's questions
    QList<AnswerRef> answerQuestions; // other answers that used one of its questions
    QList<AnswerRef> answerValues;    // other answers that pointed at one of its values
};

Result<CompanySnapshot> captureCompany(VaultStore &store, qint64 id)
{
    Result<Company> company = store.company(id);
    if (!company)
        return company.takeError();
    Result<QList<ValuePrinciple>> values = store.values(id);
    if (!values)
        return values.takeError();
    Result<QList<StoryValueLink>> links = store.linksForCompany(id);
    if (!links)
        return links.takeError();
    Result<QList<Question>> questions = store.questions();
    if (!questions)
        return questions.takeError();
    Result<QList<Answer>> answers = store.answers();
    if (!answers)
        return answers.takeError();
    Result<QList<PracticeRun>> runs = store.practiceRuns();
    if (!runs)
        return runs.takeError();

    CompanySnapshot snapshot;
    snapshot.company = company.value();
    snapshot.values = withSiblingIndexes(values.value());
    snapshot.links = links.value();
    QSet<qint64> valueIds;
    for (const ValuePrinciple &value : std::as_const(snapshot.values))
        valueIds.insert(value.id);
    QSet<qint64> questionIds;
    for (const Question &question : questions.value()) {
        if (question.companyId == id) {
            snapshot.questions.append(question);
            questionIds.insert(question.id);
        }
    }
    QSet<qint64> answerIds;
    for (const Answer &answer : answers.value()) {
        if (answer.companyId == id) {
            snapshot.answers.append(answer);
            answerIds.insert(answer.id);
            continue;
        }
        if (questionIds.contains(answer.questionId))
            snapshot.answerQuestions.append({answer.id, answer.questionId});
        if (valueIds.contains(answer.valueId))
            snapshot.answerValues.append({answer.id, answer.valueId});
    }
    for (const PracticeRun &run : runs.value()) {
        if (answerIds.contains(run.answerId) || questionIds.contains(run.questionId))
            snapshot.runs.append(run);
    }
    return snapshot;
}

Result<CompanySnapshot> captureAndRemoveCompany(VaultStore &store, qint64 id)
{
    std::optional<CompanySnapshot> snapshot;
    Status status = store.transact([&]() -> Status {
        Result<CompanySnapshot> captured = captureCompany(store, id);
        if (!captured)
            return captured.takeError();
        snapshot = std::move(captured).value();
        return store.removeCompany(id);
    });
    if (!status)
        return status.takeError();
    return std::move(*snapshot);
}

Status restoreCompany(VaultStore &store, const CompanySnapshot &snapshot)
{
    return store.transact([&]() -> Status {
        if (Result<qint64> id = store.addCompany(snapshot.company); !id)
            return id.takeError();
        if (Status s = restoreValueList(store, snapshot.values); !s)
            return s;
        if (Status s = restoreLinks(store, snapshot.links); !s)
            return s;
        for (const Question &question : snapshot.questions) {
            if (Result<qint64> id = store.addQuestion(question); !id)
                return id.takeError();
        }
        for (Answer answer : snapshot.answers) {
            // References outside the company may have gone since; the answer's text still counts.
            if (answer.questionId != 0 && !store.question(answer.questionId))
                answer.questionId = 0;
            if (answer.valueId != 0 && !store.value(answer.valueId))
                answer.valueId = 0;
            if (answer.storyId != 0 && !store.story(answer.storyId))
                answer.storyId = 0;
            if (Result<qint64> id = store.addAnswer(answer); !id)
                return id.takeError();
        }
        for (const PracticeRun &run : snapshot.runs) {
            if (Result<qint64> id = store.addPracticeRun(run); !id)
                return id.takeError();
        }
        if (Status s = restoreAnswerRefs(store, snapshot.answerQuestions, AnswerField::Question); !s)
            return s;
        return restoreAnswerRefs(store, snapshot.answerValues, AnswerField::Value);
    });
}

// Adds a company, possibly with a value tree. Undo removes it all; redo restores it under the
// same ids, with whatever was attached to it before the undo.
class AddCompanyCommand : public VaultCommand
{
public:
    AddCompanyCommand(VaultCommands &facade, const Company &company,
                      const QList<ValueDraft> &values, const QString &text)
        : VaultCommand(facade, text)
        , m_drafts(values)
    {
        m_snapshot.company = company;
        m_snapshot.company.id = 0;
    }

    qint64 companyId() const { return m_snapshot.company.id; }

protected:
    Status forward() override
    {
        if (m_snapshot.company.id > 0)
            return restoreCompany(m_store, m_snapshot);
        qint64 id = 0;
        Status status = m_store.transact([&]() -> Status {
            Result<qint64> added = m_store.addCompany(m_snapshot.company);
            if (!added)
                return added.takeError();
            id = added.value();
            return addDrafts(m_store, id, 0, m_drafts);
        });
        if (!status)
            return status;
        m_snapshot.company.id = id;
        m_drafts.clear();
        return {};
    }

    Status backward() override
    {
        Result<CompanySnapshot> removed = captureAndRemoveCompany(m_store, m_snapshot.company.id);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

private:
    CompanySnapshot m_snapshot;
    QList<ValueDraft> m_drafts;
};

class DeleteCompanyCommand : public VaultCommand
{
public:
    DeleteCompanyCommand(VaultCommands &facade, qint64 id, const QString &text)
        : VaultCommand(facade, text)
        , m_id(id)
    {
    }

protected:
    Status forward() override
    {
        Result<CompanySnapshot> removed = captureAndRemoveCompany(m_store, m_id);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

    Status backward() override { return restoreCompany(m_store, m_snapshot); }

private:
    qint64 m_id;
    CompanySnapshot m_snapshot;
};

// Edits some fields of a company or a value. Typing into one text field merges into one undo
// step (QUndoStack offers only commands with the same id(), so the cast in mergeWith is safe),
// and a burst that ends where it started disappears from the stack.
template<typename Traits>
class UpdateFieldsCommand : public VaultCommand
{
public:
    using Entity = typename Traits::Entity;

    UpdateFieldsCommand(VaultCommands &facade, const Entity &before, const Entity &after,
                        quint32 fields, const QString &text)
        : VaultCommand(facade, text)
        , m_before(before)
        , m_after(after)
        , m_fields(fields)
    {
    }

    int id() const override
    {
        return isSingleField(m_fields) && (m_fields & Traits::MergeableFields) ? Traits::MergeId : -1;
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const UpdateFieldsCommand *>(other);
        if (next->isObsolete() || next->m_before.id != m_before.id || next->m_fields != m_fields)
            return false;
        m_after = next->m_after;
        if (Traits::same(m_after, m_before, m_fields))
            setObsolete(true);
        return true;
    }

protected:
    Status forward() override { return Traits::update(m_store, m_after, m_fields); }
    Status backward() override { return Traits::update(m_store, m_before, m_fields); }

private:
    Entity m_before;
    Entity m_after;
    quint32 m_fields;
};

struct CompanyUpdate {
    using Entity = Company;
    static constexpr int MergeId = CompanyTextMergeId;
    static constexpr quint32 MergeableFields = CompanyTextFields;
    static bool same(const Company &a, const Company &b, quint32 f) { return sameCompanyFields(a, b, f); }
    static Status update(VaultStore &store, const Company &c, quint32 f) { return store.updateCompany(c, f); }
};
using UpdateCompanyCommand = UpdateFieldsCommand<CompanyUpdate>;

// Adds values (each with its sub-principles) under one parent. Undo removes them; redo
// restores them under the same ids.
class AddValuesCommand : public VaultCommand
{
public:
    AddValuesCommand(VaultCommands &facade, qint64 companyId, qint64 parentId,
                     const QList<ValueDraft> &drafts, int position, const QString &text)
        : VaultCommand(facade, text)
        , m_companyId(companyId)
        , m_parentId(parentId)
        , m_drafts(drafts)
        , m_position(position)
    {
    }

    QList<qint64> rootIds() const { return m_rootIds; }

protected:
    Status forward() override
    {
        if (!m_rootIds.isEmpty())
            return restoreValues(m_store, m_snapshot);
        QList<qint64> roots;
        Status status = m_store.transact([&]() -> Status {
            Result<QList<ValuePrinciple>> before = m_store.values(m_companyId);
            if (!before)
                return before.takeError();
            if (Status s = addDrafts(m_store, m_companyId, m_parentId, m_drafts, m_position); !s)
                return s;
            Result<QList<ValuePrinciple>> after = m_store.values(m_companyId);
            if (!after)
                return after.takeError();
            QSet<qint64> existing;
            for (const ValuePrinciple &value : before.value())
                existing.insert(value.id);
            for (const ValuePrinciple &value : after.value()) {
                if (value.parentId == m_parentId && !existing.contains(value.id))
                    roots.append(value.id);
            }
            return {};
        });
        if (!status)
            return status;
        m_rootIds = roots;
        m_drafts.clear();
        return {};
    }

    Status backward() override
    {
        Result<ValueSnapshot> removed = captureAndRemoveValues(m_store, m_rootIds);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

private:
    qint64 m_companyId;
    qint64 m_parentId;
    QList<ValueDraft> m_drafts;
    int m_position;
    QList<qint64> m_rootIds;
    ValueSnapshot m_snapshot;
};

class DeleteValueCommand : public VaultCommand
{
public:
    DeleteValueCommand(VaultCommands &facade, qint64 id, const QString &text)
        : VaultCommand(facade, text)
        , m_id(id)
    {
    }

protected:
    Status forward() override
    {
        Result<ValueSnapshot> removed = captureAndRemoveValues(m_store, {m_id});
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

    Status backward() override { return restoreValues(m_store, m_snapshot); }

private:
    qint64 m_id;
    ValueSnapshot m_snapshot;
};

struct ValueUpdate {
    using Entity = ValuePrinciple;
    static constexpr int MergeId = ValueTextMergeId;
    static constexpr quint32 MergeableFields = ValueTypedFields;
    static bool same(const ValuePrinciple &a, const ValuePrinciple &b, quint32 f) { return sameValueFields(a, b, f); }
    static Status update(VaultStore &store, const ValuePrinciple &v, quint32 f) { return store.updateValue(v, f); }
};
using UpdateValueCommand = UpdateFieldsCommand<ValueUpdate>;

// Moves values of one company under one new parent, one after the other, each in front of the
// same anchor sibling so they keep their order. Each step remembers where its value came from;
// undo walks the steps backwards, so every value finds its old siblings exactly as they were.
class MoveValuesCommand : public VaultCommand
{
public:
    MoveValuesCommand(VaultCommands &facade, qint64 companyId, const QList<qint64> &ids,
                      qint64 newParentId, int position, const QString &text)
        : VaultCommand(facade, text)
        , m_companyId(companyId)
        , m_ids(ids)
        , m_newParentId(newParentId)
        , m_position(position)
    {
    }

    bool changedAnything() const override { return m_changed; }

protected:
    Status forward() override
    {
        QList<Origin> origins;
        bool changed = false;
        Status status = m_store.transact([&]() -> Status {
            Result<QList<ValuePrinciple>> before = m_store.values(m_companyId);
            if (!before)
                return before.takeError();
            const QSet<qint64> moving(m_ids.cbegin(), m_ids.cend());
            qint64 anchor = 0; // insert in front of this sibling; 0 appends
            int index = 0;
            for (const ValuePrinciple &value : before.value()) {
                if (value.parentId != m_newParentId || moving.contains(value.id))
                    continue;
                if (m_position >= 0 && index++ == m_position) {
                    anchor = value.id;
                    break;
                }
            }
            for (qint64 id : std::as_const(m_ids)) {
                Result<QList<ValuePrinciple>> now = m_store.values(m_companyId);
                if (!now)
                    return now.takeError();
                int position = -1;
                int siblings = 0;
                std::optional<Origin> origin;
                for (const ValuePrinciple &value : withSiblingIndexes(now.value())) {
                    if (value.id == id)
                        origin = Origin{id, value.parentId, value.position};
                    else if (value.parentId == m_newParentId && value.id == anchor)
                        position = siblings;
                    if (value.parentId == m_newParentId && value.id != id)
                        ++siblings;
                }
                if (!origin)
                    return Error{VaultCommands::tr("The value no longer exists.")};
                if (Status s = m_store.moveValue(id, m_newParentId, position); !s)
                    return s;
                origins.append(*origin);
            }
            Result<QList<ValuePrinciple>> after = m_store.values(m_companyId);
            if (!after)
                return after.takeError();
            changed = after.value() != before.value();
            return {};
        });
        if (!status)
            return status;
        m_origins = origins;
        m_changed = changed;
        return {};
    }

    Status backward() override
    {
        return m_store.transact([&]() -> Status {
            for (auto it = m_origins.crbegin(); it != m_origins.crend(); ++it) {
                if (Status s = m_store.moveValue(it->id, it->parentId, it->position); !s)
                    return s;
            }
            return {};
        });
    }

private:
    struct Origin {
        qint64 id;
        qint64 parentId;
        int position;
    };

    qint64 m_companyId;
    QList<qint64> m_ids;
    qint64 m_newParentId;
    int m_position;
    QList<Origin> m_origins;
    bool m_changed = true;
};

class AddLinksCommand : public VaultCommand
{
public:
    AddLinksCommand(VaultCommands &facade, const QList<StoryValueLink> &links, const QString &text)
        : VaultCommand(facade, text)
        , m_links(links)
    {
    }

protected:
    Status forward() override
    {
        return m_store.transact([&]() -> Status {
            for (const StoryValueLink &link : std::as_const(m_links)) {
                if (Status s = m_store.setLink(link); !s)
                    return s;
            }
            return {};
        });
    }

    Status backward() override
    {
        return m_store.transact([&]() -> Status {
            for (const StoryValueLink &link : std::as_const(m_links)) {
                if (Status s = m_store.removeLink(link.storyId, link.valueId); !s)
                    return s;
            }
            return {};
        });
    }

private:
    QList<StoryValueLink> m_links;
};

class RemoveLinkCommand : public VaultCommand
{
public:
    RemoveLinkCommand(VaultCommands &facade, const StoryValueLink &link, const QString &text)
        : VaultCommand(facade, text)
        , m_link(link)
    {
    }

protected:
    Status forward() override { return m_store.removeLink(m_link.storyId, m_link.valueId); }
    Status backward() override { return m_store.setLink(m_link); }

private:
    StoryValueLink m_link;
};

class LinkNotesCommand : public VaultCommand
{
public:
    LinkNotesCommand(VaultCommands &facade, const StoryValueLink &before,
                     const StoryValueLink &after, const QString &text)
        : VaultCommand(facade, text)
        , m_before(before)
        , m_after(after)
    {
    }

    int id() const override { return LinkNotesMergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const LinkNotesCommand *>(other);
        if (next->isObsolete() || next->m_before.storyId != m_before.storyId
            || next->m_before.valueId != m_before.valueId) {
            return false;
        }
        m_after = next->m_after;
        if (m_after.notes == m_before.notes)
            setObsolete(true);
        return true;
    }

protected:
    Status forward() override { return write(m_after); }
    Status backward() override { return write(m_before); }

private:
    // setLink() would also create a link unmapped in the meantime; notes never do that.
    Status write(const StoryValueLink &link)
    {
        return m_store.transact([&]() -> Status {
            Result<std::optional<StoryValueLink>> existing = m_store.link(link.storyId, link.valueId);
            if (!existing)
                return existing.takeError();
            if (!existing->has_value())
                return Error{VaultCommands::tr("The story is no longer mapped to that value.")};
            return m_store.setLink(link);
        });
    }

    StoryValueLink m_before;
    StoryValueLink m_after;
};

} // namespace

VaultCommands::VaultCommands(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("vaultCommands"));
}

VaultCommands::~VaultCommands() = default;

QString VaultCommands::displayTitle(const QString &title)
{
    constexpr int MaxShown = 40;
    QString shown = title.simplified();
    if (shown.isEmpty())
        return tr("Untitled story");
    if (shown.size() > MaxShown) {
        int cut = MaxShown - 1;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    return shown;
}

Result<qint64> VaultCommands::addStory(const Story &story)
{
    Story added = story;
    added.id = 0;
    if (added.title.trimmed().isEmpty())
        added.title = tr("New story");
    auto command = std::make_unique<AddStoryCommand>(*this, added, tr("Add story"));
    AddStoryCommand *raw = command.get();
    if (Status status = pushExecuted(m_session.undoStack(), std::move(command)); !status)
        return status.takeError();
    return raw->storyId();
}

Result<qint64> VaultCommands::duplicateStory(qint64 id)
{
    Result<Story> original = m_session.store().story(id);
    if (!original)
        return original.takeError();
    Story copy = original.value();
    copy.id = 0;
    copy.backbone = false;
    copy.createdAt = {};
    copy.updatedAt = {};
    const QString suffix = tr("%1 (copy)");
    // Keep the copy's title within the limit even when the original is at it.
    QString base = copy.title;
    const int room = limits::MaxNameLength - int(suffix.size()) + 2;
    if (base.size() > room) {
        base.truncate(room);
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
    }
    copy.title = suffix.arg(base);
    auto command = std::make_unique<AddStoryCommand>(
        *this, copy, tr("Duplicate story “%1”").arg(displayTitle(original->title)));
    AddStoryCommand *raw = command.get();
    if (Status status = pushExecuted(m_session.undoStack(), std::move(command)); !status)
        return status.takeError();
    return raw->storyId();
}

Status VaultCommands::deleteStory(qint64 id)
{
    Result<Story> story = m_session.store().story(id);
    if (!story)
        return story.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<DeleteStoryCommand>(
                            *this, id, tr("Delete story “%1”").arg(displayTitle(story->title))));
}

Status VaultCommands::setStoryText(qint64 id, quint32 field, const QString &text)
{
    Result<Story> current = m_session.store().story(id);
    if (!current)
        return current.takeError();
    Story before = fieldsOnly(current.value());
    Story after = before;
    QString *beforeText = textField(before, field);
    if (!beforeText)
        return Error{tr("Internal error: story field %1 is not a text field.").arg(field)};
    if (*textField(current.value(), field) == text)
        return {};
    *beforeText = *textField(current.value(), field);
    *textField(after, field) = text;
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<UpdateStoryCommand>(*this, before, after, field,
                                                             textEditName(field, current->title)));
}

Status VaultCommands::setStoryKinds(qint64 id, StoryKinds kinds)
{
    Result<Story> current = m_session.store().story(id);
    if (!current)
        return current.takeError();
    if (current->kinds == kinds)
        return {};
    Story before = fieldsOnly(current.value());
    before.kinds = current->kinds;
    Story after = before;
    after.kinds = kinds;
    return pushExecuted(
        m_session.undoStack(),
        std::make_unique<UpdateStoryCommand>(
            *this, before, after, StoryField::Kinds,
            tr("Change kinds of “%1”").arg(displayTitle(current->title))));
}

Status VaultCommands::setStoryBackbone(qint64 id, bool backbone)
{
    Result<Story> current = m_session.store().story(id);
    if (!current)
        return current.takeError();
    if (current->backbone == backbone)
        return {};
    Story before = fieldsOnly(current.value());
    before.backbone = current->backbone;
    Story after = before;
    after.backbone = backbone;
    const QString shown = displayTitle(current->title);
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<UpdateStoryCommand>(
                            *this, before, after, StoryField::Backbone,
                            backbone ? tr("Mark “%1” as backbone").arg(shown)
                                     : tr("Unmark “%1” as backbone").arg(shown)));
}

Result<StoryUsage> VaultCommands::usageOf(qint64 id) const
{
    if (Result<Story> story = m_session.store().story(id); !story)
        return story.takeError();
    Result<QHash<qint64, StoryUsage>> usage = m_session.store().storyUsage();
    if (!usage)
        return usage.takeError();
    return usage->value(id);
}

QString VaultCommands::describeStoryUse(const QString &title, const StoryUsage &usage)
{
    const QString shown = displayTitle(title);
    const QString mapped = usage.links == 1 ? tr("mapped to 1 value")
                                            : tr("mapped to %1 values").arg(usage.links);
    const QString used = usage.answers == 1 ? tr("used in 1 answer")
                                            : tr("used in %1 answers").arg(usage.answers);
    if (usage.links > 0 && usage.answers > 0)
        return tr("“%1” is %2 and %3. Delete it anyway? You can undo this.")
            .arg(shown, mapped, used);
    if (usage.links > 0)
        return tr("“%1” is %2. Delete it anyway? You can undo this.").arg(shown, mapped);
    if (usage.answers > 0)
        return tr("“%1” is %2. Delete it anyway? You can undo this.").arg(shown, used);
    return {};
}

QString VaultCommands::displayName(const QString &name)
{
    constexpr int MaxShown = 40;
    QString shown = name.simplified();
    if (shown.size() > MaxShown) {
        int cut = MaxShown - 1;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    return shown;
}

// ---------------------------------------------------------------------------------------------
// Companies

Result<qint64> VaultCommands::addCompanyWithValues(const Company &company,
                                                   const QList<ValueDraft> &values)
{
    auto command = std::make_unique<AddCompanyCommand>(
        *this, company, values, tr("Add company “%1”").arg(displayName(company.name)));
    AddCompanyCommand *raw = command.get();
    if (Status status = pushExecuted(m_session.undoStack(), std::move(command)); !status)
        return status.takeError();
    return raw->companyId();
}

Result<qint64> VaultCommands::addCompany(const Company &company)
{
    return addCompanyWithValues(company, {});
}

Status VaultCommands::updateCompany(const Company &company, quint32 fields)
{
    fields &= CompanyField::All;
    Result<Company> current = m_session.store().company(company.id);
    if (!current)
        return current.takeError();
    if (fields == 0 || sameCompanyFields(current.value(), company, fields))
        return {};
    Company after = current.value();
    if (fields & CompanyField::Name)
        after.name = company.name;
    if (fields & CompanyField::Role)
        after.role = company.role;
    if (fields & CompanyField::Level)
        after.level = company.level;
    if (fields & CompanyField::InterviewDate)
        after.interviewDate = company.interviewDate;
    if (fields & CompanyField::Notes)
        after.notes = company.notes;
    if (fields & CompanyField::SourceUrl)
        after.sourceUrl = company.sourceUrl;
    const QString shown = displayName(current->name);
    QString text;
    switch (fields) {
    case CompanyField::Name: text = tr("Rename company “%1”").arg(shown); break;
    case CompanyField::Role: text = tr("Edit role at “%1”").arg(shown); break;
    case CompanyField::Level: text = tr("Edit level at “%1”").arg(shown); break;
    case CompanyField::InterviewDate: text = tr("Change interview date with “%1”").arg(shown); break;
    case CompanyField::Notes: text = tr("Edit notes on “%1”").arg(shown); break;
    case CompanyField::SourceUrl: text = tr("Edit source of “%1”").arg(shown); break;
    default: text = tr("Edit company “%1”").arg(shown); break;
    }
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<UpdateCompanyCommand>(*this, current.value(), after,
                                                               fields, text));
}

Status VaultCommands::deleteCompany(qint64 id)
{
    Result<Company> company = m_session.store().company(id);
    if (!company)
        return company.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<DeleteCompanyCommand>(
                            *this, id, tr("Delete company “%1”").arg(displayName(company->name))));
}

// ---------------------------------------------------------------------------------------------
// Values

static ValueDraft draftOf(const ValuePrinciple &value)
{
    return ValueDraft{value.name, value.meaning, value.keywords, value.themes, {}};
}

Result<qint64> VaultCommands::addValue(const ValuePrinciple &value)
{
    if (Result<Company> company = m_session.store().company(value.companyId); !company)
        return company.takeError();
    auto command = std::make_unique<AddValuesCommand>(
        *this, value.companyId, value.parentId, QList<ValueDraft>{draftOf(value)}, value.position,
        tr("Add value “%1”").arg(displayName(value.name)));
    AddValuesCommand *raw = command.get();
    if (Status status = pushExecuted(m_session.undoStack(), std::move(command)); !status)
        return status.takeError();
    const QList<qint64> ids = raw->rootIds();
    if (ids.size() != 1)
        return Error{tr("Internal error: the new value could not be found.")};
    return ids.first();
}

Status VaultCommands::addValues(qint64 companyId, qint64 parentId, const QList<ValueDraft> &values)
{
    if (values.isEmpty())
        return {};
    Result<Company> company = m_session.store().company(companyId);
    if (!company)
        return company.takeError();
    const QString text = values.size() == 1
                             ? tr("Add value “%1”").arg(displayName(values.first().name))
                             : tr("Add values to “%1”").arg(displayName(company->name));
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<AddValuesCommand>(*this, companyId, parentId, values, -1,
                                                           text));
}

Status VaultCommands::updateValue(const ValuePrinciple &value, quint32 fields)
{
    fields &= ValueEditableFields;
    Result<ValuePrinciple> current = m_session.store().value(value.id);
    if (!current)
        return current.takeError();
    if (fields == 0 || sameValueFields(current.value(), value, fields))
        return {};
    ValuePrinciple after = current.value();
    if (fields & ValueField::Name)
        after.name = value.name;
    if (fields & ValueField::Meaning)
        after.meaning = value.meaning;
    if (fields & ValueField::Keywords)
        after.keywords = value.keywords;
    if (fields & ValueField::Themes)
        after.themes = value.themes;
    const QString shown = displayName(current->name);
    QString text;
    switch (fields) {
    case ValueField::Name: text = tr("Rename value “%1”").arg(shown); break;
    case ValueField::Meaning: text = tr("Edit meaning of “%1”").arg(shown); break;
    case ValueField::Keywords: text = tr("Edit keywords of “%1”").arg(shown); break;
    case ValueField::Themes: text = tr("Change themes of “%1”").arg(shown); break;
    default: text = tr("Edit value “%1”").arg(shown); break;
    }
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<UpdateValueCommand>(*this, current.value(), after, fields,
                                                             text));
}

Status VaultCommands::moveValue(qint64 id, qint64 newParentId, int position)
{
    return moveValues({id}, newParentId, position);
}

Status VaultCommands::moveValues(const QList<qint64> &ids, qint64 newParentId, int position)
{
    VaultStore &store = m_session.store();
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (!unique.contains(id))
            unique.append(id);
    }
    if (unique.isEmpty())
        return {};
    Result<ValuePrinciple> first = store.value(unique.first());
    if (!first)
        return first.takeError();
    for (qint64 id : std::as_const(unique)) {
        Result<ValuePrinciple> value = store.value(id);
        if (!value)
            return value.takeError();
        if (value->companyId != first->companyId)
            return Error{tr("A value can only move within its own company.")};
    }
    if (newParentId != 0) {
        // The store refuses these too; checking first keeps the message about the whole move.
        Result<ValuePrinciple> parent = store.value(newParentId);
        if (!parent)
            return parent.takeError();
        if (parent->companyId != first->companyId)
            return Error{tr("A value can only move within its own company.")};
    }
    const QString text = unique.size() == 1
                             ? tr("Move value “%1”").arg(displayName(first->name))
                             : tr("Move %1 values").arg(unique.size());
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<MoveValuesCommand>(*this, first->companyId, unique,
                                                            newParentId, position, text));
}

Status VaultCommands::deleteValue(qint64 id)
{
    Result<ValuePrinciple> value = m_session.store().value(id);
    if (!value)
        return value.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<DeleteValueCommand>(
                            *this, id, tr("Delete value “%1”").arg(displayName(value->name))));
}

// ---------------------------------------------------------------------------------------------
// Matrix links

Status VaultCommands::mapStory(qint64 storyId, qint64 valueId, const QString &notes)
{
    VaultStore &store = m_session.store();
    Result<Story> story = store.story(storyId);
    if (!story)
        return story.takeError();
    Result<ValuePrinciple> value = store.value(valueId);
    if (!value)
        return value.takeError();
    Result<std::optional<StoryValueLink>> existing = store.link(storyId, valueId);
    if (!existing)
        return existing.takeError();
    if (existing->has_value())
        return {};
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<AddLinksCommand>(
                            *this, QList<StoryValueLink>{{storyId, valueId, notes}},
                            tr("Map “%1” to “%2”")
                                .arg(displayTitle(story->title), displayName(value->name))));
}

Status VaultCommands::mapStories(const QList<qint64> &storyIds, qint64 valueId)
{
    VaultStore &store = m_session.store();
    Result<ValuePrinciple> value = store.value(valueId);
    if (!value)
        return value.takeError();
    QList<StoryValueLink> links;
    QString firstTitle;
    for (qint64 storyId : storyIds) {
        Result<Story> story = store.story(storyId);
        if (!story)
            return story.takeError();
        Result<std::optional<StoryValueLink>> existing = store.link(storyId, valueId);
        if (!existing)
            return existing.takeError();
        const bool listed = std::any_of(links.cbegin(), links.cend(), [storyId](const auto &l) {
            return l.storyId == storyId;
        });
        if (existing->has_value() || listed)
            continue;
        if (links.isEmpty())
            firstTitle = story->title;
        links.append({storyId, valueId, QString()});
    }
    if (links.isEmpty())
        return {};
    const QString shownValue = displayName(value->name);
    const QString text = links.size() == 1
                             ? tr("Map “%1” to “%2”").arg(displayTitle(firstTitle), shownValue)
                             : tr("Map %1 stories to “%2”").arg(links.size()).arg(shownValue);
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<AddLinksCommand>(*this, links, text));
}

Status VaultCommands::unmapStory(qint64 storyId, qint64 valueId)
{
    VaultStore &store = m_session.store();
    Result<std::optional<StoryValueLink>> existing = store.link(storyId, valueId);
    if (!existing)
        return existing.takeError();
    if (!existing->has_value())
        return {};
    Result<Story> story = store.story(storyId);
    if (!story)
        return story.takeError();
    Result<ValuePrinciple> value = store.value(valueId);
    if (!value)
        return value.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<RemoveLinkCommand>(
                            *this, existing->value(),
                            tr("Unmap “%1” from “%2”")
                                .arg(displayTitle(story->title), displayName(value->name))));
}

Status VaultCommands::setLinkNotes(qint64 storyId, qint64 valueId, const QString &notes)
{
    VaultStore &store = m_session.store();
    Result<std::optional<StoryValueLink>> existing = store.link(storyId, valueId);
    if (!existing)
        return existing.takeError();
    if (!existing->has_value())
        return Error{tr("The story is not mapped to that value.")};
    const StoryValueLink before = existing->value();
    if (before.notes == notes)
        return {};
    Result<Story> story = store.story(storyId);
    if (!story)
        return story.takeError();
    Result<ValuePrinciple> value = store.value(valueId);
    if (!value)
        return value.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<LinkNotesCommand>(
                            *this, before, StoryValueLink{storyId, valueId, notes},
                            tr("Edit notes of “%1” for “%2”")
                                .arg(displayTitle(story->title), displayName(value->name))));
}

// ---------------------------------------------------------------------------------------------
// Questions, answers and practice runs

namespace {

constexpr int QuestionTextMergeId = 5;
constexpr int AnswerTextMergeId = 6;

constexpr quint32 AnswerTextFields = AnswerField::Repeat | AnswerField::Situation
                                     | AnswerField::Task | AnswerField::Action
                                     | AnswerField::Result | AnswerField::LinkBack;

// The store binds a null QString as SQL NULL, which the NOT NULL columns refuse.
Answer withEmptyText(Answer answer)
{
    for (QString *text : {&answer.repeat, &answer.situation, &answer.task, &answer.action,
                          &answer.result, &answer.linkBack}) {
        if (text->isNull())
            *text = QStringLiteral("");
    }
    return answer;
}

bool sameQuestionFields(const Question &a, const Question &b, quint32 fields)
{
    return (!(fields & QuestionField::Text) || a.text == b.text)
           && (!(fields & QuestionField::Themes) || a.themes == b.themes)
           && (!(fields & QuestionField::Company) || a.companyId == b.companyId);
}

bool sameAnswerFields(const Answer &a, const Answer &b, quint32 fields)
{
    return (!(fields & AnswerField::Question) || a.questionId == b.questionId)
           && (!(fields & AnswerField::Company) || a.companyId == b.companyId)
           && (!(fields & AnswerField::Value) || a.valueId == b.valueId)
           && (!(fields & AnswerField::Story) || a.storyId == b.storyId)
           && (!(fields & AnswerField::Repeat) || a.repeat == b.repeat)
           && (!(fields & AnswerField::Situation) || a.situation == b.situation)
           && (!(fields & AnswerField::Task) || a.task == b.task)
           && (!(fields & AnswerField::Action) || a.action == b.action)
           && (!(fields & AnswerField::Result) || a.result == b.result)
           && (!(fields & AnswerField::LinkBack) || a.linkBack == b.linkBack)
           && (!(fields & AnswerField::Status) || a.status == b.status);
}

// `fields` of `from` written over `to`.
Answer copyAnswerFields(Answer to, const Answer &from, quint32 fields)
{
    if (fields & AnswerField::Question)
        to.questionId = from.questionId;
    if (fields & AnswerField::Company)
        to.companyId = from.companyId;
    if (fields & AnswerField::Value)
        to.valueId = from.valueId;
    if (fields & AnswerField::Story)
        to.storyId = from.storyId;
    if (fields & AnswerField::Repeat)
        to.repeat = from.repeat;
    if (fields & AnswerField::Situation)
        to.situation = from.situation;
    if (fields & AnswerField::Task)
        to.task = from.task;
    if (fields & AnswerField::Action)
        to.action = from.action;
    if (fields & AnswerField::Result)
        to.result = from.result;
    if (fields & AnswerField::LinkBack)
        to.linkBack = from.linkBack;
    if (fields & AnswerField::Status)
        to.status = from.status;
    return to;
}

struct QuestionUpdate {
    using Entity = Question;
    static constexpr int MergeId = QuestionTextMergeId;
    static constexpr quint32 MergeableFields = QuestionField::Text;
    static bool same(const Question &a, const Question &b, quint32 f) { return sameQuestionFields(a, b, f); }
    static Status update(VaultStore &store, const Question &q, quint32 f) { return store.updateQuestion(q, f); }
};
using UpdateQuestionCommand = UpdateFieldsCommand<QuestionUpdate>;

struct AnswerUpdate {
    using Entity = Answer;
    static constexpr int MergeId = AnswerTextMergeId;
    static constexpr quint32 MergeableFields = AnswerTextFields;
    static bool same(const Answer &a, const Answer &b, quint32 f) { return sameAnswerFields(a, b, f); }
    static Status update(VaultStore &store, const Answer &a, quint32 f) { return store.updateAnswer(a, f); }
};
using UpdateAnswerCommand = UpdateFieldsCommand<AnswerUpdate>;

// Everything a question deletion takes with it: its practice runs, and the answers' references.
struct QuestionSnapshot {
    Question entity;
    QList<PracticeRun> runs;
    QList<AnswerRef> answers;
};

// One answer with its practice runs.
struct AnswerSnapshot {
    Answer entity;
    QList<PracticeRun> runs;
};

struct RunSnapshot {
    PracticeRun entity;
};

Result<QList<PracticeRun>> runsWhere(const VaultStore &store, qint64 answerId, qint64 questionId)
{
    Result<QList<PracticeRun>> all = store.practiceRuns();
    if (!all)
        return all.takeError();
    QList<PracticeRun> runs;
    for (const PracticeRun &run : all.value()) {
        if ((answerId != 0 && run.answerId == answerId)
            || (questionId != 0 && run.questionId == questionId))
            runs.append(run);
    }
    return runs;
}

Status restoreRuns(VaultStore &store, const QList<PracticeRun> &runs)
{
    for (const PracticeRun &run : runs) {
        if (Result<qint64> id = store.addPracticeRun(run); !id)
            return id.takeError();
    }
    return {};
}

struct QuestionLife {
    using Snapshot = QuestionSnapshot;
    static Result<qint64> add(VaultStore &store, const Question &question) { return store.addQuestion(question); }
    static Result<Snapshot> captureAndRemove(VaultStore &store, qint64 id)
    {
        std::optional<Snapshot> snapshot;
        Status status = store.transact([&]() -> Status {
            Result<Question> question = store.question(id);
            if (!question)
                return question.takeError();
            Result<QList<PracticeRun>> runs = runsWhere(store, 0, id);
            if (!runs)
                return runs.takeError();
            Result<QList<Answer>> answers = store.answers();
            if (!answers)
                return answers.takeError();
            snapshot = Snapshot{question.value(), runs.value(), {}};
            for (const Answer &answer : answers.value()) {
                if (answer.questionId == id)
                    snapshot->answers.append({answer.id, id});
            }
            return store.removeQuestion(id);
        });
        if (!status)
            return status.takeError();
        return std::move(*snapshot);
    }
    static Status restore(VaultStore &store, const Snapshot &snapshot)
    {
        return store.transact([&]() -> Status {
            if (Result<qint64> id = store.addQuestion(snapshot.entity); !id)
                return id.takeError();
            if (Status s = restoreRuns(store, snapshot.runs); !s)
                return s;
            return restoreAnswerRefs(store, snapshot.answers, AnswerField::Question);
        });
    }
};

struct AnswerLife {
    using Snapshot = AnswerSnapshot;
    static Result<qint64> add(VaultStore &store, const Answer &answer) { return store.addAnswer(answer); }
    static Result<Snapshot> captureAndRemove(VaultStore &store, qint64 id)
    {
        std::optional<Snapshot> snapshot;
        Status status = store.transact([&]() -> Status {
            Result<Answer> answer = store.answer(id);
            if (!answer)
                return answer.takeError();
            Result<QList<PracticeRun>> runs = runsWhere(store, id, 0);
            if (!runs)
                return runs.takeError();
            snapshot = Snapshot{answer.value(), runs.value()};
            return store.removeAnswer(id);
        });
        if (!status)
            return status.takeError();
        return std::move(*snapshot);
    }
    static Status restore(VaultStore &store, const Snapshot &snapshot)
    {
        return store.transact([&]() -> Status {
            Answer answer = snapshot.entity;
            // References may have gone since; the answer's text still counts.
            if (answer.questionId != 0 && !store.question(answer.questionId))
                answer.questionId = 0;
            if (answer.valueId != 0 && !store.value(answer.valueId))
                answer.valueId = 0;
            if (answer.storyId != 0 && !store.story(answer.storyId))
                answer.storyId = 0;
            if (!store.company(answer.companyId))
                return Error{VaultCommands::tr("The answer’s company no longer exists.")};
            if (Result<qint64> id = store.addAnswer(answer); !id)
                return id.takeError();
            return restoreRuns(store, snapshot.runs);
        });
    }
};

struct RunLife {
    using Snapshot = RunSnapshot;
    static Result<qint64> add(VaultStore &store, const PracticeRun &run) { return store.addPracticeRun(run); }
    static Result<Snapshot> captureAndRemove(VaultStore &store, qint64 id)
    {
        std::optional<Snapshot> snapshot;
        Status status = store.transact([&]() -> Status {
            Result<QList<PracticeRun>> runs = store.practiceRuns();
            if (!runs)
                return runs.takeError();
            for (const PracticeRun &run : runs.value()) {
                if (run.id == id)
                    snapshot = Snapshot{run};
            }
            if (!snapshot)
                return Error{VaultCommands::tr("The practice run no longer exists.")};
            return store.removePracticeRun(id);
        });
        if (!status)
            return status.takeError();
        return std::move(*snapshot);
    }
    static Status restore(VaultStore &store, const Snapshot &snapshot)
    {
        if (Result<qint64> id = store.addPracticeRun(snapshot.entity); !id)
            return id.takeError();
        return {};
    }
};

// Adds one row. Undo removes it (with what depends on it); redo restores it under its id.
template<typename Life>
class CreateCommand : public VaultCommand
{
public:
    using Snapshot = typename Life::Snapshot;
    using Entity = decltype(Snapshot::entity);

    CreateCommand(VaultCommands &facade, const Entity &entity, const QString &text)
        : VaultCommand(facade, text)
    {
        m_snapshot.entity = entity;
        m_snapshot.entity.id = 0;
    }

    qint64 createdId() const { return m_snapshot.entity.id; }

protected:
    Status forward() override
    {
        if (m_snapshot.entity.id > 0)
            return Life::restore(m_store, m_snapshot);
        Result<qint64> id = Life::add(m_store, m_snapshot.entity);
        if (!id)
            return id.takeError();
        m_snapshot.entity.id = id.value();
        return {};
    }

    Status backward() override
    {
        Result<Snapshot> removed = Life::captureAndRemove(m_store, m_snapshot.entity.id);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

private:
    Snapshot m_snapshot;
};

// Removes one row with what depends on it; undo brings it all back under the same ids.
template<typename Life>
class RemoveCommand : public VaultCommand
{
public:
    using Snapshot = typename Life::Snapshot;

    RemoveCommand(VaultCommands &facade, qint64 id, const QString &text)
        : VaultCommand(facade, text)
        , m_id(id)
    {
    }

protected:
    Status forward() override
    {
        Result<Snapshot> removed = Life::captureAndRemove(m_store, m_id);
        if (!removed)
            return removed.takeError();
        m_snapshot = std::move(removed).value();
        return {};
    }

    Status backward() override { return Life::restore(m_store, m_snapshot); }

private:
    qint64 m_id;
    Snapshot m_snapshot;
};

template<typename Life>
Result<qint64> pushCreate(QUndoStack &stack, std::unique_ptr<CreateCommand<Life>> command)
{
    CreateCommand<Life> *raw = command.get();
    if (Status status = pushExecuted(stack, std::move(command)); !status)
        return status.takeError();
    return raw->createdId();
}

// The bank's own comparison, so a question the bank shadows is the one adopted.
QString normalizedQuestionText(const QString &text)
{
    return QuestionBank::textKey(text);
}

QString questionLabel(const QString &text)
{
    return VaultCommands::displayName(text);
}

} // namespace

Result<qint64> VaultCommands::addQuestion(const Question &question)
{
    Question added = question;
    if (added.text.isNull())
        added.text = QStringLiteral("");
    return pushCreate(m_session.undoStack(),
                      std::make_unique<CreateCommand<QuestionLife>>(
                          *this, added, tr("Add question “%1”").arg(questionLabel(added.text))));
}

Result<qint64> VaultCommands::adoptQuestion(const QString &text, const QStringList &themes)
{
    const QString wanted = normalizedQuestionText(text);
    if (wanted.isEmpty())
        return Error{tr("The question is empty.")};
    Result<QList<Question>> questions = m_session.store().questions();
    if (!questions)
        return questions.takeError();
    for (const Question &question : questions.value()) {
        if (question.companyId == 0 && normalizedQuestionText(question.text) == wanted)
            return question.id;
    }
    Question adopted;
    adopted.text = text.simplified();
    adopted.themes = themes;
    return addQuestion(adopted);
}

Status VaultCommands::updateQuestion(const Question &question, quint32 fields)
{
    fields &= QuestionField::All;
    Result<Question> current = m_session.store().question(question.id);
    if (!current)
        return current.takeError();
    if (fields == 0 || sameQuestionFields(current.value(), question, fields))
        return {};
    Question after = current.value();
    if (fields & QuestionField::Text)
        after.text = question.text.isNull() ? QStringLiteral("") : question.text;
    if (fields & QuestionField::Themes)
        after.themes = question.themes;
    if (fields & QuestionField::Company)
        after.companyId = question.companyId;
    const QString text = fields == QuestionField::Themes
                             ? tr("Change themes of “%1”").arg(questionLabel(current->text))
                             : tr("Edit question “%1”").arg(questionLabel(current->text));
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<UpdateQuestionCommand>(*this, current.value(), after,
                                                                fields, text));
}

Status VaultCommands::deleteQuestion(qint64 id)
{
    Result<Question> question = m_session.store().question(id);
    if (!question)
        return question.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<RemoveCommand<QuestionLife>>(
                            *this, id, tr("Delete question “%1”").arg(questionLabel(question->text))));
}

Result<qint64> VaultCommands::addAnswer(const Answer &answer)
{
    Result<Company> company = m_session.store().company(answer.companyId);
    if (!company)
        return company.takeError();
    return pushCreate(m_session.undoStack(),
                      std::make_unique<CreateCommand<AnswerLife>>(
                          *this, withEmptyText(answer),
                          tr("Add answer for “%1”").arg(displayName(company->name))));
}

Status VaultCommands::updateAnswer(const Answer &answer, quint32 fields)
{
    fields &= AnswerField::All;
    Result<Answer> current = m_session.store().answer(answer.id);
    if (!current)
        return current.takeError();
    if (fields == 0 || sameAnswerFields(current.value(), answer, fields))
        return {};
    const Answer after = copyAnswerFields(current.value(), withEmptyText(answer), fields);
    QString text;
    switch (fields) {
    case AnswerField::Repeat: text = tr("Edit answer: Repeat"); break;
    case AnswerField::Situation: text = tr("Edit answer: Situation"); break;
    case AnswerField::Task: text = tr("Edit answer: Task"); break;
    case AnswerField::Action: text = tr("Edit answer: Action"); break;
    case AnswerField::Result: text = tr("Edit answer: Result"); break;
    case AnswerField::LinkBack: text = tr("Edit answer: Link back"); break;
    case AnswerField::Status:
        text = after.status == AnswerStatus::Ready ? tr("Mark answer ready")
                                                   : tr("Mark answer as draft");
        break;
    case AnswerField::Question: text = tr("Change the answer’s question"); break;
    case AnswerField::Value: text = tr("Change the answer’s target value"); break;
    case AnswerField::Story: text = tr("Change the answer’s story"); break;
    default: text = tr("Edit answer"); break;
    }
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<UpdateAnswerCommand>(*this, current.value(), after,
                                                              fields, text));
}

Status VaultCommands::deleteAnswer(qint64 id)
{
    if (Result<Answer> answer = m_session.store().answer(id); !answer)
        return answer.takeError();
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<RemoveCommand<AnswerLife>>(*this, id, tr("Delete answer")));
}

Result<qint64> VaultCommands::recordPracticeRun(const PracticeRun &run)
{
    return pushCreate(m_session.undoStack(),
                      std::make_unique<CreateCommand<RunLife>>(*this, run,
                                                               tr("Record practice run")));
}

Status VaultCommands::deletePracticeRun(qint64 id)
{
    return pushExecuted(m_session.undoStack(),
                        std::make_unique<RemoveCommand<RunLife>>(*this, id,
                                                                 tr("Delete practice run")));
}

} // namespace starling
