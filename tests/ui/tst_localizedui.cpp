// The main window in German and Spanish (and English, as the baseline), offscreen at its default
// size with the example vault: every visible text whose English source has a translation shows
// the translation, and no text is cut off in the docks' default sizes. Also the Preferences and
// Export dialogs, whose pages are made of labels and check boxes that longer languages stretch.
#include "exportdialog.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "translations.h"
#include "vaultsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QXmlStreamReader>

#include <algorithm>

using namespace starling;

namespace {

// A text as the eye sees it: no mnemonic markers ("&Export…" → "Export…"), "&&" is one '&'.
QString shown(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i;
            result.append(text.at(i));
            continue;
        }
        result.append(text.at(i));
    }
    return result;
}

// What the catalogue of one language says: for every English source text (as shown) whose
// entries are all finished, the translations (as shown). A source text with an unfinished entry
// in some context is left out: which entry a widget used cannot be told from its text, and
// tst_translations reports unfinished entries anyway.
struct Catalogue {
    QHash<QString, QSet<QString>> translations;
    // Every interface text, English and translated (as shown), so the checks can tell them from
    // the user's data, which may be longer than any control.
    QSet<QString> interfaceTexts;
    QSet<QString> translatedTexts; // every finished translation, as shown
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + QStringLiteral(": ") + file.errorString();
        return catalogue;
    }
    QSet<QString> unfinished;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = shown(xml.readElementText());
            catalogue.interfaceTexts.insert(source);
        } else if (xml.name() == u"translation") {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            // Plural texts are filled in at run time ("%n values"); the checks below only see
            // them with a number, so they are not looked up.
            const QString text = numerus ? QString() : shown(xml.readElementText());
            if (numerus)
                xml.skipCurrentElement();
            if (!text.isEmpty())
                catalogue.interfaceTexts.insert(text);
            if (finished && !text.isEmpty())
                catalogue.translatedTexts.insert(text);
            if (numerus || source.contains(u'%'))
                continue;
            if (!finished || text.isEmpty())
                unfinished.insert(source);
            else
                catalogue.translations[source].insert(text);
        }
    }
    if (xml.hasError())
        catalogue.error = path + QStringLiteral(": ") + xml.errorString();
    for (const QString &text : std::as_const(unfinished))
        catalogue.translations.remove(text);
    return catalogue;
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QObject *o = widget; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                       : o->objectName();
        path.prepend(path.isEmpty() ? name : name + u'/');
        if (qobject_cast<const QDockWidget *>(o) || qobject_cast<const QMainWindow *>(o))
            break;
    }
    return path;
}

// Walks the visible widgets under a root and collects what is wrong with them.
class Inspector
{
public:
    Inspector(const Catalogue &catalogue, bool checkTranslations)
        : m_catalogue(catalogue)
        , m_checkTranslations(checkTranslations)
    {
    }

    QStringList problems() const { return m_problems; }
    int textsChecked() const { return m_texts; }
    int translatedSeen() const { return m_translated; }

    void inspect(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible() || m_seen.contains(widget))
                continue;
            m_seen.insert(widget);
            inspectWidget(widget);
        }
    }

    void inspectMenuBar(QMenuBar *bar)
    {
        const QList<QAction *> actions = bar->actions();
        for (QAction *action : actions) {
            if (!action->isVisible())
                continue;
            translated(bar, action->text());
            const QRect geometry = bar->actionGeometry(action);
            if (geometry.isEmpty() || !bar->rect().contains(geometry))
                problem(bar, QStringLiteral("menu \"%1\" does not fit in the menu bar").arg(shown(action->text())));
            if (QMenu *menu = action->menu())
                inspectMenu(menu);
        }
    }

    void problem(const QWidget *widget, const QString &what)
    {
        m_problems.append(describe(widget) + QStringLiteral(": ") + what);
    }

    // Whether the text, if it is an English source text with a finished translation, shows the
    // translation instead.
    void translated(const QWidget *widget, const QString &rawText)
    {
        const QString text = shown(rawText).trimmed();
        if (text.isEmpty())
            return;
        ++m_texts;
        if (!m_checkTranslations)
            return;
        if (m_catalogue.translatedTexts.contains(text))
            ++m_translated;
        const auto it = m_catalogue.translations.constFind(text);
        if (it == m_catalogue.translations.cend() || it->contains(text))
            return; // not an interface text, or one translated as itself ("PDF")
        problem(widget, QStringLiteral("shows \"%1\" in English, not \"%2\"")
                            .arg(text, it->values().value(0)));
    }

