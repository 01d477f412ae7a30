#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace starling {

enum class AnswerStatus { Draft, Ready };

inline QString answerStatusKey(AnswerStatus status)
{
    return status == AnswerStatus::Ready ? QStringLiteral("ready") : QStringLiteral("draft");
}

inline std::optional<AnswerStatus> answerStatusFromKey(QStringView key)
{
    if (key == u"draft")
        return AnswerStatus::Draft;
    if (key == u"ready")
        return AnswerStatus::Ready;
    return std::nullopt;
}

namespace AnswerField {
enum : quint32 {
    Question = 1u << 0,
    Company = 1u << 1,
    Value = 1u << 2,
    Story = 1u << 3,
    Repeat = 1u << 4,
    Situation = 1u << 5,
    Task = 1u << 6,
    Action = 1u << 7,
    Result = 1u << 8,
    LinkBack = 1u << 9,
    Status = 1u << 10,
    All = (1u << 11) - 1,
};
}

// An R-STAR-L answer: Repeat, Situation, Task, Action, Result, Link back.
// References are 0 when unset.
struct Answer {
    qint64 id = 0;
    qint64 questionId = 0;
    qint64 companyId = 0;
    qint64 valueId = 0;
    qint64 storyId = 0;
    QString repeat;
    QString situation;
    QString task;
    QString action;
    QString result;
    QString linkBack;
    AnswerStatus status = AnswerStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Answer &) const = default;
};

} // namespace starling
