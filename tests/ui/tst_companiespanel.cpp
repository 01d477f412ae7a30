#include "companiespanel.h"
#include "companylistmodel.h"
#include "idsmime.h"
#include "themes.h"
#include "valueslibrary.h"
#include "valueslibrarydialog.h"
#include "valuetreemodel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace starling;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto verifyOkResult = (expr);                                                        \
        QVERIFY2(verifyOkResult.ok(),                                                              \
                 verifyOkResult.ok() ? "" : qPrintable(verifyOkResult.error()));                   \
    } while (false)

namespace {

// The panel with its dialogs answered by the test instead of a modal loop.
class HookedPanel : public CompaniesPanel {
public:
    using CompaniesPanel::CompaniesPanel;

    bool realDialogs = false;
    std::optional<QList<ValueDraft>> pasted;
    std::optional<LibraryCompany> library;
    bool confirm = true;
    int confirmCalls = 0;
    QString confirmText;
    QString pasteCompanyName;

protected:
    std::optional<QList<ValueDraft>> askForPastedValues(const QString &companyName) override {
        pasteCompanyName = companyName;
        return realDialogs ? CompaniesPanel::askForPastedValues(companyName) : pasted;
    }
    std::optional<LibraryCompany> askForLibraryCompany() override {
        return realDialogs ? CompaniesPanel::askForLibraryCompany() : library;
    }
    bool confirmDeleteCompany(const QString &text, const QString &details) override {
        ++confirmCalls;
        confirmText = text;
        return realDialogs ? CompaniesPanel::confirmDeleteCompany(text, details) : confirm;
    }
};

int countDrafts(const QList<ValueDraft> &values) {
    int n = 0;
    for (const ValueDraft &value : values)
        n += 1 + countDrafts(value.children);
    return n;
}

} // namespace

class TestCompaniesPanel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldInviteToAddTheFirstCompany();
    void shouldBeDisabledWithoutAVault();
    void shouldAddACompanyWithAFreeNameAndFocusIt();
    void shouldSaveATypedCompanyName();
    void shouldKeepATypedSpaceWhileTheVaultTrimsTheName();
    void shouldSaveNonAsciiTextFromAnInputMethod();
    void shouldRefuseADuplicateNameWithoutLosingIt();
    void shouldSaveRoleLevelSourceAndNotes();
    void shouldShowTheInterviewCountdownInTheList();
    void shouldSortCompaniesByName();
    void shouldFollowUndoWithoutMovingTheCursor();
    void shouldAddValuesAndSubPrinciples();
    void shouldSaveMeaningAndKeywords();
    void shouldSuggestThemesAndApplyThem();
    void shouldSaveThemesTickedInTheList();
    void shouldDeleteAValueAndUndoIt();
    void shouldDeleteTheValueOnTheDeleteKey();
    void shouldShowAnEmptyStateForACompanyWithoutValues();
    void shouldAddPastedValuesAsOneUndoStep();
    void shouldIgnoreACancelledPaste();
    void shouldAddACompanyFromTheLibraryAsOneUndoStep();
    void shouldAddFromTheRealLibraryDialog();
    void shouldConfirmBeforeDeletingACompanyWithValues();
    void shouldDeleteAnEmptyCompanyWithoutAsking();
    void shouldReemitStoriesDroppedOnAValue();
    void shouldClearTheFormsWhenTheSelectedCompanyIsRemoved();
    void shouldPutCompaniesAndValuesSideBySideWhenWide();