private:
    void inspectMenu(QMenu *menu)
    {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            translated(menu, action->text());
            if (QMenu *sub = action->menu())
                inspectMenu(sub);
        }
    }

    void inspectWidget(QWidget *widget)
    {
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            inspectLabel(label);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            inspectButton(button);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            translated(group, group->title());
            if (!group->title().isEmpty() && group->width() < group->minimumSizeHint().width())
                problem(group, QStringLiteral("title \"%1\" is cut off (%2 px of %3)")
                                   .arg(shown(group->title()))
                                   .arg(group->width())
                                   .arg(group->minimumSizeHint().width()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            inspectTabBar(tabs);
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            inspectDock(dock);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            inspectCombo(combo);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            if (line->text().isEmpty())
                translated(line, line->placeholderText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            if (plain->document()->isEmpty())
                translated(plain, plain->placeholderText());
        } else if (auto *toolBar = qobject_cast<QToolBar *>(widget)) {
            // The extension arrow appears when the tool bar's buttons do not all fit.
            const auto *extension =
                toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            if (extension && extension->isVisible())
                problem(toolBar, QStringLiteral("does not fit: some buttons are behind the arrow"));
        }
    }

    void inspectLabel(QLabel *label)
    {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        translated(label, rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
        if (!label->wordWrap()) {
            const int needed = label->sizeHint().width();
            if (label->width() < needed)
                problem(label, QStringLiteral("\"%1\" is cut off (%2 px of %3)")
                                   .arg(shown(text).left(60))
                                   .arg(label->width())
                                   .arg(needed));
        } else if (label->hasHeightForWidth()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                problem(label, QStringLiteral("\"%1\" is cut off at the bottom (%2 px of %3)")
                                   .arg(shown(text).left(60))
                                   .arg(label->height())
                                   .arg(needed));
        }
    }

    void inspectButton(QAbstractButton *button)
    {
        // The title bar buttons of docks and the tab scrollers have no text of their own.
        if (button->objectName().startsWith(u"qt_"))
            return;
        const QString text = button->text();
        if (text.isEmpty())
            return;
        if (auto *tool = qobject_cast<QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return;
        translated(button, text);
        const int needed = button->sizeHint().width();
        if (button->width() < needed)
            problem(button, QStringLiteral("\"%1\" is cut off (%2 px of %3)")
                                .arg(shown(text))
                                .arg(button->width())
                                .arg(needed));
    }

    void inspectTabBar(QTabBar *tabs)
    {
        const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            const QString text = tabs->tabText(i);
            translated(tabs, text);
            const QRect rect = tabs->tabRect(i);
            if (!tabs->rect().contains(rect)) {
                problem(tabs, QStringLiteral("tab \"%1\" is scrolled out of view").arg(shown(text)));
                continue;
            }
            int available = rect.width() - padding;
            if (!tabs->tabIcon(i).isNull())
                available -= tabs->iconSize().width() + 4;
            for (auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
                if (const QWidget *button = tabs->tabButton(i, side))
                    available -= button->width();
            }
            const int needed = tabs->fontMetrics().horizontalAdvance(shown(text));
            if (needed > available)
                problem(tabs, QStringLiteral("tab \"%1\" is elided (%2 px of %3)")
                                  .arg(shown(text))
                                  .arg(available)
                                  .arg(needed));
        }
    }

    void inspectDock(QDockWidget *dock)
    {
        translated(dock, dock->windowTitle());
        // A tabified dock shows its title in the main window's tab bar, checked there.
        if (dock->titleBarWidget() || dock->visibleRegion().isEmpty())
            return;
        const QMainWindow *window = qobject_cast<QMainWindow *>(dock->parentWidget());
        if (window && !window->tabifiedDockWidgets(dock).isEmpty())
            return;
        int right = dock->width();
        const QList<QAbstractButton *> buttons = dock->findChildren<QAbstractButton *>(
            QString(), Qt::FindDirectChildrenOnly);
        for (const QAbstractButton *button : buttons) {
            if (button->isVisible() && button->objectName().startsWith(u"qt_dockwidget_"))
                right = std::min(right, button->x());
        }
        const int margin = dock->style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin, nullptr, dock);
        const int available = right - 2 * margin;
        const int needed = dock->fontMetrics().horizontalAdvance(dock->windowTitle());
        if (needed > available)
            problem(dock, QStringLiteral("title \"%1\" is elided (%2 px of %3)")
                              .arg(dock->windowTitle())
                              .arg(available)
                              .arg(needed));
    }

    void inspectCombo(QComboBox *combo)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        translated(combo, combo->currentText());
        // A long question or story title in a combo box is the user's text, cut to the room
        // the layout gives it; the interface's own choices must fit.
        if (!m_catalogue.interfaceTexts.contains(shown(combo->currentText())))
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (!option.currentIcon.isNull())
            needed += combo->iconSize().width() + 4;
        if (needed > field.width())
            problem(combo, QStringLiteral("\"%1\" is cut off (%2 px of %3)")
                               .arg(combo->currentText())
                               .arg(field.width())
                               .arg(needed));
    }

    const Catalogue &m_catalogue;
    bool m_checkTranslations;
    QSet<QWidget *> m_seen;
    QStringList m_problems;
    int m_texts = 0;
    int m_translated = 0;
};

