#include "storyeditor.h"

#include "changenotifier.h"
#include "speakingpace.h"
#include "textedits.h"
#include "textlimits.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace starling {

namespace {

enum Page { EmptyPage, FormPage };

QString wordCountText(int words)
{
    return words == 1 ? StoryEditor::tr("1 word")
                      : StoryEditor::tr("%1 words").arg(QLocale().toString(words));
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

} // namespace

StoryEditor::StoryEditor(VaultSession &session, VaultCommands &commands, QWidget *parent)
    : QWidget(parent)
    , m_session(&session)
    , m_commands(&commands)
{
    setObjectName(QStringLiteral("storyEditor"));
    buildUi();
    connect(&session.notifier(), &ChangeNotifier::changed, this, &StoryEditor::onChanges);
    connect(&session.notifier(), &ChangeNotifier::reset, this, [this] { load(false); });
    showEmpty();
}

StoryEditor::~StoryEditor()
{
    // Reached without a hide when the editor was never shown or is deleted directly.
    if (m_session && m_commands)
        (void)flushPendingEdits(); // a failure is shown in the editor
}

QTimer *StoryEditor::makeSaveTimer(std::function<void()> save)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(SaveDelayMs);
    connect(timer, &QTimer::timeout, this, std::move(save));
    return timer;
}

