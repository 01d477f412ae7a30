#include "welcomepage.h"

#include "icons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace starling {

namespace {

QWidget *stepCard(int number, const QString &title, const QString &text, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(QStringLiteral("welcomeStep%1").arg(number));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 16);
    auto *heading = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(QLocale().toString(number), title.toHtmlEscaped()), card);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setWordWrap(true);
    auto *body = new QLabel(text, card);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    card->setMinimumWidth(200);
    return card;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(18);

    auto *iconLabel = new QLabel(content);
    iconLabel->setPixmap(appIcon().pixmap(64, 64));
    iconLabel->setAccessibleName(tr("Starling logo"));
    auto *title = new QLabel(tr("Prepare a few deep stories once — answer any behavioural question"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *intro = new QLabel(
        tr("Interviewers use behavioural questions to judge culture fit and often the level of the "
           "offer. Candidates who wing them fail; candidates who prepare like this stand out."),
        content);
    intro->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(intro);
    header->addLayout(headerText, 1);
    layout->addLayout(header);

    auto *steps = new QBoxLayout(QBoxLayout::LeftToRight);
    m_steps = steps;
    steps->setSpacing(12);
    steps->addWidget(stepCard(
        1, tr("Story vault"),
        tr("Pick the 2–3 most impactful projects from your résumé — ideally a success, a failure "
           "and a teamwork or leadership story — and write them out in depth: situation, task, "
           "action, result."),
        content));
    steps->addWidget(stepCard(
        2, tr("Company values"),
        tr("For each target company, collect its value principles, write what each one really "
           "means in plain words, and map a story onto every value — two is better than one."),
        content));
    steps->addWidget(stepCard(
        3, tr("R-STAR-L answers"),
        tr("Answer in six parts: Repeat the question in your own words, Situation, Task, Action, "
           "Result, then Link back to the company's value with its key word — naturally, not "
           "announced."),
        content));
    layout->addLayout(steps);

    auto *buttons = new QHBoxLayout;
    auto *addStory = new QPushButton(tr("Add your first story"), content);
    addStory->setObjectName(QStringLiteral("addFirstStoryButton"));
    addStory->setAccessibleDescription(tr("Creates a story and opens it in the editor"));
    addStory->setDefault(true);
    auto *example = new QPushButton(tr("Open the example vault"), content);
    example->setObjectName(QStringLiteral("openExampleButton"));
    example->setToolTip(tr("A small data-scientist vault in a separate file; your own vault is not touched."));
    buttons->addWidget(addStory);
    buttons->addWidget(example);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(addStory, &QPushButton::clicked, this, &WelcomePage::addFirstStoryRequested);
    connect(example, &QPushButton::clicked, this, &WelcomePage::openExampleRequested);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // The content follows the width (the cards stack instead); only scroll vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    updateStepDirection();
}

bool WelcomePage::stepsStacked() const
{
    return m_steps->direction() == QBoxLayout::TopToBottom;
}

void WelcomePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateStepDirection();
}

void WelcomePage::updateStepDirection()
{
    // Three cards of their minimum width, the gaps between them, the page margins and room for
    // a vertical scroll bar, which a short window shows (there is no horizontal one).
    int needed = 2 * m_steps->spacing() + 64 + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int i = 0; i < m_steps->count(); ++i)
        needed += m_steps->itemAt(i)->widget()->minimumWidth();
    const auto direction = width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_steps->direction() != direction)
        m_steps->setDirection(direction);
}

} // namespace starling
