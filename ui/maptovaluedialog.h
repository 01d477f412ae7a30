#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace starling {

class VaultStore;

// The keyboard path to mapping: every value of every company ("Amazon — Ownership",
// sub-principles as "Amazon — Ownership › Think long term"), filtered as the user types (case
// insensitive; every word must appear). Values the story is mapped to already say "(mapped)".
// Focus starts in the search; Down moves into the list; Enter accepts. The dialog only chooses:
// the caller runs the undoable command.
class MapToValueDialog : public QDialog
{
    Q_OBJECT
public:
    enum Role { ValueIdRole = Qt::UserRole + 1, MappedRole, SearchTextRole };

    MapToValueDialog(const VaultStore &store, qint64 storyId, QWidget *parent = nullptr);

    // 0 when nothing (visible) is chosen.
    qint64 selectedValueId() const;
    // Chooses a value, e.g. the matrix row the user came from; false when it is not listed.
    bool selectValue(qint64 valueId);
    // Rows the filter keeps, in order: their labels, "(mapped)" included.
    QStringList visibleChoices() const;
    QString errorText() const { return m_error; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const VaultStore &store, qint64 storyId);
    void applyFilter();
    void updateButtons();
    void moveCurrent(int step);

    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_error;
};

} // namespace starling