private:
    template<typename T> T *child(const char *name) {
        T *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    qint64 addCompany(const QString &name);
    qint64 addValue(qint64 companyId, const QString &name, qint64 parentId = 0);
    QModelIndex listIndexFor(qint64 companyId);
    static void commitText(QWidget *widget, const QString &text);
    static void retype(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<HookedPanel> m_panel;
};

void TestCompaniesPanel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    VERIFY_OK(m_session->open(m_dir->filePath(QStringLiteral("vault.starling"))));
    m_commands = std::make_unique<VaultCommands>(*m_session);
    m_panel = std::make_unique<HookedPanel>(*m_session, *m_commands);
    m_panel->resize(420, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCompaniesPanel::cleanup() {
    m_panel.reset();
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestCompaniesPanel::addCompany(const QString &name) {
    Company company;
    company.name = name;
    const Result<qint64> id = m_commands->addCompany(company);
    if (!id)
        qFatal("addCompany: %s", qPrintable(id.error()));
    return id.value();
}

qint64 TestCompaniesPanel::addValue(qint64 companyId, const QString &name, qint64 parentId) {
    ValuePrinciple value;
    value.companyId = companyId;
    value.parentId = parentId;
    value.name = name;
    value.position = -1;
    const Result<qint64> id = m_commands->addValue(value);
    if (!id)
        qFatal("addValue: %s", qPrintable(id.error()));
    return id.value();
}

QModelIndex TestCompaniesPanel::listIndexFor(qint64 companyId) {
    QAbstractItemModel *model = child<QListView>("companyList")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CompanyListModel::IdRole).toLongLong() == companyId)
            return index;
    }
    return {};
}

void TestCompaniesPanel::commitText(QWidget *widget, const QString &text) {
    // QTest::keyClicks cannot type outside ASCII; an input method commit is what users send.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void TestCompaniesPanel::retype(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// ---------------------------------------------------------------------------------------------

void TestCompaniesPanel::shouldInviteToAddTheFirstCompany() {
    // GIVEN an empty vault
    // THEN the first step fills the panel
    QCOMPARE(m_panel->objectName(), QStringLiteral("companiesPanel"));
    QVERIFY(child<QLabel>("noCompaniesLabel")->isVisible());
    QVERIFY(child<QPushButton>("newCompanyButton")->isVisible());
    QVERIFY(child<QPushButton>("libraryButton")->isVisible());
    QVERIFY(!child<QTreeView>("valueTree")->isVisible());
    QCOMPARE(m_panel->currentCompanyId(), 0);

    // WHEN the user follows it
    QTest::mouseClick(child<QPushButton>("newCompanyButton"), Qt::LeftButton);

    // THEN the company is there and its form shows
    QCOMPARE(m_session->store().companies()->size(), 1);
    QVERIFY(!child<QLabel>("noCompaniesLabel")->isVisible());
    QVERIFY(child<QLineEdit>("companyNameEdit")->isVisible());
}

void TestCompaniesPanel::shouldBeDisabledWithoutAVault() {
    addCompany(QStringLiteral("Acme"));
    QVERIFY(m_panel->isEnabled());
    m_session->close();
    QVERIFY(!m_panel->isEnabled());
    QCOMPARE(m_panel->currentCompanyId(), 0);
    VERIFY_OK(m_session->open(m_dir->filePath(QStringLiteral("vault.starling"))));
    QVERIFY(m_panel->isEnabled());
    QVERIFY(m_panel->currentCompanyId() > 0);
}

void TestCompaniesPanel::shouldAddACompanyWithAFreeNameAndFocusIt() {
    QSignalSpy changed(m_panel.get(), &CompaniesPanel::currentCompanyChanged);
    m_panel->newCompany();
    m_panel->newCompany();

    const QList<Company> companies = m_session->store().companies().value();
    QCOMPARE(companies.size(), 2);
    QCOMPARE(companies.at(0).name, QStringLiteral("New company"));
    QCOMPARE(companies.at(1).name, QStringLiteral("New company 2"));
    QCOMPARE(m_panel->currentCompanyId(), companies.at(1).id);
    QCOMPARE(changed.last().at(0).toLongLong(), companies.at(1).id);
    auto *name = child<QLineEdit>("companyNameEdit");
    QCOMPARE(name->text(), QStringLiteral("New company 2"));
    QCOMPARE(name->selectedText(), name->text());
    QCOMPARE(m_session->undoStack().count(), 2);
}

void TestCompaniesPanel::shouldSaveATypedCompanyName() {
    m_panel->newCompany();
    const qint64 id = m_panel->currentCompanyId();
    retype(child<QLineEdit>("companyNameEdit"), QStringLiteral("Acme Analytics"));

    QTRY_COMPARE(m_session->store().company(id)->name, QStringLiteral("Acme Analytics"));
    // One step for the add, one for the whole burst of typing.
    QCOMPARE(m_session->undoStack().count(), 2);
    QCOMPARE(listIndexFor(id).data(Qt::DisplayRole).toString(), QStringLiteral("Acme Analytics"));
}

void TestCompaniesPanel::shouldKeepATypedSpaceWhileTheVaultTrimsTheName() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    auto *name = child<QLineEdit>("companyNameEdit");
    name->setFocus();
    name->end(false);
    QTest::keyClick(name, Qt::Key_Space);
    QTest::qWait(CompaniesPanel::SaveDelayMs + 100); // the user pauses after the space
    QCOMPARE(name->text(), QStringLiteral("Acme "));
    QTest::keyClicks(name, QStringLiteral("Labs"));
    QTRY_COMPARE(m_session->store().company(id)->name, QStringLiteral("Acme Labs"));
    QCOMPARE(name->text(), QStringLiteral("Acme Labs"));
}

