#pragma once

#include "prepsheet.h"
#include "result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace starling {

class VaultStore;

// Writes prep sheets to files — PDF, HTML or Markdown, chosen by the extension — and draws them
// on any paged device. PDF, print preview and printing all go through print(), so what the
// preview shows is what the PDF holds.
class PrepSheetExport
{
    Q_DECLARE_TR_FUNCTIONS(starling::PrepSheetExport)
public:
    enum class Format { Pdf, Html, Markdown };

    // By extension, case-insensitive: .pdf, .html/.htm, .md/.markdown; nullopt otherwise.
    static std::optional<Format> formatForPath(const QString &path);
    // The usual extension, without the dot: "pdf", "html", "md".
    static QString suffix(Format format);

    // Builds the sheet and writes it atomically: on failure nothing is left at path (no partial
    // file, no temporary file) and the error says why and what to do.
    static Status exportToFile(const VaultStore &store, const QString &path,
                               const PrepSheetOptions &options);
    static Status exportToFile(const PrepSheet &sheet, const QString &path);

    // The company called name, compared case-insensitively. An unknown name is an error that
    // names it and lists the companies the vault knows.
    static Result<qint64> findCompany(const VaultStore &store, const QString &name);

    // The PDF page: the paper of the options, portrait, margins every printer can print.
    static QPageLayout pageLayout(QPageSize::PageSizeId paper);

    // The one rendering routine: lays the sheet out for device's printable area and draws it page
    // by page, with the company and role in a header and "page x of y" in a footer on every page.
    // Prints only the device's pageRanges() when it has some. Returns the number of pages.
    static Result<int> print(const PrepSheet &sheet, QPagedPaintDevice &device);
    // The sheet as a PDF with title, author and creator, written to device.
    static Status writePdf(const PrepSheet &sheet, QIODevice *device);
};

} // namespace starling
