#pragma once

#include <QDateTime>

namespace starling {

// One timed rehearsal of an answer (or of a bare question).
struct PracticeRun {
    qint64 id = 0;
    qint64 answerId = 0;   // exactly one of answerId and questionId is set
    qint64 questionId = 0;
    QDateTime startedAt;   // UTC
    int seconds = 0;
    int rating = 0;        // self-rating 1-5, 0 when not rated

    bool operator==(const PracticeRun &) const = default;
};

} // namespace starling