void StoryEditor::buildUi()
{
    m_pages = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_emptyState = new QLabel(tr("Select a story in the vault, or add one."));
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(12);
    m_pages->insertWidget(EmptyPage, m_emptyState);

    auto *formPage = new QWidget;
    auto *pageLayout = new QVBoxLayout(formPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_saveError = new QLabel;
    m_saveError->setObjectName(QStringLiteral("saveErrorMessage"));
    m_saveError->setWordWrap(true);
    m_saveError->setMargin(8);
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setAccessibleName(tr("Save error"));
    m_saveError->hide();
    pageLayout->addWidget(m_saveError);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("storyEditorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    pageLayout->addWidget(m_scroll);
    m_pages->insertWidget(FormPage, formPage);

    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("storyForm"));
    auto *layout = new QVBoxLayout(form);
    layout->setSpacing(4);
    m_scroll->setWidget(form);

    // Title
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Story title"));
    m_title->setPlaceholderText(tr("A short name you will recognise, e.g. “Rebuilt the fraud model”"));
    m_title->setMaxLength(limits::MaxNameLength);
    m_title->installEventFilter(this);
    layout->addWidget(makeHeading(tr("&Title"), m_title));
    layout->addWidget(m_title);
    m_titleTimer = makeSaveTimer([this] { (void)saveTitle(); }); // failures show in the editor
    connect(m_title, &QLineEdit::textChanged, this, [this] { m_titleTimer->start(); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_titleTimer->isActive())
            (void)saveTitle();
    });

    // Kinds: text labels, never colour alone.
    layout->addSpacing(8);
    auto *kindsHeading = makeHeading(tr("What kind of story is it?"), nullptr);
    layout->addWidget(kindsHeading);
    auto *kindsGrid = new QGridLayout;
    kindsGrid->setContentsMargins(0, 0, 0, 0);
    const QList<StoryKind> kinds = allStoryKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *check = new QCheckBox(storyKindName(kinds[i]));
        check->setObjectName(QStringLiteral("kindCheck_") + storyKindKey(kinds[i]));
        check->setAccessibleName(tr("%1 story").arg(storyKindName(kinds[i])));
        check->setAccessibleDescription(tr("Counts towards the balance of story kinds in your "
                                           "vault"));
        connect(check, &QCheckBox::clicked, this, [this] { saveKinds(); });
        kindsGrid->addWidget(check, i / 2, i % 2); // two columns still fit a narrow dock
        m_kindChecks.append({kinds[i], check});
    }
    layout->addLayout(kindsGrid);

    layout->addSpacing(4);
    // The explanation wraps in its own label: a long check box label would force a narrow dock
    // to scroll sideways.
    m_backbone = new QCheckBox(tr("&Backbone story"));
    m_backbone->setObjectName(QStringLiteral("backboneCheck"));
    m_backbone->setAccessibleName(tr("Backbone story"));
    const QString backboneHint = tr("One of the 2–3 stories you know inside out, deep enough to "
                                    "answer many different questions.");
    m_backbone->setAccessibleDescription(backboneHint);
    connect(m_backbone, &QCheckBox::clicked, this, [this] { saveBackbone(); });
    layout->addWidget(m_backbone);
    auto *backboneLabel = new QLabel(backboneHint);
    backboneLabel->setObjectName(QStringLiteral("backboneHint"));
    backboneLabel->setWordWrap(true);
    // Line the hint up with the check box text, past the indicator.
    QStyleOptionButton option;
    option.initFrom(m_backbone);
    const int indent = style()->subElementRect(QStyle::SE_CheckBoxContents, &option, m_backbone).left();
    backboneLabel->setContentsMargins(indent, 0, 0, 0);
    layout->addWidget(backboneLabel);

    m_sections = {
        addSection(layout, StoryField::Situation, QStringLiteral("situation"), tr("&Situation"),
                   tr("The context in two or three sentences: team, company, stakes."),
                   tr("We were a six-person data team at a payments start-up; fraud losses had "
                      "doubled in a quarter…"),
                   5),
        addSection(layout, StoryField::Task, QStringLiteral("task"), tr("T&ask"),
                   tr("What you were responsible for: the goal or the problem that was yours."),
                   tr("I owned the fraud model and had to cut losses without blocking good "
                      "customers…"),
                   4),
        addSection(layout, StoryField::Action, QStringLiteral("action"), tr("A&ction"),
                   tr("What YOU did, step by step, with the technical detail. Usually the "
                      "longest part."),
                   tr("First I… Then I… I chose gradient boosting over… because…"), 10),
        addSection(layout, StoryField::Result, QStringLiteral("result"), tr("&Result"),
                   tr("What changed, with numbers, and what you learned."),
                   tr("Losses fell 38% in two months; false positives stayed flat. I learned…"),
                   4),
        addSection(layout, StoryField::Notes, QStringLiteral("notes"), tr("&Notes"),
                   tr("Anything else, e.g. which questions this story answers."),
                   tr("Answers: “a time you failed”, “a hard trade-off”…"), 4),
    };
    layout->addStretch(1);

    m_limitMessage = new QLabel(form); // placed under a field when needed
    m_limitMessage->setObjectName(QStringLiteral("textLimitMessage"));
    m_limitMessage->setWordWrap(true);
    m_limitMessage->setTextFormat(Qt::PlainText);
    m_limitMessage->setAccessibleName(tr("Length limit reached"));
    m_limitMessage->hide();

    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        Section &section = m_sections[i];
        section.timer = makeSaveTimer([this, i] { (void)saveSection(m_sections[i]); });
        connect(section.edit, &QPlainTextEdit::textChanged, this,
                [this, i] { onSectionEdited(m_sections[i]); });
    }

    // Title → kinds → backbone → S → T → A → R → notes.
    QWidget *previous = m_title;
    for (const auto &[kind, check] : std::as_const(m_kindChecks)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_backbone);
    previous = m_backbone;
    for (const Section &section : std::as_const(m_sections)) {
        setTabOrder(previous, section.edit);
        previous = section.edit;
    }
}

