#pragma once

#include "change.h"
#include "question.h"
#include "questionbank.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace starling {

class VaultSession;

// Every question the user can practise, one flat list: the vault's questions merged with the
// bundled question bank.
//
// Order: company questions (by company, then creation), then your own general questions, then
// the bank in bank order. A bank question the vault already holds as a general question with
// the same text (ignoring case and spacing; see QuestionBank::textKey) appears once, as that
// vault row, in the bank question's place: adopting a question to answer it does not move it.
//
// The model follows the session's notifier: an added, edited or removed question touches just
// its row (a bank row turns into the adopted vault row in place, and back when that is
// deleted), answers refresh just the rows whose answered companies moved, and a renamed company
// refreshes its questions' company name. Only opening another vault resets it.
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1, // qint64: the vault id, 0 for a bank row
        BankKeyRole,           // QString: the bank question this row is, or was adopted from
        TextRole,              // QString: the question as written
        ThemesRole,            // QStringList: theme keys as tagged (a vault question may have none)
        CompanyIdRole,         // qint64: the company a company question belongs to, else 0
        SourceRole,            // int: a Source
        AnsweredCompaniesRole, // QList<qint64>: companies with an answer to it, ascending
        CategoryRole,          // QString: the bank category ("classic", "data-ml"), else empty
        CompanyNameRole,       // QString: the name of CompanyIdRole's company, else empty
        EffectiveThemesRole,   // QStringList: ThemesRole, or themes suggested from the text
        AnswerCountRole,       // int: answers using the question, for any company or none
        SearchTextRole,        // QString: the text folded with foldForSearch()
    };
    Q_ENUM(Role)

    enum class Source {
        Bank,    // bundled, not in the vault yet
        Own,     // a general question in the vault (yours, or adopted from the bank)
        Company, // a question for one company only
    };
    Q_ENUM(Source)

    // With the bundled bank.
    explicit QuestionListModel(VaultSession &session, QObject *parent = nullptr);
    // With another bank (tests).
    QuestionListModel(VaultSession &session, QList<BankQuestion> bank, QObject *parent = nullptr);
    ~QuestionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag: a row carries a QuestionMime::QuestionRef (the vault id, or the bank question's text
    // and themes), never a pointer. The list is a drag source only.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

    int rowForQuestionId(qint64 id) const;      // -1 when absent
    int rowForBankKey(const QString &key) const; // the bank row, or the vault row adopted from it
    QModelIndex indexForQuestionId(qint64 id) const;
    const QList<BankQuestion> &bank() const { return m_bank; }

    // Case-folded, decomposed, without combining marks: "Échec" and "echec" fold alike, so
    // search ignores case and accents.
    static QString foldForSearch(const QString &text);

    // The last error the store reported, empty when the last load succeeded.
    QString lastError() const { return m_lastError; }

    // Reloads everything from the store (also done on the notifier's reset()).
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    struct Row {
        Question question; // id 0 for a bank row
        int bankIndex = -1; // the bank question this row is, or shadows
        QStringList effectiveThemes;
        QString searchText;
    };
    // Where a row sorts: section (company, own, bank), then within it.
    struct SortKey {
        int section = 0;
        qint64 first = 0;
        qint64 second = 0;
        // clang-tidy 14 reads the defaulted <=>'s comparison with a literal 0 as a null pointer.
        // NOLINTNEXTLINE(modernize-use-nullptr)
        auto operator<=>(const SortKey &) const = default;
    };

    Row vaultRow(const Question &question) const;
    Row bankRow(int bankIndex) const;
    static SortKey sortKey(const Row &row);
    int insertionRow(const SortKey &key) const;
    int bankRowAt(int bankIndex) const; // the unshadowed bank row, -1 when shadowed
    bool shadowedByAnother(int bankIndex, qint64 exceptId) const;
    Source sourceOf(const Row &row) const;

    void onChanged(const QList<starling::Change> &changes);
    void attach(const Question &question);
    void detach(qint64 id);
    void update(int row, const Question &question, quint32 fields);
    void refreshAnswers();
    void refreshCompanyNames(const QList<NetChange> &changes);
    void reportError(const QString &message);
    static QList<int> rolesForFields(quint32 fields);

    VaultSession &m_session;
    const QList<BankQuestion> m_bank;
    QHash<QString, int> m_bankIndexByText; // QuestionBank::textKey -> index in m_bank
    QList<Row> m_rows;                     // sorted by sortKey()
    QHash<qint64, QList<qint64>> m_answeredCompanies; // question id -> company ids, ascending
    QHash<qint64, int> m_answerCounts;                // question id -> answers
    QHash<qint64, QString> m_companyNames;
    QString m_lastError;
};

} // namespace starling