void TestCompaniesPanel::shouldSaveNonAsciiTextFromAnInputMethod() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    auto *name = child<QLineEdit>("companyNameEdit");
    name->setFocus();
    name->selectAll();
    commitText(name, QStringLiteral("Société Générale"));
    auto *meaning = child<QPlainTextEdit>("companyNotesEdit");
    meaning->setFocus();
    commitText(meaning, QStringLiteral("Entretien à Zürich — 東京"));

    QTRY_COMPARE(m_session->store().company(id)->name, QStringLiteral("Société Générale"));
    QTRY_COMPARE(m_session->store().company(id)->notes,
                 QStringLiteral("Entretien à Zürich — 東京"));
}

void TestCompaniesPanel::shouldRefuseADuplicateNameWithoutLosingIt() {
    // GIVEN two companies
    addCompany(QStringLiteral("Acme"));
    const qint64 id = addCompany(QStringLiteral("Globex"));
    m_panel->selectCompany(id);
    const int steps = m_session->undoStack().count();

    // WHEN the second is renamed to the first's name, in another case
    auto *name = child<QLineEdit>("companyNameEdit");
    retype(name, QStringLiteral("ACME"));

    // THEN the error shows, the text stays, and nothing is saved
    auto *error = child<QLabel>("companyErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("ACME")));
    QTest::qWait(CompaniesPanel::SaveDelayMs + 100);
    QCOMPARE(m_session->store().company(id)->name, QStringLiteral("Globex"));
    QCOMPARE(name->text(), QStringLiteral("ACME"));
    QCOMPARE(m_session->undoStack().count(), steps);

    // WHEN fixed
    QTest::keyClicks(name, QStringLiteral(" Labs"));
    // THEN it is saved and the error goes
    QTRY_COMPARE(m_session->store().company(id)->name, QStringLiteral("ACME Labs"));
    QVERIFY(!error->isVisible());

    // An empty name is refused the same way
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(m_session->store().company(id)->name, QStringLiteral("ACME Labs"));
}

void TestCompaniesPanel::shouldSaveRoleLevelSourceAndNotes() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    retype(child<QLineEdit>("companyRoleEdit"), QStringLiteral("ML engineer"));
    retype(child<QLineEdit>("companyLevelEdit"), QStringLiteral("Senior"));
    retype(child<QLineEdit>("companySourceEdit"), QStringLiteral("https://acme.example/values"));
    auto *notes = child<QPlainTextEdit>("companyNotesEdit");
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Loop: 4 rounds"));

    QTRY_COMPARE(m_session->store().company(id)->notes, QStringLiteral("Loop: 4 rounds"));
    const Company company = m_session->store().company(id).value();
    QCOMPARE(company.role, QStringLiteral("ML engineer"));
    QCOMPARE(company.level, QStringLiteral("Senior"));
    QCOMPARE(company.sourceUrl, QStringLiteral("https://acme.example/values"));
    QCOMPARE(listIndexFor(id).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Acme, ML engineer · Senior, No interview date, no values yet, No answers yet"));
}

void TestCompaniesPanel::shouldShowTheInterviewCountdownInTheList() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    const QDate today = QDate::currentDate();
    m_panel->companyModel()->setToday(today);
    QVERIFY(listIndexFor(id)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("No interview date")));

    // WHEN the interview is scheduled in five days
    auto *check = child<QCheckBox>("interviewScheduledCheck");
    auto *date = child<QDateEdit>("interviewDateEdit");
    QVERIFY(!date->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(date->isEnabled());
    QVERIFY(m_session->store().company(id)->interviewDate.isValid());
    date->setDate(today.addDays(5));

    // THEN
    QTRY_COMPARE(m_session->store().company(id)->interviewDate, today.addDays(5));
    QVERIFY(listIndexFor(id)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("Interview in 5 days")));
    QCOMPARE(child<QLabel>("interviewCountdownLabel")->text(), QStringLiteral("in 5 days"));

    date->setDate(today);
    QTRY_VERIFY(listIndexFor(id)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Interview today")));

    // WHEN unchecked: no date
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!m_session->store().company(id)->interviewDate.isValid());
    QVERIFY(listIndexFor(id)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("No interview date")));

    // AND undo brings the date back into the form
    m_session->undoStack().undo();
    QVERIFY(check->isChecked());
    QCOMPARE(date->date(), today);
}

