#pragma once

#include <QList>
#include <QMetaType>

namespace starling {

enum class EntityKind { Story, Company, Value, Link, Question, Answer, PracticeRun };
enum class ChangeType { Added, Updated, Removed };

struct LinkKey {
    qint64 storyId = 0;
    qint64 valueId = 0;
    bool operator==(const LinkKey &) const = default;
};

// What one committed write changed. For links, `links` names the pairs and `ids` is empty;
// for everything else `ids` names the rows. `fields` is the entity's field mask
// (StoryField, CompanyField, ...) for updates, and the entity's All mask otherwise.
struct Change {
    EntityKind entity = EntityKind::Story;
    ChangeType type = ChangeType::Updated;
    QList<qint64> ids;
    QList<LinkKey> links;
    quint32 fields = 0;

    bool operator==(const Change &) const = default;
};

// The combined effect of one committed transaction on one row. The notifier speaks after the
// commit, so only the net effect matters: a row added and removed in one transaction never
// shows up, and several edits to it count as one with their fields combined.
struct NetChange {
    qint64 id = 0;
    ChangeType last = ChangeType::Updated; // Removed: the row is gone now
    quint32 fields = 0;                    // every field any of the changes named
    bool wasAdded = false;                 // the row did not exist before the transaction
};

// The net change of every row of `entity`, in the order the rows were first named.
QList<NetChange> netChanges(const QList<Change> &changes, EntityKind entity);

} // namespace starling

Q_DECLARE_METATYPE(starling::Change)
