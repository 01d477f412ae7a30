#include "pastevaluesdialog.h"

#include "icons.h"
#include "textlimits.h"
#include "valuespasteparser.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

namespace {

enum PreviewPage { EmptyPage, TreePage };

// A clipboard larger than this is not a values list; it is not read into the editor unasked.
constexpr int MaxClipboardPrefill = 200'000;

QLabel *makeHeading(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

int countValues(const QList<ValueDraft> &values) {
    int n = 0;
    for (const ValueDraft &value : values)
        n += 1 + countValues(value.children);
    return n;
}

QString plainToolTip(const QString &text) {
    // Tool tips guess rich text; escaping keeps user text literal, <p> lets it wrap.
    return text.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

ValueDraft draftFrom(const QTreeWidgetItem *item) {
    ValueDraft draft;
    draft.name = item->text(PasteValuesDialog::NameColumn).simplified().left(limits::MaxNameLength);
    draft.meaning =
        item->text(PasteValuesDialog::MeaningColumn).trimmed().left(limits::MaxTextLength);
    return draft;
}

} // namespace

PasteValuesDialog::PasteValuesDialog(const QString &companyName, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("pasteValuesDialog"));
    buildUi(companyName);
    prefillFromClipboard();
    updateState();
    resize(900, 600);
}

PasteValuesDialog::~PasteValuesDialog() = default;

void PasteValuesDialog::buildUi(const QString &companyName) {
    const QString company = companyName.simplified();
    setWindowTitle(company.isEmpty() ? tr("Paste values") : tr("Paste values for %1").arg(company));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(
        (company.isEmpty() ? tr("Copy the values from the company's careers page and paste them "
                                "on the left.")
                           : tr("Copy the values from the careers page of %1 and paste them on "
                                "the left.")
                                 .arg(company)) +
        u' ' +
        tr("Check the preview on the right: double-click to rename a value or edit its "
           "meaning, and use the buttons to fix what was read wrongly."));
    intro->setObjectName(QStringLiteral("pasteIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    // Left: the pasted text.
    m_pasteEdit = new QPlainTextEdit;
    m_pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    m_pasteEdit->setAccessibleName(tr("Pasted values"));
    m_pasteEdit->setAccessibleDescription(
        tr("Values and sub-principles as copied from a careers page. The preview follows as you "
           "type."));
    m_pasteEdit->setTabChangesFocus(true);
    m_pasteEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_pasteEdit->setPlaceholderText(
        tr("Paste a list of values here, for example:\n\n"
           "Customer first\n"
           "We start with what people need.\n"
           "  • Listen before building\n"
           "  • Earn trust every day\n\n"
           "Ownership: we finish what we start.\n\n"
           "Bullets, numbering, indentation and headings with a sentence under them all work."));
    auto *pasteLabel = makeHeading(tr("&Pasted text"), m_pasteEdit);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(pasteLabel);
    leftLayout->addWidget(m_pasteEdit, 1);

    // Right: the preview tree and the tools to fix it.
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setAccessibleName(tr("Preview of values"));
    m_tree->setAccessibleDescription(
        tr("Values with their sub-principles. F2 renames, Delete removes, Ctrl+Right makes a "
           "sub-principle, Ctrl+Left makes a value."));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Value"), tr("Meaning")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(NameColumn, 200);

    m_emptyPreview = new QLabel(tr("Nothing to preview yet.\n\nPaste a values list on the left "
                                   "and the values appear here."));
    m_emptyPreview->setObjectName(QStringLiteral("emptyPreview"));
    m_emptyPreview->setTextFormat(Qt::PlainText);
    m_emptyPreview->setAlignment(Qt::AlignCenter);
    m_emptyPreview->setWordWrap(true);
    m_emptyPreview->setFrameShape(QFrame::StyledPanel);
    m_emptyPreview->setMargin(12);
    m_emptyPreview->setForegroundRole(QPalette::PlaceholderText);

    m_previewPages = new QStackedWidget;
    m_previewPages->setObjectName(QStringLiteral("previewPages"));
    m_previewPages->insertWidget(EmptyPage, m_emptyPreview);
    m_previewPages->insertWidget(TreePage, m_tree);
    auto *previewLabel = makeHeading(tr("Pre&view"), m_tree);

    m_indentButton = new QPushButton(tr("Make &sub-principle"));
    m_indentButton->setObjectName(QStringLiteral("indentButton"));
    m_indentButton->setAccessibleName(tr("Make sub-principle"));
    m_indentButton->setToolTip(
        tr("Makes the selected value a sub-principle of the value above it (Ctrl+Right)"));
    m_outdentButton = new QPushButton(tr("Make &value"));
    m_outdentButton->setObjectName(QStringLiteral("outdentButton"));
    m_outdentButton->setAccessibleName(tr("Make top-level value"));
    m_outdentButton->setToolTip(
        tr("Makes the selected sub-principle a value of its own (Ctrl+Left)"));
    m_removeButton =
        new QPushButton(themedIcon(QStringLiteral("delete"), palette()), tr("&Remove"));
    m_removeButton->setObjectName(QStringLiteral("removeValueButton"));
    m_removeButton->setAccessibleName(tr("Remove value"));
    m_removeButton->setToolTip(tr("Removes the selected value and its sub-principles (Delete)"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("pasteSummary"));
    m_summary->setAccessibleName(tr("Preview summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_indentButton);
    tools->addWidget(m_outdentButton);
    tools->addWidget(m_removeButton);
    tools->addStretch(1);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_previewPages, 1);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("pasteSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    left->setMinimumWidth(220);
    right->setMinimumWidth(300);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Add values"));
    m_okButton->setAccessibleName(tr("Add values"));
    m_okButton->setObjectName(QStringLiteral("addValuesButton"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_pasteEdit, m_tree);
    setTabOrder(m_tree, m_indentButton);
    setTabOrder(m_indentButton, m_outdentButton);
    setTabOrder(m_outdentButton, m_removeButton);
    setTabOrder(m_removeButton, m_okButton);
    setTabOrder(m_okButton, cancel);

    m_parseTimer = new QTimer(this);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(ParseDelayMs);
    connect(m_parseTimer, &QTimer::timeout, this, &PasteValuesDialog::reparse);
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));

    connect(m_indentButton, &QPushButton::clicked, this, &PasteValuesDialog::indentCurrent);
    connect(m_outdentButton, &QPushButton::clicked, this, &PasteValuesDialog::outdentCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &PasteValuesDialog::removeCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PasteValuesDialog::updateState);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        {
            const QSignalBlocker blocker(m_tree);
            item->setToolTip(column, plainToolTip(item->text(column)));
        }
        updateState();
    });

    // Shortcuts act on the tree only, so Delete in the text editor still deletes text.
    const auto treeShortcut = [this](const QKeySequence &keys, void (PasteValuesDialog::*slot)()) {
        auto *shortcut = new QShortcut(keys, m_tree);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    treeShortcut(QKeySequence::Delete, &PasteValuesDialog::removeCurrent);
    treeShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), &PasteValuesDialog::indentCurrent);
    treeShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), &PasteValuesDialog::outdentCurrent);
}

