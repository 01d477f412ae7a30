#include "pastevaluesdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

const QString Paste = QStringLiteral("Our values\n"
                                     "\n"
                                     "Customer first\n"
                                     "We start with what people need.\n"
                                     "  - Listen before building\n"
                                     "  - Earn trust every day\n"
                                     "Ownership: we finish what we start.\n"
                                     "Curiosity\n"
                                     "  - Ask the second question\n");

QStringList names(const QList<ValueDraft> &values) {
    QStringList out;
    for (const ValueDraft &value : values) {
        out.append(value.name);
        for (const ValueDraft &child : value.children)
            out.append(QStringLiteral("  ") + child.name);
    }
    return out;
}

} // namespace

class TestPasteValuesDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldStartEmptyWithAddValuesDisabled();
    void shouldPreviewPastedTextAfterThePause();
    void shouldDisableAddValuesWhenNothingParses();
    void shouldIndentAndOutdentThroughTheButtons();
    void shouldRemoveThroughTheButtonAndTheDeleteKey();
    void shouldRenameAndEditTheMeaningInPlace();
    void shouldShowUserTextAsPlainText();
    void shouldPrefillFromAClipboardThatLooksLikeAList();
    void shouldNameEveryControlForAssistiveTechnology();
    void shouldKeepATabOrderFromTextToButtons();
    void shouldFitItsDefaultSize();

private:
    template<typename T> T *child(const char *name) {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QTreeWidget *tree() { return child<QTreeWidget>("previewTree"); }
    QPushButton *okButton() { return child<QPushButton>("addValuesButton"); }
    void paste(const QString &text);
    void select(const QString &name);

    std::unique_ptr<PasteValuesDialog> m_dialog;
};

void TestPasteValuesDialog::init() {
    QApplication::clipboard()->clear();
    m_dialog = std::make_unique<PasteValuesDialog>(QStringLiteral("Acme Analytics"), nullptr);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestPasteValuesDialog::cleanup() {
    m_dialog.reset();
    QApplication::clipboard()->clear();
}

void TestPasteValuesDialog::paste(const QString &text) {
    child<QPlainTextEdit>("pasteEdit")->setPlainText(text);
}

void TestPasteValuesDialog::select(const QString &name) {
    const QList<QTreeWidgetItem *> found = tree()->findItems(
        name, Qt::MatchExactly | Qt::MatchRecursive, PasteValuesDialog::NameColumn);
    QCOMPARE(found.size(), 1);
    tree()->setCurrentItem(found.first());
}

void TestPasteValuesDialog::shouldStartEmptyWithAddValuesDisabled() {
    // GIVEN a new dialog and an empty clipboard
    // THEN nothing is previewed and nothing can be added
    QCOMPARE(m_dialog->objectName(), u"pasteValuesDialog"_s);
    QCOMPARE(tree()->topLevelItemCount(), 0);
    QVERIFY(m_dialog->values().isEmpty());
    QCOMPARE(okButton()->text(), u"Add values"_s);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("emptyPreview")->isVisible());
    QVERIFY(!tree()->isVisible());
    QVERIFY(!child<QLabel>("pasteSummary")->text().isEmpty());
    QVERIFY(!child<QPlainTextEdit>("pasteEdit")->placeholderText().isEmpty());
    QVERIFY(!child<QPushButton>("indentButton")->isEnabled());
    QVERIFY(!child<QPushButton>("outdentButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeValueButton")->isEnabled());
}

void TestPasteValuesDialog::shouldPreviewPastedTextAfterThePause() {
    // WHEN a list is pasted
    paste(Paste);
    // THEN the preview follows after the pause, without the "Our values" title
    QTRY_COMPARE(tree()->topLevelItemCount(), 3);
    QVERIFY(tree()->isVisible());
    QCOMPARE(tree()->columnCount(), 2);
    QCOMPARE(tree()->headerItem()->text(PasteValuesDialog::NameColumn), u"Value"_s);
    QCOMPARE(tree()->headerItem()->text(PasteValuesDialog::MeaningColumn), u"Meaning"_s);
    QCOMPARE(names(m_dialog->values()),
             (QStringList{u"Customer first"_s, u"  Listen before building"_s,
                          u"  Earn trust every day"_s, u"Ownership"_s, u"Curiosity"_s,
                          u"  Ask the second question"_s}));
    QCOMPARE(m_dialog->values().at(0).meaning, u"We start with what people need."_s);
    QCOMPARE(m_dialog->values().at(1).meaning, u"we finish what we start."_s);
    QCOMPARE(child<QLabel>("pasteSummary")->text(), u"3 values, 3 sub-principles"_s);
    QVERIFY(okButton()->isEnabled());
}

