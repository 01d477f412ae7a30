#pragma once

#include <QString>

namespace starling {

// "This story demonstrates this value", with rough bullet notes on how.
struct StoryValueLink {
    qint64 storyId = 0;
    qint64 valueId = 0;
    QString notes;

    bool operator==(const StoryValueLink &) const = default;
};

} // namespace starling
