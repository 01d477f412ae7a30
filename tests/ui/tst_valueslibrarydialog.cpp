#include "valueslibrary.h"
#include "valueslibrarydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace starling;

class TestValuesLibraryDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldListTheBundledCompanies();
    void shouldPreviewTheSelectedCompanysValues();
    void shouldShowWhereTheValuesComeFrom();
    void shouldFilterBySearch_data();
    void shouldFilterBySearch();
    void shouldReturnTheSelectedCompany();
    void shouldDisableAddWhenNothingMatches();
    void shouldShowTheErrorWhenTheLibraryCannotBeRead();

private:
    template<typename T> T *child(const char *name) {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QStringList visibleCompanies();

    QList<LibraryCompany> m_library;
    std::unique_ptr<ValuesLibraryDialog> m_dialog;
};

void TestValuesLibraryDialog::init() {
    const Result<QList<LibraryCompany>> library = ValuesLibrary::load();
    QVERIFY2(library.ok(), library.ok() ? "" : qPrintable(library.error()));
    m_library = library.value();
    m_dialog = std::make_unique<ValuesLibraryDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestValuesLibraryDialog::cleanup() {
    m_dialog.reset();
}

QStringList TestValuesLibraryDialog::visibleCompanies() {
    QStringList names;
    auto *list = child<QListWidget>("libraryList");
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            names.append(list->item(row)->text());
    }
    return names;
}

void TestValuesLibraryDialog::shouldListTheBundledCompanies() {
    QCOMPARE(m_dialog->objectName(), QStringLiteral("valuesLibraryDialog"));
    auto *list = child<QListWidget>("libraryList");
    QVERIFY(list->count() >= 8);
    QCOMPARE(list->count(), m_library.size());
    for (int row = 0; row < list->count(); ++row)
        QCOMPARE(list->item(row)->text(), m_library.at(row).name);
    QVERIFY(m_dialog->errorMessage().isEmpty());
    QVERIFY(!child<QLabel>("libraryError")->isVisible());
}

void TestValuesLibraryDialog::shouldPreviewTheSelectedCompanysValues() {
    // The first company is chosen from the start
    auto *preview = child<QTreeWidget>("libraryPreview");
    const LibraryCompany &first = m_library.first();
    QCOMPARE(preview->topLevelItemCount(), first.values.size());
    QCOMPARE(preview->topLevelItem(0)->text(ValuesLibraryDialog::NameColumn),
             first.values.first().name);
    QCOMPARE(preview->topLevelItem(0)->text(ValuesLibraryDialog::MeaningColumn),
             first.values.first().meaning);

    // A company with sub-principles shows them under their value
    const auto withChildren =
        std::find_if(m_library.cbegin(), m_library.cend(), [](const LibraryCompany &c) {
            return std::any_of(c.values.cbegin(), c.values.cend(),
                               [](const ValueDraft &v) { return !v.children.isEmpty(); });
        });
    if (withChildren != m_library.cend()) {
        QVERIFY(m_dialog->selectCompany(withChildren->name));
        int row = 0;
        while (withChildren->values.at(row).children.isEmpty())
            ++row;
        const QTreeWidgetItem *item = preview->topLevelItem(row);
        QCOMPARE(item->childCount(), withChildren->values.at(row).children.size());
        QCOMPARE(item->child(0)->text(0), withChildren->values.at(row).children.first().name);
        QVERIFY(item->isExpanded());
    }
}

void TestValuesLibraryDialog::shouldShowWhereTheValuesComeFrom() {
    const LibraryCompany &first = m_library.first();
    auto *source = child<QLabel>("librarySource");
    QVERIFY(source->text().contains(first.sourceUrl));
    QCOMPARE(source->textFormat(), Qt::PlainText); // shown, never opened
    QVERIFY(source->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!source->openExternalLinks());
    QVERIFY(child<QLabel>("librarySummary")->text().contains(QString::number(first.asOf.year())));
    QVERIFY(child<QLabel>("libraryNote")->text().contains(QStringLiteral("values change")));
    QCOMPARE(child<QLabel>("libraryTitle")->text(), first.name);
}