void PasteValuesDialog::prefillFromClipboard() {
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    const QString text = clipboard->text();
    if (text.isEmpty() || text.size() > MaxClipboardPrefill)
        return;
    // Only a clipboard that reads as a list: a single word or a URL stays out of the way.
    const QList<ValueDraft> values = ValuesPasteParser::parse(text);
    if (countValues(values) < 2)
        return;
    {
        const QSignalBlocker blocker(m_pasteEdit);
        m_pasteEdit->setPlainText(text);
    }
    showValues(values);
}

void PasteValuesDialog::reparse() {
    showValues(ValuesPasteParser::parse(m_pasteEdit->toPlainText()));
    updateState();
}

QTreeWidgetItem *PasteValuesDialog::makeItem(const ValueDraft &value) const {
    auto *item = new QTreeWidgetItem;
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsEnabled);
    item->setText(NameColumn, value.name);
    item->setText(MeaningColumn, value.meaning);
    item->setToolTip(NameColumn, plainToolTip(value.name));
    item->setToolTip(MeaningColumn, plainToolTip(value.meaning));
    return item;
}

void PasteValuesDialog::showValues(const QList<ValueDraft> &values) {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const ValueDraft &value : values) {
        QTreeWidgetItem *item = makeItem(value);
        for (const ValueDraft &child : value.children)
            item->addChild(makeItem(child)); // the parser keeps two levels
        m_tree->addTopLevelItem(item);
    }
    m_tree->expandAll();
    // Names are short: show them whole when they fit in about half the view; meanings elide
    // (and wrap in their tool tips).
    m_tree->resizeColumnToContents(NameColumn);
    const int widest = m_tree->viewport()->width() * 55 / 100;
    m_tree->setColumnWidth(NameColumn,
                           std::clamp(m_tree->columnWidth(NameColumn), 160, std::max(160, widest)));
    m_capped = countValues(values) >= ValuesPasteParser::MaxValues;
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0), NameColumn, QItemSelectionModel::NoUpdate);
}

