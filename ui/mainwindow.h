#pragma once

#include "result.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace starling {

class AnswerEditor;
class CompaniesPanel;
class PracticeDialog;
class QuestionsPanel;
class StoryEditor;
class ValuesMatrixPanel;
class StoryVaultPanel;
class VaultCommands;
class VaultSession;
class WelcomePage;

// The workstation: dock panels around the story editor, menus for every action, layout and
// recent vaults remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Bump when docks are added or renamed, so an old saved layout is ignored, not misapplied.
    static constexpr int LayoutVersion = 3;

    // Panels::AfterFirstPaint is for start-up (app/main.cpp): the window paints first with its
    // menus and a page saying which vault is opening; the panels are built in the next turn of
    // the event loop, while beginOpenVault()'s worker checks the vault, and their docks join the
    // window when the vault has opened (or failed to). Everything that needs a panel or a dock
    // builds it first, so the difference is only when the work happens.
    enum class Panels { Now, AfterFirstPaint };

    explicit MainWindow(VaultSession &session, Panels panels = Panels::Now, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a vault and records it in the recent list; shows the error and keeps the current
    // vault when it fails.
    bool openVault(const QString &path);
    // Opens a vault the way start-up does: the window shows "Opening…" and stays responsive
    // while the session checks the file on a worker (VaultSession::beginOpen), then fills in.
    // With a vault already open it is openVault(). Errors are shown like openVault()'s.
    void beginOpenVault(const QString &path);
    // Lets the user pick one of the vault's automatic backups and restores it, then reopens the
    // vault. vaultPath defaults to the open vault; it may name a vault that failed to open.
    void restoreFromBackup(const QString &vaultPath = {});
    void restoreLayout();
    void resetLayout();

    QStringList recentVaults() const;
    // Each builds the panels first when they are still waiting for the first paint.
    StoryVaultPanel *storyVault() { ensurePanels(); return m_vaultPanel; }
    StoryEditor *storyEditor() { ensurePanels(); return m_editor; }
    CompaniesPanel *companies() { ensurePanels(); return m_companiesPanel; }
    ValuesMatrixPanel *matrix() { ensurePanels(); return m_matrixPanel; }
    QuestionsPanel *questions() { ensurePanels(); return m_questionsPanel; }
    AnswerEditor *answerEditor() { ensurePanels(); return m_answerEditor; }
    bool panelsBuilt() const { return m_panelsBuilt; }
    // Builds the panels now if they are not yet (Panels::AfterFirstPaint).
    void ensurePanels();
    // The practice window, created on first use (null before).
    PracticeDialog *practiceDialog() const { return m_practice; }
    VaultCommands &commands() const { return *m_commands; }

    // Where "Open the example vault" writes its copy; tests point it at a temporary folder.
    void setExampleVaultPath(const QString &path) { m_examplePath = path; }
    // Opens (creating it on first use) the example vault in its own file.
    bool openExampleVault();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void ensureDocks(); // builds the docks, their View menu toggles, and applies a saved layout
    void createPanels();
    void attachPanels();
    void applyDefaultDockSizes();
    QList<QWidget *> panels() const; // in the order of their docks
    void updateTitle();
    void updateCentral();
    void updateActions();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void saveLayout();

    void newVault();
    void openVaultDialog();
    void importJson();
    void exportJson();
    void addStory(int kind = 0);
    void duplicateStory();
    void deleteStory();
    void toggleBackbone();
    void mapStoryToValue();
    void mapValuesToStory(qint64 storyId, const QList<qint64> &valueIds);
    void answerQuestion(qint64 questionId);
    void showAnswerEditor();
    void practise(qint64 answerId);
    void showPreferences();
    void applyPreferences();
    void showExportDialog();
    Status flushAllEdits();
    void showMethod();
    void showAbout();
    void showError(const QString &title, const QString &message);
    void showOpenError(const QString &path, const QString &message);

    VaultSession &m_session;
    VaultCommands *m_commands = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_openingPage = nullptr;
    bool m_panelsBuilt = false;
    bool m_panelsQueued = false;
    bool m_panelsAttached = false;
    bool m_docksBuilt = false;
    bool m_layoutRestored = false; // restoreLayout() applied a saved layout
    bool m_shownOnce = false;
    QLabel *m_openingLabel = nullptr;
    StoryEditor *m_editor = nullptr;
    StoryVaultPanel *m_vaultPanel = nullptr;
    QDockWidget *m_vaultDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    CompaniesPanel *m_companiesPanel = nullptr;
    QDockWidget *m_companiesDock = nullptr;
    ValuesMatrixPanel *m_matrixPanel = nullptr;
    QDockWidget *m_matrixDock = nullptr;
    QuestionsPanel *m_questionsPanel = nullptr;
    QDockWidget *m_questionsDock = nullptr;
    AnswerEditor *m_answerEditor = nullptr;
    QDockWidget *m_answerDock = nullptr;
    PracticeDialog *m_practice = nullptr;
    QUndoView *m_undoView = nullptr;
    QByteArray m_defaultState;
    QByteArray m_pendingState; // a saved layout waiting for the docks (restoreLayout())
    QString m_examplePath;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newVaultAction = nullptr;
    QAction *m_openVaultAction = nullptr;
    QAction *m_openExampleAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_addStoryAction = nullptr;
    QAction *m_duplicateStoryAction = nullptr;
    QAction *m_deleteStoryAction = nullptr;
    QAction *m_backboneAction = nullptr;
    QAction *m_mapToValueAction = nullptr;
    QAction *m_newCompanyAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_pasteValuesAction = nullptr;
    QAction *m_addValueAction = nullptr;
    QAction *m_addSubPrincipleAction = nullptr;
    QAction *m_deleteValueAction = nullptr;
    QAction *m_deleteCompanyAction = nullptr;
    QAction *m_newAnswerAction = nullptr;
    QAction *m_deleteAnswerAction = nullptr;
    QAction *m_practiseAction = nullptr;
    QAction *m_exportSheetAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_methodAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace starling