void TestValuesLibraryDialog::shouldFilterBySearch_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("only");
    QTest::newRow("company name") << QStringLiteral("goog") << QStringLiteral("Google") << true;
    QTest::newRow("case-insensitive")
        << QStringLiteral("AMAZON") << QStringLiteral("Amazon") << true;
    QTest::newRow("a value name") << QStringLiteral("Customer Obsession")
                                  << QStringLiteral("Amazon") << false;
}

void TestValuesLibraryDialog::shouldFilterBySearch() {
    QFETCH(QString, search);
    QFETCH(QString, expected);
    QFETCH(bool, only);
    QTest::keyClicks(child<QLineEdit>("librarySearch"), search);
    const QStringList visible = visibleCompanies();
    QVERIFY(visible.contains(expected));
    if (only)
        QCOMPARE(visible, QStringList{expected});
    QVERIFY(visible.size() < m_library.size());
    // The preview follows a visible company
    QVERIFY(visible.contains(m_dialog->selectedCompany().name));

    child<QLineEdit>("librarySearch")->clear();
    QCOMPARE(visibleCompanies().size(), m_library.size());
}

void TestValuesLibraryDialog::shouldReturnTheSelectedCompany() {
    const LibraryCompany &pick = m_library.at(2);
    auto *list = child<QListWidget>("libraryList");
    list->setCurrentRow(2);
    const LibraryCompany selected = m_dialog->selectedCompany();
    QCOMPARE(selected.name, pick.name);
    QCOMPARE(selected.sourceUrl, pick.sourceUrl);
    QCOMPARE(selected.asOf, pick.asOf);
    QCOMPARE(selected.note, pick.note);
    QCOMPARE(selected.values.size(), pick.values.size());
    for (qsizetype i = 0; i < pick.values.size(); ++i) {
        QCOMPARE(selected.values.at(i).name, pick.values.at(i).name);
        QCOMPARE(selected.values.at(i).meaning, pick.values.at(i).meaning);
        QCOMPARE(selected.values.at(i).keywords, pick.values.at(i).keywords);
        QCOMPARE(selected.values.at(i).themes, pick.values.at(i).themes);
        QCOMPARE(selected.values.at(i).children.size(), pick.values.at(i).children.size());
    }
    QCOMPARE(child<QLabel>("libraryTitle")->text(), pick.name);
    auto *ok = child<QPushButton>("addLibraryCompanyButton");
    QCOMPARE(ok->text(), QStringLiteral("Add company"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->selectedCompany().name, pick.name);
}

void TestValuesLibraryDialog::shouldDisableAddWhenNothingMatches() {
    QTest::keyClicks(child<QLineEdit>("librarySearch"), QStringLiteral("zzqqxx no such thing"));
    QVERIFY(visibleCompanies().isEmpty());
    QVERIFY(!child<QPushButton>("addLibraryCompanyButton")->isEnabled());
    QVERIFY(child<QLabel>("libraryNoMatch")->isVisible());
    QVERIFY(m_dialog->selectedCompany().name.isEmpty());
}

void TestValuesLibraryDialog::shouldShowTheErrorWhenTheLibraryCannotBeRead() {
    const Result<QList<LibraryCompany>> broken = ValuesLibrary::parse("{ not json");
    QVERIFY(!broken.ok());
    ValuesLibraryDialog dialog(broken);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("libraryError"));
    QVERIFY(error && error->isVisible());
    QVERIFY(error->text().contains(broken.error()));
    QCOMPARE(dialog.errorMessage(), broken.error());
    QVERIFY(
        !dialog.findChild<QPushButton *>(QStringLiteral("addLibraryCompanyButton"))->isEnabled());
    QVERIFY(dialog.selectedCompany().name.isEmpty());
}

QTEST_MAIN(TestValuesLibraryDialog)
#include "tst_valueslibrarydialog.moc"
