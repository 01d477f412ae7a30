#include "spellhighlighter.h"

#include "textedits.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace starling {

namespace {

// What a block looked like when it was last checked, and its misspellings then: a keystroke in a
// long paragraph rechecks only the words around the change.
class CheckedBlock : public QTextBlockUserData
{
public:
    CheckedBlock(QString text, QList<WordRange> misspelled, quint64 generation)
        : text(std::move(text))
        , misspelled(std::move(misspelled))
        , generation(generation)
    {
    }

    QString text;
    QList<WordRange> misspelled;
    quint64 generation = 0;
};

// An action's text shows "&" only when doubled.
QString actionText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker &checker)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    updateFormat();
    connect(&m_checker, &SpellChecker::changed, this, &SpellHighlighter::recheck);
    // Now rather than in QSyntaxHighlighter's own delayed pass, which would report an edit.
    rehighlightQuietly();
}

SpellHighlighter::SpellHighlighter(QPlainTextEdit *editor, SpellChecker &checker)
    : SpellHighlighter(editor->document(), checker)
{
    m_editor = editor;
    updateFormat();
    // The viewport gets the mouse's context-menu event, the editor the keyboard's.
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_heldBlock < 0 || !m_editor)
            return;
        const QTextCursor cursor = m_editor->textCursor();
        if (cursor.blockNumber() != m_heldBlock || cursor.positionInBlock() != m_heldEnd)
            releaseHeldWord();
    });
    rehighlightQuietly(); // in the editor's palette
}

QTextCharFormat SpellHighlighter::misspelledFormat(const QColor &background)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    const bool dark = background.lightness() < 128;
    format.setUnderlineColor(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f));
    return format;
}

void SpellHighlighter::updateFormat()
{
    m_format = misspelledFormat(m_editor ? m_editor->palette().color(QPalette::Base)
                                         : QColor(Qt::white));
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const int blockNumber = currentBlock().blockNumber();
    if (m_heldBlock == blockNumber)
        m_heldBlock = -1;
    if (!m_checker.isActive())
        return;
    // The word just typed — the cursor right at its end — is judged once the cursor leaves it.
    int cursorEnd = -1;
    if (m_editor && m_editor->hasFocus()) {
        const QTextCursor cursor = m_editor->textCursor();
        if (!cursor.hasSelection() && cursor.blockNumber() == blockNumber)
            cursorEnd = cursor.positionInBlock();
    }
    const QList<WordRange> misspelled = misspelledIn(text);
    for (const WordRange &word : misspelled) {
        if (word.end() == cursorEnd) {
            m_heldBlock = blockNumber;
            m_heldEnd = cursorEnd;
            continue;
        }
        setFormat(int(word.start), int(word.length), m_format);
    }
}

QList<WordRange> SpellHighlighter::misspelledIn(const QString &text)
{
    QList<WordRange> misspelled;
    auto *checked = static_cast<CheckedBlock *>(currentBlockUserData());
    if (!checked || checked->generation != m_generation) {
        misspelled = m_checker.misspelledWords(text);
    } else {
        // Only the whitespace-separated stretch around the change is new: no word, URL or
        // address spans whitespace, so everything outside it keeps its verdict.
        const QString &old = checked->text;
        const auto [prefix, suffix] = TextEdits::commonEnds(old, text);
        qsizetype start = prefix;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        qsizetype end = text.size() - suffix;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const qsizetype oldEnd = end + old.size() - text.size();
        const qsizetype shift = text.size() - old.size();
        for (const WordRange &word : std::as_const(checked->misspelled)) {
            if (word.end() <= start)
                misspelled.append(word);
        }
        const QList<WordRange> fresh =
            m_checker.misspelledWords(QStringView(text).mid(start, end - start));
        for (const WordRange &word : fresh)
            misspelled.append({word.start + start, word.length});
        for (const WordRange &word : std::as_const(checked->misspelled)) {
            if (word.start >= oldEnd)
                misspelled.append({word.start + shift, word.length});
        }
    }
    setCurrentBlockUserData(new CheckedBlock(text, misspelled, m_generation));
    return misspelled;
}

void SpellHighlighter::recheck()
{
    ++m_generation; // what was remembered per block no longer holds
    rehighlightQuietly();
}

void SpellHighlighter::rehighlightQuietly(const QTextBlock &block)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    // A highlighter's format change is an edit as far as QTextDocument's signals go; the layout
    // still repaints, since the document tells it directly rather than by a signal.
    const QSignalBlocker blocker(doc);
    const bool modified = doc->isModified();
    if (block.isValid())
        rehighlightBlock(block);
    else
        rehighlight();
    if (doc->isModified() != modified)
        doc->setModified(modified);
}

