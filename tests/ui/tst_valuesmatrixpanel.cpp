// The Values Matrix dock's panel offscreen: drops on the matrix (synthetic drag events on the
// viewport), garbage payloads, Delete and undo, notes editing through the dialog hook, the
// summary, empty states, the column filter, header drags and the suggestions side area.
#include "idsmime.h"
#include "linknotesdialog.h"
#include "maptovaluedialog.h"
#include "storycolumnheader.h"
#include "valuesmatrixmodel.h"
#include "valuesmatrixpanel.h"
#include "valuesuggestionspanel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace starling;
using Model = ValuesMatrixModel;

namespace {

// Every notes dialog the panel opened: which link, and what it showed.
struct NotesCall {
    QString heading;
    QString notesShown;
};

} // namespace

class TestValuesMatrixPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_vaults = 0;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<ValuesMatrixPanel> m_panel;
    QTableView *m_view = nullptr;

    qint64 m_acme = 0;
    qint64 m_ownership = 0; // Churn model is mapped, with notes
    qint64 m_longTerm = 0;  // sub-principle of Ownership; Pricing test is mapped, no notes
    qint64 m_customer = 0;  // a gap
    qint64 m_churn = 0;
    qint64 m_pricing = 0;
    qint64 m_interviews = 0; // about customers, mapped nowhere

    QList<NotesCall> m_notesCalls;
    QString m_notesToType;
    bool m_acceptNotes = false;

    qint64 addStory(const QString &title, const QString &action = {}, bool backbone = false)
    {
        Story story;
        story.title = title;
        story.action = action;
        story.kinds = StoryKind::Success;
        story.backbone = backbone;
        return m_session->store().addStory(story).value();
    }

    qint64 addValue(qint64 company, const QString &name, qint64 parent = 0,
                    const QStringList &themes = {})
    {
        ValuePrinciple value;
        value.companyId = company;
        value.parentId = parent;
        value.name = name;
        value.themes = themes;
        value.position = -1;
        return m_session->store().addValue(value).value();
    }

    std::optional<StoryValueLink> link(qint64 story, qint64 value) const
    {
        return m_session->store().link(story, value).value();
    }

    int undoCount() const { return m_session->undoStack().count(); }

    QPoint cellCentre(int row, int column) const
    {
        return m_view->visualRect(m_panel->model()->index(row, column)).center();
    }

    // A full synthetic drag over the viewport: enter, move, drop at pos. Returns whether the
    // drop was accepted. The caller keeps ownership of data.
    bool dropOn(QWidget *target, const QPoint &pos, QMimeData *data)
    {
        const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
        QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(pos), actions, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    }

    QLabel *label(const char *name) const
    {
        return m_panel->findChild<QLabel *>(QString::fromLatin1(name));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<VaultSession>();
        // A fresh vault per test and per data row.
        QVERIFY(m_session->open(
            m_dir.filePath(QStringLiteral("matrix-%1.starling").arg(++m_vaults))));
        m_commands = std::make_unique<VaultCommands>(*m_session);
        Company acme;
        acme.name = QStringLiteral("Acme");
        m_acme = m_session->store().addCompany(acme).value();
        m_ownership = addValue(m_acme, QStringLiteral("Ownership"), 0, {QStringLiteral("ownership")});
        m_longTerm = addValue(m_acme, QStringLiteral("Think long term"), m_ownership);
        m_customer = addValue(m_acme, QStringLiteral("Customer focus"), 0,
                              {QStringLiteral("customer-focus")});
        m_churn = addStory(QStringLiteral("Churn model"), {}, true);
        m_pricing = addStory(QStringLiteral("Pricing test"));
        m_interviews = addStory(QStringLiteral("Customer interviews"),
                                QStringLiteral("Ran interviews with customers and users to find "
                                               "what the client needed"));
        QVERIFY(m_session->store().setLink({m_churn, m_ownership, QStringLiteral("- Owned it")}));
        QVERIFY(m_session->store().setLink({m_pricing, m_longTerm, {}}));

        m_panel = std::make_unique<ValuesMatrixPanel>(*m_session, *m_commands);
        m_notesCalls.clear();
        m_notesToType.clear();
        m_acceptNotes = false;
        m_panel->setNotesDialogRunner([this](LinkNotesDialog &dialog) {
            auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("linkNotesEdit"));
            auto *heading = dialog.findChild<QLabel *>(QStringLiteral("linkNotesHeading"));
            m_notesCalls.append({heading ? heading->text() : QString(),
                                 edit ? edit->toPlainText() : QString()});
            if (m_acceptNotes && edit)
                edit->setPlainText(m_notesToType);
            return m_acceptNotes;
        });
        m_panel->setMapDialogRunner([](MapToValueDialog &) { return false; });
        m_panel->resize(1000, 500);
        m_panel->setCompanyId(m_acme);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_view = m_panel->findChild<QTableView *>(QStringLiteral("matrixView"));
        QVERIFY(m_view);
        QCOMPARE(m_panel->objectName(), QStringLiteral("valuesMatrixPanel"));
        QCOMPARE(m_panel->companyId(), m_acme);
    }

    void cleanup()
    {
        m_panel.reset();
        m_commands.reset();
        m_session.reset();
    }

    // -----------------------------------------------------------------------------------------
    // Drops

    void shouldMapADroppedStoryAsOneUndoStepAndOpenItsNotes()
    {
        // GIVEN the gap "Customer focus" and a story mapped nowhere else on that row
        const int row = m_panel->model()->rowForValue(m_customer);
        QVERIFY(row >= 0);
        const int before = undoCount();

        // WHEN "Pricing test" is dropped on the row's value cell
        m_acceptNotes = true;
        m_notesToType = QStringLiteral("- Talked to 12 customers");
        std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {m_pricing}));
        QVERIFY(dropOn(m_view->viewport(), cellCentre(row, Model::CoverageColumn), data.get()));

        // THEN the link exists, as one undo step
        QVERIFY(link(m_pricing, m_customer).has_value());
        QCOMPARE(undoCount(), before + 1);
        // AND the notes editor opens for it, and what is typed there is one more step
        QTRY_COMPARE(m_notesCalls.size(), 1);
        QVERIFY(m_notesCalls.first().heading.contains(QStringLiteral("Pricing test")));
        QVERIFY(m_notesCalls.first().heading.contains(QStringLiteral("Customer focus")));
        QCOMPARE(link(m_pricing, m_customer)->notes, QStringLiteral("- Talked to 12 customers"));
        QCOMPARE(undoCount(), before + 2);
        QCOMPARE(m_panel->model()->index(row, Model::CoverageColumn)
                     .data(Model::CoverageCountRole).toInt(), 1);
    }

    void shouldMapADropOnAStoryCellOfTheRow()
    {
        // WHEN "Churn model" is dropped on another story's cell of the gap row
        const int row = m_panel->model()->rowForValue(m_customer);
        const int column = m_panel->model()->columnForStory(m_pricing);
        std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {m_churn}));
        QVERIFY(dropOn(m_view->viewport(), cellCentre(row, column), data.get()));

        // THEN the dropped story is mapped onto the row's value
        QVERIFY(link(m_churn, m_customer).has_value());
        QVERIFY(!link(m_pricing, m_customer).has_value());
    }

    void shouldMapSeveralDroppedStoriesAsOneStepWithoutNotes()
    {
        const int row = m_panel->model()->rowForValue(m_customer);
        const int before = undoCount();
        std::unique_ptr<QMimeData> data(
            IdsMime::create(IdsMime::StoryIds, {m_churn, m_pricing}));
        QVERIFY(dropOn(m_view->viewport(), cellCentre(row, 0), data.get()));
        QVERIFY(link(m_churn, m_customer).has_value());
        QVERIFY(link(m_pricing, m_customer).has_value());
        QCOMPARE(undoCount(), before + 1);
        QTest::qWait(20);
        QCOMPARE(m_notesCalls.size(), 0);
        m_session->undoStack().undo();
        QVERIFY(!link(m_churn, m_customer).has_value());
        QVERIFY(!link(m_pricing, m_customer).has_value());
    }

    void shouldIgnoreGarbageDrops_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QByteArray>("bytes");

        QByteArray random(64, '\0');
        QRandomGenerator generator(20240611);
        for (char &byte : random)
            byte = char(generator.bounded(256));
        QTest::newRow("random bytes under the story type") << IdsMime::StoryIds << random;
        QTest::newRow("empty story payload") << IdsMime::StoryIds << QByteArray();
        QTest::newRow("plain text") << QStringLiteral("text/plain")
                                    << QByteArray("Churn model");
        QTest::newRow("ids of stories this vault does not have")
            << IdsMime::StoryIds << IdsMime::encode({9999, 12345});
    }

    void shouldIgnoreGarbageDrops()
    {
        QFETCH(QString, mimeType);
        QFETCH(QByteArray, bytes);

        // GIVEN the store's links and the undo stack
        const QList<StoryValueLink> linksBefore = m_session->store().links().value();
        const int before = undoCount();
        const QString summary = label("matrixSummary")->text();

        // WHEN a foreign or garbled payload is dropped on the gap row
        auto data = std::make_unique<QMimeData>();
        data->setData(mimeType, bytes);
        const int row = m_panel->model()->rowForValue(m_customer);
        dropOn(m_view->viewport(), cellCentre(row, 0), data.get());
        QTest::qWait(20);

        // THEN nothing changed and nothing opened
        QCOMPARE(m_session->store().links().value(), linksBefore);
        QCOMPARE(undoCount(), before);
        QCOMPARE(m_notesCalls.size(), 0);
        QCOMPARE(label("matrixSummary")->text(), summary);
        QVERIFY(!label("matrixError")->isVisible());
    }

    void shouldDoNoHarmWhenDroppedOnAnExistingLink()
    {
        // GIVEN "Churn model" is mapped onto "Ownership" with notes
        const int before = undoCount();
        const int row = m_panel->model()->rowForValue(m_ownership);
        const int column = m_panel->model()->columnForStory(m_churn);

        // WHEN it is dropped there again (and the notes shown are left as they are)
        std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::StoryIds, {m_churn}));
        dropOn(m_view->viewport(), cellCentre(row, column), data.get());

        // THEN the link and its notes are untouched and nothing was pushed
        QTRY_COMPARE(m_notesCalls.size(), 1);
        QCOMPARE(m_notesCalls.first().notesShown, QStringLiteral("- Owned it"));
        QCOMPARE(link(m_churn, m_ownership)->notes, QStringLiteral("- Owned it"));
        QCOMPARE(undoCount(), before);
        QVERIFY(!label("matrixError")->isVisible());
    }

    void shouldMapValuesDroppedOnAStoryColumnHeader()
    {
        // GIVEN the story columns' header
        auto *header = m_panel->findChild<StoryColumnHeader *>();
        QVERIFY(header);
        const int column = m_panel->model()->columnForStory(m_pricing);
        const QPoint pos(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                         header->height() / 2);

        // WHEN a value from the values tree is dropped on "Pricing test"
        m_acceptNotes = false;
        std::unique_ptr<QMimeData> data(IdsMime::create(IdsMime::ValueIds, {m_customer}));
        QVERIFY(dropOn(header->viewport(), pos, data.get()));

        // THEN the story is mapped onto it and its notes open
        QVERIFY(link(m_pricing, m_customer).has_value());
        QTRY_COMPARE(m_notesCalls.size(), 1);
    }

    void shouldDragAStoryFromItsColumnHeaderButNotOnAClick()
    {
        // GIVEN the header, with the drag itself captured (QDrag::exec would block)
        auto *header = m_panel->findChild<StoryColumnHeader *>();
        QVERIFY(header);
        QList<qint64> dragged;
        header->setDragRunner([&dragged](QMimeData *payload, int) {
            dragged = IdsMime::read(payload, IdsMime::StoryIds).value_or(QList<qint64>{});
            delete payload;
        });
        const int column = m_panel->model()->columnForStory(m_pricing);
        const QPoint start(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                           header->height() / 2);

        // WHEN the section is only clicked
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, start);
        // THEN nothing is dragged, and the click selected the story's column as usual
        QVERIFY(dragged.isEmpty());
        QVERIFY(m_view->selectionModel()->isColumnSelected(column, {}));

        // WHEN it is pressed and moved past the drag distance
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(0, 30)),
                         header->viewport()->mapToGlobal(QPointF(start + QPoint(0, 30))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(header->viewport(), &move);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, start + QPoint(0, 30));

        // THEN the story is dragged
        QCOMPARE(dragged, QList<qint64>{m_pricing});
        // AND the value column never drags
        QVERIFY(header->dragPayload(Model::CoverageColumn) == nullptr);
    }

    // -----------------------------------------------------------------------------------------
    // Keyboard and mouse

    void shouldUnmapWithDeleteAndUndoBringsTheNotesBack_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Delete") << int(Qt::Key_Delete);
        QTest::newRow("Backspace") << int(Qt::Key_Backspace);
    }

    void shouldUnmapWithDeleteAndUndoBringsTheNotesBack()
    {
        QFETCH(int, key);
        // GIVEN the linked cell Churn model × Ownership is selected
        const QModelIndex cell = m_panel->model()->indexFor(m_churn, m_ownership);
        QVERIFY(cell.isValid());
        m_view->setFocus();
        m_view->setCurrentIndex(cell);
        const int before = undoCount();

        // WHEN the user presses the key
        QTest::keyClick(m_view, Qt::Key(key));

        // THEN the link is gone, as one undo step
        QVERIFY(!link(m_churn, m_ownership).has_value());
        QCOMPARE(undoCount(), before + 1);

        // AND undo restores it with its notes
        m_session->undoStack().undo();
        QCOMPARE(link(m_churn, m_ownership)->notes, QStringLiteral("- Owned it"));
    }

    void shouldUnmapSeveralSelectedCellsAsOneStep()
    {
        const QModelIndex a = m_panel->model()->indexFor(m_churn, m_ownership);
        const QModelIndex b = m_panel->model()->indexFor(m_pricing, m_longTerm);
        const QModelIndex empty = m_panel->model()->indexFor(m_churn, m_customer);
        m_view->setFocus();
        m_view->selectionModel()->select(a, QItemSelectionModel::ClearAndSelect);
        m_view->selectionModel()->select(b, QItemSelectionModel::Select);
        m_view->selectionModel()->select(empty, QItemSelectionModel::Select);
        const int before = undoCount();

        QTest::keyClick(m_view, Qt::Key_Delete);

        QVERIFY(!link(m_churn, m_ownership).has_value());
        QVERIFY(!link(m_pricing, m_longTerm).has_value());
        QCOMPARE(undoCount(), before + 1);
        m_session->undoStack().undo();
        QVERIFY(link(m_churn, m_ownership).has_value());
        QVERIFY(link(m_pricing, m_longTerm).has_value());
    }

    void shouldEditNotesOnDoubleClick()
    {
        // GIVEN a linked cell
        const QModelIndex cell = m_panel->model()->indexFor(m_churn, m_ownership);
        const int before = undoCount();

        // WHEN it is double-clicked and new notes are typed
        m_acceptNotes = true;
        m_notesToType = QStringLiteral("- Owned it\n- Fixed the join myself\n\n");
        // A double-click is a press before the double-click event, as from a real mouse.
        const QPoint centre = m_view->visualRect(cell).center();
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centre);

        // THEN the dialog showed the notes there were, and the new ones are saved (trailing
        // blank lines dropped) as one undo step
        QCOMPARE(m_notesCalls.size(), 1);
        QCOMPARE(m_notesCalls.first().notesShown, QStringLiteral("- Owned it"));
        QCOMPARE(link(m_churn, m_ownership)->notes,
                 QStringLiteral("- Owned it\n- Fixed the join myself"));
        QCOMPARE(undoCount(), before + 1);
        m_session->undoStack().undo();
        QCOMPARE(link(m_churn, m_ownership)->notes, QStringLiteral("- Owned it"));
    }

    void shouldMapFirstWhenAnEmptyCellIsOpened_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<int>("steps");
        QTest::newRow("notes typed: map, then notes") << true << 2;
        QTest::newRow("cancelled: the map stays") << false << 1;
    }

    void shouldMapFirstWhenAnEmptyCellIsOpened()
    {
        QFETCH(bool, accept);
        QFETCH(int, steps);
        // GIVEN an empty cell, made current with the keyboard
        const QModelIndex cell = m_panel->model()->indexFor(m_churn, m_customer);
        m_view->setFocus();
        m_view->setCurrentIndex(cell);
        const int before = undoCount();

        // WHEN Enter opens it
        m_acceptNotes = accept;
        m_notesToType = QStringLiteral("- Interviewed the CRM team");
        QTest::keyClick(m_view, Qt::Key_Return);

        // THEN the story is mapped first, then the notes open
        QCOMPARE(m_notesCalls.size(), 1);
        QVERIFY(link(m_churn, m_customer).has_value());
        QCOMPARE(undoCount(), before + steps);
    }

    void shouldOpenNotesWithF2()
    {
        const QModelIndex cell = m_panel->model()->indexFor(m_pricing, m_longTerm);
        m_view->setFocus();
        m_view->setCurrentIndex(cell);
        QTest::keyClick(m_view, Qt::Key_F2);
        QCOMPARE(m_notesCalls.size(), 1);
        QVERIFY(m_notesCalls.first().heading.contains(QStringLiteral("Think long term")));
    }

    void shouldMapThroughTheChooserFromTheKeyboard()
    {
        // GIVEN the chooser answers "Customer focus" for the current story
        qint64 chooserStory = 0;
        m_panel->setMapDialogRunner([this, &chooserStory](MapToValueDialog &dialog) {
            auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("valueSearch"));
            search->setText(QStringLiteral("customer"));
            chooserStory = m_churn;
            return dialog.selectedValueId() == m_customer;
        });
        m_view->setFocus();
        m_view->setCurrentIndex(m_panel->model()->indexFor(m_churn, m_ownership));

        // WHEN the user presses Ctrl+M on the Churn model column
        QTest::keyClick(m_view, Qt::Key_M, Qt::ControlModifier);

        // THEN it is mapped and its notes open
        QCOMPARE(chooserStory, m_churn);
        QVERIFY(link(m_churn, m_customer).has_value());
        QTRY_COMPARE(m_notesCalls.size(), 1);
    }

    // -----------------------------------------------------------------------------------------
    // Header, filter and empty states

    void shouldShowTheSummaryAndFollowTheStore()
    {
        // GIVEN 2 of the 3 values have a story
        QLabel *summary = label("matrixSummary");
        QVERIFY(summary);
        QCOMPARE(summary->text(), m_panel->model()->summaryText());
        QVERIFY(summary->text().startsWith(QStringLiteral("2 of 3 values covered")));
        QVERIFY(label("coverageLegend")->accessibleName().contains(QStringLiteral("Gap")));
        QCOMPARE(label("matrixCompanyName")->text(), QStringLiteral("Acme"));

        // WHEN the gap is mapped, through the commands
        QVERIFY(m_commands->mapStory(m_churn, m_customer));
        QVERIFY(m_commands->mapStory(m_pricing, m_ownership));

        // THEN the label says so
        QCOMPARE(summary->text(), QStringLiteral("3 of 3 values covered, 1 with two stories"));
        m_session->undoStack().undo();
        QCOMPARE(summary->text(), QStringLiteral("3 of 3 values covered, 0 with two stories"));
    }

    void shouldShowEmptyStates()
    {
        auto *empty = label("matrixEmptyLabel");
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        QVERIFY(m_view->isVisible());

        // No company
        m_panel->setCompanyId(0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(),
                 QStringLiteral("Choose a company in Companies and Values to see its matrix."));

        // A company without values
        Company bare;
        bare.name = QStringLiteral("Bare");
        const qint64 bareId = m_session->store().addCompany(bare).value();
        m_panel->setCompanyId(bareId);
        QCOMPARE(empty->text(), QStringLiteral("No values yet — add the company's values first."));

        // Values appear: the matrix shows
        addValue(bareId, QStringLiteral("Frugality"));
        QVERIFY(!empty->isVisible());
        QVERIFY(m_view->isVisible());
    }

    void shouldAskForStoriesInAnEmptyVault()
    {
        for (qint64 id : {m_churn, m_pricing, m_interviews})
            QVERIFY(m_session->store().removeStory(id));
        auto *empty = label("matrixEmptyLabel");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Add stories to your vault, then drag them here."));
    }

    void shouldShowStoriesMappedNowhereOnRequest()
    {
        auto *check = m_panel->findChild<QCheckBox *>(QStringLiteral("showAllStoriesCheck"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        QCOMPARE(m_panel->model()->columnForStory(m_interviews), -1);
        check->click();
        QVERIFY(m_panel->model()->columnForStory(m_interviews) > 0);
        check->click();
        QCOMPARE(m_panel->model()->columnForStory(m_interviews), -1);
    }

    void shouldSetUpTheViewForDragAndDrop()
    {
        QVERIFY(m_view->acceptDrops());
        QVERIFY(m_view->dragEnabled());
        QCOMPARE(m_view->dragDropMode(), QAbstractItemView::DragDrop);
        QCOMPARE(m_view->defaultDropAction(), Qt::CopyAction);
        QVERIFY(!m_view->verticalHeader()->isVisible());
        QVERIFY(m_view->horizontalHeader()->sectionSize(Model::CoverageColumn) >= 260);
        QVERIFY(m_view->horizontalHeader()->sectionSize(Model::FirstStoryColumn) >= 100);
    }

    // -----------------------------------------------------------------------------------------
    // Suggestions

    void shouldSuggestAStoryForAGapAndMapItInOneClick()
    {
        // GIVEN the gap "Customer focus" is selected
        m_view->setCurrentIndex(
            m_panel->model()->index(m_panel->model()->rowForValue(m_customer), 0));
        auto *suggestions = m_panel->findChild<QWidget *>(QStringLiteral("suggestionsPanel"));
        QVERIFY(suggestions && suggestions->isVisible());

        // THEN the story about customers is offered with a Map button
        const QString name = QStringLiteral("mapSuggestionButton_%1").arg(m_interviews);
        QPushButton *map = nullptr;
        QTRY_VERIFY((map = m_panel->findChild<QPushButton *>(name)) != nullptr);
        QTRY_VERIFY(map->isVisible());

        // WHEN it is clicked
        const int before = undoCount();
        map->click();

        // THEN the story is mapped (one step), its notes open, and the suggestion goes away
        QVERIFY(link(m_interviews, m_customer).has_value());
        QCOMPARE(undoCount(), before + 1);
        QTRY_COMPARE(m_notesCalls.size(), 1);
        QTRY_VERIFY(m_panel->findChild<QPushButton *>(name) == nullptr);
    }

    void shouldOfferToReuseAMappingFromAnotherCompany()
    {
        // GIVEN another company with an ownership value, shown in the matrix and selected
        Company globex;
        globex.name = QStringLiteral("Globex");
        const qint64 globexId = m_session->store().addCompany(globex).value();
        const qint64 ownIt = addValue(globexId, QStringLiteral("Own it"), 0,
                                      {QStringLiteral("ownership")});
        m_panel->setCompanyId(globexId);
        m_view->setCurrentIndex(m_panel->model()->index(m_panel->model()->rowForValue(ownIt), 0));

        // THEN Churn model's Acme mapping is offered for reuse, with its notes
        const QString name = QStringLiteral("reuseSuggestionButton_%1").arg(m_churn);
        QPushButton *reuse = nullptr;
        QTRY_VERIFY((reuse = m_panel->findChild<QPushButton *>(name)) != nullptr);

        // WHEN it is clicked
        reuse->click();

        // THEN the story is mapped with the same notes, without a dialog
        QCOMPARE(link(m_churn, ownIt)->notes, QStringLiteral("- Owned it"));
        QTest::qWait(20);
        QCOMPARE(m_notesCalls.size(), 0);
    }

    void shouldOfferOnlyTheBestFewMappingsToReuse()
    {
        // GIVEN more stories mapped to Acme's ownership value than the side area offers
        const int mapped = ValueSuggestionsPanel::MaxReuseSuggestions + 2;
        for (int i = 0; i < mapped; ++i) {
            const qint64 story = addStory(QStringLiteral("Owned outage %1").arg(i));
            QVERIFY(m_session->store().setLink({story, m_ownership, {}}));
        }
        // AND another company's ownership value, selected in the matrix
        Company globex;
        globex.name = QStringLiteral("Globex");
        const qint64 globexId = m_session->store().addCompany(globex).value();
        const qint64 ownIt = addValue(globexId, QStringLiteral("Own it"), 0,
                                      {QStringLiteral("ownership")});
        m_panel->setCompanyId(globexId);
        m_view->setCurrentIndex(m_panel->model()->index(m_panel->model()->rowForValue(ownIt), 0));

        // THEN the earliest story is offered, and no more stories than the cap
        const QString churn = QStringLiteral("reuseSuggestionButton_%1").arg(m_churn);
        QTRY_VERIFY(m_panel->findChild<QPushButton *>(churn) != nullptr);
        // The suggestions fill in over several slices of work, so wait for the last of them.
        const auto offered = [this] {
            int count = 0;
            const QList<QPushButton *> buttons = m_panel->findChildren<QPushButton *>();
            for (const QPushButton *button : buttons) {
                if (button->objectName().startsWith(QStringLiteral("reuseSuggestionButton_"))
                    && button->isVisible())
                    ++count;
            }
            return count;
        };
        QTRY_COMPARE(offered(), ValueSuggestionsPanel::MaxReuseSuggestions);
    }

    void shouldCollapseAndReopenSuggestions()
    {
        auto *toggle = m_panel->findChild<QToolButton *>(QStringLiteral("suggestionsToggle"));
        auto *suggestions = m_panel->findChild<QWidget *>(QStringLiteral("suggestionsPanel"));
        QVERIFY(toggle && suggestions);
        QVERIFY(!toggle->accessibleName().isEmpty());
        QVERIFY(suggestions->isVisible());
        toggle->click();
        QVERIFY(!suggestions->isVisible());
        toggle->click();
        QVERIFY(suggestions->isVisible());
        QVERIFY(suggestions->width() > 0);
    }

    void shouldShowUserTextAsPlainText()
    {
        // GIVEN a story whose title looks like markup, suggested for the gap
        Story story;
        story.title = QStringLiteral("<b>Customer</b> <img src=x> users");
        story.action = QStringLiteral("customers and users");
        const qint64 id = m_session->store().addStory(story).value();
        m_view->setCurrentIndex(
            m_panel->model()->index(m_panel->model()->rowForValue(m_customer), 0));
        const QString name = QStringLiteral("mapSuggestionButton_%1").arg(id);
        QTRY_VERIFY(m_panel->findChild<QPushButton *>(name) != nullptr);

        // THEN every label showing it is plain text
        const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
        bool shown = false;
        for (QLabel *l : labels) {
            if (l->text().contains(QStringLiteral("<b>Customer</b>"))) {
                shown = true;
                QCOMPARE(l->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestValuesMatrixPanel)
#include "tst_valuesmatrixpanel.moc"
