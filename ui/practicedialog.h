#pragma once

#include "answer.h"
#include "practicepicker.h"
#include "practicetimer.h"
#include "question.h"
#include "speakingpace.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextEdit;
class QTimer;

namespace starling {

class PracticeHistoryChart;
class VaultCommands;
class VaultSession;

// The focused practice view: one question in large type, a clock against the target range,
// the prepared answer on demand, and after each run a self-rating saved to the vault.
//
// What comes next follows the order (chosen, random, weakest first; the default from
// Preferences) over the company's answers and unanswered questions (PracticePicker). Without an
// answer, Reveal shows the bullet notes of the stories mapped to the company's values that share
// the question's themes. Keyboard: Space starts and stops, R reveals, 1–5 rate a stopped run.
//
// The clock is injected (setClock), so tests drive it without waiting; a QTimer only repaints.
class PracticeDialog : public QDialog
{
    Q_OBJECT
public:
    PracticeDialog(VaultSession &session, VaultCommands &commands, QWidget *parent = nullptr);
    ~PracticeDialog() override;

    // Practises this company's answers and questions (0: the general ones, without a company),
    // starting with the first pick of the current order. A company that does not exist, or 0
    // when there is nothing general to practise, falls back to the first company by name.
    void setCompany(qint64 companyId);
    qint64 companyId() const { return m_companyId; }
    // Practises this answer's question: selects its company and the answer.
    void setAnswer(qint64 answerId);
    // Practises one of the current company's candidates (matched by answer and question id).
    void setCandidate(const PracticeCandidate &candidate);
    std::optional<PracticeCandidate> currentCandidate() const { return m_current; }
    // The current company's candidates, in list order.
    QList<PracticeCandidate> candidates() const { return m_candidates; }

    void setOrder(PracticeOrder order);
    PracticeOrder order() const;

    // The clock the timer reads (nullptr: the real steady clock). Not owned; it must outlive
    // the dialog or be replaced first. Changing it discards a run in progress.
    void setClock(const PracticeClock *clock);
    // Makes Random reproducible.
    void setRandomSeed(quint32 seed);

    // The same as the buttons and keys.
    void nextQuestion();
    void startOrStop();
    void togglePause();
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    // 1–5, or 0 for no rating.
    void setRating(int rating);
    int rating() const;
    // Records the stopped run through VaultCommands; false (and a message shown) on failure.
    bool saveRun();
    // Repaints the clock from the timer; the internal QTimer calls it while the clock runs.
    void updateClock();

    const PracticeTimer &timer() const { return *m_timer; }

signals:
    void runSaved(qint64 runId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void reload();
    void reloadCompanies();
    void reloadCandidates();
    void showCandidate(const std::optional<PracticeCandidate> &candidate);
    void discardRun();
    void updateEmptyState();
    void updateQuestion();
    void updateControls();
    void updateResult();
    void updateReveal();
    void updateHistory();
    void updatePace();
    void showError(const QString &message);
    void clearError();
    QString candidateText(const PracticeCandidate &candidate) const;
    std::optional<PracticeCandidate> findCandidate(const PracticeCandidate &like) const;
    QString companyName(qint64 companyId) const;

    VaultSession &m_session;
    VaultCommands &m_commands;
    SteadyPracticeClock m_steadyClock;
    const PracticeClock *m_clock = nullptr;
    std::unique_ptr<PracticeTimer> m_timer;
    QRandomGenerator m_random;
    SpeakingPace m_pace;

    qint64 m_companyId = -1; // -1: none chosen yet
    QHash<qint64, Question> m_questions;
    QHash<qint64, Answer> m_answers;
    QList<PracticeRun> m_runs;
    QList<PracticeCandidate> m_candidates;
    std::optional<PracticeCandidate> m_current;
    bool m_revealed = false;
    bool m_runSaved = false;
    bool m_updating = false; // filling combos: their signals are not user choices

    QComboBox *m_companyCombo = nullptr;
    QComboBox *m_orderCombo = nullptr;
    QComboBox *m_questionCombo = nullptr;
    QPushButton *m_nextButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_questionLabel = nullptr;
    QLabel *m_questionMeta = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QTextEdit *m_revealView = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_durationLabel = nullptr;
    QButtonGroup *m_ratingGroup = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_historyLabel = nullptr;
    PracticeHistoryChart *m_history = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace starling
