#include "prepsheetexport.h"

#include "vaultstore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
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
        QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
// Qt before 6.8 cannot set the Info dictionary's /Author, which is what most readers (and
// pdfinfo) show. Its PDF has a classic cross-reference table and the Info dictionary as an
// uncompressed object, so the entry can be added after the fact: insert it into the dictionary,
// then move every byte offset that lies behind the insertion. Anything unexpected leaves the
// PDF exactly as Qt wrote it.
QByteArray withAuthor(const QByteArray &pdf, const QString &author)
{
    if (author.isEmpty())
        return pdf;
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype infoRef = trailer < 0 ? -1 : pdf.indexOf("/Info ", trailer);
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (infoRef < 0 || xref < 0 || startxref < 0 || xref > trailer)
        return pdf;
    bool ok = false;
    const qsizetype refEnd = pdf.indexOf(' ', infoRef + 6);
    const int infoObject = pdf.mid(infoRef + 6, refEnd - infoRef - 6).toInt(&ok);
    if (!ok)
        return pdf;
    const QByteArray header = QByteArray::number(infoObject) + " 0 obj";
    const qsizetype object = pdf.startsWith(header) ? 0 : pdf.indexOf("\n" + header);
    const qsizetype dictionary = object < 0 ? -1 : pdf.indexOf("<<", object);
    if (dictionary < 0 || dictionary > xref || pdf.mid(object, dictionary - object).contains("endobj"))
        return pdf;

    // UTF-16BE with a byte-order mark, in hex, as Qt writes the title.
    QByteArray hex = "FEFF";
    for (const QChar c : author)
        hex += QByteArray::number(c.unicode() + 0x10000, 16).mid(1).toUpper();
    const QByteArray entry = "\n/Author <" + hex + ">";
    const qsizetype at = dictionary + 2;
    const qsizetype delta = entry.size();

    // The table: "xref", then "first count" lines, each followed by 20-byte entries.
    QByteArray table = pdf.mid(xref + 1, trailer - xref - 1);
    qsizetype line = table.indexOf('\n') + 1;
    while (line > 0 && line < table.size()) {
        const qsizetype end = table.indexOf('\n', line);
        if (end < 0)
            break;
        const QList<QByteArray> section = table.mid(line, end - line).trimmed().split(' ');
        if (section.size() != 2)
            return pdf;
        const int count = section.at(1).toInt(&ok);
        if (!ok)
            return pdf;
        line = end + 1;
        for (int i = 0; i < count; ++i, line += 20) {
            if (line + 20 > table.size() || table.at(line + 17) != 'n') {
                if (line + 20 <= table.size() && table.at(line + 17) == 'f')
                    continue; // a free entry: not an offset
                return pdf;
            }
            const qint64 offset = table.mid(line, 10).toLongLong(&ok);
            if (!ok)
                return pdf;
            if (offset > at)
                table.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
    }
    const qsizetype numberStart = startxref + 9;
    const qsizetype numberEnd = pdf.indexOf("%%EOF", numberStart);
    const qint64 start = pdf.mid(numberStart, numberEnd - numberStart).trimmed().toLongLong(&ok);
    if (!ok || numberEnd < 0)
        return pdf;

    QByteArray out = pdf.left(at) + entry + pdf.mid(at, xref + 1 - at) + table
                     + pdf.mid(trailer, numberStart - trailer) + '\n'
                     + QByteArray::number(start + delta) + '\n' + pdf.mid(numberEnd);
    return out;
}
#endif

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
    if (Status written = write(&file); !written) {
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
               "and Values first.")
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
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Written to memory first so the author can be added to the Info dictionary.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QIODevice *target = &buffer;
#else
    QIODevice *target = device;
#endif
    {
        QPdfWriter writer(target);
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
    } // the writer finishes the file when it goes
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    const QByteArray pdf = withAuthor(buffer.data(), userName());
    if (device->write(pdf) != pdf.size())
        return Error{tr("Could not write the PDF: %1").arg(device->errorString())};
#endif
    return {};
}

} // namespace starling
