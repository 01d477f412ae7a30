// The main window offscreen, driven by objectName: docks, menus, layout persistence, the first
// run, the example vault and undo through the Edit menu.
#include "answereditor.h"
#include "companiespanel.h"
#include "mainwindow.h"
#include "practicedialog.h"
#include "questionspanel.h"
#include "vaultcommands.h"
#include "storyeditor.h"
#include "storyvaultpanel.h"
#include "vaultbackups.h"
#include "vaultbalance.h"
#include "vaultsession.h"
#include "../core/vaulttestutil.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QDialog>
#include <QFile>
#include <QListView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace starling;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    static QAction *action(QWidget &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingTest"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings().clear();
    }

    void shouldPutEveryPanelInANamedDockListedInTheViewMenu()
    {
        VaultSession session;
        MainWindow window(session);
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 2);
        auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(viewMenu);
        for (QDockWidget *dock : docks) {
            QVERIFY2(!dock->objectName().isEmpty(), qPrintable(dock->windowTitle()));
            QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetMovable));
            QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetFloatable));
            QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetClosable));
            QVERIFY2(viewMenu->actions().contains(dock->toggleViewAction()), qPrintable(dock->objectName()));
        }
        QVERIFY(viewMenu->actions().contains(action(window, "resetLayoutAction")));
    }

    void shouldReachEveryMenuActionFromTheKeyboard()
    {
        VaultSession session;
        MainWindow window(session);
        // The bar's menus and their submenus (the bar's own overflow menu is Qt's).
        QList<QMenu *> menus;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu())
                menus.append(a->menu());
        }
        for (qsizetype i = 0; i < menus.size(); ++i) {
            for (QAction *a : menus[i]->actions()) {
                if (a->menu())
                    menus.append(a->menu());
            }
        }
        QVERIFY(menus.size() >= 7);
        for (QMenu *menu : std::as_const(menus)) {
            QVERIFY2(menu->title().contains(u'&'), qPrintable(menu->title()));
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || a->menu() || !a->isEnabled())
                    continue;
                if (menu->objectName() == u"recentMenu")
                    continue;
                QVERIFY2(a->text().contains(u'&') || !a->shortcut().isEmpty(), qPrintable(a->text()));
            }
        }
    }

    void shouldShowTheVaultFileInTheTitle()
    {
        VaultSession session;
        MainWindow window(session);
        QVERIFY(window.openVault(path(QStringLiteral("mine.starling"))));
        QVERIFY(window.windowTitle().contains(QStringLiteral("mine.starling")));
        QCOMPARE(window.recentVaults().first(), path(QStringLiteral("mine.starling")));
    }

    void shouldWelcomeAnEmptyVaultAndAddTheFirstStory()
    {
        // GIVEN a new, empty vault
        VaultSession session;
        MainWindow window(session);
        window.show();
        QVERIFY(window.openVault(path(QStringLiteral("new.starling"))));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));

        // WHEN the user clicks "Add your first story"
        auto *add = window.findChild<QAbstractButton *>(QStringLiteral("addFirstStoryButton"));
        QVERIFY(add);
        add->click();

        // THEN a story exists, it is selected, and the editor replaces the welcome page
        QCOMPARE(session.store().stories()->size(), 1);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("storyEditor"));
        QCOMPARE(window.storyEditor()->storyId(), session.store().stories()->first().id);
    }

    void shouldOpenTheExampleVaultInItsOwnFile()
    {
        // GIVEN the user's own, empty vault
        VaultSession session;
        MainWindow window(session);
        const QString mine = path(QStringLiteral("mine.starling"));
        const QString example = path(QStringLiteral("example/Example vault.starling"));
        window.setExampleVaultPath(example);
        QVERIFY(window.openVault(mine));

        // WHEN the example vault is opened from the welcome page
        window.findChild<QAbstractButton *>(QStringLiteral("openExampleButton"))->click();

        // THEN it is a separate file with three backbone stories that pass their own balance
        QCOMPARE(session.path(), example);
        const QList<Story> stories = session.store().stories().value();
        QCOMPARE(stories.size(), 3);
        const QList<BalanceFinding> findings = VaultBalance::analyze(stories);
        for (const BalanceFinding &finding : findings)
            QVERIFY2(finding.severity != BalanceFinding::Severity::Gap, qPrintable(finding.message));
        QCOMPARE(findings.first().code, VaultBalance::allGoodCode());
        QCOMPARE(session.store().companies()->size(), 1);
        QVERIFY(session.store().answers()->size() >= 1);
        QVERIFY(session.store().links()->size() >= 3);

        // AND the user's vault is untouched
        VaultStore own;
        QVERIFY(own.open(mine));
        QVERIFY(own.isEmpty().value());

        // AND opening the example again does not load it twice
        QVERIFY(window.openExampleVault());
        QCOMPARE(session.store().stories()->size(), 3);
    }

    void shouldUndoAndRedoThroughTheEditMenu()
    {
        VaultSession session;
        MainWindow window(session);
        QVERIFY(window.openVault(path(QStringLiteral("undo.starling"))));
        QSignalSpy indexSpy(&session.undoStack(), &QUndoStack::indexChanged);

        action(window, "addStoryAction")->trigger();
        QCOMPARE(session.store().stories()->size(), 1);
        QVERIFY(action(window, "undoAction")->isEnabled());

        action(window, "undoAction")->trigger();
        QCOMPARE(session.store().stories()->size(), 0);
        QVERIFY(action(window, "redoAction")->isEnabled());

        action(window, "redoAction")->trigger();
        QCOMPARE(session.store().stories()->size(), 1);
        QCOMPARE(indexSpy.count(), 3);
    }

    void shouldDeleteAnUnusedStoryAndUndoIt()
    {
        VaultSession session;
        MainWindow window(session);
        QVERIFY(window.openVault(path(QStringLiteral("delete.starling"))));
        action(window, "addStoryAction")->trigger();
        const qint64 id = window.storyVault()->currentStoryId();
        QVERIFY(id > 0);

        action(window, "deleteStoryAction")->trigger();
        QCOMPARE(session.store().stories()->size(), 0);
        action(window, "undoAction")->trigger();
        QCOMPARE(session.store().stories()->size(), 1);
        QCOMPARE(session.store().stories()->first().id, id);
    }

    void shouldWarnBeforeDeletingAMappedStory()
    {
        // GIVEN a story mapped to a value
        VaultSession session;
        MainWindow window(session);
        QVERIFY(window.openVault(path(QStringLiteral("mapped.starling"))));
        Story story;
        story.title = QStringLiteral("Mapped");
        const qint64 storyId = session.store().addStory(story).value();
        Company company;
        company.name = QStringLiteral("Acme");
        ValuePrinciple value;
        value.companyId = session.store().addCompany(company).value();
        value.name = QStringLiteral("Ownership");
        const qint64 valueId = session.store().addValue(value).value();
        QVERIFY(session.store().setLink({storyId, valueId, QStringLiteral("- did it")}));
        window.storyVault()->selectStory(storyId);

        // WHEN delete is triggered and the warning is cancelled
        bool warned = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("deleteStoryConfirmation"));
            warned = box && box->text().contains(QStringLiteral("1 value"));
            if (box)
                box->reject();
        });
        action(window, "deleteStoryAction")->trigger();

        // THEN the user was warned and nothing was deleted
        QVERIFY(warned);
        QCOMPARE(session.store().stories()->size(), 1);
        QCOMPARE(session.store().links()->size(), 1);
    }

    void shouldRefuseAFileThatIsNotAVaultAndKeepTheCurrentOne()
    {
        VaultSession session;
        MainWindow window(session);
        const QString good = path(QStringLiteral("good.starling"));
        QVERIFY(window.openVault(good));
        const QString bad = path(QStringLiteral("bad.starling"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database");
        }
        QVERIFY(!window.openVault(bad));
        QCOMPARE(session.path(), good);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not a Starling vault")));
        box->close();
    }

    void shouldRestoreTheDockLayoutItSaved()
    {
        // GIVEN a window whose vault dock was moved right and whose history dock was shown
        {
            VaultSession session;
            MainWindow window(session);
            window.show();
            auto *vault = window.findChild<QDockWidget *>(QStringLiteral("storyVaultDock"));
            auto *history = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
            window.addDockWidget(Qt::RightDockWidgetArea, vault);
            history->show();
            window.close(); // saves the layout
        }
        // WHEN a new window restores it
        VaultSession session;
        MainWindow window(session);
        window.restoreLayout();
        window.show();
        auto *vault = window.findChild<QDockWidget *>(QStringLiteral("storyVaultDock"));
        auto *history = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
        // THEN the docks are where the user left them
        QCOMPARE(window.dockWidgetArea(vault), Qt::RightDockWidgetArea);
        QVERIFY(history->isVisible());

        // AND Reset Layout puts them back
        action(window, "resetLayoutAction")->trigger();
        QCOMPARE(window.dockWidgetArea(vault), Qt::LeftDockWidgetArea);
        QVERIFY(!history->isVisible());
    }

    void shouldIgnoreALayoutSavedByAnotherLayoutVersion()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("mainWindow/layoutVersion"), MainWindow::LayoutVersion + 1);
        settings.setValue(QStringLiteral("mainWindow/state"), QByteArray("garbage"));
        VaultSession session;
        MainWindow window(session);
        window.restoreLayout();
        window.show();
        QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("storyVaultDock"))),
                 Qt::LeftDockWidgetArea);
    }

    void shouldNameEveryIconOnlyButton()
    {
        VaultSession session;
        MainWindow window(session);
        for (QToolButton *button : window.findChildren<QToolButton *>()) {
            if (button->toolButtonStyle() != Qt::ToolButtonIconOnly || !button->isVisibleTo(&window))
                continue;
            if (button->objectName().startsWith(u"qt_"))
                continue; // Qt's own dock title buttons carry their own accessible names
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        }
    }

    void shouldFollowTheCompanyInTheQuestionsAnswerAndPracticePanels()
    {
        // GIVEN the example vault, with Northwind Analytics selected
        VaultSession session;
        MainWindow window(session);
        window.show();
        window.setExampleVaultPath(path(QStringLiteral("example.starling")));
        QVERIFY(window.openExampleVault());
        const qint64 company = session.store().companies()->first().id;
        window.companies()->selectCompany(company);

        // THEN the answer editor shows that company's answers
        QCOMPARE(window.answerEditor()->companyId(), company);
        QVERIFY(window.answerEditor()->answerId() > 0);
        QVERIFY(action(window, "newAnswerAction")->isEnabled());

        // WHEN "Practise…" is chosen
        action(window, "practiseAction")->trigger();

        // THEN the practice window opens on the same company
        QVERIFY(window.practiceDialog());
        QVERIFY(window.practiceDialog()->isVisible());
        window.practiceDialog()->close();
    }

    void shouldOpenTheAnswerToAQuestionChosenInTheQuestionsPanel()
    {
        VaultSession session;
        MainWindow window(session);
        window.show();
        window.setExampleVaultPath(path(QStringLiteral("example.starling")));
        QVERIFY(window.openExampleVault());
        const qint64 company = session.store().companies()->first().id;
        window.companies()->selectCompany(company);
        const int answersBefore = int(session.store().answers()->size());

        // WHEN a question without an answer is answered from the Questions panel
        Question question;
        question.text = QStringLiteral("Tell me about a metric you chose not to ship.");
        const qint64 questionId = window.commands().addQuestion(question).value();
        QVERIFY(window.questions()->selectQuestion(questionId));
        window.questions()->answerCurrent();

        // THEN a new answer to it is open in the Answer dock, raised
        QCOMPARE(int(session.store().answers()->size()), answersBefore + 1);
        QCOMPARE(session.store().answer(window.answerEditor()->answerId())->questionId, questionId);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("answerEditorDock"));
        QVERIFY(dock->isVisible());
    }

    void shouldSaveAnswerTypingBeforeUndoingIt()
    {
        VaultSession session;
        MainWindow window(session);
        window.show();
        window.setExampleVaultPath(path(QStringLiteral("example.starling")));
        QVERIFY(window.openExampleVault());
        window.companies()->selectCompany(session.store().companies()->first().id);
        const qint64 answerId = window.answerEditor()->answerId();
        auto *result = window.answerEditor()->findChild<QPlainTextEdit *>(QStringLiteral("resultEdit"));
        const QString before = result->toPlainText();
        result->setFocus();
        result->setPlainText(before + QStringLiteral(" Extra."));

        // Ctrl+Z in the section first saves the typing, then undoes exactly that step
        QTest::keyClick(result, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session.store().answer(answerId)->result, before);
        action(window, "redoAction")->trigger();
        QCOMPARE(session.store().answer(answerId)->result, before + QStringLiteral(" Extra."));
    }

    void shouldRestoreFromBackupThroughTheFileMenu()
    {
        // GIVEN a vault opened today (so it has today's backup) and edited since
        VaultSession session;
        MainWindow window(session);
        const QString vault = path(QStringLiteral("restore.starling"));
        QVERIFY(window.openVault(vault));
        session.waitForBackup();
        Story story;
        story.title = QStringLiteral("Added after the backup");
        QVERIFY(session.store().addStory(story));
        QVERIFY(action(window, "restoreBackupAction")->isEnabled());

        // WHEN Restore from Backup is chosen, the backup picked and the replacement confirmed
        QString listed;
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("restoreBackupDialog"));
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupList"));
            QVERIFY(list && list->count() == 1);
            listed = list->item(0)->text();
            list->setCurrentRow(0);
            QTimer::singleShot(0, this, [&] {
                auto *box = window.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"));
                QVERIFY(box);
                question = box->text();
                box->findChild<QAbstractButton *>(QStringLiteral("confirmRestoreButton"))->click();
            });
            dialog->findChild<QAbstractButton *>(QStringLiteral("restoreButton"))->click();
        });
        action(window, "restoreBackupAction")->trigger();

        // THEN the list showed the date and size, the question said what happens, and the vault
        // is back to the backup, still open in the window, with undo cleared
        QVERIFY2(listed.contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)), qPrintable(listed));
        QVERIFY2(question.contains(QStringLiteral("The current state is saved as a backup first.")), qPrintable(question));
        QCOMPARE(session.path(), vault);
        QVERIFY(session.store().stories()->isEmpty());
        QCOMPARE(session.undoStack().count(), 0);
        QCOMPARE(VaultBackups(vault).list().size(), 2);
    }

    void shouldPaintBeforeBuildingItsPanelsWhenAskedTo()
    {
        // GIVEN a window built the way start-up builds it
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        window.restoreLayout();

        // THEN its menus exist, but neither its panels nor their docks do yet
        QVERIFY(!window.panelsBuilt());
        QVERIFY(!window.findChild<StoryVaultPanel *>());
        QVERIFY(!window.findChild<QDockWidget *>());
        QVERIFY(action(window, "openVaultAction"));
        QVERIFY(action(window, "resetLayoutAction"));

        // WHEN it is shown THEN the panels and their docks are built right after its first paint
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.panelsBuilt());
        auto *vaultDock = window.findChild<QDockWidget *>(QStringLiteral("storyVaultDock"));
        QVERIFY(vaultDock);
        QCOMPARE(vaultDock->widget(), window.storyVault());
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("answerEditorDock"))->widget(),
                 window.answerEditor());
        QCOMPARE(window.findChildren<StoryVaultPanel *>().size(), 1);
        // AND the View menu toggles every dock, above Reset Layout
        const QList<QAction *> view = window.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions();
        QCOMPARE(view.size(), 8); // six docks, a separator, Reset Layout
        QCOMPARE(view.first(), vaultDock->toggleViewAction());
        QCOMPARE(view.last(), action(window, "resetLayoutAction"));
        QCOMPARE(vaultDock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        // AND the docks have their default sizes, not their title bars' widths
        QTRY_VERIFY2(vaultDock->width() >= 300, qPrintable(QString::number(vaultDock->width())));
    }

    void shouldApplyASavedLayoutToDocksBuiltAfterTheFirstPaint()
    {
        // GIVEN a saved layout with the vault dock moved right and the history dock shown
        {
            VaultSession session;
            MainWindow window(session);
            window.show();
            window.addDockWidget(Qt::RightDockWidgetArea, window.findChild<QDockWidget *>(QStringLiteral("storyVaultDock")));
            window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->show();
            window.close();
        }
        const QByteArray saved = QSettings().value(QStringLiteral("mainWindow/state")).toByteArray();
        QVERIFY(!saved.isEmpty());
        const QString vault = path(QStringLiteral("layout.starling"));
        {
            VaultSession earlier;
            QVERIFY(earlier.open(vault));
        }
        {
            // WHEN start-up's window closes while its vault is still opening
            VaultSession session;
            MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
            window.restoreLayout();
            window.beginOpenVault(vault);
            QVERIFY(session.isOpening());
            window.close();
            QVERIFY(!window.findChild<QDockWidget *>());
        }
        // THEN the saved arrangement of the docks is kept, not replaced by a window without any
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray(), saved);

        // WHEN the next start-up's vault opens
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        window.restoreLayout();
        window.show();
        window.beginOpenVault(vault);
        QTRY_VERIFY(session.isOpen());
        // THEN its docks arrive where the user left them
        auto *vaultDock = window.findChild<QDockWidget *>(QStringLiteral("storyVaultDock"));
        QVERIFY(vaultDock);
        QCOMPARE(window.dockWidgetArea(vaultDock), Qt::RightDockWidgetArea);
        QTRY_VERIFY(window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->isVisible());
        // AND Reset Layout still knows the default arrangement
        action(window, "resetLayoutAction")->trigger();
        QCOMPARE(window.dockWidgetArea(vaultDock), Qt::LeftDockWidgetArea);
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->isVisible());
    }

    void shouldBuildTheDocksWhenTheViewMenuIsOpenedEarly()
    {
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QCOMPARE(view->actions().size(), 1); // Reset Layout
        emit view->aboutToShow();
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("historyDock")));
        QCOMPARE(view->actions().size(), 8);
        // AND a second look adds nothing
        emit view->aboutToShow();
        QCOMPARE(view->actions().size(), 8);
    }

    void shouldBuildItsPanelsForAnyoneWhoNeedsThemFirst()
    {
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        QVERIFY(!window.panelsBuilt());
        QVERIFY(window.companies()); // never shown, yet the panel is there when asked for
        QVERIFY(window.panelsBuilt());
        // AND an action that needs a panel works before any paint
        QVERIFY(window.openVault(path(QStringLiteral("early.starling"))));
        action(window, "addStoryAction")->trigger();
        QCOMPARE(session.store().stories()->size(), 1);
    }

    void shouldShowTheVaultOpeningWhileItIsChecked()
    {
        // GIVEN a vault with stories on disk
        const QString vault = path(QStringLiteral("big.starling"));
        QVERIFY(test::writeVaultOfStories(vault, 100));
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        window.show();

        // WHEN start-up begins opening it
        window.beginOpenVault(vault);

        // THEN the window says which vault is opening, with nothing to edit yet
        auto *central = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        QVERIFY(central);
        QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("openingPage"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("openingLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("big")), qPrintable(label->text()));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Opening")), qPrintable(window.windowTitle()));
        QVERIFY(!action(window, "addStoryAction")->isEnabled());

        // AND once the check passes the vault fills the window and is remembered as recent
        QTRY_VERIFY(session.isOpen());
        QCOMPARE(central->currentWidget(), window.storyEditor());
        QVERIFY2(window.windowTitle().contains(QDir::toNativeSeparators(vault)), qPrintable(window.windowTitle()));
        QVERIFY(!window.windowTitle().startsWith(QStringLiteral("Opening")));
        QVERIFY(action(window, "addStoryAction")->isEnabled());
        QCOMPARE(window.storyVault()->findChild<QListView *>(QStringLiteral("storyList"))->model()->rowCount(), 100);
        QCOMPARE(window.recentVaults().value(0), vault);
    }

    void shouldReportAVaultTheCheckRefusesAndStayUsable()
    {
        // GIVEN a vault damaged in the middle, with no backups
        const QString vault = path(QStringLiteral("damaged.starling"));
        QVERIFY(test::writeVaultOfStories(vault, 200)); // enough pages to damage one in the middle
        QDir(VaultBackups(vault).folder()).removeRecursively();
        const QByteArray damaged = test::corruptMiddlePage(test::readFile(vault));
        QVERIFY(!damaged.isEmpty());
        QVERIFY(test::writeFile(vault, damaged));
        const QByteArray before = test::fileHash(vault);
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        window.show();

        // WHEN start-up opens it
        window.beginOpenVault(vault);

        // THEN the check's verdict is shown, nothing is open, the file is untouched
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("errorMessage")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
        QVERIFY(!session.isOpen());
        QVERIFY(!session.isOpening());
        QCOMPARE(test::fileHash(vault), before);
        auto *central = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY2(!window.windowTitle().startsWith(QStringLiteral("Opening")), qPrintable(window.windowTitle()));
        // AND the window stays usable: another vault opens
        box->close();
        QVERIFY(window.openVault(path(QStringLiteral("fresh.starling"))));
    }

    void shouldOfferRestoreWhenAVaultIsDamaged()
    {
        // GIVEN a vault with a backup, damaged later, and another vault open in the window
        const QString vault = path(QStringLiteral("damaged.starling"));
        {
            VaultSession earlier;
            QVERIFY(earlier.open(vault));
            Story story;
            story.title = QStringLiteral("Safe in the backup");
            QVERIFY(earlier.store().addStory(story));
            earlier.close();
            earlier.setToday(QDate::currentDate().addDays(1));
            QVERIFY(earlier.open(vault));
        }
        QFile file(vault);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
        file.close();
        VaultSession session;
        MainWindow window(session);
        const QString good = path(QStringLiteral("good.starling"));
        QVERIFY(window.openVault(good));

        // WHEN opening it fails
        QVERIFY(!window.openVault(vault));

        // THEN the previous vault stays open, and the message offers the backups
        QCOMPARE(session.path(), good);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
        auto *restore = box->findChild<QAbstractButton *>(QStringLiteral("restoreFromBackupButton"));
        QVERIFY(restore);

        // AND choosing it restores the newest backup and opens the vault
        bool dialogShown = false;
        std::function<void()> answerDialog = [&] {
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("restoreBackupDialog"));
            if (!dialog || !dialog->isVisible()) {
                QTimer::singleShot(10, this, answerDialog);
                return;
            }
            dialogShown = true;
            QTimer::singleShot(0, this, [&] {
                if (auto *confirm = window.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation")))
                    confirm->findChild<QAbstractButton *>(QStringLiteral("confirmRestoreButton"))->click();
            });
            dialog->findChild<QAbstractButton *>(QStringLiteral("restoreButton"))->click();
        };
        QTimer::singleShot(0, this, answerDialog);
        restore->click();
        QTRY_COMPARE(session.path(), vault);
        QVERIFY(dialogShown);
        QCOMPARE(session.store().stories()->first().title, QStringLiteral("Safe in the backup"));
    }

    void shouldKeepTheCurrentVaultWhenTheOtherIsOpenElsewhere()
    {
        // GIVEN a vault open in another window
        const QString busy = path(QStringLiteral("busy.starling"));
        VaultSession elsewhere;
        QVERIFY(elsewhere.open(busy));
        VaultSession session;
        MainWindow window(session);
        const QString mine = path(QStringLiteral("mine.starling"));
        QVERIFY(window.openVault(mine));
        // WHEN this window opens it THEN it says so and keeps its own vault, with no restore offer
        QVERIFY(!window.openVault(busy));
        QCOMPARE(session.path(), mine);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("already open in another Starling window")), qPrintable(box->text()));
        QVERIFY(!box->findChild<QAbstractButton *>(QStringLiteral("restoreFromBackupButton")));
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