void TestCompaniesPanel::shouldSortCompaniesByName() {
    addCompany(QStringLiteral("zeta"));
    addCompany(QStringLiteral("Alpha"));
    addCompany(QStringLiteral("beta"));
    QAbstractItemModel *model = child<QListView>("companyList")->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                 QStringLiteral("zeta")}));
}

void TestCompaniesPanel::shouldFollowUndoWithoutMovingTheCursor() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 valueId = addValue(id, QStringLiteral("Ownership"));
    m_panel->selectCompany(id);
    m_panel->selectValue(valueId);
    QCOMPARE(m_panel->currentValueId(), valueId);

    // WHEN the meaning changes elsewhere while the user's cursor sits at the start
    auto *meaning = child<QPlainTextEdit>("valueMeaningEdit");
    ValuePrinciple value = m_session->store().value(valueId).value();
    value.meaning = QStringLiteral("You finish what you start.");
    VERIFY_OK(m_commands->updateValue(value, ValueField::Meaning));
    QCOMPARE(meaning->toPlainText(), value.meaning);
    QTextCursor cursor = meaning->textCursor();
    cursor.setPosition(3);
    meaning->setTextCursor(cursor);
    value.meaning = QStringLiteral("You finish what you start, end to end.");
    VERIFY_OK(m_commands->updateValue(value, ValueField::Meaning));

    // THEN the text follows and the cursor stays
    QCOMPARE(meaning->toPlainText(), value.meaning);
    QCOMPARE(meaning->textCursor().position(), 3);

    // AND undo (both edits of the meaning merged into one step) is followed without saving
    // anything new
    const int steps = m_session->undoStack().count();
    m_session->undoStack().undo();
    QCOMPARE(meaning->toPlainText(), QString());
    QTest::qWait(CompaniesPanel::SaveDelayMs + 100);
    QCOMPARE(m_session->undoStack().count(), steps);
    QCOMPARE(m_session->undoStack().index(), steps - 1);

    // AND a company field follows too
    Company company = m_session->store().company(id).value();
    company.role = QStringLiteral("Analyst");
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::Role));
    QCOMPARE(child<QLineEdit>("companyRoleEdit")->text(), QStringLiteral("Analyst"));
}