QList<ValueDraft> PasteValuesDialog::values() const {
    QList<ValueDraft> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        ValueDraft value = draftFrom(top);
        for (int c = 0; c < top->childCount(); ++c) {
            ValueDraft child = draftFrom(top->child(c));
            if (!child.name.isEmpty())
                value.children.append(child);
        }
        if (!value.name.isEmpty())
            out.append(value);
        else
            out.append(value.children);
    }
    return out;
}

void PasteValuesDialog::indentCurrent() {
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->parent())
        return;
    const int index = m_tree->indexOfTopLevelItem(item);
    if (index <= 0)
        return;
    QTreeWidgetItem *newParent = m_tree->topLevelItem(index - 1);
    const QSignalBlocker blocker(m_tree);
    m_tree->takeTopLevelItem(index);
    // Two levels only: its own sub-principles become siblings after it.
    const QList<QTreeWidgetItem *> children = item->takeChildren();
    newParent->addChild(item);
    newParent->addChildren(children);
    newParent->setExpanded(true);
    m_tree->setCurrentItem(item);
    updateState();
}

void PasteValuesDialog::outdentCurrent() {
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return;
    QTreeWidgetItem *parent = item->parent();
    const QSignalBlocker blocker(m_tree);
    parent->removeChild(item);
    m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(parent) + 1, item);
    m_tree->setCurrentItem(item);
    updateState();
}

void PasteValuesDialog::removeCurrent() {
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    // Select a neighbour so the Delete key can be pressed again.
    QTreeWidgetItem *next = m_tree->itemBelow(item);
    while (next && next->parent() == item)
        next = m_tree->itemBelow(next);
    if (!next)
        next = m_tree->itemAbove(item);
    const QSignalBlocker blocker(m_tree);
    delete item;
    if (next)
        m_tree->setCurrentItem(next);
    updateState();
}

void PasteValuesDialog::updateState() {
    int values = 0;
    int subPrinciples = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        ++values;
        subPrinciples += m_tree->topLevelItem(i)->childCount();
    }
    m_previewPages->setCurrentIndex(values > 0 ? TreePage : EmptyPage);

    const QLocale locale;
    QString summary;
    if (values == 0) {
        summary = m_pasteEdit->toPlainText().trimmed().isEmpty()
                      ? tr("Paste a values list to start.")
                      : tr("No values recognised. Put each value on its own line.");
    } else {
        const QString valueText =
            values == 1 ? tr("1 value") : tr("%1 values").arg(locale.toString(values));
        const QString subText = subPrinciples == 1
                                    ? tr("1 sub-principle")
                                    : tr("%1 sub-principles").arg(locale.toString(subPrinciples));
        summary = tr("%1, %2").arg(valueText, subText);
        if (m_capped)
            summary += u' ' + tr("(only the first %1 are kept)")
                                  .arg(locale.toString(ValuesPasteParser::MaxValues));
    }
    m_summary->setText(summary);

    QTreeWidgetItem *current = m_tree->currentItem();
    m_indentButton->setEnabled(current && !current->parent() &&
                               m_tree->indexOfTopLevelItem(current) > 0);
    m_outdentButton->setEnabled(current && current->parent());
    m_removeButton->setEnabled(current != nullptr);
    m_okButton->setEnabled(!this->values().isEmpty());
}

} // namespace starling