StoryEditor::Section StoryEditor::addSection(QVBoxLayout *form, quint32 field, const QString &key,
                                             const QString &name, const QString &prompt,
                                             const QString &placeholder, int lines)
{
    Section section;
    section.field = field;
    section.edit = new QPlainTextEdit;
    section.edit->setObjectName(key + QStringLiteral("Edit"));
    section.edit->setAccessibleName(QString(name).remove(QLatin1Char('&')));
    section.edit->setAccessibleDescription(prompt);
    section.edit->setPlaceholderText(placeholder);
    section.edit->setTabChangesFocus(true);
    // The vault's undo stack is the only undo; a second, per-field history would disagree with it.
    section.edit->setUndoRedoEnabled(false);
    const int frame = 2 * section.edit->frameWidth()
                      + int(2 * section.edit->document()->documentMargin());
    section.edit->setFixedHeight(section.edit->fontMetrics().lineSpacing() * lines + frame);
    section.edit->installEventFilter(this);
    TextEdits::attachSpellChecking(section.edit);

    auto *promptLabel = new QLabel(prompt);
    promptLabel->setWordWrap(true);
    promptLabel->setObjectName(key + QStringLiteral("Prompt"));

    section.words = new QLabel(wordCountText(0));
    section.words->setObjectName(key + QStringLiteral("Words"));
    section.words->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    section.words->setAccessibleName(
        tr("%1 word count").arg(QString(name).remove(QLatin1Char('&'))));

    section.layout = new QVBoxLayout;
    section.layout->setContentsMargins(0, 8, 0, 0);
    section.layout->setSpacing(2);
    section.layout->addWidget(makeHeading(name, section.edit));
    section.layout->addWidget(promptLabel);
    section.layout->addWidget(section.edit);
    section.layout->addWidget(section.words);
    form->addLayout(section.layout);
    return section;
}

void StoryEditor::setStoryId(qint64 id)
{
    if (id != m_storyId && !flushPendingEdits()) {
        // The vault refused the last typing (disk full, vault gone): keep this story and its
        // unsaved text on screen with the message, rather than replacing it with another story.
        return;
    }
    m_storyId = id;
    m_limitMessage->hide();
    showSaveResult({});
    load(true);
}

void StoryEditor::showEmpty()
{
    m_storyId = 0;
    m_titleTimer->stop();
    for (Section &section : m_sections)
        section.timer->stop();
    m_limitMessage->hide();
    m_pages->setCurrentIndex(EmptyPage);
}

void StoryEditor::load(bool freshStory)
{
    if (m_storyId <= 0 || !m_session || !m_session->isOpen()) {
        showEmpty();
        return;
    }
    Result<Story> story = m_session->store().story(m_storyId);
    if (!story) {
        showEmpty();
        return;
    }
    applyStory(story.value(), StoryField::All, freshStory);
    if (freshStory) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_scroll->horizontalScrollBar()->setValue(0);
    }
    m_pages->setCurrentIndex(FormPage);
}

void StoryEditor::onChanges(const QList<Change> &changes)
{
    if (m_storyId <= 0)
        return;
    quint32 fields = 0;
    for (const Change &change : changes) {
        if (change.entity != EntityKind::Story || !change.ids.contains(m_storyId))
            continue;
        if (change.type == ChangeType::Removed) {
            showEmpty();
            return;
        }
        fields |= change.type == ChangeType::Updated ? change.fields : quint32(StoryField::All);
    }
    if (fields == 0)
        return;
    Result<Story> story = m_session->store().story(m_storyId);
    if (!story) {
        showEmpty();
        return;
    }
    applyStory(story.value(), fields, false);
}

void StoryEditor::applyStory(const Story &story, quint32 fields, bool freshStory)
{
    // A field with typing still waiting to be saved keeps the user's text: it is newer. A fresh
    // story never has any (setStoryId flushed them).
    if ((fields & StoryField::Title) && !m_titleTimer->isActive()) {
        const QSignalBlocker blocker(m_title);
        if (freshStory) {
            m_title->setText(story.title);
            m_title->setCursorPosition(0);
        } else {
            TextEdits::replaceKeepingCursor(m_title, story.title);
        }
    }
    if (fields & StoryField::Kinds) {
        for (const auto &[kind, check] : std::as_const(m_kindChecks)) {
            const QSignalBlocker blocker(check);
            check->setChecked(story.kinds.testFlag(kind));
        }
    }
    if (fields & StoryField::Backbone) {
        const QSignalBlocker blocker(m_backbone);
        m_backbone->setChecked(story.backbone);
    }
    const std::pair<quint32, const QString *> texts[] = {
        {StoryField::Situation, &story.situation}, {StoryField::Task, &story.task},
        {StoryField::Action, &story.action},       {StoryField::Result, &story.result},
        {StoryField::Notes, &story.notes}};
    for (Section &section : m_sections) {
        if (!(fields & section.field) || section.timer->isActive())
            continue;
        const QString *text = nullptr;
        for (const auto &[field, value] : texts) {
            if (field == section.field)
                text = value;
        }
        const QSignalBlocker blocker(section.edit);
        if (freshStory)
            section.edit->setPlainText(*text);
        else
            TextEdits::replaceKeepingCursor(section.edit, *text);
        updateWordCount(section);
    }
}

