#pragma once

#include "company.h"
#include "readiness.h"
#include "speakingpace.h"
#include "vaultstore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>

class QTimer;

namespace starling {

class VaultSession;

// Every company in the open vault, one row each, ordered by id (creation order); sort with a
// proxy. Each row also knows how many value principles (sub-principles included) the company
// has and how many of them have at least one story mapped: the matrix coverage.
//
// The model follows the session's notifier: an added, edited or removed company touches just
// its row, and value or link changes refresh just the counts that moved. Only opening another
// vault resets it.
class CompanyListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        RoleRole,                  // QString: the role applied for
        LevelRole,                 // QString
        InterviewDateRole,         // QDate, null when not scheduled
        CountdownRole,             // QString: "today", "tomorrow", "in 5 days", "yesterday",
                                   // "3 days ago"; empty when there is no date
        ValueCountRole,            // int: value principles, sub-principles included
        CoveredCountRole,          // int: of those, the ones with at least one linked story
        NameRole,                  // QString: the name as stored
        ReadinessRole,             // CompanyReadiness: values, answers, checks, practice
        ReadinessTextRole,         // QString: the answers part of it in one line, "2 of 3
                                   // answers ready · 3 of 3 pass the checks · …"
    };
    Q_ENUM(Role)

    explicit CompanyListModel(VaultSession &session, QObject *parent = nullptr);
    ~CompanyListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForId(qint64 id) const;
    int rowForId(qint64 id) const; // -1 when absent
    Company companyAt(int row) const; // a default Company when row is out of range

    // The day countdowns count from. Null (the default) follows QDate::currentDate(); tests
    // and a midnight timer set it. Changing it refreshes CountdownRole on every dated row.
    void setToday(const QDate &today);
    QDate today() const;
    // "today", "tomorrow", "in %n days", "yesterday", "%n days ago"; empty for a null date.
    static QString countdown(const QDate &date, const QDate &today);

    // Readiness is recomputed ReadinessDelayMs after the answers, values, links, questions or
    // practice runs change, so a burst of typing in an answer costs one computation.
    static constexpr int ReadinessDelayMs = 250;
    void setSpeakingPace(const SpeakingPace &pace);
    // "Practised this week" ends here; null (the default) follows the clock. For tests.
    void setNow(const QDateTime &now);
    // Recomputes readiness now if a change is waiting (tests, and before a report).
    void flushReadiness();
    CompanyReadiness readiness(qint64 companyId) const { return m_readiness.value(companyId); }
    // "2 of 3 answers ready · 3 of 3 pass the checks · 1 practised this week"; "No answers yet".
    static QString answersReadinessText(const CompanyReadiness &readiness);

    // The last error the store reported, empty when the last load succeeded.
    QString lastError() const { return m_lastError; }

    // Reloads everything from the store (also done on the notifier's reset()).
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    struct Counts {
        int values = 0;
        int covered = 0;
        bool operator==(const Counts &) const = default;
    };

    void onChanged(const QList<starling::Change> &changes);
    void applyCompanyChanges(const QList<Change> &changes);
    Result<QHash<qint64, Counts>> readCounts() const;
    void refreshCounts();
    void refreshReadiness();
    void reportError(const QString &message);
    static QList<int> rolesForFields(quint32 fields);

    VaultSession &m_session;
    QList<Company> m_companies; // sorted by id
    QHash<qint64, Counts> m_counts;
    QHash<qint64, CompanyReadiness> m_readiness;
    SpeakingPace m_pace;
    QDateTime m_now;
    QTimer *m_readinessTimer = nullptr;
    QDate m_today;
    QString m_lastError;
};

} // namespace starling
