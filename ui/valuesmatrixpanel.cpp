#include "valuesmatrixpanel.h"

#include "linknotesdialog.h"
#include "maptovaluedialog.h"
#include "storycolumnheader.h"
#include "storyvaultmodel.h"
#include "valuesmatrixdelegate.h"
#include "valuesmatrixmodel.h"
#include "valuesuggestionspanel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

namespace {

constexpr int kValueColumnWidth = 260;
constexpr int kStoryColumnWidth = 120;
constexpr int kMaxStoryColumnWidth = 170;
constexpr int kMaxValueColumnWidth = 400;
constexpr int kSuggestionsWidth = 280;

QString storyTitle(const VaultStore &store, qint64 storyId)
{
    Result<Story> story = store.story(storyId);
    return story ? VaultCommands::displayTitle(StoryVaultModel::displayTitle(story.value()))
                 : QString();
}

} // namespace

ValuesMatrixPanel::ValuesMatrixPanel(VaultSession &session, VaultCommands &commands,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("valuesMatrixPanel"));
    m_model = new ValuesMatrixModel(session, this);

    m_notesRunner = [](LinkNotesDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    m_mapRunner = [](MapToValueDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    // Header: company, summary, legend; then the filter and the suggestions switch.
    m_companyName = new QLabel(this);
    m_companyName->setObjectName(QStringLiteral("matrixCompanyName"));
    m_companyName->setTextFormat(Qt::PlainText);
    QFont nameFont = m_companyName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_companyName->setFont(nameFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("matrixSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Coverage summary"));

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("coverageLegend"));
    m_legend->setTextFormat(Qt::RichText); // our own words and colours only, no user text
    m_legend->setAccessibleName(tr("Gap · 1 story (minimum) · 2+ stories (ideal)"));
    m_legend->setToolTip(tr("The method's target: every value backed by one story at minimum, "
                            "two is better."));

    m_showAll = new QCheckBox(tr("Show stories mapped nowhere"), this);
    m_showAll->setObjectName(QStringLiteral("showAllStoriesCheck"));
    m_showAll->setToolTip(tr("Add a column for every story in the vault, not only the stories "
                             "mapped somewhere and the backbone stories."));

    m_suggestionsToggle = new QToolButton(this);
    m_suggestionsToggle->setObjectName(QStringLiteral("suggestionsToggle"));
    m_suggestionsToggle->setText(tr("Suggestions"));
    m_suggestionsToggle->setAccessibleName(tr("Show suggestions"));
    m_suggestionsToggle->setCheckable(true);
    m_suggestionsToggle->setChecked(true);
    m_suggestionsToggle->setAutoRaise(true);
    m_suggestionsToggle->setToolTip(tr("Show or hide stories suggested for the selected value"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("matrixError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);

    // The matrix.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setAccessibleName(tr("Values matrix"));
    m_view->setAccessibleDescription(tr("The company's values in rows and your stories in columns; "
                                        "drop a story on a row to map it"));
    m_header = new StoryColumnHeader(m_view);
    m_view->setHorizontalHeader(m_header);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ValuesMatrixDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setMouseTracking(true);
    m_view->viewport()->setAttribute(Qt::WA_Hover);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAcceptDrops(true);
    m_view->setDragEnabled(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDragDropOverwriteMode(true); // a drop lands on a cell, never between rows
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    const QFontMetrics fm(font());
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 16);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setDefaultSectionSize(kStoryColumnWidth);
    m_header->setMinimumSectionSize(56);
    m_header->setStretchLastSection(false);
    m_valueColumnWidth = kValueColumnWidth;
    applyColumnWidths();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("matrixEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("matrixStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_suggestions = new ValueSuggestionsPanel(session, this);
    m_suggestions->setMinimumWidth(200);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("matrixSplitter"));
    m_splitter->setChildrenCollapsible(true);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_suggestions);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({800, kSuggestionsWidth});

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_companyName);
    top->addWidget(m_summary, 1);
    top->addWidget(m_legend);

    auto *second = new QHBoxLayout;
    second->addWidget(m_showAll);
    second->addStretch(1);
    second->addWidget(m_suggestionsToggle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    // Wiring.
    connect(m_model, &ValuesMatrixModel::summaryChanged, this, &ValuesMatrixPanel::updateHeader);
    connect(m_model, &ValuesMatrixModel::summaryChanged, this,
            &ValuesMatrixPanel::updateEmptyState);
    connect(m_model, &ValuesMatrixModel::mapRequested, this, &ValuesMatrixPanel::onMapRequested);
    connect(m_model, &ValuesMatrixModel::errorOccurred, this,
            [this](const QString &message) { report(message); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ValuesMatrixPanel::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        applyColumnWidths();
        restoreCurrent();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, [this] {
        fitStoryColumns();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, [this] {
        fitStoryColumns();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        applyColumnWidths();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ValuesMatrixPanel::updateEmptyState);
    connect(&session.notifier(), &ChangeNotifier::changed, this,
            [this](const QList<Change> &changes) {
                for (const Change &change : changes) {
                    if (change.entity == EntityKind::Company
                        || change.entity == EntityKind::Story) {
                        updateHeader();
                        updateEmptyState();
                        return;
                    }
                }
            });
    connect(&session, &VaultSession::closed, this, &ValuesMatrixPanel::clearError);

    connect(m_header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (m_restoringWidths)
            return;
        if (section == ValuesMatrixModel::CoverageColumn) {
            m_valueColumnWidth = size;
            m_valueColumnResized = true;
        } else {
            m_storyColumnsResized = true;
        }
    });
    connect(m_header, &StoryColumnHeader::valuesDropped, this,
            &ValuesMatrixPanel::onValuesDropped);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ValuesMatrixPanel::activateCell);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &ValuesMatrixPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_suggestions->setValueId(current.isValid() ? m_model->valueIdAt(current.row())
                                                            : 0);
            });
    connect(m_showAll, &QCheckBox::toggled, this,
            [this](bool showAll) { m_model->setHideUnmappedStories(!showAll); });
    connect(m_suggestionsToggle, &QToolButton::toggled, this, [this](bool on) {
        updateEmptyState();
        // Dragged shut earlier: open it again at its usual width.
        const QList<int> sizes = m_splitter->sizes();
        if (on && sizes.value(1) == 0) {
            const int total = sizes.value(0) + sizes.value(1);
            m_splitter->setSizes({std::max(0, total - kSuggestionsWidth), kSuggestionsWidth});
        }
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        // Dragging the splitter shut is the same as switching suggestions off.
        const QList<int> sizes = m_splitter->sizes();
        const QSignalBlocker block(m_suggestionsToggle);
        m_suggestionsToggle->setChecked(sizes.value(1) > 0);
    });
    connect(m_suggestions, &ValueSuggestionsPanel::mapRequested, this,
            [this](qint64 storyId, qint64 valueId) { mapAndEdit(storyId, valueId); });
    connect(m_suggestions, &ValueSuggestionsPanel::reuseRequested, this,
            [this](qint64 storyId, qint64 valueId, const QString &notes) {
                // The notes come along, so there is nothing to type: no dialog.
                const Status mapped = m_commands.mapStory(storyId, valueId, notes);
                if (!mapped) {
                    report(mapped.error());
                    return;
                }
                clearError();
                const QModelIndex cell = m_model->indexFor(storyId, valueId);
                if (cell.isValid())
                    m_view->setCurrentIndex(cell);
            });

    updateLegend();
    updateHeader();
    updateEmptyState();
}

ValuesMatrixPanel::~ValuesMatrixPanel() = default;

// ---------------------------------------------------------------------------------------------
// Public API

void ValuesMatrixPanel::setCompanyId(qint64 id)
{
    if (id == m_model->companyId())
        return;
    m_currentValueId = 0;
    m_currentStoryId = 0;
    clearError();
    m_model->setCompanyId(id);
    applyColumnWidths();
    selectFirstGap();
    updateHeader();
    updateEmptyState();
}

qint64 ValuesMatrixPanel::companyId() const
{
    return m_model->companyId();
}

void ValuesMatrixPanel::setNotesDialogRunner(NotesDialogRunner runner)
{
    m_notesRunner = std::move(runner);
}

void ValuesMatrixPanel::setMapDialogRunner(MapDialogRunner runner)
{
    m_mapRunner = std::move(runner);
}

void ValuesMatrixPanel::editNotes(qint64 storyId, qint64 valueId)
{
    if (!m_session.isOpen() || storyId <= 0 || valueId <= 0)
        return;
    const VaultStore &store = m_session.store();
    Result<std::optional<StoryValueLink>> link = store.link(storyId, valueId);
    if (!link) {
        report(link.error());
        return;
    }
    if (!link->has_value()) {
        // Not mapped yet: mapping is its own undo step, so Cancel on the notes keeps the link.
        const Status mapped = m_commands.mapStory(storyId, valueId);
        if (!mapped) {
            report(mapped.error());
            return;
        }
    }
    const QString before = link->has_value() ? link->value().notes : QString();
    Result<ValuePrinciple> value = store.value(valueId);
    if (!value) {
        report(value.error());
        return;
    }

    QPointer<ValuesMatrixPanel> alive(this);
    auto *dialog = new LinkNotesDialog(storyTitle(store, storyId),
                                       VaultCommands::displayName(value->name), this);
    dialog->setNotes(before);
    dialog->setValueHint(value->meaning, value->keywords);
    const bool accepted = m_notesRunner(*dialog);
    if (!alive)
        return; // the panel went away while the dialog was open
    const QString notes = dialog->notes();
    delete dialog;
    if (!accepted || notes == before)
        return;
    const Status saved = m_commands.setLinkNotes(storyId, valueId, notes);
    if (!saved)
        report(saved.error());
    else
        clearError();
}

void ValuesMatrixPanel::mapToValue(qint64 storyId)
{
    if (!m_session.isOpen() || storyId <= 0)
        return;
    QPointer<ValuesMatrixPanel> alive(this);
    auto *dialog = new MapToValueDialog(m_session.store(), storyId, this);
    // Start on the row the user is on, when it is a value of this matrix.
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        dialog->selectValue(m_model->valueIdAt(current.row()));
    const bool accepted = m_mapRunner(*dialog);
    if (!alive)
        return;
    const qint64 valueId = dialog->selectedValueId();
    delete dialog;
    if (accepted && valueId > 0)
        mapAndEdit(storyId, valueId);
}

// ---------------------------------------------------------------------------------------------
// Interactions

void ValuesMatrixPanel::mapAndEdit(qint64 storyId, qint64 valueId, const QString &notes)
{
    const Status mapped = m_commands.mapStory(storyId, valueId, notes);
    if (!mapped) {
        report(mapped.error());
        return;
    }
    clearError();
    const QModelIndex cell = m_model->indexFor(storyId, valueId);
    if (cell.isValid()) {
        m_view->setCurrentIndex(cell);
        m_view->scrollTo(cell);
    }
    // Later, so whatever started this (a drop, a click) finishes before a dialog opens.
    QTimer::singleShot(0, this, [this, storyId, valueId] { editNotes(storyId, valueId); });
}

void ValuesMatrixPanel::onMapRequested(const QList<qint64> &storyIds, qint64 valueId)
{
    if (storyIds.isEmpty() || valueId <= 0)
        return;
    // Runs inside the drop; one command for every story dropped.
    const Status mapped = m_commands.mapStories(storyIds, valueId);
    if (!mapped) {
        report(mapped.error());
        return;
    }
    clearError();
    if (storyIds.size() != 1)
        return;
    const qint64 storyId = storyIds.first();
    const QModelIndex cell = m_model->indexFor(storyId, valueId);
    if (cell.isValid())
        m_view->setCurrentIndex(cell);
    QTimer::singleShot(0, this, [this, storyId, valueId] { editNotes(storyId, valueId); });
}

void ValuesMatrixPanel::onValuesDropped(int section, const QList<qint64> &valueIds)
{
    const qint64 storyId = m_model->storyIdAt(section);
    if (storyId <= 0 || valueIds.isEmpty())
        return;
    if (valueIds.size() == 1) {
        mapAndEdit(storyId, valueIds.first());
        return;
    }
    QUndoStack &stack = m_session.undoStack();
    stack.beginMacro(tr("Map “%1” to %n value(s)", nullptr, int(valueIds.size()))
                         .arg(storyTitle(m_session.store(), storyId)));
    QString error;
    for (qint64 valueId : valueIds) {
        const Status mapped = m_commands.mapStory(storyId, valueId);
        if (!mapped && error.isEmpty())
            error = mapped.error();
    }
    stack.endMacro();
    if (!error.isEmpty())
        report(error);
    else
        clearError();
}

void ValuesMatrixPanel::activateCell(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == ValuesMatrixModel::CoverageColumn)
        return;
    const qint64 storyId = index.data(ValuesMatrixModel::StoryIdRole).toLongLong();
    const qint64 valueId = index.data(ValuesMatrixModel::ValueIdRole).toLongLong();
    if (storyId <= 0 || valueId <= 0)
        return;
    emit linkActivated(storyId, valueId);
    editNotes(storyId, valueId);
}

