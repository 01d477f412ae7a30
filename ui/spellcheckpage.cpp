#include "spellcheckpage.h"

#include "spellchecker.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

namespace {

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // The install command can be copied from here.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setVisible(false);
    return label;
}

} // namespace

SpellCheckPage::SpellCheckPage(QWidget *parent)
    : SpellCheckPage(SpellChecker::instance(), parent)
{
}

SpellCheckPage::SpellCheckPage(SpellChecker &checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
{
    setObjectName(QStringLiteral("spellingPreferencesPage"));
    // A dictionary installed while Starling runs shows up the next time the page opens.
    m_checker.refreshDictionaries();

    auto *checkGroup = new QGroupBox(tr("Spell checking"), this);
    checkGroup->setObjectName(QStringLiteral("spellCheckGroup"));
    m_enabled = new QCheckBox(tr("&Check spelling as you type"), checkGroup);
    m_enabled->setObjectName(QStringLiteral("spellCheckEnabledCheck"));
    m_enabled->setAccessibleName(tr("Check spelling as you type"));
    m_enabled->setToolTip(tr("Underline misspelled words in stories, answers and notes"));
    m_dictionary = new QComboBox(checkGroup);
    m_dictionary->setObjectName(QStringLiteral("spellDictionaryCombo"));
    m_dictionary->setAccessibleName(tr("Dictionary"));
    m_dictionary->setToolTip(tr("Automatic uses the dictionary of the interface language"));
    m_dictionary->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dictionaryLabel = new QLabel(tr("&Dictionary:"), checkGroup);
    m_dictionaryLabel->setBuddy(m_dictionary);
    m_status = messageLabel(QStringLiteral("spellStatusLabel"), checkGroup);
    m_status->setAccessibleName(tr("Spell checking status"));

    auto *checkForm = new QFormLayout(checkGroup);
    checkForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    checkForm->addRow(m_enabled);
    checkForm->addRow(m_dictionaryLabel, m_dictionary);
    checkForm->addRow(m_status);

    auto *wordsGroup = new QGroupBox(tr("Personal word list"), this);
    wordsGroup->setObjectName(QStringLiteral("personalWordsGroup"));
    m_wordCount = new QLabel(wordsGroup);
    m_wordCount->setObjectName(QStringLiteral("personalWordsCountLabel"));
    m_wordCount->setTextFormat(Qt::PlainText);
    m_wordCount->setWordWrap(true);
    m_words = new QListWidget(wordsGroup);
    m_words->setObjectName(QStringLiteral("personalWordsList"));
    m_words->setAccessibleName(tr("Personal words"));
    m_words->setAccessibleDescription(tr("Words you added to the dictionary; they are never "
                                         "underlined"));
    m_words->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_words->setSortingEnabled(false); // sorted by updateWords(), the way the language sorts
    m_remove = new QPushButton(tr("&Remove"), wordsGroup);
    m_remove->setObjectName(QStringLiteral("removePersonalWordButton"));
    m_remove->setAccessibleName(tr("Remove the selected words from the personal word list"));
    m_remove->setToolTip(tr("Remove the selected words now; they are underlined again"));
    m_wordError = messageLabel(QStringLiteral("personalWordsErrorLabel"), wordsGroup);
    m_wordError->setAccessibleName(tr("Personal word list problem"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_words, 1);
    listRow->addLayout(buttons);
    auto *wordsLayout = new QVBoxLayout(wordsGroup);
    wordsLayout->addWidget(m_wordCount);
    wordsLayout->addLayout(listRow, 1);
    wordsLayout->addWidget(m_wordError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checkGroup);
    layout->addWidget(wordsGroup, 1);

    fillDictionaries();
    updateWords();
    connect(m_enabled, &QCheckBox::toggled, this, &SpellCheckPage::updateState);
    connect(m_dictionary, &QComboBox::currentIndexChanged, this, &SpellCheckPage::updateState);
    connect(m_words, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_words->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &SpellCheckPage::removeSelectedWords);
    connect(&m_checker, &SpellChecker::personalWordsChanged, this, &SpellCheckPage::updateWords);
    setValues(m_checker.isEnabled(), m_checker.requestedDictionary());
}

void SpellCheckPage::fillDictionaries()
{
    const QList<SpellDictionary> dictionaries = m_checker.dictionaries();
    const QString automatic = SpellChecker::automaticCode(dictionaries);
    m_dictionary->clear();
    m_dictionary->addItem(automatic.isEmpty()
                              ? tr("Automatic")
                              : tr("Automatic (%1)").arg(SpellChecker::displayName(automatic)),
                          QString());
    for (const SpellDictionary &dictionary : dictionaries) {
        m_dictionary->addItem(dictionary.name, dictionary.code);
        m_dictionary->setItemData(m_dictionary->count() - 1,
                                  QDir::toNativeSeparators(dictionary.affixPath), Qt::ToolTipRole);
    }
}

void SpellCheckPage::setValues(bool enabled, const QString &dictionary)
{
    m_enabled->setChecked(enabled);
    // Only one "not installed" entry at a time: the one asked for now.
    while (m_dictionary->count() > m_checker.dictionaries().size() + 1)
        m_dictionary->removeItem(m_dictionary->count() - 1);
    int index = m_dictionary->findData(dictionary);
    if (index < 0) {
        // Kept rather than silently replaced: the dictionary may be installed again later.
        m_dictionary->addItem(tr("%1 (not installed)").arg(dictionary), dictionary);
        index = m_dictionary->count() - 1;
    }
    m_dictionary->setCurrentIndex(index);
    updateState();
}

bool SpellCheckPage::spellCheckEnabled() const
{
    return m_enabled->isChecked();
}

QString SpellCheckPage::dictionary() const
{
    return m_dictionary->currentData().toString();
}

void SpellCheckPage::updateState()
{
    const QList<SpellDictionary> dictionaries = m_checker.dictionaries();
    const bool any = !dictionaries.isEmpty();
    m_enabled->setEnabled(any);
    m_dictionary->setEnabled(any && m_enabled->isChecked());
    m_dictionaryLabel->setEnabled(m_dictionary->isEnabled());

    QString message;
    const QString chosen = dictionary();
    const bool installed =
        chosen.isEmpty() ||
        std::any_of(dictionaries.cbegin(), dictionaries.cend(),
                    [&chosen](const SpellDictionary &d) { return d.code == chosen; });
    if (any && !installed) {
        message =
            tr("The dictionary “%1” is not installed, so %2 is used instead.")
                .arg(chosen, SpellChecker::displayName(SpellChecker::automaticCode(dictionaries)));
    } else if (!any || (m_enabled->isChecked() && chosen == m_checker.requestedDictionary())) {
        // No dictionary at all, or the checker's own word (one that could not be loaded).
        message = m_checker.statusMessage();
    }
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void SpellCheckPage::updateWords()
{
    QStringList words = m_checker.personalWords();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(words.begin(), words.end(), collator);
    m_words->clear();
    m_words->addItems(words);
    // A count after a colon needs no plural forms.
    m_wordCount->setText(tr("Words added with “Add to Dictionary”: %1\nKept in %2")
                             .arg(QLocale().toString(words.size()),
                                  QDir::toNativeSeparators(m_checker.wordListPath())));
    m_remove->setEnabled(false);
    const QString problem = m_checker.wordListError();
    if (!problem.isEmpty()) {
        m_wordError->setText(problem);
        QPalette palette;
        palette.setColor(QPalette::WindowText, errorColor(this->palette()));
        m_wordError->setPalette(palette);
    }
    m_wordError->setVisible(!problem.isEmpty());
}

void SpellCheckPage::removeSelectedWords()
{
    const QList<QListWidgetItem *> selected = m_words->selectedItems();
    QStringList words;
    for (const QListWidgetItem *item : selected)
        words.append(item->text());
    for (const QString &word : std::as_const(words)) {
        QString error;
        if (!m_checker.removeFromPersonalWords(word, &error)) {
            updateWords();
            m_wordError->setText(error);
            QPalette palette;
            palette.setColor(QPalette::WindowText, errorColor(this->palette()));
            m_wordError->setPalette(palette);
            m_wordError->setVisible(true);
            return;
        }
    }
}

} // namespace starling
