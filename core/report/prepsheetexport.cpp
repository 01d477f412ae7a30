#include "prepsheetexport.h"

#include "vaultstore.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

constexpr qreal MarginMm = 18; // inside what home and office printers can reach

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The first and the last text line of a block, in document coordinates.
QRectF lineRect(const QTextBlock &block, bool first)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return {};
    const QTextLine line = layout->lineAt(first ? 0 : layout->lineCount() - 1);
    return line.rect().translated(layout->position());
}

// QTextDocument has no keep-with-next: a heading or an R-STAR-L label may land on the last line
// of a page with its text on the next. Such a run of headings moves to the next page as a whole.
void keepHeadingsWithText(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(PrepSheet::KeepWithNextProperty))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            break;
        layout->blockBoundingRect(next); // lays out up to next
        const QRectF last = lineRect(block, false);
        const QRectF following = lineRect(next, true);
        if (last.isNull() || following.isNull() ||
            pageOf(following.center().y()) == pageOf(last.center().y()))
            continue;
        // Move the whole run of keep-with-next blocks that ends here.
        QTextBlock start = block;
        while (start.previous().isValid() &&
               start.previous().blockFormat().boolProperty(PrepSheet::KeepWithNextProperty) &&
               start.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore)
            start = start.previous();
        const QRectF startLine = lineRect(start, true);
        const qreal offsetOnPage = startLine.top() - pageOf(startLine.center().y()) * pageHeight;
        if (start.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore ||
            offsetOnPage < pageHeight / 4)
            continue; // already at the top of a page, or nearly: moving would waste a page
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(start).mergeBlockFormat(format);
    }
}

QString userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QString creator()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? u"Starling"_s : u"Starling %1"_s.arg(version);
}

// Qt 6.4 has no QPdfWriter::setAuthor: the author goes into the XMP metadata, where PDF readers
// look for dc:creator; title and creator tool are repeated there so both places agree.
QByteArray xmpMetadata(const QString &title, const QString &author)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString xmp =
        u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        u"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        u"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        u" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        u"<dc:format>application/pdf</dc:format>\n"
        u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"_s
            .arg(title.toHtmlEscaped());
    if (!author.isEmpty())
        xmp += u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n"_s.arg(
            author.toHtmlEscaped());
    xmp += u"<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
           u"<pdf:Producer>Qt %3</pdf:Producer>\n"
           u"</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_s.arg(
               creator().toHtmlEscaped(), now, QString::fromLatin1(qVersion()));
    return xmp.toUtf8();
}

// Writes through a QSaveFile: the file appears complete at commit() or not at all.
Status writeAtomically(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (info.fileName().isEmpty() || info.isDir())
        return Error{PrepSheetExport::tr("Cannot export to “%1”: it is a folder. Add a file name, "
                                         "for example prep-sheet.pdf.")
                         .arg(nativePath(path))};
    if (!folder.exists())
        return Error{
            PrepSheetExport::tr("Cannot export to “%1”: the folder “%2” does not exist. Create "
                                "it or choose another folder.")
                .arg(nativePath(path), QDir::toNativeSeparators(folder.absoluteFilePath()))};
    if (!folder.isDir())
        return Error{
            PrepSheetExport::tr("Cannot export to “%1”: “%2” is a file, not a folder. Choose "
                                "another folder.")
                .arg(nativePath(path), QDir::toNativeSeparators(folder.absoluteFilePath()))};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{PrepSheetExport::tr("Cannot write “%1”: %2. Choose a folder you can write to.")
                         .arg(nativePath(path), file.errorString())};
    if (const Status written = write(&file); !written) {
        file.cancelWriting();
        return written;
    }
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{PrepSheetExport::tr("Could not write “%1”: %2. Free some disk space or choose "
                                         "another folder, then export again.")
                         .arg(nativePath(path), why)};
    }
    if (!file.commit())
        return Error{PrepSheetExport::tr("Could not save “%1”: %2. Free some disk space or choose "
                                         "another folder, then export again.")
                         .arg(nativePath(path), file.errorString())};
    return {};
}

Status writeText(QIODevice *device, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Error{
            PrepSheetExport::tr("Could not write the prep sheet: %1. Free some disk space or "
                                "choose another folder, then export again.")
                .arg(device->errorString())};
    return {};
}

Error unknownFormat(const QString &path)
{
    return Error{PrepSheetExport::tr("Cannot tell which format to write from the name “%1”. End it "
                                     "in .pdf, .html or .md.")
                     .arg(QFileInfo(path).fileName())};
}

} // namespace

std::optional<PrepSheetExport::Format> PrepSheetExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    return std::nullopt;
}

QString PrepSheetExport::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Markdown:
        return u"md"_s;
    }
    return {};
}

Status PrepSheetExport::exportToFile(const VaultStore &store, const QString &path,
                                     const PrepSheetOptions &options)
{
    // Refuse an unknown extension before reading the vault.
    if (!formatForPath(path))
        return unknownFormat(path);
    Result<PrepSheet> sheet = PrepSheet::build(store, options);
    if (!sheet)
        return sheet.takeError();
    return exportToFile(*sheet, path);
}

Status PrepSheetExport::exportToFile(const PrepSheet &sheet, const QString &path)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return unknownFormat(path);
    return writeAtomically(path, [&](QIODevice *device) -> Status {
        switch (*format) {
        case Format::Pdf:
            return writePdf(sheet, device);
        case Format::Html:
            return writeText(device, sheet.toHtml());
        case Format::Markdown:
            return writeText(device, sheet.toMarkdown());
        }
        return {};
    });
}