void TestCompaniesPanel::shouldAddValuesAndSubPrinciples() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    QVERIFY(!child<QToolButton>("addSubPrincipleButton")->isEnabled());

    QSignalSpy valueChanged(m_panel.get(), &CompaniesPanel::currentValueChanged);
    QTest::mouseClick(child<QToolButton>("addValueButton"), Qt::LeftButton);
    QList<ValuePrinciple> values = m_session->store().values(id).value();
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0).name, QStringLiteral("New value"));
    QCOMPARE(m_panel->currentValueId(), values.at(0).id);
    QCOMPARE(valueChanged.last().at(0).toLongLong(), values.at(0).id);
    QCOMPARE(child<QLineEdit>("valueNameEdit")->text(), QStringLiteral("New value"));

    // Rename it by typing
    retype(child<QLineEdit>("valueNameEdit"), QStringLiteral("Ownership"));
    QTRY_COMPARE(m_session->store().value(values.at(0).id)->name, QStringLiteral("Ownership"));

    // A sub-principle goes under the value; a second one from the sub-principle is its sibling
    m_panel->addSubPrinciple();
    m_panel->addSubPrinciple();
    values = m_session->store().values(id).value();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(1).parentId, values.at(0).id);
    QCOMPARE(values.at(2).parentId, values.at(0).id);
    QCOMPARE(values.at(1).name, QStringLiteral("New sub-principle"));
    QCOMPARE(m_panel->currentValueId(), values.at(2).id);
    auto *tree = child<QTreeView>("valueTree");
    QVERIFY(tree->isExpanded(m_panel->valueModel()->indexForId(values.at(0).id)));

    // An empty name is not saved
    auto *name = child<QLineEdit>("valueNameEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QTRY_VERIFY(child<QLabel>("valueErrorLabel")->isVisible());
    QCOMPARE(m_session->store().value(values.at(2).id)->name, QStringLiteral("New sub-principle"));
}

void TestCompaniesPanel::shouldSaveMeaningAndKeywords() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 valueId = addValue(id, QStringLiteral("We are doers"));
    m_panel->selectCompany(id);
    QCOMPARE(m_panel->currentValueId(), valueId); // the first value is shown

    auto *meaning = child<QPlainTextEdit>("valueMeaningEdit");
    meaning->setFocus();
    QTest::keyClicks(meaning, QStringLiteral("You act without waiting to be told."));
    retype(child<QLineEdit>("valueKeywordsEdit"), QStringLiteral("doer, act , , bias for action"));

    QTRY_COMPARE(m_session->store().value(valueId)->keywords,
                 (QStringList{QStringLiteral("doer"), QStringLiteral("act"),
                              QStringLiteral("bias for action")}));
    QCOMPARE(m_session->store().value(valueId)->meaning,
             QStringLiteral("You act without waiting to be told."));
    // Focus leaving saves at once too
    QVERIFY(!meaning->placeholderText().isEmpty());
}

void TestCompaniesPanel::shouldSuggestThemesAndApplyThem() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 valueId = addValue(id, QStringLiteral("New value"));
    m_panel->selectCompany(id);
    m_panel->selectValue(valueId);
    auto *apply = child<QPushButton>("applySuggestedThemesButton");
    auto *label = child<QLabel>("themeSuggestionLabel");

    retype(child<QLineEdit>("valueNameEdit"), QStringLiteral("Ownership"));
    auto *meaning = child<QPlainTextEdit>("valueMeaningEdit");
    meaning->setFocus();
    QTest::keyClicks(meaning, QStringLiteral("Think long term and never say that's not my job."));

    // THEN suggestions show live, before anything is saved
    const QStringList expected =
        Themes::suggest(QStringLiteral("Ownership"),
                        QStringLiteral("Think long term and never say that's not my job."), {});
    QVERIFY(!expected.isEmpty());
    QVERIFY(label->text().contains(Themes::displayName(expected.first())));
    QVERIFY(apply->isEnabled());

    // WHEN applied
    QTest::mouseClick(apply, Qt::LeftButton);
    // THEN the store has them, with the typed text saved first
    QCOMPARE(m_session->store().value(valueId)->themes, expected);
    QCOMPARE(m_session->store().value(valueId)->name, QStringLiteral("Ownership"));
    QVERIFY(!apply->isEnabled());
    auto *themes = child<QListWidget>("valueThemesList");
    for (int row = 0; row < themes->count(); ++row) {
        const QListWidgetItem *item = themes->item(row);
        QCOMPARE(item->checkState() == Qt::Checked,
                 expected.contains(item->data(Qt::UserRole).toString()));
    }
    // AND it is one undo step
    m_session->undoStack().undo();
    QVERIFY(m_session->store().value(valueId)->themes.isEmpty());
    QVERIFY(apply->isEnabled());
}

