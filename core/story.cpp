#include "story.h"

#include <QCoreApplication>

namespace starling {

QList<StoryKind> allStoryKinds()
{
    return {StoryKind::Success,    StoryKind::Failure,  StoryKind::Teamwork,
            StoryKind::Leadership, StoryKind::Conflict, StoryKind::Other};
}

QString storyKindKey(StoryKind kind)
{
    switch (kind) {
    case StoryKind::Success: return QStringLiteral("success");
    case StoryKind::Failure: return QStringLiteral("failure");
    case StoryKind::Teamwork: return QStringLiteral("teamwork");
    case StoryKind::Leadership: return QStringLiteral("leadership");
    case StoryKind::Conflict: return QStringLiteral("conflict");
    case StoryKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<StoryKind> storyKindFromKey(QStringView key)
{
    for (StoryKind kind : allStoryKinds()) {
        if (key == storyKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString storyKindName(StoryKind kind)
{
    switch (kind) {
    case StoryKind::Success: return QCoreApplication::translate("starling::StoryKind", "Success");
    case StoryKind::Failure: return QCoreApplication::translate("starling::StoryKind", "Failure");
    case StoryKind::Teamwork: return QCoreApplication::translate("starling::StoryKind", "Teamwork");
    case StoryKind::Leadership:
        return QCoreApplication::translate("starling::StoryKind", "Leadership");
    case StoryKind::Conflict: return QCoreApplication::translate("starling::StoryKind", "Conflict");
    case StoryKind::Other: return QCoreApplication::translate("starling::StoryKind", "Other");
    }
    return {};
}

} // namespace starling
