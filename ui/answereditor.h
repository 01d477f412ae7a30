#pragma once

#include "answer.h"
#include "change.h"
#include "coachchecks.h"
#include "result.h"
#include "speakingpace.h"
#include "valueprinciple.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace starling {

class AnswerListModel;
class PracticeHistoryChart;
class SectionShareBar;
class VaultCommands;
class VaultSession;

// The guided R-STAR-L answer editor: one answer of one company, written section by section —
// Repeat, Situation, Task, Action, Result, Link back — with the coach's findings beside each
// section, live word counts, the estimated speaking time against the target and the share of
// each section.
//
// Like the story editor there is no Save: typing goes through VaultCommands shortly after the
// user pauses (at once when focus leaves, another answer is shown or the editor hides), so each
// burst is one undo step. Changes made elsewhere flow back in through the notifier without
// moving the cursor. A question or a story dropped on the editor becomes the answer's question
// or story.
class AnswerEditor : public QWidget
{
    Q_OBJECT
public:
    AnswerEditor(VaultSession &session, VaultCommands &commands, QWidget *parent = nullptr);
    ~AnswerEditor() override;

    qint64 companyId() const { return m_companyId; }
    qint64 answerId() const { return m_answerId; }

    // Shows the company's answers and opens the first one (0: the "choose a company" state).
    // Pending typing is saved first.
    void setCompany(qint64 companyId);
    // Opens an answer (and its company). False when it does not exist.
    bool openAnswer(qint64 answerId);
    // Opens the company's answer to this question, writing a new one when there is none yet.
    Result<qint64> answerQuestion(qint64 questionId);
    // A blank answer for the company in focus, opened.
    Result<qint64> newAnswer();

    // Saves typing still waiting for its pause; the first failure, if any.
    Status flushPendingEdits();

    void setSpeakingPace(const SpeakingPace &pace);
    SpeakingPace speakingPace() const { return m_pace; }

    // What the coach says about the text on screen (refreshed CheckDelayMs after typing).
    QList<CoachFinding> findings() const { return m_findings; }
    // Runs the checks now rather than after the pause (tests, and before showing a report).
    void refreshFindings();

    // Asked before "Start from story" replaces text already written; tests replace it.
    void setConfirmReplace(std::function<bool(const QString &message)> confirm);

    static constexpr int SaveDelayMs = 300;
    static constexpr int CheckDelayMs = 150;

signals:
    // The user chose another company in the editor.
    void companyChosen(qint64 companyId);
    // "Practise…": rehearse this answer against the clock.
    void practiceRequested(qint64 answerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Section {
        AnswerSection section = AnswerSection::None;
        QPlainTextEdit *edit = nullptr;
        QLabel *words = nullptr;
        QLabel *findings = nullptr;
        QVBoxLayout *layout = nullptr;
        QTimer *timer = nullptr;
    };

    void buildUi();
    QWidget *buildHeader();
    QWidget *buildDetails();
    Section addSection(QVBoxLayout *form, AnswerSection section, const QString &placeholder,
                       int lines);

    void showPage();
    void loadAnswer(bool fresh);
    void applyAnswer(const Answer &answer, quint32 fields, bool fresh);
    void onChanges(const QList<Change> &changes);

    void reloadCompanies();
    void reloadChoices();
    void syncChoices();
    void selectAnswerInCombo();
    void updateValueReminder();
    void updatePractice();

    void onSectionEdited(Section &section);
    Status saveSection(Section &section);
    Status saveReference(quint32 field, qint64 id);
    void saveStatus();
    void startFromStory();
    void deleteAnswer();
    void showSaveResult(const QString &error);
    void showLimitMessage(const Section &section);

    Answer answerOnScreen() const;
    void updateCounts();
    void scheduleChecks();
    void showFindings();
    Section *sectionFor(const QObject *edit);
    bool acceptsDrop(const QMimeData *data) const;

    QPointer<VaultSession> m_session;
    QPointer<VaultCommands> m_commands;
    qint64 m_companyId = 0;
    qint64 m_answerId = 0;
    Answer m_answer; // as last read from the vault
    SpeakingPace m_pace;
    QList<ValuePrinciple> m_values;  // the company's, in tree order
    QList<Answer> m_allAnswers;      // for the cross-company checks
    QList<CoachFinding> m_findings;
    std::function<bool(const QString &)> m_confirmReplace;

    AnswerListModel *m_answers = nullptr;
    QComboBox *m_companyCombo = nullptr;
    QComboBox *m_answerCombo = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyState = nullptr;
    QPushButton *m_emptyNewButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_saveError = nullptr;
    QLabel *m_limitMessage = nullptr;
    QVBoxLayout *m_limitLayout = nullptr;

    QComboBox *m_questionCombo = nullptr;
    QComboBox *m_valueCombo = nullptr;
    QComboBox *m_storyCombo = nullptr;
    QPushButton *m_startFromStory = nullptr;
    QCheckBox *m_ready = nullptr;
    QPushButton *m_practise = nullptr;

    QLabel *m_timing = nullptr;
    SectionShareBar *m_shareBar = nullptr;
    QLabel *m_shareHint = nullptr;
    QLabel *m_answerFindings = nullptr;
    QBoxLayout *m_linkBackRow = nullptr;
    QLabel *m_valueReminder = nullptr;
    PracticeHistoryChart *m_history = nullptr;
    QLabel *m_historySummary = nullptr;

    QTimer *m_checkTimer = nullptr;
    QList<Section> m_sections;
};

} // namespace starling