void TestCompaniesPanel::shouldSaveThemesTickedInTheList() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 valueId = addValue(id, QStringLiteral("Earn trust"));
    m_panel->selectCompany(id);
    auto *themes = child<QListWidget>("valueThemesList");
    QCOMPARE(themes->count(), Themes::all().size());
    QCOMPARE(themes->item(0)->text(), Themes::all().first().name);
    QVERIFY(themes->item(0)->toolTip().contains(Themes::all().first().description.toHtmlEscaped()));

    QListWidgetItem *integrity = nullptr;
    for (int row = 0; row < themes->count(); ++row) {
        if (themes->item(row)->data(Qt::UserRole).toString() == QStringLiteral("integrity"))
            integrity = themes->item(row);
    }
    QVERIFY(integrity);
    integrity->setCheckState(Qt::Checked);
    QCOMPARE(m_session->store().value(valueId)->themes, QStringList{QStringLiteral("integrity")});

    // A click on the theme's name toggles it as well
    const QRect rect = themes->visualItemRect(integrity);
    QTest::mouseClick(themes->viewport(), Qt::LeftButton, {},
                      rect.center() + QPoint(rect.width() / 4, 0));
    QCOMPARE(integrity->checkState(), Qt::Unchecked);
    QVERIFY(m_session->store().value(valueId)->themes.isEmpty());
}

void TestCompaniesPanel::shouldDeleteAValueAndUndoIt() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 a = addValue(id, QStringLiteral("Ownership"));
    const qint64 sub = addValue(id, QStringLiteral("Long term"), a);
    const qint64 b = addValue(id, QStringLiteral("Frugality"));
    m_panel->selectCompany(id);
    m_panel->selectValue(a);

    QTest::mouseClick(child<QToolButton>("deleteValueButton"), Qt::LeftButton);
    QCOMPARE(m_session->store().values(id)->size(), 1);
    QCOMPARE(m_panel->currentValueId(), b); // the selection moves on gracefully
    QCOMPARE(child<QLineEdit>("valueNameEdit")->text(), QStringLiteral("Frugality"));

    m_session->undoStack().undo();
    const QList<ValuePrinciple> values = m_session->store().values(id).value();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(0).id, a);
    QCOMPARE(values.at(1).id, sub);
    QVERIFY(m_panel->valueModel()->indexForId(sub).isValid());
}

void TestCompaniesPanel::shouldDeleteTheValueOnTheDeleteKey() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 a = addValue(id, QStringLiteral("Ownership"));
    m_panel->selectCompany(id);
    m_panel->selectValue(a);
    auto *tree = child<QTreeView>("valueTree");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(m_session->store().values(id)->isEmpty());
    QCOMPARE(m_panel->currentValueId(), 0);
    QVERIFY(child<QLabel>("noValuesLabel")->isVisible());
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().values(id)->size(), 1);
    QVERIFY(tree->isVisible());
}

void TestCompaniesPanel::shouldShowAnEmptyStateForACompanyWithoutValues() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    auto *empty = child<QLabel>("noValuesLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No values yet.")));
    QVERIFY(!child<QLineEdit>("valueNameEdit")->isVisible());
    QVERIFY(!child<QToolButton>("deleteValueButton")->isEnabled());

    addValue(id, QStringLiteral("Ownership"));
    QVERIFY(!empty->isVisible());
    QVERIFY(child<QTreeView>("valueTree")->isVisible());
}

