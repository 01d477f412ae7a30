#pragma once

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace starling {

// The kinds of story the method asks for; a story can be several at once.
enum class StoryKind : quint32 {
    Success = 0x01,
    Failure = 0x02,
    Teamwork = 0x04,
    Leadership = 0x08,
    Conflict = 0x10,
    Other = 0x20,
};
Q_DECLARE_FLAGS(StoryKinds, StoryKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(StoryKinds)

QList<StoryKind> allStoryKinds();
// Stable key used in the database and the exchange format ("success", "failure", ...).
QString storyKindKey(StoryKind kind);
std::optional<StoryKind> storyKindFromKey(QStringView key);
// Human-readable, translated name.
QString storyKindName(StoryKind kind);

namespace StoryField {
enum : quint32 {
    Title = 1u << 0,
    Kinds = 1u << 1,
    Situation = 1u << 2,
    Task = 1u << 3,
    Action = 1u << 4,
    Result = 1u << 5,
    Notes = 1u << 6,
    Backbone = 1u << 7,
    All = (1u << 8) - 1,
};
}

struct Story {
    qint64 id = 0;
    QString title;
    StoryKinds kinds;
    QString situation;
    QString task;
    QString action;
    QString result;
    QString notes;
    bool backbone = false;
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt; // UTC, set by the store

    bool operator==(const Story &) const = default;
};

} // namespace starling
