#include "vaultcommands.h"

#include "textlimits.h"
#include "vaultsession.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
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
class StoryCommand : public QUndoCommand
{
public:
    StoryCommand(VaultCommands &facade, const QString &text)
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

class AddStoryCommand : public StoryCommand
{
public:
    AddStoryCommand(VaultCommands &facade, const Story &story, const QString &text)
        : StoryCommand(facade, text)
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

class DeleteStoryCommand : public StoryCommand
{
public:
    DeleteStoryCommand(VaultCommands &facade, qint64 id, const QString &text)
        : StoryCommand(facade, text)
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
class UpdateStoryCommand : public StoryCommand
{
public:
    UpdateStoryCommand(VaultCommands &facade, const Story &before, const Story &after,
                       quint32 fields, const QString &text)
        : StoryCommand(facade, text)
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

Status pushExecuted(QUndoStack &stack, std::unique_ptr<StoryCommand> command)
{
    if (Status status = command->execute(); !status)
        return status;
    stack.push(command.release());
    return {};
}

Story fieldsOnly(const Story &story)
{
    Story copy;
    copy.id = story.id;
    return copy;
}

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

} // namespace starling
