#pragma once

#include "change.h"
#include "question.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace starling {

class QuestionFilterProxyModel;
class QuestionListModel;
class VaultCommands;
class VaultSession;

// The "Questions" dock's content: every question to practise (the company's own, yours and the
// bundled bank) with search, a theme filter, a company scope and "not yet answered for" the
// company in focus; and, for the selected question, the stories and values that fit it.
//
// Answering a bank question first adopts it into the vault (VaultCommands::adoptQuestion), so
// answers and practice runs can refer to it; answering it again finds the same vault question.
// Adding, editing and deleting questions go through VaultCommands and can be undone; changes
// from anywhere flow back in through the change notifier.
class QuestionsPanel : public QWidget
{
    Q_OBJECT
public:
    // session and commands must outlive the panel's use; if either is destroyed first, the panel
    // stops acting instead of using a dangling reference.
    QuestionsPanel(VaultSession &session, VaultCommands &commands, QWidget *parent = nullptr);
    ~QuestionsPanel() override;

    // The company in focus, 0 for none. The scope follows it unless the user picked another
    // scope; "Not yet answered for" and the values in "Fits this question" are about it.
    void setCompany(qint64 companyId);
    qint64 company() const { return m_companyId; }

    // The selected question's vault id; 0 for a bank question or no selection.
    qint64 currentQuestionId() const;
    // Selects a vault question if the filters show it; false otherwise.
    bool selectQuestion(qint64 id);

    QuestionListModel *model() const { return m_model; }
    QuestionFilterProxyModel *proxy() const;

public slots:
    // Emits answerRequested() for the selected question, adopting a bank question first.
    void answerCurrent();
    // Asks for a question (text, themes, "only for" the company in focus) and adds it.
    void newQuestion();
    void editCurrent();
    // Vault questions only; asks first when answers use the question. Undoable.
    void deleteCurrent();
    void clearFilters();

signals:
    // The user wants to write (or open) the answer to this vault question for the company in
    // focus.
    void answerRequested(qint64 questionId);

protected:
    // The dialogs, as hooks so tests can answer without a modal loop. askForQuestion() gets the
    // question to edit (id 0 for a new one) and the company its "Only for" box names (0: no
    // box); nullopt means the user cancelled.
    virtual std::optional<Question> askForQuestion(const Question &initial, qint64 companyChoice);
    // true: go ahead. `text` says what would be affected; plain text.
    virtual bool confirmDeleteQuestion(const QString &text);

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class ItemDelegate; // paints a question with its badge, themes and "answered" mark
    class ListProxy;    // adds a sentence per row for screen readers

    void buildUi();
    void onSessionChanged();
    void onChanges(const QList<starling::Change> &changes);
    void rebuildScopeCombo();
    void onScopeChosen();
    void applyFilters();
    void updateCompanyTexts();
    void updateActions();
    void updateIcons();
    void updateCount();
    void updateFits();
    void showError(const QString &message);
    QModelIndex currentSourceIndex() const;
    QString companyName(qint64 id) const;

    QPointer<VaultSession> m_session;
    QPointer<VaultCommands> m_commands;
    qint64 m_companyId = 0;

    QuestionListModel *m_model = nullptr;
    ListProxy *m_proxy = nullptr;
    ItemDelegate *m_delegate = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_themeFilter = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_unanswered = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_answerButton = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_answerAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QLabel *m_fitsHeading = nullptr;
    QListWidget *m_fits = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace starling
