#pragma once

#include "vaultbalance.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace starling {

class VaultSession;

// A compact line over the vault list ("2 gaps in your vault") that opens into one actionable line
// per gap, each with a link that does the fix: add the missing kind of story, or open the thin one.
class VaultBalanceWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VaultBalanceWidget(VaultSession &session, QWidget *parent = nullptr);

    QList<BalanceFinding> findings() const { return m_findings; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // Re-reads the vault now instead of after the short delay that batches bursts of edits.
    void refresh();

signals:
    void addStoryOfKindRequested(int kind);
    void storyActivated(qint64 id);

private:
    void rebuild();
    void activateLink(const QString &link);

    VaultSession &m_session;
    QList<BalanceFinding> m_findings;
    QString m_error;
    QToolButton *m_header = nullptr;
    QWidget *m_details = nullptr;
    QVBoxLayout *m_detailsLayout = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace starling
