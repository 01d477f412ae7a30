#include "valueslibrary.h"

#include "textlimits.h"
#include "themes.h"
#include "vaultstore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

#include <functional>
#include <optional>

namespace starling {

namespace {

QString indexPath(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString keyPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// Reads one document, stopping at the first problem; the message names its JSON path.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    QString error() const { return m_error.value_or(QString()); }
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = message;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required,
                   bool nonEmpty)
    {
        const QString at = keyPath(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(ValuesLibrary::tr("%1 must be text.").arg(at));
            return {};
        }
        QString s = v.toString();
        if (nonEmpty && s.trimmed().isEmpty())
            fail(ValuesLibrary::tr("%1 must not be empty.").arg(at));
        else if (s.size() > limits::MaxTextLength)
            fail(ValuesLibrary::tr("%1 is too long.").arg(at));
        return s;
    }

    QStringList strings(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString at = keyPath(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(ValuesLibrary::tr("%1 must be a list of text.").arg(at));
            return {};
        }
        const QJsonArray array = v.toArray();
        if (array.size() > limits::MaxListLength) {
            fail(ValuesLibrary::tr("%1 has too many entries.").arg(at));
            return {};
        }
        QStringList list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString() || item.toString().trimmed().isEmpty()
                || item.toString().size() > limits::MaxNameLength) {
                fail(ValuesLibrary::tr("%1 must be non-empty text.").arg(indexPath(at, i)));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }

    QList<ValueDraft> values(const QJsonValue &v, const QString &at, bool required, int depth)
    {
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(ValuesLibrary::tr("%1 must be a list of values.").arg(at));
            return {};
        }
        // Sub-principles nest one or two levels in practice; a deeper tree is a damaged file.
        if (depth > 8) {
            fail(ValuesLibrary::tr("%1 nests sub-principles too deeply.").arg(at));
            return {};
        }
        const QJsonArray array = v.toArray();
        QList<ValueDraft> list;
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const QString path = indexPath(at, i);
            if (!array.at(i).isObject()) {
                fail(ValuesLibrary::tr("%1 must be an object.").arg(path));
                break;
            }
            const QJsonObject o = array.at(i).toObject();
            ValueDraft draft;
            draft.name = string(o, path, QStringLiteral("name"), true, true).trimmed();
            if (!failed() && draft.name.size() > limits::MaxNameLength)
                fail(ValuesLibrary::tr("%1 is too long.").arg(keyPath(path, QStringLiteral("name"))));
            draft.meaning = string(o, path, QStringLiteral("meaning"), true, false);
            draft.keywords = strings(o, path, QStringLiteral("keywords"));
            draft.themes = strings(o, path, QStringLiteral("themes"));
            for (qsizetype t = 0; t < draft.themes.size() && !failed(); ++t) {
                if (!Themes::isKnown(draft.themes.at(t))) {
                    fail(ValuesLibrary::tr("%1 is %2, which is not a known theme.")
                             .arg(indexPath(keyPath(path, QStringLiteral("themes")), t),
                                  quoted(draft.themes.at(t))));
                }
            }
            draft.children = values(o.value(QStringLiteral("children")),
                                    keyPath(path, QStringLiteral("children")), false, depth + 1);
            list.append(draft);
        }
        return list;
    }

private:
    std::optional<QString> m_error;
};

QString nameKey(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace

Result<QList<LibraryCompany>> ValuesLibrary::load()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The bundled values library is missing from this build of Starling.")};
    Result<QList<LibraryCompany>> parsed = parse(file.readAll());
    if (!parsed)
        return Error{tr("The bundled values library is damaged: %1").arg(parsed.error())};
    return parsed;
}

