#include "mainwindow.h"

#include "answereditor.h"
#include "companiespanel.h"
#include "companylistmodel.h"
#include "exportdialog.h"
#include "icons.h"
#include "practicedialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "questionspanel.h"
#include "restorebackupdialog.h"
#include "storyeditor.h"
#include "storyvaultpanel.h"
#include "vaultcommands.h"
#include "vaultbackups.h"
#include "vaultexchange.h"
#include "valuesmatrixpanel.h"
#include "vaultsession.h"
#include "vaultstore.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

namespace starling {

namespace {
constexpr int kMaxRecent = 8;
const QString kVaultFilter = QStringLiteral("Starling vault (*.starling);;All files (*)");
const QString kJsonFilter = QStringLiteral("Starling exchange file (*.json);;All files (*)");

QString settingsKey(const char *key)
{
    return QStringLiteral("mainWindow/") + QString::fromLatin1(key);
}
} // namespace

MainWindow::MainWindow(VaultSession &session, Panels panels, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_commands(new VaultCommands(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_examplePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/Example vault.starling");

    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    // While beginOpenVault() checks a big file: says which vault is coming, so the first
    // paint is the vault's window rather than an empty one or a frozen one.
    m_openingPage = new QWidget(this);
    m_openingPage->setObjectName(QStringLiteral("openingPage"));
    {
        auto *layout = new QVBoxLayout(m_openingPage);
        layout->addStretch(2);
        m_openingLabel = new QLabel(m_openingPage);
        m_openingLabel->setObjectName(QStringLiteral("openingLabel"));
        m_openingLabel->setAlignment(Qt::AlignCenter);
        m_openingLabel->setWordWrap(true);
        m_openingLabel->setTextFormat(Qt::PlainText); // the file name is the user's
        QFont big = m_openingLabel->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        m_openingLabel->setFont(big);
        auto *detail = new QLabel(tr("Checking the vault file before showing it. A large vault takes a moment."),
                                  m_openingPage);
        detail->setObjectName(QStringLiteral("openingDetail"));
        detail->setAlignment(Qt::AlignCenter);
        detail->setWordWrap(true);
        auto *progress = new QProgressBar(m_openingPage);
        progress->setObjectName(QStringLiteral("openingProgress"));
        progress->setRange(0, 0); // busy: a quick_check reports no progress
        progress->setTextVisible(false);
        progress->setMinimumWidth(240);
        progress->setMaximumWidth(320);
        progress->setAccessibleName(tr("Opening the vault"));
        progress->setAccessibleDescription(tr("Starling is checking the vault file; it opens when the check passes."));
        layout->addWidget(m_openingLabel);
        layout->addWidget(detail);
        layout->addWidget(progress, 0, Qt::AlignHCenter);
        layout->addStretch(3);
    }
    m_central->addWidget(m_openingPage);
    setCentralWidget(m_central);

    createActions();
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connect(&m_session, &VaultSession::opened, this, [this](const QString &path) {
        ensurePanels();
        attachPanels();
        if (statusBar()->currentMessage() == tr("Opening %1…").arg(QDir::toNativeSeparators(path)))
            statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
        addRecent(path);
        updateTitle();
        updateCentral();
        updateActions();
    });
    connect(&m_session, &VaultSession::opening, this, [this](const QString &path) {
        m_openingLabel->setText(tr("Opening %1…").arg(QFileInfo(path).completeBaseName()));
        statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
        updateTitle();
        updateCentral();
        updateActions();
    });
    connect(&m_session, &VaultSession::openFailed, this, [this](const QString &path, const QString &message) {
        ensurePanels();
        attachPanels();
        statusBar()->clearMessage();
        updateTitle();
        updateCentral();
        updateActions();
        showOpenError(path, message);
    });
    connect(&m_session, &VaultSession::closed, this, [this] {
        ensurePanels();
        attachPanels();
        updateTitle();
        updateCentral();
        updateActions();
    });
    connect(&m_session.notifier(), &ChangeNotifier::changed, this, [this] {
        updateCentral();
        updateActions();
    });
    // A failed backup must not stand between the user and the vault: a note, not a dialog.
    connect(&m_session, &VaultSession::backupFailed, this,
            [this](const QString &problem) { statusBar()->showMessage(problem, 15000); });
    connect(m_commands, &VaultCommands::errorOccurred, this, [this](const QString &message) {
        showError(tr("Cannot change the vault"), message);
    });

    resize(1180, 760);
    if (panels == Panels::Now)
        ensurePanels();
    updateTitle();
    updateCentral();
    updateActions();
    updateRecentMenu();
}

bool MainWindow::event(QEvent *event)
{
    // Docks sized before the window had a size of its own keep their title bars' width; size
    // them again when it is first shown, unless a saved layout already did.
    if (event->type() == QEvent::Show && !m_layoutRestored && !m_shownOnce) {
        m_shownOnce = true;
        applyDefaultDockSizes(); // nothing to size yet with Panels::AfterFirstPaint
    }
    // Panels::AfterFirstPaint: build them in the turn after the window's first paint, while a
    // worker checks the vault beginOpenVault() started.
    if (event->type() == QEvent::Paint && !m_panelsBuilt && !m_panelsQueued) {
        m_panelsQueued = true;
        QTimer::singleShot(0, this, &MainWindow::ensurePanels);
    }
    return QMainWindow::event(event);
}

void MainWindow::ensurePanels()
{
    if (m_panelsBuilt)
        return;
    m_panelsBuilt = true;
    m_welcome = new WelcomePage(this);
    m_editor = new StoryEditor(m_session, *m_commands, this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_editor);
    connect(m_welcome, &WelcomePage::addFirstStoryRequested, this, [this] { addStory(); });
    connect(m_welcome, &WelcomePage::openExampleRequested, this, &MainWindow::openExampleVault);
    createPanels();
    connect(m_vaultPanel, &StoryVaultPanel::currentStoryChanged, this, [this](qint64 id) {
        m_editor->setStoryId(id);
        updateActions();
    });
    connect(m_vaultPanel, &StoryVaultPanel::addStoryOfKindRequested, this, [this](int kind) { addStory(kind); });
    // While the vault is being checked the opening page has the window to itself: a panel
    // would say "no companies yet" of a vault it has not seen.
    if (!m_session.isOpening())
        attachPanels();
    updateCentral();
    updateActions();
}

QList<QWidget *> MainWindow::panels() const
{
    return {m_vaultPanel, m_companiesPanel, m_matrixPanel, m_questionsPanel, m_answerEditor, m_undoView};
}

void MainWindow::attachPanels()
{
    if (m_panelsAttached || !m_panelsBuilt)
        return;
    m_panelsAttached = true;
    ensureDocks();
    const QList<QDockWidget *> docks{m_vaultDock, m_companiesDock, m_matrixDock, m_questionsDock, m_answerDock, m_historyDock};
    const QList<QWidget *> contents = panels();
    for (qsizetype i = 0; i < docks.size(); ++i) {
        docks[i]->setWidget(contents[i]);
        contents[i]->show(); // it was hidden explicitly, which a layout respects
    }
    // Empty docks took their sizes from the title bars; unless a saved layout says otherwise,
    // give the filled ones the default sizes.
    if (!m_layoutRestored && isVisible())
        applyDefaultDockSizes();
}

MainWindow::~MainWindow()
{
    // The editors flush pending typing through the commands: they must go first.
    delete m_practice;
    delete m_answerEditor; // in its dock, or still waiting to go into it
    delete m_answerDock;
    delete m_central;
    delete m_commands;
}

void MainWindow::createActions()
{
    const QPalette pal = palette();
    auto make = [this](const QString &text, const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    m_newVaultAction = make(tr("&New Vault…"), "newVaultAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openVaultAction = make(tr("&Open Vault…"), "openVaultAction", QKeySequence::Open);
    m_openExampleAction = make(tr("Open the &Example Vault"), "openExampleAction");
    m_importAction = make(tr("&Import JSON…"), "importAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = make(tr("&Export JSON…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_restoreBackupAction = make(tr("Restore from &Backup…"), "restoreBackupAction");
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Our own undo/redo actions (not QUndoStack::createUndoAction) so typing the editor has not
    // saved yet is flushed first; otherwise it would land on top of the undone state.
    QUndoStack &stack = m_session.undoStack();
    m_undoAction = make(tr("&Undo"), "undoAction", QKeySequence::Undo);
    m_undoAction->setIcon(themedIcon(QStringLiteral("undo"), pal));
    m_redoAction = make(tr("&Redo"), "redoAction");
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(themedIcon(QStringLiteral("redo"), pal));
    const auto undoText = [this, &stack] {
        m_undoAction->setEnabled(stack.canUndo());
        m_undoAction->setText(stack.canUndo() ? tr("&Undo %1").arg(stack.undoText()) : tr("&Undo"));
        m_redoAction->setEnabled(stack.canRedo());
        m_redoAction->setText(stack.canRedo() ? tr("&Redo %1").arg(stack.redoText()) : tr("&Redo"));
    };
    connect(&stack, &QUndoStack::indexChanged, this, undoText);
    connect(&stack, &QUndoStack::cleanChanged, this, undoText);
    connect(&stack, &QUndoStack::canUndoChanged, this, undoText);
    connect(&stack, &QUndoStack::canRedoChanged, this, undoText);
    undoText();
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (!flushAllEdits())
            return; // undoing on top of unsaved typing would lose it
        m_session.undoStack().undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (!flushAllEdits())
            return;
        m_session.undoStack().redo();
    });
    m_findAction = make(tr("&Find Story"), "findAction", QKeySequence::Find);

    m_addStoryAction = make(tr("&New Story"), "addStoryAction", QKeySequence::New);
    m_addStoryAction->setIcon(themedIcon(QStringLiteral("add"), pal));
    m_addStoryAction->setToolTip(tr("Add a story (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_duplicateStoryAction = make(tr("&Duplicate Story"), "duplicateStoryAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateStoryAction->setIcon(themedIcon(QStringLiteral("duplicate"), pal));
    m_duplicateStoryAction->setToolTip(tr("Duplicate the selected story (Ctrl+D)"));
    m_deleteStoryAction = make(tr("De&lete Story"), "deleteStoryAction", QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_deleteStoryAction->setIcon(themedIcon(QStringLiteral("delete"), pal));
    m_deleteStoryAction->setToolTip(tr("Delete the selected story (Ctrl+Delete); you can undo it"));
    m_backboneAction = make(tr("&Backbone Story"), "backboneAction", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backboneAction->setCheckable(true);
    m_backboneAction->setIcon(themedIcon(QStringLiteral("backbone"), pal));

    m_mapToValueAction = make(tr("&Map to Value…"), "mapToValueAction", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mapToValueAction->setToolTip(tr("Map the selected story to a company value, from the keyboard"));

    m_newCompanyAction = make(tr("&New Company"), "newCompanyAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_libraryAction = make(tr("Add Company from &Library…"), "libraryAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_pasteValuesAction = make(tr("&Paste Values…"), "pasteValuesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_addValueAction = make(tr("Add &Value"), "addValueAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    m_addSubPrincipleAction = make(tr("Add &Sub-principle"), "addSubPrincipleAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_deleteValueAction = make(tr("&Delete Value"), "deleteValueAction");
    m_deleteCompanyAction = make(tr("Delete &Company"), "deleteCompanyAction");

    m_newAnswerAction = make(tr("&New Answer"), "newAnswerAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_newAnswerAction->setToolTip(tr("Start a blank answer for the company in focus"));
    m_deleteAnswerAction = make(tr("&Delete Answer"), "deleteAnswerAction");
    m_practiseAction = make(tr("&Practise…"), "practiseAction", QKeySequence(Qt::Key_F5));
    m_practiseAction->setToolTip(tr("Rehearse answers against the clock (F5)"));
    m_exportSheetAction = make(tr("Prep &Sheet…"), "exportSheetAction", QKeySequence::Print);
    m_exportSheetAction->setToolTip(tr("Print or export the prep sheet to read the night before"));
    m_preferencesAction = make(tr("&Preferences…"), "preferencesAction", QKeySequence::Preferences);
    if (m_preferencesAction->shortcut().isEmpty())
        m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_resetLayoutAction = make(tr("&Reset Layout"), "resetLayoutAction");
    m_methodAction = make(tr("How the &Method Works"), "methodAction", QKeySequence::HelpContents);
    m_aboutAction = make(tr("&About Starling"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make(tr("About &Qt"), "aboutQtAction");
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    connect(m_newVaultAction, &QAction::triggered, this, &MainWindow::newVault);
    connect(m_openVaultAction, &QAction::triggered, this, &MainWindow::openVaultDialog);
    connect(m_restoreBackupAction, &QAction::triggered, this, [this] { restoreFromBackup(); });
    connect(m_openExampleAction, &QAction::triggered, this, &MainWindow::openExampleVault);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importJson);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // Action handlers build the panels first: with Panels::AfterFirstPaint a shortcut could
    // in principle come before the turn that builds them.
    connect(m_findAction, &QAction::triggered, this, [this] {
        ensurePanels();
        ensureDocks();
        m_vaultDock->show();
        m_vaultDock->raise();
        m_vaultPanel->focusSearch();
    });
    connect(m_addStoryAction, &QAction::triggered, this, [this] { addStory(); });
    connect(m_duplicateStoryAction, &QAction::triggered, this, &MainWindow::duplicateStory);
    connect(m_deleteStoryAction, &QAction::triggered, this, &MainWindow::deleteStory);
    connect(m_backboneAction, &QAction::triggered, this, &MainWindow::toggleBackbone);
    connect(m_mapToValueAction, &QAction::triggered, this, &MainWindow::mapStoryToValue);
    connect(m_newAnswerAction, &QAction::triggered, this, [this] {
        ensurePanels();
        showAnswerEditor();
        if (Result<qint64> id = m_answerEditor->newAnswer(); !id)
            showError(tr("Cannot start an answer"), id.error());
    });
    connect(m_deleteAnswerAction, &QAction::triggered, this, [this] {
        ensurePanels();
        if (m_answerEditor->answerId() <= 0)
            return;
        if (Status s = m_commands->deleteAnswer(m_answerEditor->answerId()); !s)
            showError(tr("Cannot delete the answer"), s.error());
    });
    connect(m_practiseAction, &QAction::triggered, this, [this] {
        ensurePanels();
        practise(m_answerEditor->answerId());
    });
    connect(m_exportSheetAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_methodAction, &QAction::triggered, this, &MainWindow::showMethod);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &title, const char *name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | QDockWidget::DockWidgetClosable);
        return dock;
    };
    m_vaultDock = makeDock(tr("Story Vault"), "storyVaultDock");
    addDockWidget(Qt::LeftDockWidgetArea, m_vaultDock);
    m_companiesDock = makeDock(tr("Companies and Values"), "companiesDock");
    addDockWidget(Qt::RightDockWidgetArea, m_companiesDock);
    m_matrixDock = makeDock(tr("Values Matrix"), "valuesMatrixDock");
    addDockWidget(Qt::BottomDockWidgetArea, m_matrixDock);
    applyDefaultDockSizes();

    m_questionsDock = makeDock(tr("Questions"), "questionsDock");
    addDockWidget(Qt::LeftDockWidgetArea, m_questionsDock);
    tabifyDockWidget(m_vaultDock, m_questionsDock);
    m_vaultDock->raise();

    m_answerDock = makeDock(tr("Answer"), "answerEditorDock");
    addDockWidget(Qt::RightDockWidgetArea, m_answerDock);
    tabifyDockWidget(m_companiesDock, m_answerDock);

    m_historyDock = makeDock(tr("History"), "historyDock");
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_companiesDock, m_historyDock);
    m_companiesDock->raise();
    m_historyDock->hide();
}

void MainWindow::ensureDocks()
{
    if (m_docksBuilt)
        return;
    m_docksBuilt = true;
    createDocks();
    // Their toggles go above Reset Layout in the View menu.
    QAction *before = m_viewMenu->actions().value(0);
    for (QDockWidget *dock : {m_vaultDock, m_companiesDock, m_matrixDock, m_questionsDock,
                              m_answerDock, m_historyDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(dock->objectName() + QStringLiteral("ToggleAction"));
        m_viewMenu->insertAction(before, toggle);
    }
    m_vaultDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    // Menu texts treat "&" as a mnemonic marker; the dock title shows it literally.
    m_companiesDock->toggleViewAction()->setText(tr("Companies and Values"));
    m_companiesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_matrixDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_questionsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_answerDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_viewMenu->insertSeparator(before);

    m_defaultState = saveState(LayoutVersion);
    if (!m_pendingState.isEmpty()) {
        m_layoutRestored = restoreState(m_pendingState, LayoutVersion);
        m_pendingState.clear();
    }
    // Docks built after the window was shown size themselves now; before, the Show event does.
    if (!m_layoutRestored && m_shownOnce)
        applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    if (!m_docksBuilt)
        return;
    resizeDocks({m_vaultDock}, {360}, Qt::Horizontal);
    resizeDocks({m_companiesDock}, {420}, Qt::Horizontal);
    resizeDocks({m_matrixDock}, {300}, Qt::Vertical);
}

void MainWindow::createPanels()
{
    m_vaultPanel = new StoryVaultPanel(m_session, this);
    m_vaultPanel->setActions(m_addStoryAction, m_duplicateStoryAction, m_deleteStoryAction);
    m_companiesPanel = new CompaniesPanel(m_session, *m_commands, this);
    m_matrixPanel = new ValuesMatrixPanel(m_session, *m_commands, this);
    m_questionsPanel = new QuestionsPanel(m_session, *m_commands, this);
    m_answerEditor = new AnswerEditor(m_session, *m_commands, this);
    m_undoView = new QUndoView(&m_session.undoStack(), this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setAccessibleDescription(tr("Every change in this session; choose an entry to go "
                                            "back to it"));
    m_undoView->setEmptyLabel(tr("<opened vault>"));
    m_undoView->setAccessibleName(tr("Edit history"));
    // Out of sight until they go into their docks (attachPanels()).
    for (QWidget *panel : panels())
        panel->hide();

    connect(m_companiesPanel, &CompaniesPanel::currentCompanyChanged, m_matrixPanel, &ValuesMatrixPanel::setCompanyId);
    connect(m_companiesPanel, &CompaniesPanel::currentCompanyChanged, m_questionsPanel, &QuestionsPanel::setCompany);
    connect(m_companiesPanel, &CompaniesPanel::currentCompanyChanged, m_answerEditor, &AnswerEditor::setCompany);
    connect(m_answerEditor, &AnswerEditor::companyChosen, m_companiesPanel, &CompaniesPanel::selectCompany);
    connect(m_answerEditor, &AnswerEditor::practiceRequested, this, &MainWindow::practise);
    connect(m_questionsPanel, &QuestionsPanel::answerRequested, this, &MainWindow::answerQuestion);
    connect(&Preferences::instance(), &Preferences::changed, this, &MainWindow::applyPreferences);
    applyPreferences();
    connect(m_companiesPanel, &CompaniesPanel::currentCompanyChanged, this, &MainWindow::updateActions);
    connect(m_companiesPanel, &CompaniesPanel::currentValueChanged, this, &MainWindow::updateActions);
    connect(m_companiesPanel, &CompaniesPanel::storiesMapped, this, [this](const QList<qint64> &storyIds, qint64 valueId) {
        if (storyIds.size() == 1)
            m_matrixPanel->editNotes(storyIds.first(), valueId);
    });
    connect(m_companiesPanel, &CompaniesPanel::errorOccurred, this, [this](const QString &message) {
        showError(tr("Cannot change the company"), message);
    });
    connect(m_vaultPanel, &StoryVaultPanel::valuesDroppedOnStory, this, &MainWindow::mapValuesToStory);
    connect(m_newCompanyAction, &QAction::triggered, m_companiesPanel, [this] {
        ensureDocks();
        m_companiesDock->show();
        m_companiesDock->raise();
        m_companiesPanel->newCompany();
    });
    connect(m_libraryAction, &QAction::triggered, m_companiesPanel, &CompaniesPanel::addFromLibrary);
    connect(m_pasteValuesAction, &QAction::triggered, m_companiesPanel, &CompaniesPanel::pasteValues);
    connect(m_addValueAction, &QAction::triggered, m_companiesPanel, &CompaniesPanel::addValue);
    connect(m_addSubPrincipleAction, &QAction::triggered, m_companiesPanel, &CompaniesPanel::addSubPrinciple);
    connect(m_deleteValueAction, &QAction::triggered, m_companiesPanel, &CompaniesPanel::deleteCurrentValue);
    connect(m_deleteCompanyAction, &QAction::triggered, m_companiesPanel, &CompaniesPanel::deleteCurrentCompany);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newVaultAction);
    file->addAction(m_openVaultAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_openExampleAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_restoreBackupAction);
    file->addSeparator();
    file->addAction(m_exportSheetAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *story = menuBar()->addMenu(tr("&Story"));
    story->setObjectName(QStringLiteral("storyMenu"));
    story->addAction(m_addStoryAction);
    story->addAction(m_duplicateStoryAction);
    story->addAction(m_deleteStoryAction);
    story->addSeparator();
    story->addAction(m_backboneAction);
    story->addAction(m_mapToValueAction);

    QMenu *company = menuBar()->addMenu(tr("&Company"));
    company->setObjectName(QStringLiteral("companyMenu"));
    company->addAction(m_newCompanyAction);
    company->addAction(m_libraryAction);
    company->addAction(m_deleteCompanyAction);
    company->addSeparator();
    company->addAction(m_addValueAction);
    company->addAction(m_addSubPrincipleAction);
    company->addAction(m_pasteValuesAction);
    company->addAction(m_deleteValueAction);

    QMenu *answer = menuBar()->addMenu(tr("&Answer"));
    answer->setObjectName(QStringLiteral("answerMenu"));
    answer->addAction(m_newAnswerAction);
    answer->addAction(m_deleteAnswerAction);
    answer->addSeparator();
    answer->addAction(m_practiseAction);
    answer->addAction(m_exportSheetAction);

    // The docks' toggles join it when the docks are built (ensureDocks()); a look at the menu
    // builds them.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_resetLayoutAction);
    connect(m_viewMenu, &QMenu::aboutToShow, this, &MainWindow::ensureDocks);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_methodAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::updateTitle()
{
    if (m_session.isOpening()) {
        setWindowFilePath(m_session.openingPath());
        setWindowTitle(tr("Opening %1 — Starling").arg(QDir::toNativeSeparators(m_session.openingPath())));
    } else if (m_session.isOpen()) {
        setWindowFilePath(m_session.path());
        setWindowTitle(tr("%1 — Starling").arg(QDir::toNativeSeparators(m_session.path())));
    } else {
        setWindowFilePath({});
        setWindowTitle(tr("No vault — Starling"));
    }
}

void MainWindow::updateCentral()
{
    if (m_session.isOpening() || !m_panelsBuilt) {
        m_central->setCurrentWidget(m_openingPage);
        return;
    }
    bool empty = true;
    if (m_session.isOpen()) {
        const Result<bool> isEmpty = m_session.store().isEmpty();
        empty = !isEmpty || isEmpty.value();
    }
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_editor);
}

void MainWindow::updateActions()
{
    const bool open = m_session.isOpen();
    const qint64 current = m_vaultPanel ? m_vaultPanel->currentStoryId() : 0;
    for (QAction *action : {m_importAction, m_exportAction, m_restoreBackupAction, m_addStoryAction, m_newCompanyAction,
                            m_libraryAction, m_practiseAction, m_exportSheetAction})
        action->setEnabled(open);
    const bool hasCompany = open && m_companiesPanel && m_companiesPanel->currentCompanyId() > 0;
    for (QAction *action : {m_pasteValuesAction, m_addValueAction, m_deleteCompanyAction})
        action->setEnabled(hasCompany);
    const bool hasValue = hasCompany && m_companiesPanel->currentValueId() > 0;
    m_addSubPrincipleAction->setEnabled(hasValue);
    m_newAnswerAction->setEnabled(open && m_answerEditor && m_answerEditor->companyId() > 0);
    m_deleteAnswerAction->setEnabled(open && m_answerEditor && m_answerEditor->answerId() > 0);
    m_deleteValueAction->setEnabled(hasValue);
    m_mapToValueAction->setEnabled(open && current > 0);
    m_duplicateStoryAction->setEnabled(open && current > 0);
    m_deleteStoryAction->setEnabled(open && current > 0);
    m_backboneAction->setEnabled(open && current > 0);
    bool backbone = false;
    if (open && current > 0) {
        if (const Result<Story> story = m_session.store().story(current); story)
            backbone = story->backbone;
    }
    m_backboneAction->setChecked(backbone);
}

bool MainWindow::openVault(const QString &path)
{
    // Typing still waiting to be saved belongs to the open vault; after the switch its ids
    // would name rows of the other one.
    if (!flushAllEdits())
        return false;
    if (Status s = m_session.open(path); !s) {
        showOpenError(path, s.error());
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::beginOpenVault(const QString &path)
{
    if (m_session.isOpen()) {
        openVault(path);
        return;
    }
    // Once the check passes, the session's opened signal records the vault as recent and
    // fills the window; a failure arrives as openFailed.
    if (Status s = m_session.beginOpen(path); !s)
        showOpenError(path, s.error());
    else if (m_session.isOpen()) // a new vault opens at once
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::showOpenError(const QString &path, const QString &message)
{
    // A file the store refuses (damaged, not a vault) may still have good daily backups: offer
    // them right here. A vault refused for another reason (locked, read-only) is not broken.
    // The probe reads the whole file again (quick_check), so ask it last: without backups there
    // is nothing to offer, whatever it would say.
    const bool offerRestore = QFileInfo::exists(path) && !VaultBackups(path).list().isEmpty() && !VaultStore::probe(path);
    if (!offerRestore) {
        showError(tr("Cannot open the vault"), message);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the vault"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Starling has automatic backups of this vault."));
    QPushButton *restore = box->addButton(tr("Restore from Backup…"), QMessageBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreFromBackupButton"));
    connect(restore, &QPushButton::clicked, this, [this, path] {
        // Let the message box close before the restore dialog opens over the window.
        QTimer::singleShot(0, this, [this, path] { restoreFromBackup(path); });
    });
    statusBar()->showMessage(message, 8000);
    box->open();
}

void MainWindow::restoreFromBackup(const QString &vaultPath)
{
    const QString path = vaultPath.isEmpty() ? m_session.path() : vaultPath;
    if (path.isEmpty())
        return;
    const VaultBackups backups(path);
    const QList<VaultBackup> list = backups.list();
    if (list.isEmpty()) {
        showError(tr("Restore from Backup"),
                  tr("There are no backups of %1 yet. Starling saves one each day the vault is opened, "
                     "in the folder %2.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backups.folder())));
        return;
    }
    RestoreBackupDialog dialog(list, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    // Typing waiting to be saved belongs to the state being replaced: save it, so the copy
    // kept before the restore has it.
    if (m_session.isOpen() && !flushAllEdits())
        return;
    if (Status s = m_session.restoreAndOpen(path, dialog.chosenBackup()); !s) {
        showError(tr("Cannot restore the backup"), s.error());
        return;
    }
    statusBar()->showMessage(tr("Restored %1 from a backup. The state before is kept in %2.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backups.folder())),
                             8000);
}

void MainWindow::newVault()
{
    const QString dir = m_session.isOpen() ? QFileInfo(m_session.path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Vault"), dir + QStringLiteral("/interviews.starling"),
                                                tr("Starling vault (*.starling);;All files (*)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".starling");
    if (QFileInfo::exists(path)) {
        // Never replace a file the user may need; opening it is one menu away.
        showError(tr("Cannot create the vault"),
                  tr("%1 already exists. Choose another name, or use Open Vault to open it.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openVault(path);
}

void MainWindow::openVaultDialog()
{
    const QString dir = m_session.isOpen() ? QFileInfo(m_session.path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Vault"), dir,
                                                      tr("Starling vault (*.starling);;All files (*)"));
    if (!path.isEmpty())
        openVault(path);
}

bool MainWindow::openExampleVault()
{
    const QString path = m_examplePath;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(tr("Cannot open the example vault"),
                  tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    if (!openVault(path))
        return false;
    // The example lives in its own file, so it never mixes with the user's vault. Load it once.
    const Result<bool> empty = m_session.store().isEmpty();
    if (empty && empty.value()) {
        QFile file(QStringLiteral(":/examples/example-vault.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot open the example vault"), tr("The example is missing from this build."));
            return false;
        }
        const Result<ImportSummary> imported = VaultExchange::importVault(m_session.store(), file.readAll());
        if (!imported) {
            showError(tr("Cannot open the example vault"), imported.error());
            return false;
        }
        m_session.undoStack().clear();
    }
    statusBar()->showMessage(tr("Opened the example vault — a separate file; your own vault is unchanged."), 6000);
    return true;
}

void MainWindow::importJson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON"), QDir::homePath(),
                                                      tr("Starling exchange file (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<ImportSummary> summary = VaultExchange::importFromFile(m_session.store(), path);
    if (!summary) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()), summary.error());
        return;
    }
    statusBar()->showMessage(tr("Imported %n story(s)", nullptr, summary->stories) + QStringLiteral(", ")
                                 + tr("%n company(s)", nullptr, summary->companies) + QStringLiteral(", ")
                                 + tr("%n answer(s)", nullptr, summary->answers),
                             6000);
}

void MainWindow::exportJson()
{
    const QString suggested = QFileInfo(m_session.path()).absolutePath() + u'/'
        + QFileInfo(m_session.path()).completeBaseName() + QStringLiteral(".json");
    QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"), suggested,
                                                tr("Starling exchange file (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = VaultExchange::exportToFile(m_session.store(), path); !s) {
        showError(tr("Cannot export"), s.error());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::addStory(int kind)
{
    ensurePanels();
    if (!flushAllEdits())
        return; // the last keystrokes belong to their story; the editor shows why they failed
    if (!m_session.isOpen()) {
        showError(tr("No vault is open"), tr("Open or create a vault first (File menu)."));
        return;
    }
    Story story;
    if (kind != 0)
        story.kinds = StoryKinds::fromInt(kind);
    const Result<qint64> id = m_commands->addStory(story);
    if (!id) {
        showError(tr("Cannot add a story"), id.error());
        return;
    }
    m_vaultPanel->selectStory(id.value());
    m_editor->focusTitle();
}

void MainWindow::duplicateStory()
{
    ensurePanels();
    if (!flushAllEdits())
        return; // the last keystrokes belong to their story; the editor shows why they failed
    const qint64 id = m_vaultPanel->currentStoryId();
    if (id <= 0)
        return;
    const Result<qint64> copy = m_commands->duplicateStory(id);
    if (!copy) {
        showError(tr("Cannot duplicate the story"), copy.error());
        return;
    }
    m_vaultPanel->selectStory(copy.value());
}

void MainWindow::deleteStory()
{
    ensurePanels();
    if (!flushAllEdits())
        return; // the last keystrokes belong to their story; the editor shows why they failed
    const qint64 id = m_vaultPanel->currentStoryId();
    if (id <= 0)
        return;
    const Result<Story> story = m_session.store().story(id);
    const Result<QHash<qint64, StoryUsage>> usage = m_session.store().storyUsage();
    if (story && usage) {
        const StoryUsage use = usage->value(id);
        if (use.links > 0 || use.answers > 0) {
            QStringList uses;
            if (use.links > 0)
                uses.append(tr("mapped to %n value(s)", nullptr, use.links));
            if (use.answers > 0)
                uses.append(tr("used in %n answer(s)", nullptr, use.answers));
            QMessageBox box(QMessageBox::Warning, tr("Delete story"),
                            tr("\u201c%1\u201d is %2.").arg(story->title, uses.join(tr(" and "))),
                            QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("deleteStoryConfirmation"));
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(tr("Deleting it removes those links; answers keep their text. You can undo this."));
            QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != remove)
                return;
        }
    }
    if (Status s = m_commands->deleteStory(id); !s)
        showError(tr("Cannot delete the story"), s.error());
    else
        statusBar()->showMessage(tr("Story deleted — Undo (%1) brings it back.")
                                     .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                                 5000);
}

void MainWindow::toggleBackbone()
{
    ensurePanels();
    if (!flushAllEdits())
        return; // the last keystrokes belong to their story; the editor shows why they failed
    const qint64 id = m_vaultPanel->currentStoryId();
    if (id <= 0)
        return;
    if (Status s = m_commands->setStoryBackbone(id, m_backboneAction->isChecked()); !s)
        showError(tr("Cannot change the story"), s.error());
    updateActions();
}

Status MainWindow::flushAllEdits()
{
    if (!m_panelsBuilt)
        return {}; // no editor yet, so no typing
    m_companiesPanel->flushPendingEdits();
    const Status answer = m_answerEditor->flushPendingEdits();
    const Status story = m_editor->flushPendingEdits();
    return !answer ? answer : story;
}

void MainWindow::showAnswerEditor()
{
    ensureDocks();
    m_answerDock->show();
    m_answerDock->raise();
}

void MainWindow::answerQuestion(qint64 questionId)
{
    ensurePanels();
    if (m_answerEditor->companyId() <= 0) {
        showError(tr("Choose a company first"),
                  tr("An answer is written for one company’s values: select the company in the "
                     "Companies panel, then choose “Answer…” again."));
        ensureDocks();
        m_companiesDock->show();
        m_companiesDock->raise();
        return;
    }
    showAnswerEditor();
    if (Result<qint64> id = m_answerEditor->answerQuestion(questionId); !id)
        showError(tr("Cannot start the answer"), id.error());
}

void MainWindow::practise(qint64 answerId)
{
    ensurePanels();
    if (!m_session.isOpen())
        return;
    (void)flushAllEdits(); // practise the text on screen; a failure shows in its editor
    if (!m_practice) {
        m_practice = new PracticeDialog(m_session, *m_commands, this);
        m_practice->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    const qint64 company = m_answerEditor->companyId() > 0 ? m_answerEditor->companyId()
                                                           : m_companiesPanel->currentCompanyId();
    m_practice->setCompany(company);
    if (answerId > 0)
        m_practice->setAnswer(answerId);
    m_practice->show();
    m_practice->raise();
    m_practice->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::instance(), this);
    dialog.exec();
}

void MainWindow::applyPreferences()
{
    const SpeakingPace pace = Preferences::instance().speakingPace();
    m_answerEditor->setSpeakingPace(pace);
    m_companiesPanel->companyModel()->setSpeakingPace(pace);
}

void MainWindow::showExportDialog()
{
    ensurePanels();
    if (!m_session.isOpen())
        return;
    (void)flushAllEdits(); // the sheet shows what is on screen; a failure shows in its editor
    ExportDialog dialog(m_session, this);
    dialog.setCompany(m_companiesPanel->currentCompanyId());
    dialog.exec();
}

void MainWindow::mapStoryToValue()
{
    ensurePanels();
    if (!flushAllEdits())
        return; // the last keystrokes belong to their story; the editor shows why they failed
    const qint64 id = m_vaultPanel->currentStoryId();
    if (id <= 0)
        return;
    ensureDocks();
    m_matrixDock->show();
    m_matrixDock->raise();
    m_matrixPanel->mapToValue(id);
}

void MainWindow::mapValuesToStory(qint64 storyId, const QList<qint64> &valueIds)
{
    ensurePanels();
    // One drop is one undo step, however many values it carries.
    QUndoStack &stack = m_session.undoStack();
    const bool macro = valueIds.size() > 1;
    if (macro)
        stack.beginMacro(tr("Map story to %n value(s)", nullptr, int(valueIds.size())));
    QString error;
    for (qint64 valueId : valueIds) {
        if (Status s = m_commands->mapStory(storyId, valueId); !s && error.isEmpty())
            error = s.error();
    }
    if (macro)
        stack.endMacro();
    if (!error.isEmpty())
        showError(tr("Cannot map the story"), error);
    else if (valueIds.size() == 1)
        m_matrixPanel->editNotes(storyId, valueIds.first());
}

void MainWindow::showMethod()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("methodDialog"));
    dialog.setWindowTitle(tr("How the method works"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("methodText"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(tr(
        "<h2>Prepare a few deep stories once — answer any question</h2>"
        "<p>Behavioural interviews decide culture fit and often the level of the offer. "
        "Starling guides you through three steps.</p>"
        "<h3>1. Story vault</h3>"
        "<p>Pick the 2–3 most impactful, longest, most interesting projects on your résumé and "
        "know them inside out: ideally one <b>success</b>, one <b>failure</b> and one "
        "<b>teamwork or leadership</b> story. Give each enough depth and technical detail to "
        "answer many different questions; mark them as <i>backbone</i> stories.</p>"
        "<h3>2. Culture and values</h3>"
        "<p>For each target company, collect its value principles and sub-principles and write "
        "what each one <i>really</i> means in plain words (“We are doers” → you act without "
        "waiting to be told). Most companies share the same few themes, worded differently. "
        "Map a story onto every value: one example at minimum, two is better. Rough bullet "
        "points, not scripts.</p>"
        "<h3>3. R-STAR-L answers</h3>"
        "<p>STAR alone gives the same answer at every company. R-STAR-L adds two parts:</p>"
        "<ul><li><b>Repeat</b> the question first, rephrased — never verbatim. It shows you "
        "listened, confirms which question you are answering, and buys thinking time.</li>"
        "<li><b>Situation, Task, Action, Result</b> — Action is the longest part: what "
        "<i>you</i> did.</li>"
        "<li><b>Link back</b> last: tie the result to this company's value naturally, slipping "
        "in its key word (“owner”) rather than announcing “this shows your value X”.</li></ul>"
        "<p>Then practise against the clock — about two minutes an answer — and print a prep "
        "sheet the night before.</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(640, 620);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Starling"),
        tr("<h3>Starling %1</h3><p>Prepare behavioural interviews: a vault of deep stories, the "
           "values of each company, and R-STAR-L answers.</p><p>Everything stays on this "
           "computer, in one file.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal but not blocking: the app stays responsive, and tests can find the box.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    statusBar()->showMessage(message, 8000);
    box->open();
}

QStringList MainWindow::recentVaults() const
{
    return QSettings().value(settingsKey("recentVaults")).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(m_examplePath).absoluteFilePath())
        return; // the example is one click away anyway
    QStringList recent = recentVaults();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(settingsKey("recentVaults"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentVaults();
    int number = 1;
    for (const QString &path : recent) {
        QString label = QDir::toNativeSeparators(path);
        label.replace(u'&', QStringLiteral("&&"));
        if (number < 10)
            label = QStringLiteral("&%1 %2").arg(number).arg(label);
        QAction *action = m_recentMenu->addAction(label);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openVault(path); });
        ++number;
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent vaults"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(settingsKey("recentVaults"));
        updateRecentMenu();
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (settings.value(settingsKey("layoutVersion")).toInt() != LayoutVersion)
        return;
    restoreGeometry(settings.value(settingsKey("geometry")).toByteArray());
    const QByteArray state = settings.value(settingsKey("state")).toByteArray();
    if (m_docksBuilt)
        m_layoutRestored = restoreState(state, LayoutVersion);
    else
        m_pendingState = state; // for ensureDocks()
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(settingsKey("layoutVersion"), LayoutVersion);
    settings.setValue(settingsKey("geometry"), saveGeometry());
    // Closed before the docks were built: the saved arrangement still stands.
    if (m_docksBuilt)
        settings.setValue(settingsKey("state"), saveState(LayoutVersion));
}

void MainWindow::resetLayout()
{
    ensureDocks();
    m_pendingState.clear();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isFloating())
            dock->setFloating(false);
    }
    restoreState(m_defaultState, LayoutVersion);
    m_vaultDock->show();
    m_companiesDock->show();
    m_matrixDock->show();
    m_questionsDock->show();
    m_answerDock->show();
    m_historyDock->hide();
    m_companiesDock->raise();
    m_vaultDock->raise();
    m_layoutRestored = false;
    applyDefaultDockSizes(); // the default state was saved before the panels filled the docks
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to save but the layout: every edit is already committed, unless the vault
    // refused the last typing — then the user decides.
    if (Status s = flushAllEdits(); !s) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved typing"),
                        tr("Your last edits could not be saved: %1").arg(s.error()),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedOnCloseMessage"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Close anyway and lose them, or cancel and copy them somewhere safe?"));
        QPushButton *close = box.addButton(tr("Close Anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != close) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace starling
