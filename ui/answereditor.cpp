#include "answereditor.h"

#include "answerlistmodel.h"
#include "changenotifier.h"
#include "idsmime.h"
#include "practicehistorychart.h"
#include "practicetimer.h"
#include "sectionsharebar.h"
#include "textedits.h"
#include "textlimits.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace starling {

namespace {

enum Page { NoCompanyPage, NoAnswerPage, FormPage };

// Wide enough for the value reminder to sit beside Link back rather than under it.
constexpr int SideBySideWidth = 640;

QString minutesSeconds(int seconds)
{
    return formatMinutesSeconds(seconds); // the locale's digits, like the practice clock
}

// Appends rows to a combo in one insertion. Item by item, a 10 000-story vault pays for
// 10 000 rowsInserted signals to the combo's view and its size hint.
void appendChoices(QComboBox *combo, const QList<QStandardItem *> &items)
{
    // The editor never replaces a combo's own model, which is a QStandardItemModel.
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    Q_ASSERT(model);
    model->invisibleRootItem()->appendRows(items);
}

QStandardItem *choice(const QString &text, qint64 id)
{
    auto *item = new QStandardItem(text);
    item->setData(id, Qt::UserRole); // QComboBox::itemData's default role
    return item;
}

QString shortened(const QString &text, int max = 80)
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

// "link-back" -> "linkBack": object names are camelCase like the rest of the app.
QString objectKey(AnswerSection section)
{
    QString key = CoachChecks::sectionKey(section);
    for (qsizetype dash = key.indexOf(QLatin1Char('-')); dash >= 0 && dash + 1 < key.size();
         dash = key.indexOf(QLatin1Char('-'))) {
        key.replace(dash, 2, key.at(dash + 1).toUpper());
    }
    return key;
}

QLabel *makeHeading(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

QLabel *makeWrappedLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString severityPrefix(Severity severity)
{
    // A symbol and a word: colour alone never carries the severity.
    switch (severity) {
    case Severity::Error: return AnswerEditor::tr("✖ Fix:");
    case Severity::Warning: return AnswerEditor::tr("⚠ Consider:");
    case Severity::Info: return AnswerEditor::tr("ℹ Note:");
    }
    return {};
}

QString findingLines(const QList<CoachFinding> &findings)
{
    QStringList lines;
    for (const CoachFinding &finding : findings)
        lines.append(severityPrefix(finding.severity) + QLatin1Char(' ') + finding.message);
    return lines.join(QLatin1Char('\n'));
}

void selectData(QComboBox *combo, qint64 id)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

AnswerEditor::AnswerEditor(VaultSession &session, VaultCommands &commands, QWidget *parent)
    : QWidget(parent)
    , m_session(&session)
    , m_commands(&commands)
    , m_answers(new AnswerListModel(session, this))
{
    setObjectName(QStringLiteral("answerEditor"));
    setAcceptDrops(true);
    m_confirmReplace = [this](const QString &message) {
        return QMessageBox::question(this, tr("Start from Story"), message,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    m_answers->setCompanyId(-1); // nothing until a company is chosen
    buildUi();
    connect(&session.notifier(), &ChangeNotifier::changed, this, &AnswerEditor::onChanges);
    connect(&session.notifier(), &ChangeNotifier::reset, this, [this] {
        // Another vault: nothing of the old one applies.
        m_companyId = 0;
        m_answerId = 0;
        m_answers->setCompanyId(-1);
        reloadCompanies();
        showPage();
    });
    reloadCompanies();
    showPage();
}

AnswerEditor::~AnswerEditor()
{
    if (m_session && m_commands)
        (void)flushPendingEdits(); // a failure is shown in the editor
}

void AnswerEditor::setConfirmReplace(std::function<bool(const QString &)> confirm)
{
    m_confirmReplace = std::move(confirm);
}

// ---------------------------------------------------------------------------------------------
// Building

void AnswerEditor::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 0);
    outer->setSpacing(4);
    outer->addWidget(buildHeader());

    m_pages = new QStackedWidget;
    outer->addWidget(m_pages, 1);

    m_emptyState = new QLabel;
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(12);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setText(tr("Choose a company above: an answer is written for one company’s "
                             "values."));
    m_pages->insertWidget(NoCompanyPage, m_emptyState);

    auto *noAnswer = new QWidget;
    auto *noAnswerLayout = new QVBoxLayout(noAnswer);
    auto *noAnswerText = new QLabel(
        tr("No answers for this company yet. In the Questions panel, pick a question and choose "
           "“Answer…” — or start a blank answer."));
    noAnswerText->setObjectName(QStringLiteral("noAnswerState"));
    noAnswerText->setWordWrap(true);
    noAnswerText->setAlignment(Qt::AlignCenter);
    m_emptyNewButton = new QPushButton(tr("Start a Blank Answer"));
    m_emptyNewButton->setObjectName(QStringLiteral("emptyNewAnswerButton"));
    m_emptyNewButton->setAccessibleName(tr("Start a blank answer"));
    m_emptyNewButton->setAccessibleDescription(tr("Creates an empty answer for the chosen "
                                                  "company"));
    connect(m_emptyNewButton, &QPushButton::clicked, this, [this] { (void)newAnswer(); });
    noAnswerLayout->addStretch(1);
    noAnswerLayout->addWidget(noAnswerText);
    noAnswerLayout->addWidget(m_emptyNewButton, 0, Qt::AlignHCenter);
    noAnswerLayout->addStretch(2);
    m_pages->insertWidget(NoAnswerPage, noAnswer);

    auto *formPage = new QWidget;
    auto *pageLayout = new QVBoxLayout(formPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_saveError = makeWrappedLabel(QStringLiteral("saveErrorMessage"));
    m_saveError->setMargin(8);
    m_saveError->setAccessibleName(tr("Save error"));
    m_saveError->hide();
    pageLayout->addWidget(m_saveError);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("answerEditorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    pageLayout->addWidget(m_scroll);
    m_pages->insertWidget(FormPage, formPage);

    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("answerForm"));
    auto *layout = new QVBoxLayout(form);
    layout->setSpacing(4);
    m_scroll->setWidget(form);
    layout->addWidget(buildDetails());

    // Speaking time and the split across sections
    m_timing = makeWrappedLabel(QStringLiteral("timingLabel"));
    m_timing->setAccessibleName(tr("Estimated speaking time"));
    layout->addSpacing(6);
    layout->addWidget(m_timing);
    m_shareBar = new SectionShareBar;
    layout->addWidget(m_shareBar);
    m_shareHint = makeWrappedLabel(QStringLiteral("shareHint"));
    layout->addWidget(m_shareHint);
    m_answerFindings = makeWrappedLabel(QStringLiteral("answerFindings"));
    m_answerFindings->setAccessibleName(tr("Findings about the whole answer"));
    layout->addWidget(m_answerFindings);

    const QList<std::pair<AnswerSection, QString>> placeholders{
        {AnswerSection::Repeat, tr("“So you’d like to hear about a time when…”")},
        {AnswerSection::Situation, tr("Where and when, in two or three sentences…")},
        {AnswerSection::Task, tr("What was yours to achieve, and why it mattered…")},
        {AnswerSection::Action, tr("First I… Then I… I chose… because…")},
        {AnswerSection::Result, tr("Losses fell 38% in two months; I learned…")},
        {AnswerSection::LinkBack, tr("One sentence that ties the result to this company…")},
    };
    for (const auto &[section, placeholder] : placeholders) {
        const int lines = section == AnswerSection::Action ? 8
                          : section == AnswerSection::Repeat || section == AnswerSection::LinkBack
                              ? 2
                              : 4;
        m_sections.append(addSection(layout, section, placeholder, lines));
    }

    // Link back gets the target value's meaning and keywords beside it.
    Section &linkBack = m_sections.last();
    m_valueReminder = makeWrappedLabel(QStringLiteral("valueReminder"));
    m_valueReminder->setAccessibleName(tr("Target value reminder"));
    m_valueReminder->setFrameShape(QFrame::StyledPanel);
    m_valueReminder->setMargin(6);
    m_valueReminder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_valueReminder->setMinimumWidth(180);
    m_linkBackRow = new QBoxLayout(QBoxLayout::TopToBottom);
    m_linkBackRow->setContentsMargins(0, 0, 0, 0);
    const int editIndex = linkBack.layout->indexOf(linkBack.edit);
    linkBack.layout->removeWidget(linkBack.edit);
    m_linkBackRow->addWidget(linkBack.edit, 3, Qt::AlignTop);
    m_linkBackRow->addWidget(m_valueReminder, 2);
    linkBack.layout->insertLayout(editIndex, m_linkBackRow);

    // Practice
    layout->addSpacing(10);
    layout->addWidget(makeHeading(tr("Practice"), nullptr));
    m_history = new PracticeHistoryChart;
    layout->addWidget(m_history);
    m_historySummary = makeWrappedLabel(QStringLiteral("practiceSummary"));
    layout->addWidget(m_historySummary);
    layout->addStretch(1);

    m_limitMessage = new QLabel(form); // placed under a field when needed
    m_limitMessage->setObjectName(QStringLiteral("textLimitMessage"));
    m_limitMessage->setWordWrap(true);
    m_limitMessage->setTextFormat(Qt::PlainText);
    m_limitMessage->setAccessibleName(tr("Length limit reached"));
    m_limitMessage->hide();

    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        Section &section = m_sections[i];
        section.timer = new QTimer(this);
        section.timer->setSingleShot(true);
        section.timer->setInterval(SaveDelayMs);
        connect(section.timer, &QTimer::timeout, this, [this, i] { (void)saveSection(m_sections[i]); });
        connect(section.edit, &QPlainTextEdit::textChanged, this,
                [this, i] { onSectionEdited(m_sections[i]); });
    }

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &AnswerEditor::refreshFindings);

    // Details first, then the sections in speaking order.
    QWidget *previous = m_questionCombo;
    for (QWidget *next : {static_cast<QWidget *>(m_valueCombo), static_cast<QWidget *>(m_storyCombo),
                          static_cast<QWidget *>(m_startFromStory), static_cast<QWidget *>(m_ready),
                          static_cast<QWidget *>(m_practise)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (const Section &section : std::as_const(m_sections)) {
        setTabOrder(previous, section.edit);
        previous = section.edit;
    }
}

QWidget *AnswerEditor::buildHeader()
{
    auto *header = new QWidget;
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);

    m_companyCombo = new QComboBox;
    m_companyCombo->setObjectName(QStringLiteral("companyCombo"));
    m_companyCombo->setAccessibleName(tr("Company"));
    m_companyCombo->setAccessibleDescription(tr("The company whose answers are listed"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_companyCombo->setMinimumContentsLength(12);
    connect(m_companyCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_companyCombo->itemData(index).toLongLong();
        setCompany(id);
        emit companyChosen(id);
    });
    auto *companyLabel = new QLabel(tr("&Company:"));
    companyLabel->setBuddy(m_companyCombo);
    grid->addWidget(companyLabel, 0, 0);
    grid->addWidget(m_companyCombo, 0, 1, 1, 3);

    m_answerCombo = new QComboBox;
    m_answerCombo->setObjectName(QStringLiteral("answerCombo"));
    m_answerCombo->setAccessibleName(tr("Answer"));
    m_answerCombo->setAccessibleDescription(tr("The answer being edited"));
    m_answerCombo->setModel(m_answers);
    m_answerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_answerCombo->setMinimumContentsLength(20);
    connect(m_answerCombo, &QComboBox::activated, this, [this](int row) {
        (void)openAnswer(m_answers->answerAt(row).id);
    });
    auto *answerLabel = new QLabel(tr("A&nswer:"));
    answerLabel->setBuddy(m_answerCombo);
    grid->addWidget(answerLabel, 1, 0);
    grid->addWidget(m_answerCombo, 1, 1);

    m_newButton = new QPushButton(tr("New"));
    m_newButton->setObjectName(QStringLiteral("newAnswerButton"));
    m_newButton->setAccessibleName(tr("New answer"));
    m_newButton->setToolTip(tr("Start a blank answer for this company"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { (void)newAnswer(); });
    grid->addWidget(m_newButton, 1, 2);

    m_deleteButton = new QPushButton(tr("Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteAnswerButton"));
    m_deleteButton->setAccessibleName(tr("Delete answer"));
    m_deleteButton->setToolTip(tr("Delete this answer and its practice history (you can undo)"));
    connect(m_deleteButton, &QPushButton::clicked, this, &AnswerEditor::deleteAnswer);
    grid->addWidget(m_deleteButton, 1, 3);
    grid->setColumnStretch(1, 1);
    return header;
}

QWidget *AnswerEditor::buildDetails()
{
    auto *details = new QWidget;
    auto *formLayout = new QFormLayout(details);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto makeCombo = [](const QString &name, const QString &accessible) {
        auto *combo = new QComboBox;
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        return combo;
    };
    m_questionCombo = makeCombo(QStringLiteral("questionCombo"), tr("Question"));
    m_questionCombo->setAccessibleDescription(tr("The interview question this answer replies to"));
    connect(m_questionCombo, &QComboBox::activated, this, [this](int index) {
        (void)saveReference(AnswerField::Question, m_questionCombo->itemData(index).toLongLong());
    });
    formLayout->addRow(tr("&Question:"), m_questionCombo);

    m_valueCombo = makeCombo(QStringLiteral("valueCombo"), tr("Target value"));
    m_valueCombo->setAccessibleDescription(tr("The company value the Link back section ties the "
                                              "answer to"));
    connect(m_valueCombo, &QComboBox::activated, this, [this](int index) {
        (void)saveReference(AnswerField::Value, m_valueCombo->itemData(index).toLongLong());
    });
    formLayout->addRow(tr("Target &value:"), m_valueCombo);

    m_storyCombo = makeCombo(QStringLiteral("storyCombo"), tr("Story"));
    m_storyCombo->setAccessibleDescription(tr("The story the answer tells"));
    connect(m_storyCombo, &QComboBox::activated, this, [this](int index) {
        (void)saveReference(AnswerField::Story, m_storyCombo->itemData(index).toLongLong());
        m_startFromStory->setEnabled(m_storyCombo->itemData(index).toLongLong() > 0);
    });
    m_startFromStory = new QPushButton(tr("Start from Story"));
    m_startFromStory->setObjectName(QStringLiteral("startFromStoryButton"));
    m_startFromStory->setAccessibleName(tr("Start from story"));
    m_startFromStory->setToolTip(tr("Copy the story’s Situation, Task, Action and Result into "
                                    "this answer to tailor them (a copy: the story stays as it "
                                    "is)"));
    connect(m_startFromStory, &QPushButton::clicked, this, &AnswerEditor::startFromStory);
    auto *storyRow = new QHBoxLayout;
    storyRow->addWidget(m_storyCombo, 1);
    storyRow->addWidget(m_startFromStory);
    auto *storyLabel = new QLabel(tr("&Story:"));
    storyLabel->setBuddy(m_storyCombo);
    formLayout->addRow(storyLabel, storyRow);

    m_ready = new QCheckBox(tr("&Ready — I could give this answer tomorrow"));
    m_ready->setObjectName(QStringLiteral("readyCheck"));
    m_ready->setAccessibleName(tr("Answer is ready"));
    m_ready->setAccessibleDescription(tr("Marks the answer as ready for the interview"));
    connect(m_ready, &QCheckBox::clicked, this, &AnswerEditor::saveStatus);
    m_practise = new QPushButton(tr("&Practise…"));
    m_practise->setObjectName(QStringLiteral("practiseButton"));
    m_practise->setAccessibleName(tr("Practise this answer"));
    m_practise->setAccessibleDescription(tr("Opens the practice window on this answer"));
    connect(m_practise, &QPushButton::clicked, this, [this] {
        (void)flushPendingEdits();
        if (m_answerId > 0)
            emit practiceRequested(m_answerId);
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_ready, 1);
    statusRow->addWidget(m_practise);
    formLayout->addRow(tr("Status:"), statusRow);
    return details;
}

AnswerEditor::Section AnswerEditor::addSection(QVBoxLayout *form, AnswerSection which,
                                               const QString &placeholder, int lines)
{
    const QString key = objectKey(which);
    const QString name = CoachChecks::sectionName(which);
    Section section;
    section.section = which;
    section.edit = new QPlainTextEdit;
    section.edit->setObjectName(key + QStringLiteral("Edit"));
    section.edit->setAccessibleName(name);
    section.edit->setAccessibleDescription(CoachChecks::sectionHint(which));
    section.edit->setPlaceholderText(placeholder);
    section.edit->setTabChangesFocus(true);
    // The vault's undo stack is the only undo; a second, per-field history would disagree with it.
    section.edit->setUndoRedoEnabled(false);
    const int frame = 2 * section.edit->frameWidth()
                      + int(2 * section.edit->document()->documentMargin());
    section.edit->setMinimumHeight(section.edit->fontMetrics().lineSpacing() * lines + frame);
    section.edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    section.edit->setFixedHeight(section.edit->minimumHeight());
    section.edit->installEventFilter(this);
    section.edit->viewport()->installEventFilter(this);
    TextEdits::attachSpellChecking(section.edit);

    auto *hint = new QLabel(CoachChecks::sectionHint(which));
    hint->setObjectName(key + QStringLiteral("Hint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);

    section.words = new QLabel;
    section.words->setObjectName(key + QStringLiteral("Words"));
    section.words->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    section.words->setAccessibleName(tr("%1 word count").arg(name));

    section.findings = makeWrappedLabel(key + QStringLiteral("Findings"));
    section.findings->setAccessibleName(tr("%1 findings").arg(name));
    section.findings->hide();

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(makeHeading(name, section.edit));
    headingRow->addStretch(1);
    headingRow->addWidget(section.words);

    section.layout = new QVBoxLayout;
    section.layout->setContentsMargins(0, 10, 0, 0);
    section.layout->setSpacing(2);
    section.layout->addLayout(headingRow);
    section.layout->addWidget(hint);
    section.layout->addWidget(section.edit);
    section.layout->addWidget(section.findings);
    form->addLayout(section.layout);
    return section;
}

// ---------------------------------------------------------------------------------------------
// Which answer

void AnswerEditor::setCompany(qint64 companyId)
{
    if (companyId == m_companyId && m_answers->companyId() == companyId)
        return;
    if (!flushPendingEdits())
        return; // keep the unsaved text on screen with its message
    m_companyId = companyId;
    m_answers->setCompanyId(companyId > 0 ? companyId : -1);
    selectData(m_companyCombo, companyId);
    m_answerId = m_answers->rowCount() > 0 ? m_answers->answerAt(0).id : 0;
    reloadChoices();
    loadAnswer(true);
}

bool AnswerEditor::openAnswer(qint64 answerId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    Result<Answer> answer = m_session->store().answer(answerId);
    if (!answer)
        return false;
    if (answerId != m_answerId && !flushPendingEdits())
        return false;
    if (answer->companyId != m_companyId) {
        m_companyId = answer->companyId;
        m_answers->setCompanyId(m_companyId);
        selectData(m_companyCombo, m_companyId);
        m_answerId = answerId;
        reloadChoices();
        emit companyChosen(m_companyId);
    }
    m_answerId = answerId;
    loadAnswer(true);
    return true;
}

Result<qint64> AnswerEditor::answerQuestion(qint64 questionId)
{
    if (!m_session || !m_commands)
        return Error{tr("No vault is open.")};
    if (m_companyId <= 0)
        return Error{tr("Choose a company first: an answer is written for one company.")};
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const Answer answer = m_answers->answerAt(row);
        if (answer.questionId == questionId) {
            (void)openAnswer(answer.id);
            return answer.id;
        }
    }
    if (!flushPendingEdits())
        return Error{tr("The answer on screen could not be saved.")};
    Answer answer;
    answer.companyId = m_companyId;
    answer.questionId = questionId;
    Result<qint64> id = m_commands->addAnswer(answer);
    if (!id)
        return id;
    (void)openAnswer(id.value());
    if (!m_sections.isEmpty())
        m_sections.first().edit->setFocus(Qt::OtherFocusReason);
    return id;
}

Result<qint64> AnswerEditor::newAnswer()
{
    if (!m_commands)
        return Error{tr("No vault is open.")};
    if (m_companyId <= 0)
        return Error{tr("Choose a company first: an answer is written for one company.")};
    if (!flushPendingEdits())
        return Error{tr("The answer on screen could not be saved.")};
    Answer answer;
    answer.companyId = m_companyId;
    Result<qint64> id = m_commands->addAnswer(answer);
    if (!id) {
        showSaveResult(id.error());
        return id;
    }
    (void)openAnswer(id.value());
    m_questionCombo->setFocus(Qt::OtherFocusReason);
    return id;
}

void AnswerEditor::deleteAnswer()
{
    if (m_answerId <= 0 || !m_commands)
        return;
    for (Section &section : m_sections)
        section.timer->stop(); // the text goes with the answer; undo brings back what was saved
    const Status status = m_commands->deleteAnswer(m_answerId);
    showSaveResult(status ? QString() : status.error());
}

void AnswerEditor::showPage()
{
    if (!m_session || !m_session->isOpen() || m_companyId <= 0) {
        m_pages->setCurrentIndex(NoCompanyPage);
    } else if (m_answerId <= 0) {
        m_pages->setCurrentIndex(NoAnswerPage);
    } else {
        m_pages->setCurrentIndex(FormPage);
    }
    const bool company = m_companyId > 0;
    m_answerCombo->setEnabled(company && m_answers->rowCount() > 0);
    m_newButton->setEnabled(company);
    m_deleteButton->setEnabled(m_answerId > 0);
}

void AnswerEditor::loadAnswer(bool fresh)
{
    m_limitMessage->hide();
    if (fresh)
        showSaveResult({});
    Result<Answer> answer = m_answerId > 0 && m_session && m_session->isOpen()
                                ? m_session->store().answer(m_answerId)
                                : Result<Answer>(Error{QString()});
    if (!answer) {
        m_answerId = 0;
        m_answer = {};
        for (Section &section : m_sections)
            section.timer->stop();
        selectAnswerInCombo();
        showPage();
        return;
    }
    applyAnswer(answer.value(), AnswerField::All, fresh);
    if (fresh) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_scroll->horizontalScrollBar()->setValue(0);
    }
    selectAnswerInCombo();
    showPage();
}

void AnswerEditor::selectAnswerInCombo()
{
    const QSignalBlocker blocker(m_answerCombo);
    m_answerCombo->setCurrentIndex(m_answers->rowForId(m_answerId));
}

void AnswerEditor::applyAnswer(const Answer &answer, quint32 fields, bool fresh)
{
    m_answer = answer;
    for (Section &section : m_sections) {
        // A section with typing still waiting to be saved keeps the user's text: it is newer.
        if (!(fields & CoachChecks::sectionField(section.section)) || section.timer->isActive())
            continue;
        const QString text = CoachChecks::sectionText(answer, section.section);
        const QSignalBlocker blocker(section.edit);
        if (fresh)
            section.edit->setPlainText(text);
        else
            TextEdits::replaceKeepingCursor(section.edit, text);
    }
    if (fields & AnswerField::Status) {
        const QSignalBlocker blocker(m_ready);
        m_ready->setChecked(answer.status == AnswerStatus::Ready);
    }
    if (fields & (AnswerField::Question | AnswerField::Value | AnswerField::Story))
        syncChoices();
    updateValueReminder();
    updatePractice();
    updateCounts();
    refreshFindings();
}

// ---------------------------------------------------------------------------------------------
// Choices: companies, questions, values, stories

void AnswerEditor::reloadCompanies()
{
    const QSignalBlocker blocker(m_companyCombo);
    m_companyCombo->clear();
    m_companyCombo->addItem(tr("Choose a company…"), qint64(0));
    if (m_session && m_session->isOpen()) {
        if (Result<QList<Company>> companies = m_session->store().companies()) {
            for (const Company &company : companies.value())
                m_companyCombo->addItem(VaultCommands::displayName(company.name), company.id);
        }
    }
    selectData(m_companyCombo, m_companyId);
}

void AnswerEditor::reloadChoices()
{
    m_values.clear();
    m_allAnswers.clear();
    {
        const QSignalBlocker q(m_questionCombo);
        const QSignalBlocker v(m_valueCombo);
        const QSignalBlocker s(m_storyCombo);
        m_questionCombo->clear();
        m_valueCombo->clear();
        m_storyCombo->clear();
        m_questionCombo->addItem(tr("No question chosen"), qint64(0));
        m_valueCombo->addItem(tr("No target value"), qint64(0));
        m_storyCombo->addItem(tr("No story"), qint64(0));
        if (m_session && m_session->isOpen() && m_companyId > 0) {
            const VaultStore &store = m_session->store();
            if (Result<QList<Question>> questions = store.questions()) {
                // The company's own questions first, then the general ones.
                QList<Question> ordered = questions.value();
                std::stable_sort(ordered.begin(), ordered.end(),
                                 [this](const Question &a, const Question &b) {
                                     return (a.companyId == m_companyId) > (b.companyId == m_companyId);
                                 });
                for (const Question &question : std::as_const(ordered)) {
                    if (question.companyId != 0 && question.companyId != m_companyId)
                        continue;
                    m_questionCombo->addItem(shortened(question.text), question.id);
                    m_questionCombo->setItemData(m_questionCombo->count() - 1, question.text,
                                                 Qt::ToolTipRole);
                }
            }
            if (Result<QList<ValuePrinciple>> values = store.values(m_companyId)) {
                m_values = values.value();
                QHash<qint64, int> depth;
                for (const ValuePrinciple &value : std::as_const(m_values)) {
                    const int d = value.parentId == 0 ? 0 : depth.value(value.parentId) + 1;
                    depth.insert(value.id, d);
                    // Indentation shows sub-principles under their value.
                    m_valueCombo->addItem(QString(qsizetype(d) * 4, QLatin1Char(' ')) +
                                              shortened(value.name, 60),
                                          value.id);
                }
            }
            if (Result<QList<Story>> stories = store.storyHeadings()) { // titles only
                QList<QStandardItem *> items;
                items.reserve(stories->size());
                for (const Story &story : stories.value())
                    items.append(choice(VaultCommands::displayTitle(story.title), story.id));
                appendChoices(m_storyCombo, items);
            }
            if (Result<QList<Answer>> answers = store.answers())
                m_allAnswers = answers.value();
        }
    }
    syncChoices();
}

void AnswerEditor::syncChoices()
{
    selectData(m_questionCombo, m_answer.questionId);
    selectData(m_valueCombo, m_answer.valueId);
    selectData(m_storyCombo, m_answer.storyId);
    m_startFromStory->setEnabled(m_answer.storyId > 0);
    m_practise->setEnabled(m_answerId > 0);
}

void AnswerEditor::updateValueReminder()
{
    const auto value = std::find_if(m_values.cbegin(), m_values.cend(), [this](const ValuePrinciple &v) {
        return v.id == m_answer.valueId && m_answer.valueId > 0;
    });
    QString text;
    if (value != m_values.cend()) {
        text = tr("Target value: %1").arg(value->name);
        if (!value->meaning.trimmed().isEmpty())
            text += QLatin1Char('\n') + value->meaning.trimmed();
        if (!value->keywords.isEmpty())
            text += QLatin1Char('\n')
                    + tr("Slip in: %1").arg(QLocale().createSeparatedList(value->keywords));
    } else if (!m_values.isEmpty()) {
        QStringList names;
        for (const ValuePrinciple &v : std::as_const(m_values)) {
            if (v.parentId == 0)
                names.append(v.name);
        }
        text = tr("Choose a target value to see its meaning and keywords here. This company’s "
                  "values: %1").arg(QLocale().createSeparatedList(names));
    } else {
        text = tr("This company has no values yet: add them in the Companies panel, then choose "
                  "the one this answer should show.");
    }
    m_valueReminder->setText(text);
}

void AnswerEditor::updatePractice()
{
    QList<PracticeRun> runs;
    if (m_session && m_session->isOpen() && m_answerId > 0) {
        if (Result<QList<PracticeRun>> all = m_session->store().practiceRuns()) {
            for (const PracticeRun &run : all.value()) {
                if (run.answerId == m_answerId)
                    runs.append(run);
            }
        }
    }
    m_history->setPace(m_pace);
    m_history->setRuns(runs);
    if (runs.isEmpty()) {
        m_historySummary->setText(tr("Not practised yet. “Practise…” times you against the "
                                     "target."));
    } else {
        const PracticeRun &last = runs.last();
        m_historySummary->setText(tr("%n run(s); last %1", nullptr, int(runs.size()))
                                      .arg(minutesSeconds(last.seconds)));
    }
}

// ---------------------------------------------------------------------------------------------
// Saving

void AnswerEditor::onSectionEdited(Section &section)
{
    if (TextEdits::capLength(section.edit, limits::MaxTextLength))
        showLimitMessage(section);
    section.timer->start();
    updateCounts();
    scheduleChecks();
}

Status AnswerEditor::saveSection(Section &section)
{
    section.timer->stop();
    if (m_answerId <= 0 || !m_commands)
        return {};
    if (section.section == AnswerSection::None)
        return {};
    Answer answer = m_answer;
    CoachChecks::setSectionText(answer, section.section, section.edit->toPlainText());
    Status status = m_commands->updateAnswer(answer, CoachChecks::sectionField(section.section));
    showSaveResult(status ? QString() : status.error());
    return status;
}

Status AnswerEditor::saveReference(quint32 field, qint64 id)
{
    if (m_answerId <= 0 || !m_commands)
        return {};
    if (!flushPendingEdits())
        return Error{tr("The answer on screen could not be saved.")};
    Answer answer = m_answer;
    if (field == AnswerField::Question)
        answer.questionId = id;
    else if (field == AnswerField::Value)
        answer.valueId = id;
    else
        answer.storyId = id;
    Status status = m_commands->updateAnswer(answer, field);
    showSaveResult(status ? QString() : status.error());
    if (!status)
        syncChoices(); // show what the vault really holds
    return status;
}

void AnswerEditor::saveStatus()
{
    if (m_answerId <= 0 || !m_commands)
        return;
    Answer answer = m_answer;
    answer.status = m_ready->isChecked() ? AnswerStatus::Ready : AnswerStatus::Draft;
    const Status status = m_commands->updateAnswer(answer, AnswerField::Status);
    showSaveResult(status ? QString() : status.error());
    if (!status) {
        const QSignalBlocker blocker(m_ready);
        m_ready->setChecked(m_answer.status == AnswerStatus::Ready);
    }
}

void AnswerEditor::startFromStory()
{
    if (m_answerId <= 0 || !m_commands || !m_session)
        return;
    const qint64 storyId = m_storyCombo->currentData().toLongLong();
    if (storyId <= 0)
        return;
    if (!flushPendingEdits())
        return;
    Result<Story> story = m_session->store().story(storyId);
    if (!story) {
        showSaveResult(story.error());
        return;
    }
    const bool written = !m_answer.situation.trimmed().isEmpty() || !m_answer.task.trimmed().isEmpty()
                         || !m_answer.action.trimmed().isEmpty()
                         || !m_answer.result.trimmed().isEmpty();
    if (written
        && !m_confirmReplace(tr("Replace this answer’s Situation, Task, Action and Result with a "
                                "copy of “%1”? You can undo this.")
                                 .arg(VaultCommands::displayTitle(story->title)))) {
        return;
    }
    Answer answer = m_answer;
    answer.storyId = storyId;
    answer.situation = story->situation;
    answer.task = story->task;
    answer.action = story->action;
    answer.result = story->result;
    const Status status = m_commands->updateAnswer(
        answer, AnswerField::Story | AnswerField::Situation | AnswerField::Task
                    | AnswerField::Action | AnswerField::Result);
    showSaveResult(status ? QString() : status.error());
}

void AnswerEditor::showSaveResult(const QString &error)
{
    m_saveError->setText(error.isEmpty() ? QString() : tr("Not saved: %1").arg(error));
    m_saveError->setVisible(!error.isEmpty());
}

void AnswerEditor::showLimitMessage(const Section &section)
{
    if (m_limitLayout)
        m_limitLayout->removeWidget(m_limitMessage);
    m_limitLayout = section.layout;
    m_limitLayout->insertWidget(m_limitLayout->count() - 1, m_limitMessage);
    m_limitMessage->setText(
        tr("%1: this section is capped at %2 characters; the rest was not saved.")
            .arg(section.edit->accessibleName(), QLocale().toString(limits::MaxTextLength)));
    m_limitMessage->show();
    QTimer::singleShot(0, m_limitMessage, [this] { m_scroll->ensureWidgetVisible(m_limitMessage); });
}

Status AnswerEditor::flushPendingEdits()
{
    Status result;
    for (Section &section : m_sections) {
        if (section.timer->isActive()) {
            if (Status s = saveSection(section); !s && result)
                result = s;
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Counts and the coach

void AnswerEditor::setSpeakingPace(const SpeakingPace &pace)
{
    if (pace == m_pace)
        return;
    m_pace = pace;
    updateCounts();
    updatePractice();
    refreshFindings();
}

Answer AnswerEditor::answerOnScreen() const
{
    Answer answer = m_answer;
    for (const Section &section : m_sections)
        CoachChecks::setSectionText(answer, section.section, section.edit->toPlainText());
    return answer;
}

void AnswerEditor::updateCounts()
{
    QStringList names;
    QList<int> words;
    int total = 0;
    int action = -1;
    for (const Section &section : std::as_const(m_sections)) {
        const int count = countWords(section.edit->toPlainText());
        names.append(CoachChecks::sectionName(section.section));
        words.append(count);
        total += count;
        if (section.section == AnswerSection::Action)
            action = int(words.size()) - 1;
    }
    m_shareBar->setSections(names, words, action);
    for (int i = 0; i < m_sections.size(); ++i) {
        const QString count = tr("%n word(s)", nullptr, words.at(i));
        m_sections[i].words->setText(total > 0 ? tr("%1 · %2%").arg(count, QLocale().toString(m_shareBar->percent(i)))
                                               : count);
    }

    const int seconds = m_pace.secondsFor(total);
    QString verdict;
    if (total == 0)
        verdict = tr("nothing written yet");
    else if (seconds < m_pace.minSeconds)
        verdict = tr("shorter than the target");
    else if (seconds > m_pace.maxSeconds)
        verdict = tr("longer than the target");
    else
        verdict = tr("within the target");
    m_timing->setText(tr("About %1 spoken (%n word(s) at %2 a minute) — target %3–%4, %5.", nullptr,
                         total)
                          .arg(minutesSeconds(seconds), QLocale().toString(m_pace.wordsPerMinute),
                               minutesSeconds(m_pace.minSeconds), minutesSeconds(m_pace.maxSeconds),
                               verdict));

    // The Action should carry the answer: say which part is biggest when it is not.
    int largest = -1;
    for (int i = 0; i < words.size(); ++i) {
        if (largest < 0 || words.at(i) > words.at(largest))
            largest = i;
    }
    if (total == 0 || action < 0)
        m_shareHint->clear();
    else if (words.at(largest) == words.at(action))
        m_shareHint->setText(tr("Action is the largest part, as it should be."));
    else
        m_shareHint->setText(tr("Make Action the largest part: now %1 is longer.")
                                 .arg(names.at(largest)));
}

void AnswerEditor::scheduleChecks()
{
    m_checkTimer->start();
}

void AnswerEditor::refreshFindings()
{
    m_checkTimer->stop();
    if (m_answerId <= 0 || !m_session || !m_session->isOpen()) {
        m_findings.clear();
        showFindings();
        return;
    }
    CoachInput input;
    input.answer = answerOnScreen();
    if (input.answer.questionId > 0) {
        if (Result<Question> question = m_session->store().question(input.answer.questionId))
            input.question = question.value();
    }
    input.companyValues = m_values;
    input.otherAnswers = m_allAnswers;
    input.pace = m_pace;
    m_findings = CoachChecks::run(input);
    showFindings();
}

void AnswerEditor::showFindings()
{
    for (Section &section : m_sections) {
        QList<CoachFinding> mine;
        for (const CoachFinding &finding : std::as_const(m_findings)) {
            if (finding.section == section.section)
                mine.append(finding);
        }
        section.findings->setText(findingLines(mine));
        section.findings->setVisible(!mine.isEmpty());
    }
    QList<CoachFinding> whole;
    for (const CoachFinding &finding : std::as_const(m_findings)) {
        if (finding.section == AnswerSection::None)
            whole.append(finding);
    }
    if (m_findings.isEmpty() && m_answerId > 0)
        m_answerFindings->setText(tr("✔ The coach has nothing to add. Practise it out loud."));
    else
        m_answerFindings->setText(findingLines(whole));
    m_answerFindings->setVisible(!m_answerFindings->text().isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Changes from elsewhere

void AnswerEditor::onChanges(const QList<Change> &changes)
{
    if (!m_session || !m_session->isOpen())
        return;
    bool companies = false;
    bool choices = false;
    bool answerList = false;
    bool runs = false;
    quint32 fields = 0;
    bool removed = false;
    for (const Change &change : changes) {
        switch (change.entity) {
        case EntityKind::Company:
            companies = true;
            if (change.type == ChangeType::Removed && change.ids.contains(m_companyId))
                removed = true;
            break;
        case EntityKind::Question:
        case EntityKind::Value:
        case EntityKind::Story:
            choices = true;
            break;
        case EntityKind::Answer:
            answerList = true;
            if (change.ids.contains(m_answerId)) {
                if (change.type == ChangeType::Removed)
                    removed = true;
                else
                    fields |= change.type == ChangeType::Updated ? change.fields
                                                                 : quint32(AnswerField::All);
            }
            break;
        case EntityKind::PracticeRun:
            runs = true;
            break;
        case EntityKind::Link:
            break;
        }
    }
    if (companies) {
        reloadCompanies();
        if (m_companyId > 0 && m_companyCombo->findData(m_companyId) < 0) {
            m_companyId = 0;
            m_answerId = 0;
            m_answers->setCompanyId(-1);
            showPage();
            return;
        }
    }
    if (choices)
        reloadChoices();
    else if (answerList) {
        if (Result<QList<Answer>> answers = m_session->store().answers())
            m_allAnswers = answers.value();
    }
    if (removed) {
        // The answer went (deleted, or with its company): show the company's first answer.
        for (Section &section : m_sections)
            section.timer->stop();
        m_answerId = m_answers->rowCount() > 0 ? m_answers->answerAt(0).id : 0;
        loadAnswer(true);
        return;
    }
    if (m_answerId <= 0) {
        // An answer added elsewhere (undo of a deletion, the Questions dock) fills the empty state.
        if (answerList && m_companyId > 0 && m_answers->rowCount() > 0) {
            m_answerId = m_answers->answerAt(m_answers->rowCount() - 1).id;
            loadAnswer(true);
        } else {
            showPage();
        }
        return;
    }
    if (fields != 0) {
        if (Result<Answer> answer = m_session->store().answer(m_answerId))
            applyAnswer(answer.value(), fields, false);
    } else if (choices) {
        // A renamed value or question: reminders and checks read the new text.
        if (Result<Answer> answer = m_session->store().answer(m_answerId))
            applyAnswer(answer.value(), AnswerField::Question | AnswerField::Value | AnswerField::Story,
                        false);
    } else if (answerList) {
        refreshFindings();
    }
    if (runs)
        updatePractice();
    selectAnswerInCombo();
    showPage();
}

// ---------------------------------------------------------------------------------------------
// Events

AnswerEditor::Section *AnswerEditor::sectionFor(const QObject *edit)
{
    for (Section &section : m_sections) {
        if (section.edit == edit || section.edit->viewport() == edit)
            return &section;
    }
    return nullptr;
}

bool AnswerEditor::acceptsDrop(const QMimeData *data) const
{
    if (m_companyId <= 0 || !data)
        return false;
    if (QuestionMime::read(data))
        return true;
    return m_answerId > 0 && IdsMime::read(data, IdsMime::StoryIds).has_value();
}

bool AnswerEditor::eventFilter(QObject *watched, QEvent *event)
{
    Section *section = sectionFor(watched);
    if (!section)
        return QWidget::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        // A question or story dropped anywhere on the editor sets the answer's question or
        // story, rather than pasting its text into whichever section it landed on.
        auto *drop = static_cast<QDropEvent *>(event);
        if (!acceptsDrop(drop->mimeData()))
            break;
        if (event->type() == QEvent::Drop)
            dropEvent(drop);
        else
            drop->acceptProposedAction();
        return true;
    }
    case QEvent::FocusOut:
        if (section->timer->isActive())
            (void)saveSection(*section);
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (TextEdits::handleUndoRedoKey(event, m_session ? &m_session->undoStack() : nullptr,
                                         [this] { (void)flushPendingEdits(); })) // failures show in the editor
            return true;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void AnswerEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void AnswerEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void AnswerEditor::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event->mimeData()) || !m_commands) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (const std::optional<QuestionMime::QuestionRef> ref = QuestionMime::read(event->mimeData())) {
        qint64 questionId = ref->id;
        if (questionId <= 0) {
            Result<qint64> adopted = m_commands->adoptQuestion(ref->text, ref->themes);
            if (!adopted) {
                showSaveResult(adopted.error());
                return;
            }
            questionId = adopted.value();
        }
        if (m_answerId > 0) {
            reloadChoices(); // an adopted question is new to the combo
            (void)saveReference(AnswerField::Question, questionId);
        } else if (Result<qint64> id = answerQuestion(questionId); !id) {
            showSaveResult(id.error());
        }
        return;
    }
    if (const std::optional<QList<qint64>> stories = IdsMime::read(event->mimeData(), IdsMime::StoryIds))
        (void)saveReference(AnswerField::Story, stories->first());
}

void AnswerEditor::hideEvent(QHideEvent *event)
{
    (void)flushPendingEdits(); // a failure is shown in the editor
    QWidget::hideEvent(event);
}

void AnswerEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_linkBackRow)
        m_linkBackRow->setDirection(width() >= SideBySideWidth ? QBoxLayout::LeftToRight
                                                               : QBoxLayout::TopToBottom);
}

} // namespace starling