void StoryEditor::onSectionEdited(Section &section)
{
    if (TextEdits::capLength(section.edit, limits::MaxTextLength))
        showLimitMessage(section);
    section.timer->start();
}

void StoryEditor::showLimitMessage(const Section &section)
{
    if (m_limitLayout)
        m_limitLayout->removeWidget(m_limitMessage);
    m_limitLayout = section.layout;
    // Right under the field it is about: index 3 is after heading, prompt and editor.
    m_limitLayout->insertWidget(3, m_limitMessage);
    m_limitMessage->setText(
        tr("%1: this field is capped at %2 characters; the rest was not saved.")
            .arg(section.edit->accessibleName(), QLocale().toString(limits::MaxTextLength)));
    m_limitMessage->show();
    // Once the layout has placed it, make sure the message is in view.
    QTimer::singleShot(0, m_limitMessage, [this] { m_scroll->ensureWidgetVisible(m_limitMessage); });
}

void StoryEditor::updateWordCount(const Section &section)
{
    section.words->setText(wordCountText(countWords(section.edit->toPlainText())));
}

Status StoryEditor::saveTitle()
{
    m_titleTimer->stop();
    if (m_storyId <= 0 || !m_commands)
        return {};
    Status status = m_commands->setStoryText(m_storyId, StoryField::Title, m_title->text());
    showSaveResult(status ? QString() : status.error());
    return status;
}

Status StoryEditor::saveSection(Section &section)
{
    section.timer->stop();
    updateWordCount(section);
    if (m_storyId <= 0 || !m_commands)
        return {};
    Status status = m_commands->setStoryText(m_storyId, section.field, section.edit->toPlainText());
    showSaveResult(status ? QString() : status.error());
    return status;
}

void StoryEditor::saveKinds()
{
    if (m_storyId <= 0 || !m_commands)
        return;
    StoryKinds kinds;
    for (const auto &[kind, check] : std::as_const(m_kindChecks))
        kinds.setFlag(kind, check->isChecked());
    const Status status = m_commands->setStoryKinds(m_storyId, kinds);
    showSaveResult(status ? QString() : status.error());
    if (!status)
        load(false); // show what the vault really holds
}

void StoryEditor::saveBackbone()
{
    if (m_storyId <= 0 || !m_commands)
        return;
    const Status status = m_commands->setStoryBackbone(m_storyId, m_backbone->isChecked());
    showSaveResult(status ? QString() : status.error());
    if (!status)
        load(false);
}

void StoryEditor::showSaveResult(const QString &error)
{
    m_saveError->setText(error.isEmpty() ? QString() : tr("Not saved: %1").arg(error));
    m_saveError->setVisible(!error.isEmpty());
}

Status StoryEditor::flushPendingEdits()
{
    Status result;
    if (m_titleTimer->isActive()) {
        if (Status s = saveTitle(); !s)
            result = s;
    }
    for (Section &section : m_sections) {
        if (section.timer->isActive()) {
            if (Status s = saveSection(section); !s && result)
                result = s;
        }
    }
    return result;
}

void StoryEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

StoryEditor::Section *StoryEditor::sectionFor(const QObject *edit)
{
    for (Section &section : m_sections) {
        if (section.edit == edit)
            return &section;
    }
    return nullptr;
}

bool StoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    const bool ours = watched == m_title || sectionFor(watched);
    if (!ours)
        return QWidget::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::FocusOut:
        if (watched == m_title) {
            if (m_titleTimer->isActive())
                (void)saveTitle();
        } else if (Section *section = sectionFor(watched); section && section->timer->isActive()) {
            (void)saveSection(*section);
        }
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

void StoryEditor::hideEvent(QHideEvent *event)
{
    (void)flushPendingEdits(); // a failure is shown in the editor
    QWidget::hideEvent(event);
}

} // namespace starling