Result<qint64> PrepSheetExport::findCompany(const VaultStore &store, const QString &name)
{
    const QString wanted = name.trimmed();
    if (!wanted.isEmpty()) {
        Result<qint64> id = store.findCompany(wanted);
        if (!id || *id != 0)
            return id;
    }
    Result<QList<Company>> companies = store.companies();
    if (!companies)
        return companies.takeError();
    QStringList names;
    for (const Company &company : *companies)
        names.append(company.name);
    if (names.isEmpty())
        return Error{
            tr("No company named “%1”: the vault has no companies yet. Add one in Companies "
               "& Values first.")
                .arg(wanted)};
    return Error{tr("No company named “%1” in the vault. Known companies: %2.")
                     .arg(wanted, names.join(tr(", ", "list separator")))};
}

QPageLayout PrepSheetExport::pageLayout(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait,
                       QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
}

Result<int> PrepSheetExport::print(const PrepSheet &sheet, QPagedPaintDevice &device)
{
    // The painter's origin is the top left of the printable area, inside the page margins.
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal millimetres) { return millimetres * dpi / 25.4; };
    const QSizeF area(device.width(), device.height());

    // Laid out on the device itself, so line breaks match what is drawn.
    const std::unique_ptr<QTextDocument> document = sheet.toTextDocument(&device);
    QFont chromeFont = document->defaultFont();
    chromeFont.setPointSizeF(8);
    const QFontMetricsF metrics(chromeFont, &device);
    const qreal headerHeight = metrics.height() + mm(5); // text, a rule, a gap
    const qreal footerHeight = metrics.height() + mm(4);
    const QRectF body(0, headerHeight, area.width(), area.height() - headerHeight - footerHeight);
    if (body.height() < mm(40) || body.width() < mm(40))
        return Error{tr("The page is too small for the prep sheet. Choose a larger paper size or "
                        "smaller margins.")};

    document->setPageSize(body.size());
    // Lay the whole document out first: moving a heading while the layout is only partly done
    // (lazy layout) leaves the rest of the document unlaid, and its pages would not print.
    document->pageCount();
    keepHeadingsWithText(*document, body.height());
    const int pageCount = document->pageCount();
    QAbstractTextDocumentLayout *layout = document->documentLayout();

    // The running header of a page: the part of the first block that starts on it. Parts start
    // on a page of their own, so a page never mixes two companies.
    QList<int> pagePart(pageCount, -1);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QRectF first = lineRect(block, true);
        const int page = int(std::floor(first.center().y() / body.height()));
        if (page >= 0 && page < pageCount && pagePart[page] < 0)
            pagePart[page] = block.userState();
    }
    for (int page = 0; page < pageCount; ++page) {
        if (pagePart[page] < 0)
            pagePart[page] = page > 0 ? pagePart[page - 1] : 0;
    }

    QPainter painter;
    if (!painter.begin(&device))
        return Error{
            tr("Could not start drawing the prep sheet: the printer or the file refused it. "
               "Check the printer, or export to a file instead.")};
    painter.setRenderHint(QPainter::Antialiasing);
    const QPageRanges ranges = device.pageRanges();
    const QPen rulePen(QColor(0xb0, 0xb8, 0xc4), mm(0.25));
    bool firstPage = true;
    for (int page = 0; page < pageCount; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page + 1))
            continue;
        if (!firstPage && !device.newPage()) {
            painter.end();
            return Error{
                tr("Could not start page %1 of the prep sheet. Check the printer or the disk, "
                   "then try again.")
                    .arg(page + 1)};
        }
        firstPage = false;

        // The body: the slice of the long document that falls on this page.
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF slice(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(slice.adjusted(-mm(3), 0, mm(3), 0));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        // Header: company and role, with a hairline under it.
        painter.setFont(chromeFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QString header = sheet.parts().value(pagePart[page]).header;
        // An RTL header reads from the right edge; AlignLeading follows the forced direction.
        const int direction =
            header.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight;
        painter.drawText(QRectF(0, 0, area.width(), metrics.height()),
                         Qt::AlignLeading | Qt::AlignVCenter | direction,
                         metrics.elidedText(header, Qt::ElideRight, area.width()));
        painter.setPen(rulePen);
        const qreal ruleY = metrics.height() + mm(1.5);
        painter.drawLine(QPointF(0, ruleY), QPointF(area.width(), ruleY));

        // Footer: where we are, so loose printed pages can be put back in order.
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(
            QRectF(0, area.height() - metrics.height(), area.width(), metrics.height()),
            Qt::AlignHCenter | Qt::AlignVCenter, tr("page %1 of %2").arg(page + 1).arg(pageCount));
    }
    painter.end();
    return pageCount;
}

Status PrepSheetExport::writePdf(const PrepSheet &sheet, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setPageLayout(pageLayout(sheet.options().paper));
    writer.setTitle(sheet.title());
    writer.setCreator(creator());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    writer.setAuthor(userName());
#endif
    writer.setDocumentXmpMetadata(xmpMetadata(sheet.title(), userName()));
    const Result<int> pages = print(sheet, writer);
    if (!pages)
        return pages.takeError();
    return {};
}

} // namespace starling
