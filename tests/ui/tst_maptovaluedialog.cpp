// The "Map to value…" chooser: every value of every company, filtered as the user types,
// mapped values marked, keyboard-only use.
#include "maptovaluedialog.h"
#include "vaultsession.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

class TestMapToValueDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    VaultSession m_session;
    qint64 m_story = 0;
    qint64 m_ownership = 0;
    qint64 m_longTerm = 0;
    qint64 m_frugality = 0;
    qint64 m_team = 0;

    qint64 addValue(qint64 company, const QString &name, qint64 parent = 0)
    {
        ValuePrinciple value;
        value.companyId = company;
        value.parentId = parent;
        value.name = name;
        value.position = -1;
        return m_session.store().addValue(value).value();
    }

    qint64 addCompany(const QString &name)
    {
        Company company;
        company.name = name;
        return m_session.store().addCompany(company).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("chooser.starling"))));
        // Added out of order: the list is sorted by company name.
        const qint64 northwind = addCompany(QStringLiteral("Northwind"));
        const qint64 amazon = addCompany(QStringLiteral("Amazon"));
        m_ownership = addValue(amazon, QStringLiteral("Ownership"));
        m_longTerm = addValue(amazon, QStringLiteral("Think long term"), m_ownership);
        m_frugality = addValue(amazon, QStringLiteral("Frugality"));
        m_team = addValue(northwind, QStringLiteral("One team"));
        Story story;
        story.title = QStringLiteral("Churn model");
        m_story = m_session.store().addStory(story).value();
        QVERIFY(m_session.store().setLink({m_story, m_frugality, {}}));
    }

    void shouldListEveryValueOfEveryCompanyWithItsPath()
    {
        MapToValueDialog dialog(m_session.store(), m_story);
        QCOMPARE(dialog.objectName(), QStringLiteral("mapToValueDialog"));
        QCOMPARE(dialog.visibleChoices(),
                 (QStringList{QStringLiteral("Amazon — Ownership"),
                              QStringLiteral("Amazon — Ownership › Think long term"),
                              QStringLiteral("Amazon — Frugality  (mapped)"),
                              QStringLiteral("Northwind — One team")}));
        QVERIFY(dialog.errorText().isEmpty());
    }

    void shouldFilterOnEveryTermInAnyCase_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty: everything")
            << QString() << QStringList{QStringLiteral("Amazon — Ownership"),
                                        QStringLiteral("Amazon — Ownership › Think long term"),
                                        QStringLiteral("Amazon — Frugality  (mapped)"),
                                        QStringLiteral("Northwind — One team")};
        QTest::newRow("a company") << QStringLiteral("northWIND")
                                   << QStringList{QStringLiteral("Northwind — One team")};
        QTest::newRow("a parent finds its sub-principles")
            << QStringLiteral("owner")
            << QStringList{QStringLiteral("Amazon — Ownership"),
                           QStringLiteral("Amazon — Ownership › Think long term")};
        QTest::newRow("all terms, any order")
            << QStringLiteral("  long   AMAZON ")
            << QStringList{QStringLiteral("Amazon — Ownership › Think long term")};
        QTest::newRow("the mark is not searched") << QStringLiteral("mapped") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("amazon team") << QStringList{};
    }

    void shouldFilterOnEveryTermInAnyCase()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);

        MapToValueDialog dialog(m_session.store(), m_story);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("valueSearch"));
        QVERIFY(edit);
        edit->setText(search);
        QCOMPARE(dialog.visibleChoices(), expected);
        // The first match is chosen, so Enter maps it; nothing chosen without a match.
        auto *ok = dialog.findChild<QPushButton *>();
        Q_UNUSED(ok)
        QCOMPARE(dialog.selectedValueId() != 0, !expected.isEmpty());
    }

    void shouldMarkMappedValues()
    {
        MapToValueDialog dialog(m_session.store(), m_story);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("valueChoices"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            const bool mapped = item->data(MapToValueDialog::ValueIdRole).toLongLong() == m_frugality;
            QCOMPARE(item->data(MapToValueDialog::MappedRole).toBool(), mapped);
            QCOMPARE(item->text().endsWith(QStringLiteral("(mapped)")), mapped);
        }
    }

    void shouldBeUsableFromTheKeyboard()
    {
        // GIVEN the dialog, shown: focus starts in the search
        MapToValueDialog dialog(m_session.store(), m_story);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("valueSearch"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("valueChoices"));
        QTRY_COMPARE(QApplication::focusWidget(), edit);

        // WHEN the user types, moves down into the list and one more row
        QTest::keyClicks(edit, QStringLiteral("amazon"));
        QCOMPARE(dialog.selectedValueId(), m_ownership);
        QTest::keyClick(edit, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(dialog.selectedValueId(), m_ownership);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(dialog.selectedValueId(), m_longTerm);

        // AND presses Enter
        QTest::keyClick(list, Qt::Key_Return);

        // THEN the dialog is accepted with that value
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.selectedValueId(), m_longTerm);
    }

    void shouldAcceptWithEnterInTheSearch()
    {
        MapToValueDialog dialog(m_session.store(), m_story);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("valueSearch"));
        QTest::keyClicks(edit, QStringLiteral("one team"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.selectedValueId(), m_team);
    }

    void shouldNotAcceptWithoutAMatch()
    {
        MapToValueDialog dialog(m_session.store(), m_story);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("valueSearch"));
        QTest::keyClicks(edit, QStringLiteral("zzz"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.selectedValueId(), 0);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        bool mapDisabled = false;
        for (QPushButton *button : buttons) {
            if (button->text() == QStringLiteral("Map"))
                mapDisabled = !button->isEnabled();
        }
        QVERIFY(mapDisabled);
    }

    void shouldPreselectAValue()
    {
        MapToValueDialog dialog(m_session.store(), m_story);
        QVERIFY(dialog.selectValue(m_team));
        QCOMPARE(dialog.selectedValueId(), m_team);
        QVERIFY(!dialog.selectValue(987654));
    }
};

QTEST_MAIN(TestMapToValueDialog)
#include "tst_maptovaluedialog.moc"
