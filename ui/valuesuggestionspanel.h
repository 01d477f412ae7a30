#pragma once

#include "change.h"
#include "storysuggestions.h"

#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace starling {

class VaultSession;

// The values matrix's side area: for the selected value, the stories most likely to
// demonstrate it (StorySuggestions::forValue), each with a one-click Map, and mappings of the
// same theme at other companies whose notes can be reused. Reads the store; the matrix panel
// turns the requests into undoable commands.
//
// Ranking needs every story's text analysed (StoryProfiles). That is read once per vault, a
// page at a time in slices of the event loop that never run before the window has been shown,
// then kept up to date from the change notifier; a click only ranks the cached profiles.
class ValueSuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxSuggestions = 3;
    // Mappings to reuse, best first; a big vault has thousands, and a list that long helps nobody.
    static constexpr int MaxReuseSuggestions = 3;
    static constexpr int RefreshDelayMs = 100;
    // One slice of reading and analysing stories yields to the event loop after this long.
    static constexpr int ProfileSliceMs = 8;
    static constexpr int ProfilePageSize = 16;

    explicit ValueSuggestionsPanel(VaultSession &session, QWidget *parent = nullptr);

    qint64 valueId() const { return m_valueId; }
    void setValueId(qint64 valueId);
    // Rebuilds now; changes in the vault rebuild on the next event loop pass.
    void refresh();
    // True while the stories are still being analysed or a rebuild is waiting to run.
    bool isBusy() const;
    // Analyses every story still missing, now (tests).
    void prepareAllProfiles();

signals:
    void mapRequested(qint64 storyId, qint64 valueId);
    void reuseRequested(qint64 storyId, qint64 valueId, const QString &notes);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void onChanged(const QList<starling::Change> &changes);
    void onReset();
    void profileSlice();
    bool profilesComplete() const { return m_profiledUpTo < 0; }
    void clearRows();
    QWidget *addRow(const QString &title, const QString &detail, const QString &buttonText,
                    const QString &buttonName, const QString &buttonAccessibleName);

    VaultSession &m_session;
    qint64 m_valueId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = false;
    StoryProfiles m_profiles;
    // Every story with an id up to this one is profiled; -1 once all of them are.
    qint64 m_profiledUpTo = 0;
    QTimer *m_profileTimer = nullptr;
};

} // namespace starling
