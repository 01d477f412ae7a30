#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace starling {

class LinkNotesDialog;
class MapToValueDialog;
class StoryColumnHeader;
class ValuesMatrixModel;
class ValueSuggestionsPanel;
class VaultCommands;
class VaultSession;

// The Values Matrix dock's content: one company's values down the side, stories across the
// top, a check where a story demonstrates a value, each row's coverage in colour and words, and
// a summary in the header. Stories dropped on a row (from the Story Vault or a column header)
// are mapped as one undoable command and the link's notes open for typing; values dropped on a
// column header map the other way. Double-click, Enter or F2 edits a link's notes (mapping
// first if needed), Delete or Backspace unmaps, Ctrl+M chooses a value for the current story.
// The side area suggests stories for the selected value.
class ValuesMatrixPanel : public QWidget
{
    Q_OBJECT
public:
    // Runs a dialog and says whether the user accepted it. The default is QDialog::exec();
    // tests replace it, filling in the dialog's widgets instead of blocking.
    using NotesDialogRunner = std::function<bool(LinkNotesDialog &dialog)>;
    using MapDialogRunner = std::function<bool(MapToValueDialog &dialog)>;

    ValuesMatrixPanel(VaultSession &session, VaultCommands &commands, QWidget *parent = nullptr);
    ~ValuesMatrixPanel() override;

    void setCompanyId(qint64 id);
    qint64 companyId() const;
    ValuesMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Opens the notes of the link (mapping the story first when it is not mapped yet; that is
    // its own undo step) and saves what the user typed as one more.
    void editNotes(qint64 storyId, qint64 valueId);
    // The searchable "Map to value…" chooser for the story; maps to the chosen value (any
    // company) and opens the link's notes.
    void mapToValue(qint64 storyId);

    void setNotesDialogRunner(NotesDialogRunner runner);
    void setMapDialogRunner(MapDialogRunner runner);

signals:
    // The user opened a link's cell (double-click, Enter, F2).
    void linkActivated(qint64 storyId, qint64 valueId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activateCell(const QModelIndex &index);
    void unmapSelected();
    void showContextMenu(const QPoint &pos);
    void onMapRequested(const QList<qint64> &storyIds, qint64 valueId);
    void onValuesDropped(int section, const QList<qint64> &valueIds);
    void mapAndEdit(qint64 storyId, qint64 valueId, const QString &notes = {});
    bool report(const QString &error);
    void clearError();

    void updateHeader();
    void updateEmptyState();
    void updateLegend();
    void applyColumnWidths();
    void fitStoryColumns();
    void rememberCurrent();
    void restoreCurrent();
    void selectFirstGap();

    VaultSession &m_session;
    VaultCommands &m_commands;
    ValuesMatrixModel *m_model = nullptr;

    QLabel *m_companyName = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    QCheckBox *m_showAll = nullptr;
    QToolButton *m_suggestionsToggle = nullptr;
    QLabel *m_error = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    StoryColumnHeader *m_header = nullptr;
    QLabel *m_empty = nullptr;
    ValueSuggestionsPanel *m_suggestions = nullptr;

    NotesDialogRunner m_notesRunner;
    MapDialogRunner m_mapRunner;

    qint64 m_currentValueId = 0;
    qint64 m_currentStoryId = 0;
    int m_valueColumnWidth = 0;
    bool m_valueColumnResized = false;
    bool m_storyColumnsResized = false;
    bool m_restoringWidths = false;
};

} // namespace starling
