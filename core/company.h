#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace starling {

namespace CompanyField {
enum : quint32 {
    Name = 1u << 0,
    Role = 1u << 1,
    Level = 1u << 2,
    InterviewDate = 1u << 3,
    Notes = 1u << 4,
    SourceUrl = 1u << 5,
    All = (1u << 6) - 1,
};
}

// A target employer. Names are unique in a vault, compared case-insensitively (Unicode case
// folding, so "ÉCOLE" and "école" clash too).
struct Company {
    qint64 id = 0;
    QString name;
    QString role;
    QString level;
    QDate interviewDate; // null when not scheduled
    QString notes;
    QString sourceUrl;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Company &) const = default;
};

} // namespace starling