void ValuesMatrixPanel::unmapSelected()
{
    QList<QPair<qint64, qint64>> links;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (index.column() == ValuesMatrixModel::CoverageColumn
            || !index.data(ValuesMatrixModel::LinkedRole).toBool())
            continue;
        links.append({index.data(ValuesMatrixModel::StoryIdRole).toLongLong(),
                      index.data(ValuesMatrixModel::ValueIdRole).toLongLong()});
    }
    if (links.isEmpty())
        return;
    QUndoStack &stack = m_session.undoStack();
    // Several cells at once are one step to undo.
    if (links.size() > 1)
        stack.beginMacro(tr("Unmap %n link(s)", nullptr, int(links.size())));
    QString error;
    for (const auto &[storyId, valueId] : std::as_const(links)) {
        const Status removed = m_commands.unmapStory(storyId, valueId);
        if (!removed && error.isEmpty())
            error = removed.error();
    }
    if (links.size() > 1)
        stack.endMacro();
    if (!error.isEmpty())
        report(error);
    else
        clearError();
}

void ValuesMatrixPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const bool storyCell = index.column() != ValuesMatrixModel::CoverageColumn;
    const bool linked = storyCell && index.data(ValuesMatrixModel::LinkedRole).toBool();
    if (!m_view->selectionModel()->isSelected(index))
        m_view->setCurrentIndex(index);
    const qint64 storyId = storyCell ? index.data(ValuesMatrixModel::StoryIdRole).toLongLong() : 0;
    const qint64 valueId = index.data(ValuesMatrixModel::ValueIdRole).toLongLong();

    QMenu menu(this);
    menu.setObjectName(QStringLiteral("matrixContextMenu"));
    QAction *edit = menu.addAction(linked ? tr("Edit notes…") : tr("Map and add notes…"));
    edit->setObjectName(QStringLiteral("editNotesAction"));
    edit->setShortcut(Qt::Key_F2);
    edit->setShortcutVisibleInContextMenu(true);
    edit->setEnabled(storyCell);
    QAction *unmap = menu.addAction(tr("Unmap"));
    unmap->setObjectName(QStringLiteral("unmapAction"));
    unmap->setShortcut(QKeySequence::Delete);
    unmap->setShortcutVisibleInContextMenu(true);
    unmap->setEnabled(linked);
    QAction *choose = menu.addAction(tr("Map to value…"));
    choose->setObjectName(QStringLiteral("mapToValueAction"));
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    choose->setShortcutVisibleInContextMenu(true);
    choose->setEnabled(storyCell);

    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == edit)
        editNotes(storyId, valueId);
    else if (chosen == unmap)
        unmapSelected();
    else if (chosen == choose)
        mapToValue(storyId);
}

