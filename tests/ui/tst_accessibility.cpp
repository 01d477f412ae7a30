// Walks the main window and every dialog and fails on an interactive control a screen reader
// could not name: no accessible name of its own, no text, no label pointing at it — or could
// not describe. It asks the accessibility layer itself (QAccessibleInterface::text), so Qt's own
// fall-backs — a button's text, a label's buddy, a tooltip as the description — count, and a
// name that exists only in a tooltip does not.
#include "exportdialog.h"
#include "linknotesdialog.h"
#include "mainwindow.h"
#include "maptovaluedialog.h"
#include "pastevaluesdialog.h"
#include "practicedialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "restorebackupdialog.h"
#include "storyvaultpanel.h"
#include "valueslibrarydialog.h"
#include "vaultbackups.h"
#include "vaultsession.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace starling;

namespace {

// Controls a keyboard or screen-reader user operates.
bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget)
        || (qobject_cast<const QAbstractSlider *>(widget) && !qobject_cast<const QScrollBar *>(widget));
}

// Parts of a Qt control that its own accessible interface already represents: a spin box's or
// an editable combo box's inner line edit, a tab bar's scroll arrows, and the qt_-named parts
// (a dock's title buttons, a scroll area's viewport) — Qt names them (or hides them) itself.
bool isPartOfQtControl(const QWidget *widget)
{
    if (widget->objectName().startsWith(u"qt_") || widget->inherits("QTableCornerButton"))
        return true;
    // A view's header: the view's accessible table exposes the header cells by their text.
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        // A line edit's clear button, a combo box's popup list, a spin box's editor.
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent)
            || parent->inherits("QComboBoxPrivateContainer"))
            return true;
        if (parent->isWindow())
            break;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
        if (w->isWindow())
            break;
    }
    return path.join(u'/');
}

// Every interactive control under root without an accessible name, as "window/…/control";
// those without a description go to undescribed.
QStringList unnamedControls(QWidget *root, int *checked = nullptr, QStringList *undescribedOut = nullptr)
{
    QStringList unnamed;
    QStringList undescribed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || isPartOfQtControl(widget))
            continue;
        if (checked)
            ++*checked;
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            // A tab bar is announced tab by tab (the tabified docks' bar has no name of its
            // own): each tab needs a label.
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).trimmed().isEmpty() && tabs->accessibleTabName(i).isEmpty())
                    unnamed << describe(widget) + QStringLiteral("[tab %1]").arg(i);
            }
            continue;
        }
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // A combo box falls back to its current item, which says what is chosen, not what is
        // being chosen: it needs a name of its own or a label.
        if (qobject_cast<const QComboBox *>(widget) && widget->accessibleName().isEmpty()
            && !labelled.contains(widget))
            name.clear();
        if (name.isEmpty())
            unnamed << describe(widget);
        // A description says what the control does or holds, beyond its name (Qt falls back
        // to the tooltip). A dialog's OK/Cancel/Export row says it all in its labels.
        const bool dialogButton = qobject_cast<const QDialogButtonBox *>(widget->parentWidget());
        if (!dialogButton && (!iface || iface->text(QAccessible::Description).trimmed().isEmpty()))
            undescribed << describe(widget);
    }
    if (undescribedOut)
        *undescribedOut = undescribed;
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    void verifyNamed(QWidget *root, int minimumControls)
    {
        int checked = 0;
        QStringList undescribed;
        const QStringList unnamed = unnamedControls(root, &checked, &undescribed);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("Controls without an accessible name:\n  ")
                            + unnamed.join(QStringLiteral("\n  "))));
        QVERIFY2(undescribed.isEmpty(),
                 qPrintable(QStringLiteral("Controls without an accessible description:\n  ")
                            + undescribed.join(QStringLiteral("\n  "))));
        // The walk must actually have seen the controls, or the test proves nothing.
        QVERIFY2(checked >= minimumControls, qPrintable(QString::number(checked)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingAccessibility"));
        QSettings().clear();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldFindUnnamedControls()
    {
        // The check itself: an icon-only button with only a tooltip is reported, a labelled
        // one and one with an accessible name are not.
        QWidget window;
        auto *iconOnly = new QToolButton(&window);
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        iconOnly->setToolTip(QStringLiteral("Tooltip only"));
        auto *named = new QToolButton(&window);
        named->setObjectName(QStringLiteral("named"));
        named->setAccessibleName(QStringLiteral("Named"));
        auto *labelled = new QPushButton(QStringLiteral("&Labelled"), &window);
        Q_UNUSED(labelled);
        auto *edit = new QLineEdit(&window);
        edit->setObjectName(QStringLiteral("bareEdit"));
        auto *unlabelledCombo = new QComboBox(&window);
        unlabelledCombo->setObjectName(QStringLiteral("combo"));
        unlabelledCombo->addItem(QStringLiteral("Current item"));
        unlabelledCombo->setToolTip(QStringLiteral("A combo box"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &window);
        buttons->setObjectName(QStringLiteral("buttons"));
        QStringList undescribed;
        QCOMPARE(unnamedControls(&window, nullptr, &undescribed),
                 QStringList({QStringLiteral("QWidget/iconOnly"), QStringLiteral("QWidget/bareEdit"),
                              QStringLiteral("QWidget/combo")}));
        // The tooltip describes the icon-only button; a dialog's OK needs no description.
        QCOMPARE(undescribed, QStringList({QStringLiteral("QWidget/named"), QStringLiteral("QWidget/QPushButton"),
                                           QStringLiteral("QWidget/bareEdit")}));
    }

    void shouldNameEveryControlOfTheWelcomePage()
    {
        VaultSession session;
        MainWindow window(session);
        window.show();
        verifyNamed(&window, 3);
    }

    void shouldNameEveryControlOfTheMainWindowWithAVaultOpen()
    {
        VaultSession session;
        MainWindow window(session);
        window.resize(1400, 900);
        window.show();
        window.setExampleVaultPath(m_dir->filePath(QStringLiteral("example.starling")));
        QVERIFY(window.openExampleVault());
        // Every dock shown, so hidden ones are walked too.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        window.storyVault()->selectStory(session.store().stories()->first().id);
        verifyNamed(&window, 40);

        // The practice window, opened the way the user opens it.
        auto *practise = window.findChild<QAction *>(QStringLiteral("practiseAction"));
        QVERIFY(practise);
        practise->trigger();
        QVERIFY(window.practiceDialog());
        verifyNamed(window.practiceDialog(), 5);
        window.practiceDialog()->close();

        ExportDialog exportDialog(session);
        verifyNamed(&exportDialog, 5);

        MapToValueDialog map(session.store(), session.store().stories()->first().id);
        verifyNamed(&map, 2);
    }

    void shouldNameEveryControlOfTheDialogs()
    {
        Preferences preferences(m_dir->filePath(QStringLiteral("preferences.ini")));
        PreferencesDialog preferencesDialog(preferences);
        // Every page, not only the one shown first.
        verifyNamed(&preferencesDialog, 6);

        PasteValuesDialog paste(QStringLiteral("Northwind"));
        verifyNamed(&paste, 3);

        ValuesLibraryDialog library;
        verifyNamed(&library, 2);

        LinkNotesDialog notes(QStringLiteral("Churn model"), QStringLiteral("Ownership"));
        verifyNamed(&notes, 2);

        const QList<VaultBackup> backups{
            {m_dir->filePath(QStringLiteral("a.starling")), QDate(2026, 11, 25), QTime(), 4096}};
        RestoreBackupDialog restore(backups);
        verifyNamed(&restore, 2);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
