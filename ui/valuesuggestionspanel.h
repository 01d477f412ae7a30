#pragma once

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
class ValueSuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxSuggestions = 3;
    static constexpr int RefreshDelayMs = 100;

    explicit ValueSuggestionsPanel(VaultSession &session, QWidget *parent = nullptr);

    qint64 valueId() const { return m_valueId; }
    void setValueId(qint64 valueId);
    // Rebuilds now; changes in the vault rebuild on the next event loop pass.
    void refresh();

signals:
    void mapRequested(qint64 storyId, qint64 valueId);
    void reuseRequested(qint64 storyId, qint64 valueId, const QString &notes);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
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
};

} // namespace starling