bool ValuesMatrixPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitStoryColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2:
            if (key->modifiers() & ~Qt::KeypadModifier)
                break;
            activateCell(current);
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            unmapSelected();
            return true;
        case Qt::Key_M:
            if (key->modifiers() == Qt::ControlModifier) {
                if (current.isValid() && current.column() != ValuesMatrixModel::CoverageColumn)
                    mapToValue(current.data(ValuesMatrixModel::StoryIdRole).toLongLong());
                return true;
            }
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ValuesMatrixPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLegend();
}

bool ValuesMatrixPanel::report(const QString &error)
{
    if (error.isEmpty())
        return true;
    m_error->setText(error);
    m_error->setVisible(true);
    return false;
}

void ValuesMatrixPanel::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
}

// ---------------------------------------------------------------------------------------------
// Presentation

void ValuesMatrixPanel::updateHeader()
{
    const qint64 companyId = m_model->companyId();
    QString name;
    if (companyId > 0 && m_session.isOpen()) {
        if (Result<Company> company = m_session.store().company(companyId))
            name = VaultCommands::displayName(company->name);
    }
    m_companyName->setText(name);
    m_companyName->setVisible(!name.isEmpty());
    m_summary->setText(m_model->summaryText());
    const bool hasRows = m_model->rowCount() > 0;
    m_summary->setVisible(companyId > 0);
    m_legend->setVisible(hasRows);
}

