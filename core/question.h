#pragma once

#include <QString>
#include <QStringList>

namespace starling {

namespace QuestionField {
enum : quint32 {
    Text = 1u << 0,
    Themes = 1u << 1,
    Company = 1u << 2,
    All = (1u << 3) - 1,
};
}

struct Question {
    qint64 id = 0;
    QString text;
    QStringList themes;
    qint64 companyId = 0; // 0: a general question

    bool operator==(const Question &) const = default;
};

} // namespace starling
