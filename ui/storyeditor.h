#pragma once

#include "change.h"
#include "result.h"
#include "story.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace starling {

class VaultCommands;
class VaultSession;

// Edits one story: title, kinds, backbone flag and the STAR sections with notes. There is no
// Save: each edit goes through VaultCommands shortly after the user stops typing (and at once
// when focus leaves the field or another story is shown), so it lands on the undo stack and in
// the vault. Changes made elsewhere (undo, redo, another view) flow back in through the change
// notifier without moving the user's cursor.
class StoryEditor : public QWidget
{
    Q_OBJECT
public:
    // session and commands must outlive the editor's use; if either is destroyed first, pending
    // edits are dropped rather than written through a dangling reference.
    StoryEditor(VaultSession &session, VaultCommands &commands, QWidget *parent = nullptr);
    ~StoryEditor() override;

    qint64 storyId() const { return m_storyId; }
    // 0 shows the empty state. Pending edits of the previous story are saved first.
    void setStoryId(qint64 id);
    // Saves every edit still waiting for the typing pause. Call before closing the vault.
    // Saves typing still waiting for its debounce; the first failure, if any.
    Status flushPendingEdits();
    // Puts the cursor in the title with the text selected, ready to retype (after "Add story").
    void focusTitle();

    // Pause between the last keystroke and the save.
    static constexpr int SaveDelayMs = 300;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Section {
        quint32 field = 0;
        QPlainTextEdit *edit = nullptr;
        QLabel *words = nullptr;
        QVBoxLayout *layout = nullptr;
        QTimer *timer = nullptr;
    };

    void buildUi();
    Section addSection(QVBoxLayout *form, quint32 field, const QString &key, const QString &name,
                       const QString &prompt, const QString &placeholder, int lines);
    QTimer *makeSaveTimer(std::function<void()> save);

    void load(bool freshStory);
    void showEmpty();
    void onChanges(const QList<Change> &changes);
    void applyStory(const Story &story, quint32 fields, bool freshStory);

    void onSectionEdited(Section &section);
    Status saveTitle();
    Status saveSection(Section &section);
    void saveKinds();
    void saveBackbone();
    void showSaveResult(const QString &error);
    void showLimitMessage(const Section &section);
    void updateWordCount(const Section &section);
    Section *sectionFor(const QObject *edit);

    QPointer<VaultSession> m_session;
    QPointer<VaultCommands> m_commands;
    qint64 m_storyId = 0;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyState = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_saveError = nullptr;
    QLabel *m_limitMessage = nullptr;
    QVBoxLayout *m_limitLayout = nullptr;
    QLineEdit *m_title = nullptr;
    QTimer *m_titleTimer = nullptr;
    QList<QPair<StoryKind, QCheckBox *>> m_kindChecks;
    QCheckBox *m_backbone = nullptr;
    QList<Section> m_sections;
};

} // namespace starling