void ValuesMatrixPanel::updateLegend()
{
    // Colour is never alone: every chip has its words.
    const QPalette palette = this->palette();
    auto chip = [&palette](int level, const QString &text) {
        const ValuesMatrixDelegate::Pill colours =
            ValuesMatrixDelegate::pillColors(level, palette);
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
            .arg(colours.dot.name(), text.toHtmlEscaped());
    };
    const QString separator = QStringLiteral(" &nbsp;·&nbsp; ");
    m_legend->setText(QStringLiteral("<span>") + chip(ValuesMatrixModel::Gap, tr("Gap"))
                      + separator + chip(ValuesMatrixModel::Minimum, tr("1 story (minimum)"))
                      + separator + chip(ValuesMatrixModel::Ideal, tr("2+ stories (ideal)"))
                      + QStringLiteral("</span>"));
}

void ValuesMatrixPanel::updateEmptyState()
{
    QString message;
    if (!m_session.isOpen() || m_model->companyId() == 0) {
        message = tr("Choose a company in Companies and Values to see its matrix.");
    } else if (m_model->rowCount() == 0) {
        message = tr("No values yet — add the company's values first.");
    } else if (m_model->columnCount() <= ValuesMatrixModel::FirstStoryColumn) {
        // Columns hidden by the filter still leave rows to drop on; an empty vault does not.
        // One story is enough to know the vault has some.
        Result<QList<Story>> stories = m_session.store().storiesAfter(0, 1);
        if (stories && stories->isEmpty())
            message = tr("Add stories to your vault, then drag them here.");
    }
    m_empty->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
    m_showAll->setEnabled(message.isEmpty());
    m_suggestionsToggle->setEnabled(message.isEmpty());
    m_suggestions->setVisible(message.isEmpty() && m_suggestionsToggle->isChecked());
}

