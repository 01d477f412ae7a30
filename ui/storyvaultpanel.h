#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QComboBox;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace starling {

class StoryFilterProxyModel;
class StoryVaultModel;
class VaultBalanceWidget;
class VaultSession;

// The Story Vault dock's content: the balance indicator, search, kind filter, sort, and the list.
class StoryVaultPanel : public QWidget
{
    Q_OBJECT
public:
    StoryVaultPanel(VaultSession &session, QWidget *parent = nullptr);

    // The window's actions, shown as the panel's tool buttons.
    void setActions(QAction *add, QAction *duplicate, QAction *remove);

    qint64 currentStoryId() const;
    void selectStory(qint64 id);
    void focusSearch();
    VaultBalanceWidget *balanceWidget() const { return m_balance; }
    StoryVaultModel *model() const { return m_model; }
    StoryFilterProxyModel *proxy() const { return m_proxy; }

signals:
    void currentStoryChanged(qint64 id);
    // The user followed a balance line's suggestion, e.g. "Add one" for a missing failure story.
    void addStoryOfKindRequested(int kind);
    // Values dragged from the values tree or the matrix were dropped onto a story.
    void valuesDroppedOnStory(qint64 storyId, const QList<qint64> &valueIds);

private:
    void applySearch();
    void emitCurrent();
    void updateEmptyState();
    bool keepFilteredOutStory();

    VaultSession &m_session;
    StoryVaultModel *m_model = nullptr;
    StoryFilterProxyModel *m_proxy = nullptr;
    VaultBalanceWidget *m_balance = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_sort = nullptr;
    QListView *m_list = nullptr;
    QTimer *m_searchTimer = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QLabel *m_emptyLabel = nullptr;
    qint64 m_lastCurrent = -1;
    bool m_proxyChanging = false;
};

} // namespace starling