void TestCompaniesPanel::shouldAddPastedValuesAsOneUndoStep() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    addValue(id, QStringLiteral("Existing"));
    m_panel->selectCompany(id);
    ValueDraft customer{
        QStringLiteral("Customer first"), QStringLiteral("Start from the user."), {}, {}, {}};
    customer.children.append({QStringLiteral("Listen first"), {}, {}, {}, {}});
    m_panel->pasted = QList<ValueDraft>{customer, {QStringLiteral("Ownership"), {}, {}, {}, {}}};
    const int steps = m_session->undoStack().count();

    QTest::mouseClick(child<QToolButton>("pasteValuesButton"), Qt::LeftButton);

    QCOMPARE(m_panel->pasteCompanyName, QStringLiteral("Acme"));
    QList<ValuePrinciple> values = m_session->store().values(id).value();
    QCOMPARE(values.size(), 4);
    QCOMPARE(values.at(1).name, QStringLiteral("Customer first"));
    QCOMPARE(values.at(2).parentId, values.at(1).id);
    QCOMPARE(values.at(3).name, QStringLiteral("Ownership"));
    QCOMPARE(m_session->undoStack().count(), steps + 1);
    QCOMPARE(m_panel->currentValueId(), values.at(1).id); // the first pasted value

    m_session->undoStack().undo();
    QCOMPARE(m_session->store().values(id)->size(), 1);
}

void TestCompaniesPanel::shouldIgnoreACancelledPaste() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    const int steps = m_session->undoStack().count();
    m_panel->pasted.reset();
    m_panel->pasteValues();
    m_panel->pasted = QList<ValueDraft>{};
    m_panel->pasteValues();
    QCOMPARE(m_session->undoStack().count(), steps);
    QVERIFY(m_session->store().values(id)->isEmpty());
}

void TestCompaniesPanel::shouldAddACompanyFromTheLibraryAsOneUndoStep() {
    const Result<QList<LibraryCompany>> library = ValuesLibrary::load();
    VERIFY_OK(library);
    const LibraryCompany amazon = library->first();
    m_panel->library = amazon;

    m_panel->addFromLibrary();

    QCOMPARE(m_session->undoStack().count(), 1);
    const Result<qint64> id = m_session->store().findCompany(amazon.name);
    VERIFY_OK(id);
    QVERIFY(id.value() > 0);
    QCOMPARE(m_panel->currentCompanyId(), id.value());
    const Company company = m_session->store().company(id.value()).value();
    QCOMPARE(company.sourceUrl, amazon.sourceUrl);
    QVERIFY(company.notes.contains(amazon.asOf.toString(Qt::ISODate)));
    const QList<ValuePrinciple> values = m_session->store().values(id.value()).value();
    QCOMPARE(values.size(), countDrafts(amazon.values));
    QCOMPARE(values.first().name, amazon.values.first().name);
    QCOMPARE(values.first().meaning, amazon.values.first().meaning);
    QCOMPARE(m_panel->currentValueId(), values.first().id);
    QCOMPARE(child<QLineEdit>("companySourceEdit")->text(), amazon.sourceUrl);

    // A second copy gets a free name
    m_panel->addFromLibrary();
    QCOMPARE(m_session->store().companies()->size(), 2);
    VERIFY_OK(m_session->store().findCompany(amazon.name + QStringLiteral(" (2)")));
    QVERIFY(m_session->store().findCompany(amazon.name + QStringLiteral(" (2)")).value() > 0);

    // One undo step each
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    QVERIFY(m_session->store().companies()->isEmpty());
    QVERIFY(m_session->store().allValues()->isEmpty());

    // Cancelled: nothing happens
    m_panel->library.reset();
    m_panel->addFromLibrary();
    QVERIFY(m_session->store().companies()->isEmpty());
}

void TestCompaniesPanel::shouldAddFromTheRealLibraryDialog() {
    m_panel->realDialogs = true;
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<ValuesLibraryDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [] {
                if (QWidget *w = QApplication::activeModalWidget())
                    w->close();
            });
            return;
        }
        seen = dialog->selectCompany(QStringLiteral("Google"));
        dialog->accept();
    });
    m_panel->addFromLibrary();
    QVERIFY(seen);
    const Result<qint64> id = m_session->store().findCompany(QStringLiteral("Google"));
    VERIFY_OK(id);
    QVERIFY(id.value() > 0);
    QVERIFY(!m_session->store().values(id.value())->isEmpty());
}

