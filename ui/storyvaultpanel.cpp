#include "storyvaultpanel.h"

#include "storyfilterproxymodel.h"
#include "storyitemdelegate.h"
#include "storyvaultmodel.h"
#include "vaultbalancewidget.h"
#include "vaultsession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace starling {

namespace {
// Long enough to skip the keystrokes of a fast typist, short enough to feel live.
constexpr int kSearchDebounceMs = 120;
} // namespace

StoryVaultPanel::StoryVaultPanel(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("storyVaultPanel"));
    m_model = new StoryVaultModel(session, this);
    m_proxy = new StoryFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_balance = new VaultBalanceWidget(session, this);
    m_balance->setObjectName(QStringLiteral("vaultBalance"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setPlaceholderText(tr("Search all story text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search stories"));

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Show stories of kind"));
    m_kindFilter->setAccessibleDescription(tr("Shows only the stories tagged with the chosen "
                                              "kind"));
    m_kindFilter->addItem(tr("All kinds"), 0);
    for (StoryKind kind : allStoryKinds())
        m_kindFilter->addItem(storyKindName(kind), int(kind));

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Sort stories by"));
    m_sort->setAccessibleDescription(tr("The order of the story list"));
    m_sort->addItem(tr("Title"), int(StoryFilterProxyModel::SortKey::Title));
    m_sort->addItem(tr("Recently updated"), int(StoryFilterProxyModel::SortKey::Updated));
    m_sort->addItem(tr("Most used"), int(StoryFilterProxyModel::SortKey::Usage));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setAccessibleDescription(tr("Your stories; drag one onto a value in the matrix or onto "
                                        "an answer"));
    // Connected before the view's selection model exists, so these run before it moves the
    // current row: a story that the filter hides because the user just edited it must stay in
    // the editor, not hand the keyboard to its neighbour.
    const auto beginProxyChange = [this] { m_proxyChanging = true; };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, beginProxyChange);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, beginProxyChange);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new StoryItemDelegate(m_list));
    m_list->setUniformItemSizes(true); // keeps a 10 000-story list instant
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Drag stories onto the matrix or a value; drop values onto a story to map them.
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::CopyAction);

    auto makeButton = [this](const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        return button;
    };
    m_addButton = makeButton("addStoryButton");
    m_duplicateButton = makeButton("duplicateStoryButton");
    m_deleteButton = makeButton("deleteStoryButton");

    m_emptyLabel = new QLabel(tr("No story matches. Clear the search or the kind filter."), this);
    m_emptyLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setVisible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_sort, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_balance);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(buttons);

    setTabOrder(m_search, m_kindFilter);
    setTabOrder(m_kindFilter, m_sort);
    setTabOrder(m_sort, m_list);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &StoryVaultPanel::applySearch);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKindFilter(StoryKinds::fromInt(m_kindFilter->currentData().toInt()));
        updateEmptyState();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSortKey(StoryFilterProxyModel::SortKey(m_sort->currentData().toInt()));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StoryVaultPanel::emitCurrent);
    connect(m_model, &StoryVaultModel::valuesDropped, this, &StoryVaultPanel::valuesDroppedOnStory);
    connect(m_balance, &VaultBalanceWidget::addStoryOfKindRequested, this, &StoryVaultPanel::addStoryOfKindRequested);
    connect(m_balance, &VaultBalanceWidget::storyActivated, this, &StoryVaultPanel::selectStory);

    // Keep a selection whenever there are stories, so the editor always shows one.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StoryVaultPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_proxyChanging = false;
        updateEmptyState();
        if (keepFilteredOutStory())
            return;
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        emitCurrent();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        // A freshly opened vault shows its first story rather than an empty editor.
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        emitCurrent();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        m_proxyChanging = false;
        if (!keepFilteredOutStory())
            emitCurrent();
        if (m_list->currentIndex().isValid())
            m_list->scrollTo(m_list->currentIndex());
    });
}

void StoryVaultPanel::setActions(QAction *add, QAction *duplicate, QAction *remove)
{
    m_addButton->setDefaultAction(add);
    m_duplicateButton->setDefaultAction(duplicate);
    m_deleteButton->setDefaultAction(remove);
    // Icon-only buttons still need a name for screen readers.
    m_addButton->setAccessibleName(add->text().remove(u'&'));
    m_duplicateButton->setAccessibleName(duplicate->text().remove(u'&'));
    m_deleteButton->setAccessibleName(remove->text().remove(u'&'));
}

void StoryVaultPanel::applySearch()
{
    m_proxy->setSearchText(m_search->text());
    updateEmptyState();
}

void StoryVaultPanel::updateEmptyState()
{
    const bool filtering = !m_search->text().isEmpty() || m_kindFilter->currentIndex() > 0;
    m_emptyLabel->setVisible(filtering && m_proxy->rowCount() == 0 && m_model->rowCount() > 0);
}

qint64 StoryVaultPanel::currentStoryId() const
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        return current.data(StoryVaultModel::IdRole).toLongLong();
    // A story hidden by the filter while it is being edited is still the current one.
    return m_lastCurrent > 0 && m_model->rowForId(m_lastCurrent) >= 0 ? m_lastCurrent : 0;
}

void StoryVaultPanel::selectStory(qint64 id)
{
    QModelIndex source = m_model->indexForId(id);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (source.isValid() && !index.isValid()) {
        // Hidden by the filter: clear it so the user sees what they asked for.
        m_search->clear();
        m_kindFilter->setCurrentIndex(0);
        applySearch();
        index = m_proxy->mapFromSource(m_model->indexForId(id));
    }
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void StoryVaultPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool StoryVaultPanel::keepFilteredOutStory()
{
    // The story still exists but the filter no longer shows it: keep it in the editor and
    // leave the list without a current row, rather than switching stories under the cursor.
    if (m_lastCurrent <= 0 || m_model->rowForId(m_lastCurrent) < 0)
        return false;
    const QModelIndex visible = m_proxy->mapFromSource(m_model->indexForId(m_lastCurrent));
    if (visible.isValid()) {
        if (m_list->currentIndex() != visible) {
            m_proxyChanging = true;
            m_list->setCurrentIndex(visible);
            m_proxyChanging = false;
        }
        return true;
    }
    m_proxyChanging = true;
    m_list->selectionModel()->clear();
    m_proxyChanging = false;
    return true;
}

void StoryVaultPanel::emitCurrent()
{
    if (m_proxyChanging)
        return; // the view is adjusting to a filter change; decided once it is done
    const qint64 id = currentStoryId();
    if (id == m_lastCurrent)
        return;
    m_lastCurrent = id;
    emit currentStoryChanged(id);
}

} // namespace starling