Result<QList<LibraryCompany>> ValuesLibrary::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("The values library is not valid JSON: %1 at byte %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    }
    if (!doc.isObject())
        return Error{tr("The values library must be a JSON object.")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView("starling-values-library"))
        return Error{tr("format must be \u201cstarling-values-library\u201d.")};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        return Error{tr("version must be %1; this Starling cannot read other versions.")
                         .arg(FormatVersion)};
    }
    const QJsonValue companiesValue = root.value(QStringLiteral("companies"));
    if (!companiesValue.isArray())
        return Error{tr("companies must be a list.")};

    Reader reader;
    QList<LibraryCompany> companies;
    QHash<QString, QString> names; // name key -> path of the first company with it
    const QJsonArray array = companiesValue.toArray();
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString path = indexPath(QStringLiteral("companies"), i);
        if (!array.at(i).isObject()) {
            reader.fail(tr("%1 must be an object.").arg(path));
            break;
        }
        const QJsonObject o = array.at(i).toObject();
        LibraryCompany company;
        company.name = reader.string(o, path, QStringLiteral("name"), true, true).trimmed();
        if (!reader.failed()) {
            const QString key = nameKey(company.name);
            if (names.contains(key)) {
                reader.fail(tr("%1 is %2, like %3.")
                                .arg(keyPath(path, QStringLiteral("name")), quoted(company.name),
                                     names.value(key)));
            }
            names.insert(key, keyPath(path, QStringLiteral("name")));
        }
        company.sourceUrl = reader.string(o, path, QStringLiteral("sourceUrl"), false, false).trimmed();
        if (!reader.failed() && !company.sourceUrl.isEmpty()) {
            const QUrl url(company.sourceUrl, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1StringView("https")
                    && url.scheme() != QLatin1StringView("http"))) {
                reader.fail(tr("%1 is not a web address.").arg(keyPath(path, QStringLiteral("sourceUrl"))));
            }
        }
        company.note = reader.string(o, path, QStringLiteral("note"), false, false);
        const QString asOf = reader.string(o, path, QStringLiteral("asOf"), true, true);
        if (!reader.failed()) {
            company.asOf = QDate::fromString(asOf, Qt::ISODate);
            if (!company.asOf.isValid()) {
                reader.fail(tr("%1 is %2, which is not a date like 2024-01-31.")
                                .arg(keyPath(path, QStringLiteral("asOf")), quoted(asOf)));
            }
        }
        if (!reader.failed()) {
            company.values = reader.values(o.value(QStringLiteral("values")),
                                           keyPath(path, QStringLiteral("values")), true, 0);
        }
        companies.append(company);
    }
    if (reader.failed())
        return Error{reader.error()};
    return companies;
}

Result<QString> ValuesLibrary::freeCompanyName(const VaultStore &store, const QString &name)
{
    const QString base = name.trimmed();
    // A bound keeps a pathological vault from looping; nobody has 10 000 copies of one company.
    for (int n = 1; n <= 10'000; ++n) {
        const QString candidate = n == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n);
        Result<qint64> existing = store.findCompany(candidate);
        if (!existing)
            return existing.takeError();
        if (existing.value() == 0)
            return candidate;
    }
    return Error{tr("There are too many companies named \u201c%1\u201d.").arg(base)};
}

Result<qint64> ValuesLibrary::addToVault(VaultStore &store, const LibraryCompany &company)
{
    qint64 companyId = 0;
    std::function<Status(const QList<ValueDraft> &, qint64)> addValues =
        [&](const QList<ValueDraft> &drafts, qint64 parentId) -> Status {
        for (const ValueDraft &draft : drafts) {
            ValuePrinciple value;
            value.companyId = companyId;
            value.parentId = parentId;
            value.name = draft.name;
            value.meaning = draft.meaning;
            value.keywords = draft.keywords;
            value.themes = draft.themes;
            value.position = -1; // append: keeps the library order
            Result<qint64> id = store.addValue(value);
            if (!id)
                return id.takeError();
            if (Status s = addValues(draft.children, id.value()); !s)
                return s;
        }
        return {};
    };

    const Status status = store.transact([&]() -> Status {
        Result<QString> name = freeCompanyName(store, company.name);
        if (!name)
            return name.takeError();
        Company c;
        c.name = name.value();
        c.sourceUrl = company.sourceUrl;
        c.notes = company.asOf.isValid()
            ? tr("Values copied from the Starling values library, as of %1. %2")
                  .arg(company.asOf.toString(Qt::ISODate), company.note)
                  .trimmed()
            : tr("Values copied from the Starling values library. %1").arg(company.note).trimmed();
        Result<qint64> id = store.addCompany(c);
        if (!id)
            return id.takeError();
        companyId = id.value();
        return addValues(company.values, 0);
    });
    if (!status)
        return Error{tr("Could not add %1 from the values library: %2")
                         .arg(quoted(company.name.trimmed()), status.error())};
    return companyId;
}

} // namespace starling