void settle()
{
    // Pending events (a panel's refresh may add rows), the deletion of replaced widgets, then
    // every layout request, last, so no widget is looked at before its layout has run.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// Whether a refresh is still pending somewhere under root: panels refresh a moment after a
// change (a single-shot timer), and the state to check is the one they settle in.
bool refreshPending(const QObject *root)
{
    const QList<QTimer *> timers = root->findChildren<QTimer *>();
    return std::any_of(timers.begin(), timers.end(),
                       [](const QTimer *timer) { return timer->isSingleShot() && timer->isActive(); });
}

// STARLING_SCREENSHOTS=<folder> keeps a picture of what was checked, to look at by eye.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STARLING_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

// A bare button whose size hint is its text, to test the inspector itself.
class ButtonProbe : public QAbstractButton
{
public:
    using QAbstractButton::QAbstractButton;
    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(shown(text())) + 8, fontMetrics().height() + 8};
    }

protected:
    void paintEvent(QPaintEvent *) override {}
};

QString report(const QStringList &problems)
{
    // Qt Test cuts long messages short; the whole list goes to the log first.
    for (const QString &problem : problems)
        qInfo("%s", qPrintable(problem));
    QStringList shownProblems = problems.mid(0, 40);
    if (problems.size() > 40)
        shownProblems.append(QStringLiteral("… and %1 more").arg(problems.size() - 40));
    return QStringLiteral("\n%1 problem(s):\n  ").arg(problems.size()) + shownProblems.join(QStringLiteral("\n  "));
}

} // namespace

class TestLocalizedUi : public QObject
{
    Q_OBJECT

private:
    Catalogue catalogue(const QString &language)
    {
        // English is the source language: the German catalogue lists its texts.
        const QString file = language == u"en" ? QStringLiteral("de") : language;
        const QString path = QFINDTESTDATA(QStringLiteral("../../translations/starling_%1.ts").arg(file));
        return readCatalogue(path.isEmpty() ? QStringLiteral("starling_%1.ts").arg(file) : path);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingLocalizedUiTest"));
        // One style everywhere, so widths do not depend on the machine's desktop.
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings().clear(); // the default dock layout, not a saved one
    }

    void cleanup()
    {
        m_dir.reset();
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void shouldShowTheMainWindowTranslatedAndUnclipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void shouldShowTheMainWindowTranslatedAndUnclipped()
    {
        QFETCH(QString, language);
        const Catalogue translations = catalogue(language);
        QVERIFY2(translations.error.isEmpty(), qPrintable(translations.error));
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), language);
        QCOMPARE(installed.language, language);

