#include "linknotesdialog.h"

#include "textedits.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace starling {

LinkNotesDialog::LinkNotesDialog(const QString &storyTitle, const QString &valueName,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("linkNotesDialog"));
    setWindowTitle(tr("Link notes"));

    // User text: plain text only, never markup.
    m_heading = new QLabel(tr("How “%1” shows “%2”").arg(storyTitle, valueName), this);
    m_heading->setObjectName(QStringLiteral("linkNotesHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("linkNotesHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setVisible(false);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("linkNotesEdit"));
    m_edit->setAccessibleDescription(tr("Bullet notes on how the story shows this value"));
    m_edit->setPlaceholderText(tr("Rough bullet points: what you did that shows this value…"));
    m_edit->setAccessibleName(tr("Link notes"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    TextEdits::attachSpellChecking(m_edit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("linkNotesButtons"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the notes (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);

    m_edit->setFocus();
    resize(460, 300);
}

void LinkNotesDialog::setNotes(const QString &notes)
{
    m_edit->setPlainText(notes);
    m_edit->moveCursor(QTextCursor::End);
}

QString LinkNotesDialog::notes() const
{
    QString text = m_edit->toPlainText();
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text;
}

void LinkNotesDialog::setValueHint(const QString &meaning, const QStringList &keywords)
{
    QStringList lines;
    if (!meaning.trimmed().isEmpty())
        lines.append(meaning.simplified());
    QStringList words;
    for (const QString &keyword : keywords) {
        if (!keyword.trimmed().isEmpty())
            words.append(keyword.simplified());
    }
    if (!words.isEmpty())
        lines.append(tr("Words to slip into the link-back: %1").arg(words.join(QStringLiteral(", "))));
    m_hint->setText(lines.join(u'\n'));
    m_hint->setVisible(!lines.isEmpty());
}

bool LinkNotesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The editor would take Ctrl+Enter as a new line.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace starling
