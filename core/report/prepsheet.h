#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace starling {

class VaultStore;

// The paper the locale prints on: Letter in the Americas that use it, A4 everywhere else.
QPageSize::PageSizeId defaultPaperSize(const QLocale &locale = QLocale());

// What goes into a prep sheet. The user picks the sections in the Export dialog.
struct PrepSheetOptions {
    qint64 companyId = 0; // 0: every company, one after the other
    bool cheatSheet = true;
    bool answers = true;
    bool backboneStories = true;
    bool openQuestions = true;
    QPageSize::PageSizeId paper = defaultPaperSize();

    bool operator==(const PrepSheetOptions &) const = default;
};

// One block of a prep sheet. Its text is always plain text — user text is data — and every
// renderer (QTextDocument, HTML, Markdown) escapes it or inserts it as text, never as markup.
struct PrepSheetBlock {
    enum class Kind {
        Title,     // the company, first block of a part
        Heading,   // level 2: a section; 3: a value, an answer, a story; 4: a sub-principle
        Label,     // an R-STAR-L section name above its text
        Paragraph, // optional bold label, then text
        Bullet,    // level 0 or 1
        Gap,       // a value without a story: said in words, not by colour alone
        Empty,     // a placeholder such as "Not written yet"
        Reminder,  // the one-line R-STAR-L reminder
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString label; // translated lead-in of a Paragraph ("Role"), empty when none
    int level = 0;
    bool pageBreakBefore = false;
    bool compact = false; // set on the cheat sheet, which should fit on its one page

    // The direction the block is laid out in: from the first strong character of its text
    // (label first, since it is read first).
    bool isRightToLeft() const;
    // The heading-like blocks keep their next block on the same page.
    bool keepWithNext() const;

    bool operator==(const PrepSheetBlock &) const = default;
};

// A run of blocks under one running header. Every part starts on a new page.
struct PrepSheetPart {
    QString header; // "Acme — Senior Data Scientist", drawn at the top of each of its pages
    QList<PrepSheetBlock> blocks;

    bool operator==(const PrepSheetPart &) const = default;
};

// The prep sheet a candidate reads the night before: per company a cheat-sheet first page
// (values, their plain meaning, mapped stories and their notes, gaps, the R-STAR-L reminder),
// the prepared answers section by section, the backbone stories in STAR form and the questions
// not answered yet. Built once from the vault into plain blocks, then rendered to a
// QTextDocument (PDF and print), HTML and Markdown, so all three say the same.
class PrepSheet
{
    Q_DECLARE_TR_FUNCTIONS(starling::PrepSheet)
public:
    // today drives the countdown to the interview; tests pass a fixed date.
    static Result<PrepSheet> build(const VaultStore &store, const PrepSheetOptions &options,
                                   QDate today = QDate::currentDate());

    const PrepSheetOptions &options() const { return m_options; }
    const QList<PrepSheetPart> &parts() const { return m_parts; }
    // "Prep sheet — Acme", used as the PDF and HTML title.
    QString title() const { return m_title; }

    // A document ready for QTextDocument::print or PrepSheetExport::print, laid out for device
    // (nullptr: the screen). Every block records its part index in QTextBlock::userState().
    // The document never loads a resource, whatever its text says.
    std::unique_ptr<QTextDocument> toTextDocument(QPaintDevice *device = nullptr) const;
    // A standalone UTF-8 page with its CSS inside, which loads nothing from anywhere.
    QString toHtml() const;
    // CommonMark, with every user character that Markdown would read as syntax escaped.
    QString toMarkdown() const;

    // Set on the blocks of a toTextDocument() that must stay on a page with the block after them
    // (titles, headings, section labels), so the renderer can keep them off a page's last line.
    static constexpr int KeepWithNextProperty = 0x100000 + 1; // QTextFormat::UserProperty + 1

    // Markdown-escapes one line of user text (exposed for tests).
    static QString escapeMarkdown(const QString &text, bool atLineStart = true);

private:
    PrepSheetOptions m_options;
    QString m_title;
    QList<PrepSheetPart> m_parts;
};

} // namespace starling
