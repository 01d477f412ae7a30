#include "preferencesdialog.h"

#include "practicetimer.h"
#include "prepsheet.h"
#include "spellcheckpage.h"
#include "translations.h"

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

bool rangeIsValid(const SpeakingPace &pace)
{
    return pace.maxSeconds >= pace.minSeconds + Preferences::MinTargetSpan;
}

bool anySection(const PreferenceValues &values)
{
    return values.exportCheatSheet || values.exportAnswers || values.exportBackboneStories
           || values.exportOpenQuestions;
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
    m_pages->addTab(createLanguagePage(), tr("Language"));
    m_spelling = new SpellCheckPage(this);
    m_pages->addTab(m_spelling, tr("Spelling"));
    m_pages->addTab(createExportPage(), tr("Export"));

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

    // At least this wide, as a spacer rather than setMinimumWidth(): an explicit minimum would
    // replace the one the layout computes, and a longer language's check box would be cut off.
    layout->addSpacerItem(new QSpacerItem(520, 0, QSizePolicy::Minimum, QSizePolicy::Fixed));

    setEditedValues(m_preferences.values());
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
    m_revealStoryNotes->setToolTip(tr("Reveal in the practice window also lists the notes on how "
                                      "the answer's story shows the target value"));
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

QWidget *PreferencesDialog::createLanguagePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("languagePreferencesPage"));

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setAccessibleDescription(tr("The language of menus, dialogs and the prep sheet's "
                                            "headings; applies the next time Starling starts"));
    // Each language under its own name, so someone who cannot read the current one still finds
    // theirs.
    m_language->addItem(tr("System default (%1)").arg(nativeLanguageName(systemLanguage())),
                        QString());
    const QStringList languages = availableLanguages();
    for (const QString &language : languages)
        m_language->addItem(nativeLanguageName(language), language);

    auto *restartNote = new QLabel(tr("The new language applies the next time Starling starts."),
                                   page);
    restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    restartNote->setWordWrap(true);
    auto *formatNote = new QLabel(tr("Dates, numbers and times follow the language. Standard "
                                     "dialogs, such as choosing a file, use Qt's own translations "
                                     "when they are installed."),
                                  page);
    formatNote->setObjectName(QStringLiteral("languageFormatNote"));
    formatNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), page);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(restartNote);
    layout->addWidget(formatNote);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createExportPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("exportPreferencesPage"));

    m_exportPaper = new QComboBox(page);
    m_exportPaper->setObjectName(QStringLiteral("exportPaperPreferenceCombo"));
    m_exportPaper->setAccessibleName(tr("Default paper size"));
    const QString automaticPaper = defaultPaperSize() == QPageSize::Letter ? tr("Letter") : tr("A4");
    m_exportPaper->addItem(tr("Automatic (%1)").arg(automaticPaper), int(PaperChoice::Automatic));
    m_exportPaper->addItem(tr("A4"), int(PaperChoice::A4));
    m_exportPaper->addItem(tr("Letter"), int(PaperChoice::Letter));
    m_exportPaper->setToolTip(tr("Automatic: Letter where the language's region uses it, A4 "
                                 "elsewhere"));

    auto *sections = new QGroupBox(tr("Sections of the prep sheet"), page);
    sections->setObjectName(QStringLiteral("exportSectionsPreferenceGroup"));
    const auto addCheck = [&](const QString &name, const QString &text, const QString &tip) {
        auto *check = new QCheckBox(text, sections);
        check->setObjectName(name);
        check->setAccessibleName(QString(text).remove(u'&'));
        check->setToolTip(tip);
        connect(check, &QCheckBox::toggled, this, &PreferencesDialog::updateValidity);
        return check;
    };
    m_exportCheatSheet =
        addCheck(QStringLiteral("exportCheatSheetPreference"), tr("&Cheat sheet"),
                 tr("A first page with the company's values, the stories mapped to them, the gaps "
                    "and the R-STAR-L reminder"));
    m_exportAnswers = addCheck(QStringLiteral("exportAnswersPreference"), tr("Prepared &answers"),
                               tr("Each answer section by section, from Repeat to Link back"));
    m_exportBackbone = addCheck(QStringLiteral("exportBackbonePreference"), tr("&Backbone stories"),
                                tr("Your backbone stories in STAR form"));
    m_exportOpenQuestions =
        addCheck(QStringLiteral("exportOpenQuestionsPreference"), tr("&Questions not answered yet"),
                 tr("The company's questions and the general ones without an answer for it"));
    auto *sectionsLayout = new QVBoxLayout(sections);
    for (QCheckBox *check : {m_exportCheatSheet, m_exportAnswers, m_exportBackbone, m_exportOpenQuestions})
        sectionsLayout->addWidget(check);

    m_exportHint = new QLabel(page);
    m_exportHint->setObjectName(QStringLiteral("exportPreferencesHint"));
    m_exportHint->setTextFormat(Qt::PlainText);
    m_exportHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *paperLabel = new QLabel(tr("Default &paper size:"), page);
    paperLabel->setBuddy(m_exportPaper);
    form->addRow(paperLabel, m_exportPaper);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(m_exportHint);
    layout->addStretch(1);
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
    values.language = m_language->currentData().toString();
    values.exportPaper = PaperChoice(m_exportPaper->currentData().toInt());
    values.exportCheatSheet = m_exportCheatSheet->isChecked();
    values.exportAnswers = m_exportAnswers->isChecked();
    values.exportBackboneStories = m_exportBackbone->isChecked();
    values.exportOpenQuestions = m_exportOpenQuestions->isChecked();
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
    // A language this build does not ship (a settings file from another version) shows as the
    // system default, which is what Starling falls back to.
    m_language->setCurrentIndex(std::max(0, m_language->findData(clamped.language)));
    m_exportPaper->setCurrentIndex(std::max(0, m_exportPaper->findData(int(clamped.exportPaper))));
    m_exportCheatSheet->setChecked(clamped.exportCheatSheet);
    m_exportAnswers->setChecked(clamped.exportAnswers);
    m_exportBackbone->setChecked(clamped.exportBackboneStories);
    m_exportOpenQuestions->setChecked(clamped.exportOpenQuestions);
    updateValidity();
}

bool PreferencesDialog::isInputValid() const
{
    const PreferenceValues values = editedValues();
    return rangeIsValid(values.speakingPace) && anySection(values);
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
    const PreferenceValues values = editedValues();
    const SpeakingPace pace = values.speakingPace;
    const bool rangeValid = rangeIsValid(pace);
    const bool sectionsValid = anySection(values);
    QPalette hintPalette; // only this role is set; everything else stays inherited
    hintPalette.setColor(QPalette::WindowText, errorColor(palette()));
    if (sectionsValid) {
        m_exportHint->setText(tr("The Export dialog starts with these choices, and the choices "
                                 "you make there are kept here."));
        m_exportHint->setPalette(QPalette());
    } else {
        m_exportHint->setText(tr("Choose at least one section for the prep sheet."));
        m_exportHint->setPalette(hintPalette);
    }
    if (rangeValid) {
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
        m_rangeHint->setPalette(hintPalette);
        m_rangeHint->setText(tr("The longest target must be at least %n seconds longer than the "
                                "shortest.",
                                nullptr, Preferences::MinTargetSpan));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rangeValid && sectionsValid);
}

} // namespace starling
