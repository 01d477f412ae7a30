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

} // namespace starling

Q_DECLARE_METATYPE(starling::Change)
