#include "practicedialog.h"

#include "practicehistorychart.h"
#include "preferences.h"
#include "questionsuggestions.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

namespace {

constexpr int kTickMs = 200;   // a repaint rate that never shows a second late
constexpr int kMaxChoiceChars = 90;

enum Page { EmptyPage, PracticePage };

QString elided(const QString &text, int max)
{
    QString shown = text.simplified();
    if (shown.size() > max) {
        int cut = max - 1;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    return shown;
}

QFont scaledFont(QFont font, double factor, QFont::Weight weight)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

QPushButton *button(const QString &text, const char *name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessible);
    // Enter must never press a clock button by accident; only Save is ever the default.
    b->setAutoDefault(false);
    return b;
}

} // namespace

PracticeDialog::PracticeDialog(VaultSession &session, VaultCommands &commands, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_commands(commands)
    , m_clock(&m_steadyClock)
    , m_timer(std::make_unique<PracticeTimer>(m_steadyClock))
    , m_random(QRandomGenerator::global()->generate())
    , m_pace(Preferences::instance().speakingPace())
{
    setObjectName(QStringLiteral("practiceDialog"));
    setWindowTitle(tr("Practice"));
    buildUi();

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &PracticeDialog::updateClock);

    Preferences &preferences = Preferences::instance();
    m_updating = true;
    m_orderCombo->setCurrentIndex(
        std::max(0, m_orderCombo->findData(int(preferences.practiceOrder()))));
    m_updating = false;
    connect(&preferences, &Preferences::changed, this, &PracticeDialog::updatePace);

    connect(&m_session.notifier(), &ChangeNotifier::changed, this,
            [this](const QList<Change> &changes) {
                // Stories, values and links only feed the revealed notes.
                const bool matrixOnly = std::all_of(changes.cbegin(), changes.cend(), [](const Change &c) {
                    return c.entity == EntityKind::Story || c.entity == EntityKind::Value
                           || c.entity == EntityKind::Link;
                });
                if (!matrixOnly)
                    reload();
                else if (m_revealed)
                    updateReveal();
            });
    connect(&m_session.notifier(), &ChangeNotifier::reset, this, [this] {
        discardRun();
        m_companyId = -1;
        m_current.reset();
        reload();
    });

    reload();
    resize(760, 680);
}

PracticeDialog::~PracticeDialog() = default;