void SpellHighlighter::releaseHeldWord()
{
    const int number = m_heldBlock;
    m_heldBlock = -1;
    if (!document() || number < 0)
        return;
    const QTextBlock block = document()->findBlockByNumber(number);
    if (block.isValid())
        rehighlightQuietly(block);
}

bool SpellHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // The editor's destructor still sends events, when it is no longer a QPlainTextEdit and
    // reading m_editor would be undefined (UBSan: vptr); qobject_cast sees that without it.
    if (!qobject_cast<QPlainTextEdit *>(watched) && !qobject_cast<QPlainTextEdit *>(watched->parent()))
        return QSyntaxHighlighter::eventFilter(watched, event);
    if (!m_editor || (watched != m_editor && watched != m_editor->viewport()))
        return QSyntaxHighlighter::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusOut:
        if (watched == m_editor && m_heldBlock >= 0)
            releaseHeldWord();
        break;
    case QEvent::PaletteChange:
        if (watched == m_editor) {
            updateFormat();
            recheck();
        }
        break;
    case QEvent::ContextMenu: {
        if (!m_checker.isActive())
            break; // the editor's own menu
        auto *request = static_cast<QContextMenuEvent *>(event);
        // From the keyboard, the word at the text cursor; from the mouse, the word clicked.
        const QPoint position = watched == m_editor
                                    ? m_editor->cursorRect().center()
                                    : request->pos();
        QMenu *menu = createContextMenu(position);
        menu->exec(request->globalPos());
        delete menu;
        return true;
    }
    default:
        break;
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

QMenu *SpellHighlighter::createContextMenu(const QPoint &viewportPosition)
{
    if (!m_editor)
        return nullptr;
    QMenu *menu = m_editor->createStandardContextMenu();
    menu->setObjectName(QStringLiteral("spellContextMenu"));
    if (!m_checker.isActive())
        return menu;

    const QTextCursor clicked = m_editor->cursorForPosition(viewportPosition);
    const QTextBlock block = clicked.block();
    const WordRange range = SpellChecker::wordAt(block.text(), clicked.positionInBlock());
    if (range.length == 0)
        return menu;
    const QString word = block.text().mid(range.start, range.length);
    if (m_checker.isCorrect(word))
        return menu;

    QList<QAction *> actions;
    const QStringList suggestions = m_checker.suggestions(word);
    // The block's position is looked up again when a suggestion is chosen, and the word must still
    // be there: nothing is replaced if the text changed meanwhile.
    QTextDocument *document = m_editor->document();
    const int blockNumber = block.blockNumber();
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(actionText(suggestion), menu);
        action->setObjectName(QStringLiteral("spellSuggestionAction"));
        connect(
            action, &QAction::triggered, this, [document, blockNumber, range, word, suggestion] {
                const QTextBlock current = document->findBlockByNumber(blockNumber);
                if (!current.isValid() || current.text().mid(range.start, range.length) != word)
                    return;
                QTextCursor cursor(current);
                cursor.setPosition(current.position() + int(range.start));
                cursor.setPosition(current.position() + int(range.end()), QTextCursor::KeepAnchor);
                cursor.insertText(suggestion);
            });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setObjectName(QStringLiteral("spellNoSuggestionsAction"));
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions.append(separator);

    auto *add = new QAction(actionText(tr("Add “%1” to Dictionary").arg(word)), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionaryAction"));
    add->setToolTip(tr("Keep this word in your personal word list"));
    QPointer<QPlainTextEdit> editor = m_editor;
    connect(add, &QAction::triggered, this, [this, editor, word] {
        QString error;
        if (!m_checker.addToPersonalWords(word, &error) && editor) {
            QMessageBox::warning(
                editor, tr("Personal Word List"),
                tr("%1\n\n“%2” is accepted until Starling closes.").arg(error, word));
        }
    });
    actions.append(add);
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnoreAction"));
    ignore->setToolTip(tr("Accept this word until Starling closes"));
    connect(ignore, &QAction::triggered, this, [this, word] { m_checker.ignoreWord(word); });
    actions.append(ignore);
    auto *end = new QAction(menu);
    end->setSeparator(true);
    actions.append(end);

    QAction *first = menu->actions().value(0);
    menu->insertActions(first, actions);
    return menu;
}

} // namespace starling
