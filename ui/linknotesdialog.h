#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace starling {

// The bullet notes of one story–value link: how the story demonstrates the value. Rough points,
// not a script. Shows the value's plain meaning and its key words, which the answer's link-back
// should slip in. Ctrl+Enter accepts, since Enter starts a new bullet.
class LinkNotesDialog : public QDialog
{
    Q_OBJECT
public:
    LinkNotesDialog(const QString &storyTitle, const QString &valueName, QWidget *parent = nullptr);

    void setNotes(const QString &notes);
    // The text as typed, trailing blank lines and spaces removed.
    QString notes() const;
    // Optional context under the heading; empty hides it.
    void setValueHint(const QString &meaning, const QStringList &keywords);

    QPlainTextEdit *editor() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace starling
