#pragma once

#include "result.h"
#include "valuedraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace starling {

class VaultStore;

// One employer's published values, as bundled with Starling. Value names are the company's;
// meanings and keywords are Starling's own plain-language reading for a candidate.
struct LibraryCompany {
    QString name;
    QString sourceUrl; // the company's public values page
    QString note;      // "Check the company's current page: values change."
    QDate asOf;        // when the values were known to read like this
    QList<ValueDraft> values;

    bool operator==(const LibraryCompany &) const = default;
};

// The bundled values library (resources/library/values-library.json, format
// "starling-values-library" version 1) and copying an entry into a vault.
class ValuesLibrary
{
    Q_DECLARE_TR_FUNCTIONS(starling::ValuesLibrary)
public:
    static constexpr int FormatVersion = 1;
    static QString resourcePath() { return QStringLiteral(":/library/values-library.json"); }

    // The bundled library, companies in file order.
    static Result<QList<LibraryCompany>> load();
    // Errors name the place in the document as a JSON path, e.g. "companies[2].values[3].name".
    // Theme keys must exist in the Themes taxonomy and company names must be unique
    // (case-insensitively).
    static Result<QList<LibraryCompany>> parse(const QByteArray &json);

    // Adds an editable copy of `company` (company and value tree) in one transaction and returns
    // the new company id. A name already in the vault gets a suffix: "Amazon (2)", "Amazon (3)"...
    // Role and level stay empty; the source URL is copied; the notes say which library date the
    // values come from.
    static Result<qint64> addToVault(VaultStore &store, const LibraryCompany &company);
    // The name addToVault() would use: `name`, or the first free "name (n)".
    static Result<QString> freeCompanyName(const VaultStore &store, const QString &name);
};

} // namespace starling
