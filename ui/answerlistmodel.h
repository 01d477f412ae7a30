#pragma once

#include "answer.h"
#include "change.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace starling {

class VaultSession;

// The answers of one company (or of every company), one row each in creation order. A row
// shows the answer's question — the way people tell their answers apart — with its status.
//
// Follows the session's notifier: an added, edited or removed answer touches just its row, and
// renaming a question or value refreshes the rows that show it. Opening another vault resets it.
class AnswerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CompanyIdRole,             // qint64
        QuestionIdRole,            // qint64, 0 when none
        ValueIdRole,               // qint64, 0 when none
        StoryIdRole,               // qint64, 0 when none
        StatusRole,                // int: AnswerStatus
        QuestionTextRole,          // QString: the question's text, empty when none
        ValueNameRole,             // QString: the target value's name, empty when none
    };
    Q_ENUM(Role)

    explicit AnswerListModel(VaultSession &session, QObject *parent = nullptr);
    ~AnswerListModel() override;

    // 0 lists every answer of the vault.
    void setCompanyId(qint64 companyId);
    qint64 companyId() const { return m_companyId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowForId(qint64 id) const; // -1 when absent
    Answer answerAt(int row) const; // a default Answer when out of range

    // "Tell me about a failure" for an answer with a question; "Answer without a question (#12)"
    // otherwise. Shortened for a combo box or a list.
    static QString title(const QString &questionText, qint64 answerId);

    QString lastError() const { return m_lastError; }
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    struct Row {
        Answer answer;
        QString questionText;
        QString valueName;
    };

    void onChanged(const QList<starling::Change> &changes);
    bool belongs(const Answer &answer) const;
    void fillNames(Row &row) const;
    void insertRow(Row row);
    void removeRowAt(int row);
    void reportError(const QString &message);

    VaultSession &m_session;
    qint64 m_companyId = 0;
    QList<Row> m_rows; // sorted by answer id
    QString m_lastError;
};

} // namespace starling