void TestPasteValuesDialog::shouldDisableAddValuesWhenNothingParses() {
    paste(Paste);
    QTRY_VERIFY(okButton()->isEnabled());
    // WHEN the text is cleared, or holds only bullets
    paste(QString());
    QTRY_VERIFY(!okButton()->isEnabled());
    QCOMPARE(tree()->topLevelItemCount(), 0);
    paste(u"\u2022\n-\n\u2022"_s);
    QTest::qWait(PasteValuesDialog::ParseDelayMs * 2);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(m_dialog->values().isEmpty());
}

void TestPasteValuesDialog::shouldIndentAndOutdentThroughTheButtons() {
    paste(Paste);
    QTRY_COMPARE(tree()->topLevelItemCount(), 3);
    auto *indent = child<QPushButton>("indentButton");
    auto *outdent = child<QPushButton>("outdentButton");

    // WHEN "Ownership" is made a sub-principle
    select(u"Ownership"_s);
    QVERIFY(indent->isEnabled());
    QVERIFY(!outdent->isEnabled());
    QTest::mouseClick(indent, Qt::LeftButton);
    // THEN it is the last sub-principle of the value above it, and stays selected
    QCOMPARE(names(m_dialog->values()),
             (QStringList{u"Customer first"_s, u"  Listen before building"_s,
                          u"  Earn trust every day"_s, u"  Ownership"_s, u"Curiosity"_s,
                          u"  Ask the second question"_s}));
    QCOMPARE(m_dialog->values().at(0).children.at(2).meaning, u"we finish what we start."_s);
    QCOMPARE(tree()->currentItem()->text(0), u"Ownership"_s);
    QCOMPARE(child<QLabel>("pasteSummary")->text(), u"2 values, 4 sub-principles"_s);
    QVERIFY(!indent->isEnabled());
    QVERIFY(outdent->isEnabled());

    // WHEN a sub-principle is made a value
    select(u"Listen before building"_s);
    QTest::mouseClick(outdent, Qt::LeftButton);
    // THEN it follows its former parent, which keeps the other sub-principles
    QCOMPARE(
        names(m_dialog->values()),
        (QStringList{u"Customer first"_s, u"  Earn trust every day"_s, u"  Ownership"_s,
                     u"Listen before building"_s, u"Curiosity"_s, u"  Ask the second question"_s}));

    // WHEN a value with sub-principles is indented, its sub-principles come along as siblings
    select(u"Curiosity"_s);
    QTest::mouseClick(indent, Qt::LeftButton);
    QCOMPARE(names(m_dialog->values()),
             (QStringList{u"Customer first"_s, u"  Earn trust every day"_s, u"  Ownership"_s,
                          u"Listen before building"_s, u"  Curiosity"_s,
                          u"  Ask the second question"_s}));

    // AND the keyboard does the same on the tree
    tree()->setFocus();
    select(u"Curiosity"_s);
    QTest::keyClick(tree(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(
        names(m_dialog->values()),
        (QStringList{u"Customer first"_s, u"  Earn trust every day"_s, u"  Ownership"_s,
                     u"Listen before building"_s, u"  Ask the second question"_s, u"Curiosity"_s}));
    QTest::keyClick(tree(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(names(m_dialog->values()),
             (QStringList{u"Customer first"_s, u"  Earn trust every day"_s, u"  Ownership"_s,
                          u"Listen before building"_s, u"  Ask the second question"_s,
                          u"  Curiosity"_s}));
}

void TestPasteValuesDialog::shouldRemoveThroughTheButtonAndTheDeleteKey() {
    paste(Paste);
    QTRY_COMPARE(tree()->topLevelItemCount(), 3);

    // WHEN a value is removed with the button, its sub-principles go with it
    select(u"Customer first"_s);
    QTest::mouseClick(child<QPushButton>("removeValueButton"), Qt::LeftButton);
    QCOMPARE(names(m_dialog->values()),
             (QStringList{u"Ownership"_s, u"Curiosity"_s, u"  Ask the second question"_s}));
    // AND the next value is selected, ready for another removal
    QCOMPARE(tree()->currentItem()->text(0), u"Ownership"_s);

    // WHEN Delete is pressed in the tree
    tree()->setFocus();
    select(u"Ask the second question"_s);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(names(m_dialog->values()), (QStringList{u"Ownership"_s, u"Curiosity"_s}));
    QCOMPARE(child<QLabel>("pasteSummary")->text(), u"2 values, 0 sub-principles"_s);

    // WHEN everything is removed, nothing can be added
    select(u"Ownership"_s);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QVERIFY(m_dialog->values().isEmpty());
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("emptyPreview")->isVisible());
}

void TestPasteValuesDialog::shouldRenameAndEditTheMeaningInPlace() {
    paste(Paste);
    QTRY_COMPARE(tree()->topLevelItemCount(), 3);
    QTreeWidgetItem *item = tree()->topLevelItem(2);

    // WHEN the name is edited in place
    tree()->setCurrentItem(item, PasteValuesDialog::NameColumn);
    tree()->editItem(item, PasteValuesDialog::NameColumn);
    auto *editor = tree()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Stay curious"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_dialog->values().at(2).name, u"Stay curious"_s);

    // AND the meaning
    tree()->editItem(item, PasteValuesDialog::MeaningColumn);
    editor = tree()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, u"We ask why before how."_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_dialog->values().at(2).meaning, u"We ask why before how."_s);
    QCOMPARE(m_dialog->values().at(2).children.size(), 1);

    // WHEN a name is emptied, that value is left out and its sub-principles become values
    item->setText(PasteValuesDialog::NameColumn, u"  "_s);
    QCOMPARE(names(m_dialog->values()).mid(4), (QStringList{u"Ask the second question"_s}));
}

void TestPasteValuesDialog::shouldShowUserTextAsPlainText() {
    paste(u"- <b>Bold</b> moves: we <i>try</i> & learn\n- <img src=x> Trust"_s);
    QTRY_COMPARE(tree()->topLevelItemCount(), 2);
    const QTreeWidgetItem *item = tree()->topLevelItem(0);
    QCOMPARE(item->text(0), u"<b>Bold</b> moves"_s);
    QCOMPARE(item->text(1), u"we <i>try</i> & learn"_s);
    QVERIFY(item->toolTip(1).contains(u"&lt;i&gt;try&lt;/i&gt; &amp; learn"_s));
    QCOMPARE(child<QLabel>("pasteSummary")->textFormat(), Qt::PlainText);
    QCOMPARE(m_dialog->values().at(1).name, u"<img src=x> Trust"_s);
}

void TestPasteValuesDialog::shouldPrefillFromAClipboardThatLooksLikeAList() {
    // GIVEN a list on the clipboard, a new dialog starts with it and its preview
    QApplication::clipboard()->setText(Paste);
    m_dialog = std::make_unique<PasteValuesDialog>(QStringLiteral("Acme"), nullptr);
    QCOMPARE(child<QPlainTextEdit>("pasteEdit")->toPlainText(), Paste);
    QCOMPARE(tree()->topLevelItemCount(), 3);
    QVERIFY(okButton()->isEnabled());

    // GIVEN a URL on the clipboard, the dialog starts empty
    QApplication::clipboard()->setText(u"https://example.invalid/careers"_s);
    m_dialog = std::make_unique<PasteValuesDialog>(QStringLiteral("Acme"), nullptr);
    QVERIFY(child<QPlainTextEdit>("pasteEdit")->toPlainText().isEmpty());
    QVERIFY(!okButton()->isEnabled());
}

void TestPasteValuesDialog::shouldNameEveryControlForAssistiveTechnology() {
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->parentWidget() == nullptr ||
            qobject_cast<QLineEdit *>(widget))
            continue;
        // Viewports and scroll bars belong to their views.
        if (widget->objectName().startsWith(u"qt_"_s))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(widget->objectName(),
                                     QString::fromLatin1(widget->metaObject()->className()))));
        ++checked;
    }
    QVERIFY(checked >= 7);
    QVERIFY(!m_dialog->windowTitle().isEmpty());
    QVERIFY(m_dialog->windowTitle().contains(u"Acme Analytics"_s));
}