void PracticeDialog::buildUi()
{
    // The bar: what to practise, in which order.
    m_companyCombo = new QComboBox(this);
    m_companyCombo->setObjectName(QStringLiteral("practiceCompanyCombo"));
    m_companyCombo->setAccessibleName(tr("Company"));
    m_companyCombo->setAccessibleDescription(tr("The company whose questions are practised"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_companyCombo->setMinimumContentsLength(12);

    m_orderCombo = new QComboBox(this);
    m_orderCombo->setObjectName(QStringLiteral("practiceOrderCombo"));
    m_orderCombo->setAccessibleName(tr("Practice order"));
    m_orderCombo->addItem(tr("Weakest first"), int(PracticeOrder::WeakestFirst));
    m_orderCombo->addItem(tr("Random"), int(PracticeOrder::Random));
    m_orderCombo->addItem(tr("Chosen by me"), int(PracticeOrder::Chosen));
    m_orderCombo->setToolTip(tr("What Next question picks. Weakest first: questions without an "
                                "answer, then drafts, then what you practised least this week "
                                "and rated lowest."));

    m_questionCombo = new QComboBox(this);
    m_questionCombo->setObjectName(QStringLiteral("practiceQuestionCombo"));
    m_questionCombo->setAccessibleName(tr("Question to practise"));
    m_questionCombo->setAccessibleDescription(tr("The question asked when the clock starts"));
    m_questionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_questionCombo->setMinimumContentsLength(24);
    m_questionCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_nextButton = button(tr("&Next question"), "practiceNextButton", tr("Next question"), this);
    m_nextButton->setToolTip(tr("Pick the next question in the chosen order"));

    auto *bar = new QHBoxLayout;
    auto *companyLabel = new QLabel(tr("&Company:"), this);
    companyLabel->setBuddy(m_companyCombo);
    auto *orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_orderCombo);
    auto *questionLabel = new QLabel(tr("&Question:"), this);
    questionLabel->setBuddy(m_questionCombo);
    bar->addWidget(companyLabel);
    bar->addWidget(m_companyCombo);
    bar->addSpacing(8);
    bar->addWidget(orderLabel);
    bar->addWidget(m_orderCombo);
    bar->addSpacing(8);
    bar->addWidget(questionLabel);
    bar->addWidget(m_questionCombo, 1);
    bar->addWidget(m_nextButton);

    // The empty state.
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("practiceEmptyState"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMargin(24);

    // The practice page.
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("practicePage"));

    m_questionLabel = new QLabel(page);
    m_questionLabel->setObjectName(QStringLiteral("practiceQuestionLabel"));
    m_questionLabel->setTextFormat(Qt::PlainText);
    m_questionLabel->setWordWrap(true);
    m_questionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_questionLabel->setFont(scaledFont(font(), 1.6, QFont::DemiBold));
    m_questionLabel->setAccessibleName(tr("Question"));
    m_questionLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_questionMeta = new QLabel(page);
    m_questionMeta->setObjectName(QStringLiteral("practiceQuestionMeta"));
    m_questionMeta->setTextFormat(Qt::PlainText);
    m_questionMeta->setWordWrap(true);
    m_questionMeta->setForegroundRole(QPalette::PlaceholderText);

    m_clockLabel = new QLabel(page);
    m_clockLabel->setObjectName(QStringLiteral("practiceClockLabel"));
    m_clockLabel->setTextFormat(Qt::PlainText);
    m_clockLabel->setAccessibleName(tr("Elapsed time"));
    QFont clockFont = scaledFont(font(), 3.2, QFont::Bold);
    clockFont.setStyleHint(QFont::Monospace); // digits of one width: the clock does not wobble
    clockFont.setFamilies({QStringLiteral("monospace")});
    m_clockLabel->setFont(clockFont);
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clockLabel->setMinimumWidth(QFontMetrics(clockFont).horizontalAdvance(QStringLiteral("00:00")));

    m_targetLabel = new QLabel(page);
    m_targetLabel->setObjectName(QStringLiteral("practiceTargetLabel"));
    m_targetLabel->setTextFormat(Qt::PlainText);
    m_targetLabel->setForegroundRole(QPalette::PlaceholderText);

    m_phaseLabel = new QLabel(page);
    m_phaseLabel->setObjectName(QStringLiteral("practicePhaseLabel"));
    m_phaseLabel->setTextFormat(Qt::PlainText);
    m_phaseLabel->setWordWrap(true);
    m_phaseLabel->setFont(scaledFont(font(), 1.15, QFont::DemiBold));

    auto *clockText = new QVBoxLayout;
    clockText->addStretch(1);
    clockText->addWidget(m_targetLabel);
    clockText->addWidget(m_phaseLabel);
    clockText->addStretch(1);

    m_startButton = button(tr("&Start"), "practiceStartButton", tr("Start the clock"), page);
    m_startButton->setToolTip(tr("Start the clock (Space)"));
    m_pauseButton = button(tr("&Pause"), "practicePauseButton", tr("Pause the clock"), page);
    m_pauseButton->setToolTip(tr("Stops the clock without ending the run; press again to go on"));
    m_stopButton = button(tr("S&top"), "practiceStopButton", tr("Stop the clock"), page);
    m_stopButton->setToolTip(tr("Stop the clock (Space)"));
    m_revealButton = button(tr("&Reveal"), "practiceRevealButton", tr("Reveal the prepared answer"), page);
    m_revealButton->setCheckable(true);
    m_revealButton->setToolTip(tr("Show what you prepared (R)"));

    auto *buttons = new QVBoxLayout;
    auto *clockButtons = new QHBoxLayout;
    clockButtons->addWidget(m_startButton);
    clockButtons->addWidget(m_pauseButton);
    clockButtons->addWidget(m_stopButton);
    buttons->addLayout(clockButtons);
    buttons->addWidget(m_revealButton);

    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_clockLabel);
    clockRow->addSpacing(12);
    clockRow->addLayout(clockText, 1);
    clockRow->addLayout(buttons);

    // After Stop: the duration, the self-rating and Save.
    m_resultBox = new QGroupBox(tr("How did it go?"), page);
    m_resultBox->setObjectName(QStringLiteral("practiceResultBox"));
    m_durationLabel = new QLabel(m_resultBox);
    m_durationLabel->setObjectName(QStringLiteral("practiceDurationLabel"));
    m_durationLabel->setTextFormat(Qt::PlainText);
    m_durationLabel->setWordWrap(true);
    m_ratingGroup = new QButtonGroup(this);
    m_ratingGroup->setExclusive(true);
    auto *ratings = new QHBoxLayout;
    auto *ratingLabel = new QLabel(tr("Rate it:"), m_resultBox);
    ratings->addWidget(ratingLabel);
    const QStringList meanings{tr("lost the thread"), tr("shaky"), tr("fair"), tr("good"),
                               tr("interview-ready")};
    for (int value = 1; value <= 5; ++value) {
        auto *radio = new QRadioButton(QLocale().toString(value), m_resultBox);
        radio->setObjectName(QStringLiteral("practiceRating%1").arg(value));
        radio->setAccessibleName(tr("Rating %1 of 5, %2").arg(QLocale().toString(value),
                                                              meanings.at(value - 1)));
        radio->setToolTip(tr("%1 — %2 (key %1)").arg(QLocale().toString(value), meanings.at(value - 1)));
        m_ratingGroup->addButton(radio, value);
        ratings->addWidget(radio);
    }
    ratingLabel->setBuddy(m_ratingGroup->button(1));
    ratings->addStretch(1);
    m_discardButton = button(tr("&Discard"), "practiceDiscardButton", tr("Discard this run"), m_resultBox);
    m_discardButton->setToolTip(tr("Forgets this run without saving its time or rating"));
    m_saveButton = button(tr("Sa&ve run"), "practiceSaveButton", tr("Save this run"), m_resultBox);
    m_saveButton->setToolTip(tr("Record the duration and rating in this answer's history (Enter)"));
    ratings->addWidget(m_discardButton);
    ratings->addWidget(m_saveButton);
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_durationLabel);
    resultLayout->addLayout(ratings);

    m_revealView = new QTextEdit(page);
    m_revealView->setObjectName(QStringLiteral("practiceRevealView"));
    m_revealView->setAccessibleDescription(tr("The prepared answer, shown after Reveal, to compare "
                                              "with what you said"));
    m_revealView->setAccessibleName(tr("Prepared answer"));
    m_revealView->setReadOnly(true);
    m_revealView->setAcceptRichText(false);
    m_revealView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revealView->setVisible(false);

    m_historyLabel = new QLabel(page);
    m_historyLabel->setObjectName(QStringLiteral("practiceHistoryLabel"));
    m_historyLabel->setTextFormat(Qt::PlainText);
    m_history = new PracticeHistoryChart(page);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_questionLabel);
    pageLayout->addWidget(m_questionMeta);
    pageLayout->addSpacing(8);
    pageLayout->addLayout(clockRow);
    pageLayout->addWidget(m_resultBox);
    // Hidden, the reveal view leaves its room to the stretch, keeping the clock under the
    // question; shown, it takes nearly all of it.
    pageLayout->addWidget(m_revealView, 10);
    pageLayout->addStretch(1);
    pageLayout->addWidget(m_historyLabel);
    pageLayout->addWidget(m_history);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("practiceStack"));
    m_stack->insertWidget(EmptyPage, m_emptyLabel);
    m_stack->insertWidget(PracticePage, page);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("practiceErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("practiceButtons"));
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("practiceCloseButton"));
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close practice"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(close);

    connect(m_companyCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            setCompany(m_companyCombo->itemData(index).toLongLong());
    });
    connect(m_orderCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            updateControls();
    });
    connect(m_questionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0 && index < m_candidates.size())
            showCandidate(m_candidates.at(index));
    });
    connect(m_nextButton, &QPushButton::clicked, this, &PracticeDialog::nextQuestion);
    connect(m_startButton, &QPushButton::clicked, this, &PracticeDialog::startOrStop);
    connect(m_stopButton, &QPushButton::clicked, this, &PracticeDialog::startOrStop);
    connect(m_pauseButton, &QPushButton::clicked, this, &PracticeDialog::togglePause);
    connect(m_revealButton, &QPushButton::toggled, this, &PracticeDialog::setRevealed);
    connect(m_saveButton, &QPushButton::clicked, this, &PracticeDialog::saveRun);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        discardRun();
        updateControls();
    });

    // Keys work wherever the focus is inside the dialog: practice is done looking at the
    // question, not at the buttons. Shortcuts take precedence over a focused button's Space.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setObjectName(QStringLiteral("practiceSpaceShortcut"));
    connect(space, &QShortcut::activated, this, &PracticeDialog::startOrStop);
    auto *reveal = new QShortcut(QKeySequence(Qt::Key_R), this);
    reveal->setObjectName(QStringLiteral("practiceRevealShortcut"));
    connect(reveal, &QShortcut::activated, this, [this] { setRevealed(!m_revealed); });
    for (int value = 1; value <= 5; ++value) {
        auto *rate = new QShortcut(QKeySequence(Qt::Key_0 + value), this);
        connect(rate, &QShortcut::activated, this, [this, value] {
            if (m_resultBox->isVisible() && m_resultBox->isEnabled())
                setRating(value);
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Choosing what to practise

void PracticeDialog::setCompany(qint64 companyId)
{
    if (companyId == m_companyId && m_current)
        return;
    discardRun();
    m_companyId = companyId;
    m_current.reset();
    reloadCompanies();
    reloadCandidates();
    showCandidate(PracticePicker::next(order(), m_candidates, std::nullopt, m_random));
}

void PracticeDialog::setAnswer(qint64 answerId)
{
    const Result<Answer> answer = m_session.store().answer(answerId);
    if (!answer) {
        showError(answer.error());
        return;
    }
    if (answer->companyId != m_companyId) {
        discardRun();
        m_companyId = answer->companyId;
        m_current.reset();
        reload();
    }
    PracticeCandidate like;
    like.answerId = answerId;
    like.questionId = answer->questionId;
    setCandidate(like);
}

void PracticeDialog::setCandidate(const PracticeCandidate &candidate)
{
    if (const std::optional<PracticeCandidate> found = findCandidate(candidate))
        showCandidate(found);
}

void PracticeDialog::setOrder(PracticeOrder order)
{
    m_orderCombo->setCurrentIndex(std::max(0, m_orderCombo->findData(int(order))));
}

PracticeOrder PracticeDialog::order() const
{
    return PracticeOrder(m_orderCombo->currentData().toInt());
}

void PracticeDialog::setClock(const PracticeClock *clock)
{
    discardRun();
    m_clock = clock ? clock : &m_steadyClock;
    m_timer = std::make_unique<PracticeTimer>(*m_clock);
    reload(); // "recent" runs are counted from the new clock's now
}

void PracticeDialog::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

void PracticeDialog::nextQuestion()
{
    clearError();
    showCandidate(PracticePicker::next(order(), m_candidates, m_current, m_random));
}

std::optional<PracticeCandidate> PracticeDialog::findCandidate(const PracticeCandidate &like) const
{
    for (const PracticeCandidate &c : m_candidates) {
        if (c.answerId == like.answerId && c.questionId == like.questionId)
            return c;
    }
    // A question that got its answer since: practise the answer now.
    if (like.questionId > 0) {
        for (const PracticeCandidate &c : m_candidates) {
            if (c.questionId == like.questionId)
                return c;
        }
    }
    // An answer whose question changed.
    if (like.answerId > 0) {
        for (const PracticeCandidate &c : m_candidates) {
            if (c.answerId == like.answerId)
                return c;
        }
    }
    return std::nullopt;
}

void PracticeDialog::showCandidate(const std::optional<PracticeCandidate> &candidate)
{
    const bool same = candidate && m_current && candidate->answerId == m_current->answerId
                      && candidate->questionId == m_current->questionId;
    if (!same) {
        discardRun();
        m_revealed = false;
    }
    m_current = candidate;

    m_updating = true;
    int index = -1;
    for (int i = 0; candidate && i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).answerId == candidate->answerId
            && m_candidates.at(i).questionId == candidate->questionId)
            index = i;
    }
    m_questionCombo->setCurrentIndex(index);
    m_updating = false;

    updateEmptyState();
    updateQuestion();
    updateReveal();
    updateHistory();
    updateControls();
}

// ---------------------------------------------------------------------------------------------
// Loading

void PracticeDialog::reload()
{
    m_questions.clear();
    m_answers.clear();
    m_runs.clear();
    if (m_session.isOpen()) {
        const Result<QList<Question>> questions = m_session.store().questions();
        const Result<QList<Answer>> answers = m_session.store().answers();
        const Result<QList<PracticeRun>> runs = m_session.store().practiceRuns();
        if (!questions || !answers || !runs) {
            showError(!questions ? questions.error() : !answers ? answers.error() : runs.error());
        } else {
            for (const Question &q : questions.value())
                m_questions.insert(q.id, q);
            for (const Answer &a : answers.value())
                m_answers.insert(a.id, a);
            m_runs = runs.value();
        }
    }
    reloadCompanies();
    reloadCandidates();
    std::optional<PracticeCandidate> next = m_current ? findCandidate(*m_current) : std::nullopt;
    if (!next) // the first pick, or the one being practised is gone
        next = PracticePicker::next(order(), m_candidates, std::nullopt, m_random);
    showCandidate(next);
}

void PracticeDialog::reloadCompanies()
{
    QList<Company> companies;
    if (m_session.isOpen()) {
        Result<QList<Company>> result = m_session.store().companies();
        if (result)
            companies = std::move(result).value();
        else
            showError(result.error());
    }
    std::sort(companies.begin(), companies.end(), [](const Company &a, const Company &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    // General questions (no company) get an entry only when there is something to practise.
    const bool hasGeneral = !PracticePicker::candidates(0, m_questions.values(), m_answers.values(),
                                                        {}, m_clock->nowUtc())
                                 .isEmpty();

    m_updating = true;
    m_companyCombo->clear();
    for (const Company &company : std::as_const(companies)) {
        m_companyCombo->addItem(VaultCommands::displayName(company.name), company.id);
        m_companyCombo->setItemData(m_companyCombo->count() - 1, company.name.simplified(),
                                    Qt::ToolTipRole);
    }
    if (hasGeneral)
        m_companyCombo->addItem(tr("General questions"), qint64(0));

    int index = m_companyCombo->findData(m_companyId);
    if (index < 0 && m_companyCombo->count() > 0) {
        // The company is gone (or none was chosen yet): fall back to the first one.
        index = 0;
        m_companyId = m_companyCombo->itemData(0).toLongLong();
        m_current.reset();
    } else if (index < 0) {
        m_companyId = -1;
        m_current.reset();
    }
    m_companyCombo->setCurrentIndex(index);
    m_updating = false;
}

void PracticeDialog::reloadCandidates()
{
    m_candidates.clear();
    if (m_companyId >= 0) {
        m_candidates = PracticePicker::candidates(m_companyId, m_questions.values(),
                                                  m_answers.values(), m_runs, m_clock->nowUtc());
    }
    m_updating = true;
    m_questionCombo->clear();
    for (const PracticeCandidate &c : std::as_const(m_candidates)) {
        QString label = elided(candidateText(c), kMaxChoiceChars);
        if (!c.isAnswer())
            label = tr("%1 (no answer yet)").arg(label);
        else if (c.readiness == PracticeReadiness::Draft)
            label = tr("%1 (draft)").arg(label);
        m_questionCombo->addItem(label);
        m_questionCombo->setItemData(m_questionCombo->count() - 1, candidateText(c), Qt::ToolTipRole);
    }
    m_updating = false;
}

QString PracticeDialog::candidateText(const PracticeCandidate &candidate) const
{
    if (const auto q = m_questions.constFind(candidate.questionId);
        candidate.questionId > 0 && q != m_questions.cend() && !q->text.trimmed().isEmpty())
        return q->text.trimmed();
    // An answer written without a question: its Repeat says what it answers.
    if (const auto a = m_answers.constFind(candidate.answerId);
        a != m_answers.cend() && !a->repeat.trimmed().isEmpty())
        return a->repeat.trimmed();
    return tr("An answer without a question");
}

QString PracticeDialog::companyName(qint64 companyId) const
{
    for (int i = 0; i < m_companyCombo->count(); ++i) {
        if (m_companyCombo->itemData(i).toLongLong() == companyId)
            return m_companyCombo->itemText(i);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// The clock

void PracticeDialog::startOrStop()
{
    if (!m_current)
        return;
    clearError();
    switch (m_timer->state()) {
    case PracticeTimer::State::Idle:
    case PracticeTimer::State::Stopped:
        // Starting again drops a run that was not saved: trying once more is the point.
        m_timer->reset();
        m_runSaved = false;
        m_ratingGroup->setExclusive(false);
        for (QAbstractButton *b : m_ratingGroup->buttons())
            b->setChecked(false);
        m_ratingGroup->setExclusive(true);
        m_timer->start();
        m_tick->start();
        break;
    case PracticeTimer::State::Running:
    case PracticeTimer::State::Paused:
        m_timer->stop();
        m_tick->stop();
        break;
    }
    updateClock();
    updateControls();
}

void PracticeDialog::togglePause()
{
    if (m_timer->isRunning()) {
        m_timer->pause();
        m_tick->stop();
    } else if (m_timer->isPaused()) {
        m_timer->resume();
        m_tick->start();
    }
    updateClock();
    updateControls();
}

void PracticeDialog::discardRun()
{
    if (!m_timer)
        return;
    m_timer->reset();
    if (m_tick)
        m_tick->stop();
    m_runSaved = false;
}

void PracticeDialog::updateClock()
{
    const int seconds = m_timer->elapsedSeconds();
    m_clockLabel->setText(formatMinutesSeconds(seconds));
    const PacePhase phase = m_timer->phase(m_pace);
    const int low = std::min(m_pace.minSeconds, m_pace.maxSeconds);
    const int high = std::max(m_pace.minSeconds, m_pace.maxSeconds);

    QString cue;
    switch (m_timer->state()) {
    case PracticeTimer::State::Idle:
        cue = tr("Press Space to start");
        break;
    case PracticeTimer::State::Paused:
        cue = tr("Paused");
        break;
    case PracticeTimer::State::Stopped:
        // The result box below says how it went; "wrap up" would be advice for too late.
        cue = tr("Stopped");
        break;
    case PracticeTimer::State::Running:
        if (phase == PacePhase::BeforeMin)
            cue = tr("Keep going: %1 to the target").arg(formatMinutesSeconds(low - seconds));
        else if (phase == PacePhase::WithinRange)
            cue = tr("On target");
        else
            cue = tr("Over time by %1: wrap up").arg(formatMinutesSeconds(seconds - high));
        break;
    }
    m_phaseLabel->setText(cue);

    // Colour repeats what the cue says; only set the one role so theme changes still apply.
    QPalette clockPalette;
    if (phase == PacePhase::PastMax && m_timer->state() != PracticeTimer::State::Idle)
        clockPalette.setColor(QPalette::WindowText, PracticeHistoryChart::overColor(palette()));
    m_clockLabel->setPalette(clockPalette);
    m_phaseLabel->setPalette(clockPalette);
    m_clockLabel->setAccessibleDescription(cue);
}

void PracticeDialog::updatePace()
{
    const SpeakingPace pace = Preferences::instance().speakingPace();
    if (pace != m_pace) {
        m_pace = pace;
        updateHistory();
    }
    updateControls();
    updateReveal(); // the reveal option may have changed
}

// ---------------------------------------------------------------------------------------------
// Showing the state

void PracticeDialog::updateEmptyState()
{
    if (m_current) {
        m_stack->setCurrentIndex(PracticePage);
        return;
    }
    if (!m_session.isOpen())
        m_emptyLabel->setText(tr("Open a vault to practise."));
    else if (m_companyId < 0)
        m_emptyLabel->setText(tr("No company yet. Add the company you are interviewing with under "
                                 "Companies and Values, then write answers or add its questions."));
    else if (m_companyId == 0)
        m_emptyLabel->setText(tr("No general questions or answers yet. Write an answer first or "
                                 "pick a question from the question bank."));
    else
        m_emptyLabel->setText(tr("%1 has no questions or answers yet. Write an answer first or "
                                 "pick a question for this company from the question bank.")
                                  .arg(companyName(m_companyId)));
    m_stack->setCurrentIndex(EmptyPage);
}

void PracticeDialog::updateQuestion()
{
    if (!m_current) {
        m_questionLabel->clear();
        m_questionMeta->clear();
        return;
    }
    const PracticeCandidate &c = *m_current;
    m_questionLabel->setText(candidateText(c));

    QStringList meta;
    switch (c.readiness) {
    case PracticeReadiness::NoAnswer:
        meta.append(tr("No answer yet"));
        break;
    case PracticeReadiness::Draft:
        meta.append(tr("Draft answer"));
        break;
    case PracticeReadiness::Ready:
        meta.append(tr("Ready answer"));
        break;
    }
    if (c.recentRuns > 0)
        meta.append(tr("practised %n time(s) in the last 7 days", nullptr, c.recentRuns));
    else
        meta.append(tr("not practised in the last 7 days"));
    if (c.lastRating > 0)
        meta.append(tr("last rated %1 of 5").arg(QLocale().toString(c.lastRating)));
    m_questionMeta->setText(meta.join(QStringLiteral(" · ")));
}

void PracticeDialog::updateControls()
{
    const bool has = m_current.has_value();
    const PracticeTimer::State state = m_timer->state();
    const bool active = state == PracticeTimer::State::Running || state == PracticeTimer::State::Paused;

    m_companyCombo->setEnabled(m_companyCombo->count() > 0);
    m_questionCombo->setEnabled(!m_candidates.isEmpty());
    m_nextButton->setEnabled(m_candidates.size() > 1 || (m_candidates.size() == 1 && !has));
    m_startButton->setEnabled(has && !active);
    m_pauseButton->setEnabled(active);
    m_pauseButton->setText(state == PracticeTimer::State::Paused ? tr("Res&ume") : tr("&Pause"));
    m_pauseButton->setAccessibleName(state == PracticeTimer::State::Paused ? tr("Resume the clock")
                                                                          : tr("Pause the clock"));
    m_stopButton->setEnabled(active);
    m_revealButton->setEnabled(has);
    {
        const QSignalBlocker blocker(m_revealButton);
        m_revealButton->setChecked(m_revealed);
    }
    m_targetLabel->setText(tr("Target %1–%2")
                               .arg(formatMinutesSeconds(std::min(m_pace.minSeconds, m_pace.maxSeconds)),
                                    formatMinutesSeconds(std::max(m_pace.minSeconds, m_pace.maxSeconds))));
    updateClock();
    updateResult();
}

void PracticeDialog::updateResult()
{
    const bool stopped = m_current && m_timer->isStopped();
    m_resultBox->setVisible(stopped);
    if (!stopped) {
        m_saveButton->setDefault(false);
        return;
    }
    const int seconds = m_timer->elapsedSeconds();
    const int low = std::min(m_pace.minSeconds, m_pace.maxSeconds);
    const int high = std::max(m_pace.minSeconds, m_pace.maxSeconds);
    QString where;
    switch (pacePhase(seconds, m_pace)) {
    case PacePhase::BeforeMin:
        where = tr("%1 under the target").arg(formatMinutesSeconds(low - seconds));
        break;
    case PacePhase::WithinRange:
        where = tr("within the target");
        break;
    case PacePhase::PastMax:
        where = tr("%1 over the target").arg(formatMinutesSeconds(seconds - high));
        break;
    }
    QString text = tr("You spoke for %1, %2.").arg(formatMinutesSeconds(seconds), where);
    if (m_runSaved)
        text += u' ' + tr("Saved. Press Space to go again, or pick the next question.");
    else
        text += u' ' + tr("Rate it (keys 1–5) and save it, or press Space to try again.");
    m_durationLabel->setText(text);
    for (QAbstractButton *b : m_ratingGroup->buttons())
        b->setEnabled(!m_runSaved);
    m_saveButton->setEnabled(!m_runSaved);
    m_discardButton->setEnabled(!m_runSaved);
    // Enter saves a run waiting for it, whatever has the focus.
    m_saveButton->setDefault(!m_runSaved);
}

void PracticeDialog::setRevealed(bool revealed)
{
    if (!m_current)
        revealed = false;
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    updateReveal();
    updateControls();
}

void PracticeDialog::updateReveal()
{
    m_revealView->setVisible(m_revealed && m_current);
    m_revealButton->setText(m_revealed ? tr("Hide (&R)") : tr("&Reveal"));
    if (!m_revealed || !m_current)
        return;

    QTextDocument *document = m_revealView->document();
    document->clear();
    QTextCursor cursor(document);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat body;
    QTextCharFormat note;
    note.setFontItalic(true);
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(8);
    QTextBlockFormat bodyBlock;
    bool first = true;
    // User text goes in through insertText only: it is never parsed as markup.
    auto addHeading = [&](const QString &text) {
        if (!first)
            cursor.insertBlock(headingBlock);
        else
            cursor.setBlockFormat(headingBlock);
        first = false;
        cursor.insertText(text, heading);
        cursor.insertBlock(bodyBlock);
    };
    auto addText = [&](const QString &text, const QTextCharFormat &format) {
        if (first) {
            first = false;
        } else if (!cursor.block().text().isEmpty()) {
            cursor.insertBlock(bodyBlock);
        }
        cursor.insertText(text, format);
    };

    const qint64 companyId = m_companyId;
    QList<ValuePrinciple> values;
    QList<StoryValueLink> links;
    QHash<qint64, Story> stories;
    auto loadMatrix = [&]() -> bool {
        VaultStore &store = m_session.store();
        Result<QList<ValuePrinciple>> v = companyId > 0 ? store.values(companyId) : store.allValues();
        Result<QList<StoryValueLink>> l = companyId > 0 ? store.linksForCompany(companyId) : store.links();
        Result<QList<Story>> s = store.stories();
        if (!v || !l || !s) {
            showError(!v ? v.error() : !l ? l.error() : s.error());
            return false;
        }
        values = std::move(v).value();
        links = std::move(l).value();
        for (const Story &story : s.value())
            stories.insert(story.id, story);
        return true;
    };
    auto valueName = [&](qint64 valueId) {
        for (const ValuePrinciple &value : std::as_const(values)) {
            if (value.id == valueId)
                return value.name.simplified();
        }
        return QString();
    };

    if (m_current->isAnswer()) {
        const Answer answer = m_answers.value(m_current->answerId);
        const std::pair<QString, QString> sections[] = {
            {tr("Repeat"), answer.repeat},   {tr("Situation"), answer.situation},
            {tr("Task"), answer.task},       {tr("Action"), answer.action},
            {tr("Result"), answer.result},   {tr("Link back"), answer.linkBack},
        };
        for (const auto &[name, text] : sections) {
            addHeading(name);
            if (text.trimmed().isEmpty())
                cursor.insertText(tr("(not written yet)"), note);
            else
                cursor.insertText(text.trimmed(), body);
        }
        if (Preferences::instance().revealStoryNotes() && answer.storyId > 0 && loadMatrix()
            && stories.contains(answer.storyId)) {
            const Story story = stories.value(answer.storyId);
            // The answer's own value first: its notes are the ones this answer should use.
            QList<StoryValueLink> mine;
            for (const StoryValueLink &link : std::as_const(links)) {
                if (link.storyId == story.id && !link.notes.trimmed().isEmpty())
                    mine.append(link);
            }
            std::stable_sort(mine.begin(), mine.end(), [&](const StoryValueLink &a, const StoryValueLink &b) {
                return (a.valueId == answer.valueId) > (b.valueId == answer.valueId);
            });
            if (!mine.isEmpty() || !story.notes.trimmed().isEmpty())
                addHeading(tr("Bullet notes from the story “%1”").arg(VaultCommands::displayTitle(story.title)));
            for (const StoryValueLink &link : std::as_const(mine)) {
                addText(tr("%1:").arg(valueName(link.valueId)), heading);
                addText(link.notes.trimmed(), body);
            }
            if (mine.isEmpty() && !story.notes.trimmed().isEmpty())
                addText(story.notes.trimmed(), body);
        }
    } else {
        const Question question = m_questions.value(m_current->questionId);
        if (loadMatrix()) {
            // Values the question lets you link back to, best first.
            const QList<QuestionFit> fits
                = QuestionSuggestions::values(question.text, question.themes, values, int(values.size()));
            QSet<qint64> fitting;
            for (const QuestionFit &fit : fits)
                fitting.insert(fit.id);
            QList<StoryValueLink> shown;
            for (const StoryValueLink &link : std::as_const(links)) {
                if (fitting.contains(link.valueId))
                    shown.append(link);
            }
            const QString company = companyName(companyId);
            if (links.isEmpty()) {
                addText(companyId > 0
                            ? tr("No answer yet, and no story is mapped to the values of %1. Map "
                                 "stories in the Values Matrix, or write an answer to this question.")
                                  .arg(company)
                            : tr("No answer yet, and no story is mapped to any value. Map stories "
                                 "in the Values Matrix, or write an answer to this question."),
                        note);
            } else if (shown.isEmpty()) {
                addText(companyId > 0
                            ? tr("No answer yet, and no value of %1 shares this question's themes. "
                                 "Every story mapped to its values:")
                                  .arg(company)
                            : tr("No answer yet, and no value shares this question's themes. "
                                 "Every mapped story:"),
                        note);
                shown = links;
            } else {
                addText(companyId > 0 ? tr("No answer yet. Notes from the stories mapped to the "
                                           "values of %1 that fit this question:")
                                            .arg(company)
                                      : tr("No answer yet. Notes from the stories mapped to "
                                           "values that fit this question:"),
                        note);
            }
            // One heading per story, in title order; its values in the order they fit best.
            QList<qint64> storyIds;
            for (const StoryValueLink &link : std::as_const(shown)) {
                if (!storyIds.contains(link.storyId))
                    storyIds.append(link.storyId);
            }
            std::sort(storyIds.begin(), storyIds.end(), [&](qint64 a, qint64 b) {
                return QString::localeAwareCompare(stories.value(a).title, stories.value(b).title) < 0;
            });
            for (qint64 storyId : std::as_const(storyIds)) {
                addHeading(VaultCommands::displayTitle(stories.value(storyId).title));
                for (const StoryValueLink &link : std::as_const(shown)) {
                    if (link.storyId != storyId)
                        continue;
                    addText(tr("%1:").arg(valueName(link.valueId)), heading);
                    if (link.notes.trimmed().isEmpty())
                        addText(tr("(no notes yet)"), note);
                    else
                        addText(link.notes.trimmed(), body);
                }
            }
        }
    }
    m_revealView->moveCursor(QTextCursor::Start);
}

void PracticeDialog::updateHistory()
{
    m_history->setPace(m_pace);
    if (!m_current) {
        m_history->setRuns({});
        m_historyLabel->clear();
        return;
    }
    QList<PracticeRun> runs;
    for (const PracticeRun &run : std::as_const(m_runs)) {
        if (m_current->isAnswer() ? run.answerId == m_current->answerId
                                  : run.questionId == m_current->questionId)
            runs.append(run);
    }
    m_history->setRuns(runs);
    m_historyLabel->setText(m_current->isAnswer() ? tr("Practice history of this answer")
                                                  : tr("Practice history of this question"));
}

// ---------------------------------------------------------------------------------------------
// Rating and saving

void PracticeDialog::setRating(int rating)
{
    if (rating < 1 || rating > 5) {
        m_ratingGroup->setExclusive(false);
        for (QAbstractButton *b : m_ratingGroup->buttons())
            b->setChecked(false);
        m_ratingGroup->setExclusive(true);
        return;
    }
    if (QAbstractButton *b = m_ratingGroup->button(rating)) {
        b->setChecked(true);
        if (m_resultBox->isVisible())
            b->setFocus();
    }
}

int PracticeDialog::rating() const
{
    return std::max(0, m_ratingGroup->checkedId());
}

bool PracticeDialog::saveRun()
{
    if (!m_current || !m_timer->isStopped() || m_runSaved)
        return false;
    clearError();
    const PracticeRun run = m_timer->makeRun(m_current->answerId, m_current->questionId, rating());
    const Result<qint64> id = m_commands.recordPracticeRun(run);
    if (!id) {
        showError(tr("Could not save the practice run: %1").arg(id.error()));
        return false;
    }
    m_runSaved = true;
    // The notifier has reloaded the runs already when the store announced the change; this
    // keeps the chart right even without it.
    if (std::none_of(m_runs.cbegin(), m_runs.cend(), [&](const PracticeRun &r) { return r.id == *id; })) {
        PracticeRun saved = run;
        saved.id = *id;
        m_runs.append(saved);
    }
    updateHistory();
    updateControls();
    emit runSaved(*id);
    return true;
}

void PracticeDialog::showError(const QString &message)
{
    QPalette errorPalette;
    errorPalette.setColor(QPalette::WindowText, PracticeHistoryChart::overColor(palette()));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(true);
}

void PracticeDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
}

void PracticeDialog::hideEvent(QHideEvent *event)
{
    // A closed practice view must not keep counting in the background.
    if (!event->spontaneous() && (m_timer->isRunning() || m_timer->isPaused())) {
        m_timer->stop();
        m_tick->stop();
        updateControls();
    }
    QDialog::hideEvent(event);
}

} // namespace starling