void ValuesMatrixPanel::applyColumnWidths()
{
    if (m_model->columnCount() == 0)
        return;
    int width = m_valueColumnWidth;
    if (!m_valueColumnResized) {
        // Wide enough for the names, within reason; the user's own width wins once set.
        width = std::clamp(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(
                               ValuesMatrixModel::CoverageColumn),
                           kValueColumnWidth, kMaxValueColumnWidth);
    }
    m_restoringWidths = true;
    m_header->resizeSection(ValuesMatrixModel::CoverageColumn, width);
    m_restoringWidths = false;
    fitStoryColumns();
}

void ValuesMatrixPanel::fitStoryColumns()
{
    // A few stories share the spare width, so their titles read in full; many stay narrow and
    // scroll. Once the user sizes a story column, their widths stay.
    const int stories = m_model->columnCount() - ValuesMatrixModel::FirstStoryColumn;
    if (stories <= 0 || m_storyColumnsResized)
        return;
    const int spare = m_view->viewport()->width()
                      - m_header->sectionSize(ValuesMatrixModel::CoverageColumn);
    const int width = std::clamp(spare / stories, kStoryColumnWidth, kMaxStoryColumnWidth);
    m_restoringWidths = true;
    // Qt resizes every section to a new default, the value column too: put it back.
    const int valueWidth = m_header->sectionSize(ValuesMatrixModel::CoverageColumn);
    m_header->setDefaultSectionSize(width);
    m_header->resizeSection(ValuesMatrixModel::CoverageColumn, valueWidth);
    for (int column = ValuesMatrixModel::FirstStoryColumn; column < m_model->columnCount();
         ++column) {
        if (m_header->sectionSize(column) != width)
            m_header->resizeSection(column, width);
    }
    m_restoringWidths = false;
}

void ValuesMatrixPanel::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_currentValueId = current.isValid() ? m_model->valueIdAt(current.row()) : 0;
    m_currentStoryId = current.isValid() ? m_model->storyIdAt(current.column()) : 0;
}

void ValuesMatrixPanel::restoreCurrent()
{
    const int row = m_model->rowForValue(m_currentValueId);
    if (row < 0) {
        selectFirstGap();
        return;
    }
    int column = m_model->columnForStory(m_currentStoryId);
    if (column < 0)
        column = ValuesMatrixModel::CoverageColumn;
    m_view->setCurrentIndex(m_model->index(row, column));
}

void ValuesMatrixPanel::selectFirstGap()
{
    // Start where the work is: the first value without a story (or the first value).
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_suggestions->setValueId(0);
        return;
    }
    int target = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex cell = m_model->index(row, ValuesMatrixModel::CoverageColumn);
        if (cell.data(ValuesMatrixModel::CoverageLevelRole).toInt() == ValuesMatrixModel::Gap) {
            target = row;
            break;
        }
    }
    m_view->setCurrentIndex(m_model->index(target, ValuesMatrixModel::CoverageColumn));
}

} // namespace starling