void TestPasteValuesDialog::shouldKeepATabOrderFromTextToButtons() {
    const QList<QWidget *> expected{
        child<QWidget>("pasteEdit"),         child<QWidget>("previewTree"),
        child<QWidget>("indentButton"),      child<QWidget>("outdentButton"),
        child<QWidget>("removeValueButton"), child<QWidget>("addValuesButton")};
    for (qsizetype i = 0; i + 1 < expected.size(); ++i) {
        QWidget *next = expected[i]->nextInFocusChain();
        while (next != expected[i + 1] && !expected.contains(next) && next != expected[i])
            next = next->nextInFocusChain();
        QCOMPARE(next->objectName(), expected[i + 1]->objectName());
    }
}

void TestPasteValuesDialog::shouldFitItsDefaultSize() {
    QCOMPARE(m_dialog->size(), QSize(900, 600));
    paste(Paste);
    QTRY_COMPARE(tree()->topLevelItemCount(), 3);
    for (const char *name : {"indentButton", "outdentButton", "removeValueButton"}) {
        auto *button = child<QPushButton>(name);
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
        QVERIFY(button->isVisible());
    }
    QVERIFY(okButton()->width() >= okButton()->sizeHint().width());
    QVERIFY(child<QLabel>("pasteSummary")->isVisible());
}

QTEST_MAIN(TestPasteValuesDialog)
#include "tst_pastevaluesdialog.moc"
