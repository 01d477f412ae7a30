#include "preferencesdialog.h"

#include "practicetimer.h"
#include "spellcheckpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

namespace {

QTime timeOf(int seconds)
{
    return QTime(0, 0).addSecs(seconds);
}

int secondsOf(const QTime &time)
{
    return QTime(0, 0).secsTo(time);
}

QTimeEdit *targetEdit(const QString &objectName, int minSeconds, int maxSeconds, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    // Minutes and seconds only: an answer is never an hour long, and "0:01:30" reads worse.
    edit->setDisplayFormat(QStringLiteral("m:ss"));
    edit->setTimeRange(timeOf(minSeconds), timeOf(maxSeconds));
    edit->setCurrentSection(QDateTimeEdit::MinuteSection);
    return edit;
}

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : PreferencesDialog(Preferences::instance(), parent)
{
}

PreferencesDialog::PreferencesDialog(Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_pages->setAccessibleName(tr("Preference pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(createPracticePage(), tr("Answers and practice"));
    m_spelling = new SpellCheckPage(this);
    m_pages->addTab(m_spelling, tr("Spelling"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    restore->setToolTip(tr("Fill in the default values; nothing is saved until you press OK"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("preferencesOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("preferencesCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] { setEditedValues(PreferenceValues{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    setEditedValues(m_preferences.values());
    setMinimumWidth(520);
}

QWidget *PreferencesDialog::createPracticePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("practicePreferencesPage"));

    // Speaking pace and target length belong together: the range is what the clock and the
    // answer editor's length estimate are measured against.
    auto *paceGroup = new QGroupBox(tr("Answer length"), page);
    paceGroup->setObjectName(QStringLiteral("answerLengthGroup"));

    m_wordsPerMinute = new QSpinBox(paceGroup);
    m_wordsPerMinute->setObjectName(QStringLiteral("wordsPerMinuteSpin"));
    m_wordsPerMinute->setRange(SpeakingPace::MinWordsPerMinute, SpeakingPace::MaxWordsPerMinute);
    m_wordsPerMinute->setSingleStep(5);
    m_wordsPerMinute->setAccessibleName(tr("Speaking pace in words per minute"));
    m_wordsPerMinute->setToolTip(tr("About 150 words a minute is a calm interview pace"));

    m_minTarget = targetEdit(QStringLiteral("targetMinEdit"), Preferences::MinTargetSeconds,
                             Preferences::MaxTargetMinSeconds, paceGroup);
    m_minTarget->setAccessibleName(tr("Shortest target length, minutes and seconds"));
    m_minTarget->setToolTip(tr("Shorter than this sounds thin"));
    m_maxTarget = targetEdit(QStringLiteral("targetMaxEdit"),
                             Preferences::MinTargetSeconds + Preferences::MinTargetSpan,
                             Preferences::MaxTargetSeconds, paceGroup);
    m_maxTarget->setAccessibleName(tr("Longest target length, minutes and seconds"));
    m_maxTarget->setToolTip(tr("Longer than this loses the interviewer"));

    auto *range = new QHBoxLayout;
    range->addWidget(m_minTarget);
    auto *dash = new QLabel(tr("to"), paceGroup);
    range->addWidget(dash);
    range->addWidget(m_maxTarget);
    range->addWidget(new QLabel(tr("(minutes:seconds)"), paceGroup));
    range->addStretch(1);

    m_rangeHint = new QLabel(paceGroup);
    m_rangeHint->setObjectName(QStringLiteral("targetRangeHint"));
    m_rangeHint->setTextFormat(Qt::PlainText);
    m_rangeHint->setWordWrap(true);

    auto *paceForm = new QFormLayout(paceGroup);
    // Fields as wide as their content: a three-digit number in a full-width box reads oddly.
    paceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *wpmLabel = new QLabel(tr("&Words per minute:"), paceGroup);
    wpmLabel->setBuddy(m_wordsPerMinute);
    paceForm->addRow(wpmLabel, m_wordsPerMinute);
    auto *rangeLabel = new QLabel(tr("&Target length:"), paceGroup);
    rangeLabel->setBuddy(m_minTarget);
    paceForm->addRow(rangeLabel, range);
    paceForm->addRow(QString(), m_rangeHint);

    auto *practiceGroup = new QGroupBox(tr("Practice"), page);
    practiceGroup->setObjectName(QStringLiteral("practiceGroup"));

    m_order = new QComboBox(practiceGroup);
    m_order->setObjectName(QStringLiteral("defaultPracticeOrderCombo"));
    m_order->setAccessibleName(tr("Default practice order"));
    m_order->addItem(tr("Weakest first"), int(PracticeOrder::WeakestFirst));
    m_order->addItem(tr("Random"), int(PracticeOrder::Random));
    m_order->addItem(tr("Chosen by me"), int(PracticeOrder::Chosen));
    m_order->setToolTip(tr("Weakest first: questions without an answer, then drafts, then what you "
                           "practised least this week and rated lowest"));

    m_revealStoryNotes = new QCheckBox(tr("On &Reveal, also show the story's bullet notes"),
                                       practiceGroup);
    m_revealStoryNotes->setObjectName(QStringLiteral("revealStoryNotesCheck"));
    m_revealStoryNotes->setAccessibleName(tr("On Reveal, also show the story's bullet notes"));

    auto *practiceForm = new QFormLayout(practiceGroup);
    auto *orderLabel = new QLabel(tr("Default &order:"), practiceGroup);
    orderLabel->setBuddy(m_order);
    practiceForm->addRow(orderLabel, m_order);
    practiceForm->addRow(QString(), m_revealStoryNotes);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paceGroup);
    layout->addWidget(practiceGroup);
    layout->addStretch(1);

    connect(m_wordsPerMinute, &QSpinBox::valueChanged, this, &PreferencesDialog::updateValidity);
    connect(m_minTarget, &QTimeEdit::timeChanged, this, &PreferencesDialog::updateValidity);
    connect(m_maxTarget, &QTimeEdit::timeChanged, this, &PreferencesDialog::updateValidity);
    return page;
}

PreferenceValues PreferencesDialog::editedValues() const
{
    PreferenceValues values;
    values.speakingPace.wordsPerMinute = m_wordsPerMinute->value();
    values.speakingPace.minSeconds = secondsOf(m_minTarget->time());
    values.speakingPace.maxSeconds = secondsOf(m_maxTarget->time());
    values.practiceOrder = PracticeOrder(m_order->currentData().toInt());
    values.revealStoryNotes = m_revealStoryNotes->isChecked();
    values.spellCheck = m_spelling->spellCheckEnabled();
    values.spellDictionary = m_spelling->dictionary();
    return values;
}

void PreferencesDialog::setEditedValues(const PreferenceValues &values)
{
    const PreferenceValues clamped = Preferences::clamped(values);
    m_wordsPerMinute->setValue(clamped.speakingPace.wordsPerMinute);
    m_minTarget->setTime(timeOf(clamped.speakingPace.minSeconds));
    m_maxTarget->setTime(timeOf(clamped.speakingPace.maxSeconds));
    m_order->setCurrentIndex(std::max(0, m_order->findData(int(clamped.practiceOrder))));
    m_revealStoryNotes->setChecked(clamped.revealStoryNotes);
    m_spelling->setValues(clamped.spellCheck, clamped.spellDictionary);
    updateValidity();
}

bool PreferencesDialog::isInputValid() const
{
    const SpeakingPace pace = editedValues().speakingPace;
    return pace.maxSeconds >= pace.minSeconds + Preferences::MinTargetSpan;
}

void PreferencesDialog::accept()
{
    if (!isInputValid())
        return;
    m_preferences.setValues(editedValues());
    QDialog::accept();
}

void PreferencesDialog::updateValidity()
{
    const bool valid = isInputValid();
    const SpeakingPace pace = editedValues().speakingPace;
    if (valid) {
        // What the range means in words, so the two numbers are easy to judge.
        const int fewest = pace.minSeconds * pace.wordsPerMinute / 60;
        const int most = pace.maxSeconds * pace.wordsPerMinute / 60;
        const QLocale locale;
        m_rangeHint->setText(tr("At this pace, %1–%2 is about %3 to %4 words.")
                                 .arg(formatMinutesSeconds(pace.minSeconds),
                                      formatMinutesSeconds(pace.maxSeconds),
                                      locale.toString(fewest), locale.toString(most)));
        m_rangeHint->setPalette(QPalette()); // back to the inherited colours, theme changes included
    } else {
        QPalette hintPalette; // only this role is set; everything else stays inherited
        hintPalette.setColor(QPalette::WindowText, errorColor(palette()));
        m_rangeHint->setPalette(hintPalette);
        m_rangeHint->setText(tr("The longest target must be at least %n seconds longer than the "
                                "shortest.",
                                nullptr, Preferences::MinTargetSpan));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace starling