void TestCompaniesPanel::shouldConfirmBeforeDeletingACompanyWithValues() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    addValue(id, QStringLiteral("Ownership"));
    addValue(id, QStringLiteral("Frugality"));
    m_panel->selectCompany(id);

    // WHEN the user cancels
    m_panel->confirm = false;
    QTest::mouseClick(child<QToolButton>("deleteCompanyButton"), Qt::LeftButton);
    QCOMPARE(m_panel->confirmCalls, 1);
    QVERIFY(m_panel->confirmText.contains(QStringLiteral("2 value")));
    QVERIFY(m_session->store().company(id).ok());

    // WHEN they confirm
    m_panel->confirm = true;
    m_panel->deleteCurrentCompany();
    QVERIFY(!m_session->store().company(id).ok());
    QCOMPARE(m_panel->currentCompanyId(), 0);
    QVERIFY(child<QLabel>("noCompaniesLabel")->isVisible());

    // THEN undo brings it back with its values
    m_session->undoStack().undo();
    QVERIFY(m_session->store().company(id).ok());
    QCOMPARE(m_session->store().values(id)->size(), 2);
    QCOMPARE(m_panel->currentCompanyId(), id);
}

void TestCompaniesPanel::shouldDeleteAnEmptyCompanyWithoutAsking() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    m_panel->selectCompany(id);
    m_panel->deleteCurrentCompany();
    QCOMPARE(m_panel->confirmCalls, 0);
    QVERIFY(m_session->store().companies()->isEmpty());
}

void TestCompaniesPanel::shouldReemitStoriesDroppedOnAValue() {
    const qint64 id = addCompany(QStringLiteral("Acme"));
    const qint64 valueId = addValue(id, QStringLiteral("Ownership"));
    Story story;
    story.title = QStringLiteral("Fraud model");
    const Result<qint64> storyId = m_commands->addStory(story);
    VERIFY_OK(storyId);
    m_panel->selectCompany(id);
    QSignalSpy mapped(m_panel.get(), &CompaniesPanel::storiesMapped);

    std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {storyId.value()}));
    ValueTreeModel *model = m_panel->valueModel();
    QVERIFY(model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, model->indexForId(valueId)));

    QCOMPARE(mapped.count(), 1);
    QCOMPARE(mapped.first().at(0).value<QList<qint64>>(), QList<qint64>{storyId.value()});
    QCOMPARE(mapped.first().at(1).toLongLong(), valueId);
    QCOMPARE(model->indexForId(valueId).data(ValueTreeModel::LinkCountRole).toInt(), 1);

    // The tree accepts both value moves and story drops
    auto *tree = child<QTreeView>("valueTree");
    QCOMPARE(tree->dragDropMode(), QAbstractItemView::DragDrop);
    QCOMPARE(tree->defaultDropAction(), Qt::MoveAction);
    QVERIFY(tree->acceptDrops());
}

void TestCompaniesPanel::shouldClearTheFormsWhenTheSelectedCompanyIsRemoved() {
    const qint64 a = addCompany(QStringLiteral("Acme"));
    const qint64 b = addCompany(QStringLiteral("Globex"));
    const qint64 valueId = addValue(b, QStringLiteral("Ownership"));
    m_panel->selectCompany(b);
    QCOMPARE(m_panel->currentValueId(), valueId);

    // A pending edit of the value is not written after the company goes
    auto *meaning = child<QPlainTextEdit>("valueMeaningEdit");
    meaning->setFocus();
    QTest::keyClicks(meaning, QStringLiteral("pending"));
    VERIFY_OK(m_commands->deleteCompany(b));

    QCOMPARE(m_panel->currentCompanyId(), a);
    QCOMPARE(m_panel->currentValueId(), 0);
    QCOMPARE(child<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Acme"));
    QTest::qWait(CompaniesPanel::SaveDelayMs + 100);
    QVERIFY(child<QLabel>("saveErrorMessage")->isHidden());
}

void TestCompaniesPanel::shouldPutCompaniesAndValuesSideBySideWhenWide() {
    addCompany(QStringLiteral("Acme"));
    auto *splitter = child<QSplitter>("companiesSplitter");
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    m_panel->resize(1000, 800);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    m_panel->resize(400, 800);
    QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
}

QTEST_MAIN(TestCompaniesPanel)
#include "tst_companiespanel.moc"