        // GIVEN the main window at its default size on a vault holding the example
        VaultSession session;
        MainWindow window(session);
        window.setExampleVaultPath(m_dir->filePath(QStringLiteral("example.starling")));
        QVERIFY(window.openVault(m_dir->filePath(QStringLiteral("mine.starling"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openExampleVault());
        QTRY_VERIFY(!refreshPending(&window));
        settle();
        keepScreenshot(&window, QStringLiteral("main-window-") + language);

        // WHEN every dock is brought to the front in turn (tabified ones share a place)
        Inspector inspector(translations, language != u"en");
        inspector.inspectMenuBar(window.menuBar());
        settle();
        inspector.inspect(&window);
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->isHidden() && dock->objectName() == u"historyDock")
                continue; // hidden by default
            dock->raise();
            QTRY_VERIFY(!refreshPending(&window));
            settle();
            inspector.inspect(dock);
            // The main window's tab bars for tabified docks, now that this one is in front.
            for (QTabBar *bar : window.findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (bar->isVisible())
                    inspector.inspect(bar);
            }
        }

        // THEN the translations show, and nothing is cut off
        QVERIFY2(inspector.problems().isEmpty(), qPrintable(report(inspector.problems())));
        QVERIFY2(inspector.textsChecked() > 50, qPrintable(QString::number(inspector.textsChecked())));
        // The catalogue was read and used: many of the texts on screen are its translations.
        if (language != u"en")
            QVERIFY2(inspector.translatedSeen() > 40, qPrintable(QString::number(inspector.translatedSeen())));
    }

    void shouldShowTheDialogsTranslatedAndUnclipped_data()
    {
        shouldShowTheMainWindowTranslatedAndUnclipped_data();
    }
    void shouldShowTheDialogsTranslatedAndUnclipped()
    {
        QFETCH(QString, language);
        const Catalogue translations = catalogue(language);
        QVERIFY2(translations.error.isEmpty(), qPrintable(translations.error));
        const InstalledTranslations installed =
            installTranslations(*QCoreApplication::instance(), language);
        Preferences preferences(m_dir->filePath(QStringLiteral("preferences.ini")));
        Inspector inspector(translations, language != u"en");

        PreferencesDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("preferencesPages"));
        QVERIFY(pages);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            settle();
            inspector.inspect(&dialog);
            keepScreenshot(&dialog, QStringLiteral("preferences-%1-%2").arg(language).arg(i));
        }
        // The standard buttons come from Qt's own catalogue (qt6-translations-l10n).
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtons"));
        QVERIFY(buttons);
        const QString cancel = shown(buttons->button(QDialogButtonBox::Cancel)->text());
        if (language == u"en")
            QCOMPARE(cancel, QStringLiteral("Cancel"));
        else if (installed.qtCatalogue)
            QVERIFY2(cancel != u"Cancel", qPrintable(cancel));
        dialog.close();

        VaultSession session;
        QVERIFY(session.open(m_dir->filePath(QStringLiteral("export.starling"))));
        ExportDialog exportDialog(session, preferences);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        settle();
        inspector.inspect(&exportDialog);
        keepScreenshot(&exportDialog, QStringLiteral("export-") + language);

        QVERIFY2(inspector.problems().isEmpty(), qPrintable(report(inspector.problems())));
    }

    // The checks themselves: an English text where a translation exists, and a cut-off label.
    void shouldNoticeAnUntranslatedTextAndAClippedLabel()
    {
        Catalogue translations;
        translations.translations.insert(QStringLiteral("Export…"), {QStringLiteral("Exportieren…")});
        QWidget window;
        auto *label = new QLabel(QStringLiteral("A label much longer than the room it was given"), &window);
        label->setObjectName(QStringLiteral("tightLabel"));
        label->setGeometry(0, 0, 40, 20);
        auto *button = new ButtonProbe(&window);
        button->setText(QStringLiteral("&Export…"));
        button->setObjectName(QStringLiteral("englishButton"));
        button->setGeometry(0, 30, 200, 30);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Inspector inspector(translations, true);
        inspector.inspect(&window);
        const QString problems = inspector.problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("tightLabel")) && problems.contains(QStringLiteral("cut off")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("englishButton"))
                     && problems.contains(QStringLiteral("in English")),
                 qPrintable(problems));

        button->setText(QStringLiteral("&Exportieren…"));
        label->setWordWrap(true);
        label->setGeometry(0, 0, 200, 60);
        Inspector again(translations, true);
        again.inspect(&window);
        QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().join(u'\n')));
    }
};

QTEST_MAIN(TestLocalizedUi)
#include "tst_localizedui.moc"
