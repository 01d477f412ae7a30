#include "vaultexchange.h"

#include "textlimits.h"
#include "vaultstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace starling {

namespace {

const QString kFormatName = QStringLiteral("starling-vault");

// ---------------------------------------------------------------------------------------------
// Shared helpers

// The key companies are compared by, the same rule the store uses for its UNIQUE column.
QString companyKey(const QString &name) {
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString timestampText(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString quoted(const QString &text) {
    return u'\u201c' + text + u'\u201d';
}

// ---------------------------------------------------------------------------------------------
// Export

QJsonArray stringArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

struct ExportIds {
    QHash<qint64, QString> stories;
    QHash<qint64, QString> companies;
    QHash<qint64, QString> values;
    QHash<qint64, QString> questions;
    QHash<qint64, QString> answers;
};

void putReference(QJsonObject &object, const QString &key, const QHash<qint64, QString> &ids,
                  qint64 id) {
    // An unset reference (or one whose row vanished) is simply left out.
    if (id > 0 && ids.contains(id))
        object.insert(key, ids.value(id));
}

QJsonObject valueToJson(const ValuePrinciple &value,
                        const QHash<qint64, QList<ValuePrinciple>> &childrenOf,
                        const ExportIds &ids) {
    QJsonArray children;
    for (const ValuePrinciple &child : childrenOf.value(value.id))
        children.append(valueToJson(child, childrenOf, ids));
    return QJsonObject{
        {QStringLiteral("id"), ids.values.value(value.id)},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("meaning"), value.meaning},
        {QStringLiteral("keywords"), stringArray(value.keywords)},
        {QStringLiteral("themes"), stringArray(value.themes)},
        {QStringLiteral("children"), children},
    };
}

// ---------------------------------------------------------------------------------------------
// Import: the document is read completely into these plain records first, so that every
// problem is found before the first write.

struct ParsedValue {
    QString fileId;
    int company = -1;
    int parent = -1; // index into Parsed::values, -1 for a top-level value
    ValuePrinciple value;
};

struct ParsedLink {
    int story = -1;
    int value = -1;
    QString notes;
};

struct ParsedQuestion {
    int company = -1;
    Question question;
};

struct ParsedAnswer {
    int question = -1;
    int company = -1;
    int value = -1;
    int story = -1;
    Answer answer;
};

struct ParsedPractice {
    int answer = -1;
    int question = -1;
    PracticeRun run;
};

struct Parsed {
    QList<Story> stories;
    QList<Company> companies;
    QList<ParsedValue> values; // tree order: each parent before its children
    QList<ParsedLink> links;
    QList<ParsedQuestion> questions;
    QList<ParsedAnswer> answers;
    QList<ParsedPractice> practice;
};

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return VaultExchange::tr("null");
    case QJsonValue::Bool:
        return VaultExchange::tr("true or false");
    case QJsonValue::Double:
        return VaultExchange::tr("a number");
    case QJsonValue::String:
        return VaultExchange::tr("text");
    case QJsonValue::Array:
        return VaultExchange::tr("a list");
    case QJsonValue::Object:
        return VaultExchange::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return VaultExchange::tr("nothing");
}

QString joinPath(const QString &base, const QString &key) {
    return base.isEmpty() ? key : base + u'.' + key;
}

QString indexPath(const QString &base, qsizetype index) {
    return base + u'[' + QString::number(index) + u']';
}

// Reads the whole document. The first problem is kept and everything after it is skipped, so
// callers can read field after field and check failed() at the points where it matters.
class Reader {
public:
    bool failed() const { return m_error.has_value(); }
    QString error() const { return m_error.value_or(QString()); }

    void fail(const QString &sentence) {
        if (!m_error)
            m_error = sentence;
    }

    // One JSON object being read, and where it sits in the document.
    class Object {
    public:
        Object(Reader &reader, const QJsonObject &object, const QString &path)
            : m_reader(reader)
            , m_object(object)
            , m_path(path) {}

        const QString &path() const { return m_path; }
        QString pathOf(const QString &key) const { return joinPath(m_path, key); }
        bool has(const QString &key) const {
            return m_object.contains(key) && !m_object.value(key).isNull();
        }

        // Text; absent or null gives the default unless required.
        QString text(const QString &key, int maxLength, bool required = false,
                     const QString &fallback = QString()) {
            const std::optional<QJsonValue> v =
                fetch(key, QJsonValue::String, VaultExchange::tr("text"), required);
            const QString s = v ? v->toString() : fallback;
            if (v)
                checkLength(s, pathOf(key), maxLength);
            // The store binds a null QString as SQL NULL, which its NOT NULL text columns refuse;
            // an empty text must therefore be a non-null empty string.
            return s.isNull() ? QStringLiteral("") : s;
        }

        // Text that must have something in it besides spaces.
        QString name(const QString &key, int maxLength) {
            QString s = text(key, maxLength, true);
            if (!m_reader.failed() && s.trimmed().isEmpty())
                m_reader.fail(VaultExchange::tr("%1 is empty; it needs a name or some text.")
                                  .arg(pathOf(key)));
            return s;
        }

        // A file-local id (or a reference to one): non-empty text.
        QString id(const QString &key, bool required) {
            QString s = text(key, limits::MaxNameLength, required);
            if (!m_reader.failed() && has(key) && s.isEmpty())
                m_reader.fail(VaultExchange::tr("%1 is empty; an id needs at least one character.")
                                  .arg(pathOf(key)));
            return s;
        }

        QStringList textList(const QString &key) {
            QStringList list;
            const std::optional<QJsonValue> v =
                fetch(key, QJsonValue::Array, VaultExchange::tr("a list of text"), false);
            if (!v)
                return list;
            const QJsonArray array = v->toArray();
            if (array.size() > limits::MaxListLength) {
                m_reader.fail(VaultExchange::tr("%1 has too many entries (%2; the limit is %3).")
                                  .arg(pathOf(key))
                                  .arg(array.size())
                                  .arg(limits::MaxListLength));
                return list;
            }
            for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
                const QString itemPath = indexPath(pathOf(key), i);
                if (!array.at(i).isString()) {
                    m_reader.fail(VaultExchange::tr("%1 must be text, but it is %2.")
                                      .arg(itemPath, typeName(array.at(i))));
                    break;
                }
                const QString item = array.at(i).toString();
                checkLength(item, itemPath, limits::MaxNameLength);
                list.append(item);
            }
            return list;
        }

        bool boolean(const QString &key, bool fallback) {
            const std::optional<QJsonValue> v =
                fetch(key, QJsonValue::Bool, VaultExchange::tr("true or false"), false);
            return v ? v->toBool() : fallback;
        }

        int integer(const QString &key, int minimum, int maximum, int fallback,
                    const QString &rangeHint) {
            const std::optional<QJsonValue> v =
                fetch(key, QJsonValue::Double, VaultExchange::tr("a number"), false);
            if (!v)
                return fallback;
            const double d = v->toDouble();
            if (std::trunc(d) != d || d < minimum || d > maximum) {
                m_reader.fail(VaultExchange::tr("%1 is %2, but it must be %3.")
                                  .arg(pathOf(key), QString::number(d), rangeHint));
                return fallback;
            }
            return int(d);
        }

        QDate date(const QString &key) {
            const QString s = text(key, limits::MaxNameLength);
            if (m_reader.failed() || !has(key))
                return {};
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (!d.isValid())
                m_reader.fail(
                    VaultExchange::tr("%1 is %2, which is not a date; write it as year-month-day, "
                                      "for example 2024-03-15.")
                        .arg(pathOf(key), quoted(s)));
            return d;
        }

        QDateTime dateTime(const QString &key, bool required) {
            const QString s = text(key, limits::MaxNameLength, required);
            if (m_reader.failed() || !has(key))
                return {};
            QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!t.isValid()) {
                m_reader.fail(VaultExchange::tr(
                                  "%1 is %2, which is not a date and time; write it in ISO 8601 "
                                  "UTC, for example 2024-03-15T09:30:00.000Z.")
                                  .arg(pathOf(key), quoted(s)));
                return {};
            }
            // The format is UTC; a time without an offset is taken as UTC rather than as the
            // local time of whichever machine happens to import it.
            if (t.timeSpec() == Qt::LocalTime)
                t = QDateTime(t.date(), t.time(), Qt::UTC);
            t = t.toUTC();
            // An offset can carry a valid time past the years ISO 8601 text holds
            // ("9999-12-31T23:00:00-14:00"); export would then write it as empty text, and the
            // export could never be imported again.
            if (t.date().year() < 1 || t.date().year() > 9999) {
                m_reader.fail(VaultExchange::tr("%1 is %2, which falls outside the years 0001 to "
                                                "9999 in UTC; write a date and time within them.")
                                  .arg(pathOf(key), quoted(s)));
                return {};
            }
            return t;
        }

        // A list of objects; absent or null is an empty list.
        QJsonArray objects(const QString &key) {
            const std::optional<QJsonValue> v =
                fetch(key, QJsonValue::Array, VaultExchange::tr("a list"), false);
            if (!v)
                return {};
            QJsonArray array = v->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isObject()) {
                    m_reader.fail(VaultExchange::tr("%1 must be an object, but it is %2.")
                                      .arg(indexPath(pathOf(key), i), typeName(array.at(i))));
                    return {};
                }
            }
            return array;
        }

    private:
        std::optional<QJsonValue> fetch(const QString &key, QJsonValue::Type type,
                                        const QString &expected, bool required) {
            if (m_reader.failed())
                return std::nullopt;
            const QJsonValue v = m_object.value(key);
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    m_reader.fail(
                        VaultExchange::tr("%1 is missing; it is required.").arg(pathOf(key)));
                return std::nullopt;
            }
            if (v.type() != type) {
                m_reader.fail(VaultExchange::tr("%1 must be %2, but it is %3.")
                                  .arg(pathOf(key), expected, typeName(v)));
                return std::nullopt;
            }
            return v;
        }

        void checkLength(const QString &s, const QString &path, int maxLength) {
            if (s.size() > maxLength)
                m_reader.fail(VaultExchange::tr("%1 is too long (%2 characters; the limit is %3).")
                                  .arg(path)
                                  .arg(s.size())
                                  .arg(maxLength));
        }

        Reader &m_reader;
        QJsonObject m_object;
        QString m_path;
    };

    // File-local ids of one kind: where each was defined, to resolve references and to report
    // a duplicate next to its first use.
    class IdTable {
    public:
        explicit IdTable(QString noun)
            : m_noun(std::move(noun)) {}

        void define(Reader &reader, const QString &id, const QString &path, int index) {
            if (reader.failed())
                return;
            if (const auto it = m_entries.constFind(id); it != m_entries.cend()) {
                reader.fail(VaultExchange::tr(
                                "%1 is %2, but %3 already uses that id; every %4 needs its own id.")
                                .arg(path, quoted(id), it->path, m_noun));
                return;
            }
            m_entries.insert(id, {path, index});
        }

        // -1 when the reference is unset; a dangling reference fails the reader.
        int resolve(Reader &reader, const QString &id, const QString &path) const {
            if (reader.failed() || id.isEmpty())
                return -1;
            const auto it = m_entries.constFind(id);
            if (it == m_entries.cend()) {
                reader.fail(
                    VaultExchange::tr("%1 refers to %2, but the file has no %3 with that id.")
                        .arg(path, quoted(id), m_noun));
                return -1;
            }
            return it->index;
        }

    private:
        struct Entry {
            QString path;
            int index = -1;
        };
        QString m_noun;
        QHash<QString, Entry> m_entries;
    };

private:
    std::optional<QString> m_error;
};

void readValues(Reader &reader, Reader::Object &owner, const QString &key, int company, int parent,
                Reader::IdTable &valueIds, QList<ParsedValue> &out) {
    const QJsonArray array = owner.objects(key);
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, array.at(i).toObject(), indexPath(owner.pathOf(key), i));
        ParsedValue parsed;
        parsed.company = company;
        parsed.parent = parent;
        parsed.fileId = o.id(QStringLiteral("id"), true);
        parsed.value.name = o.name(QStringLiteral("name"), limits::MaxNameLength);
        parsed.value.meaning = o.text(QStringLiteral("meaning"), limits::MaxTextLength);
        parsed.value.keywords = o.textList(QStringLiteral("keywords"));
        parsed.value.themes = o.textList(QStringLiteral("themes"));
        parsed.value.position = -1; // appended: the array order is the sibling order
        const int index = int(out.size());
        valueIds.define(reader, parsed.fileId, o.pathOf(QStringLiteral("id")), index);
        if (reader.failed())
            return;
        out.append(parsed);
        readValues(reader, o, QStringLiteral("children"), company, index, valueIds, out);
    }
}

// Parses and checks the whole document against the vault. Nothing is written.
Result<Parsed> readDocument(const VaultStore &store, const QJsonObject &root) {
    Reader reader;
    Reader::Object top(reader, root, QString());

    // The format and version come first: for a file that is something else entirely, a
    // complaint about its third story would only confuse.
    if (!root.contains(QStringLiteral("format")))
        return Error{
            VaultExchange::tr("format is missing, so this is not a Starling vault export (one "
                              "has \"format\": \"starling-vault\" at the top level).")};
    const QString format = top.text(QStringLiteral("format"), limits::MaxNameLength, true);
    if (reader.failed())
        return Error{reader.error()};
    if (format != kFormatName)
        return Error{VaultExchange::tr(
                         "format is %1, but a Starling vault export has \u201c%2\u201d. Choose a "
                         "file exported by Starling.")
                         .arg(quoted(format), kFormatName)};
    if (!root.contains(QStringLiteral("version")))
        return Error{VaultExchange::tr(
            "version is missing; a Starling vault export states its format version.")};
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    if (!versionValue.isDouble())
        return Error{VaultExchange::tr("version must be a number, but it is %1.")
                         .arg(typeName(versionValue))};
    if (versionValue.toDouble() != VaultExchange::FormatVersion)
        return Error{
            VaultExchange::tr("version is %1, but this version of Starling reads version %2 of the "
                              "format only. Update Starling to import this file.")
                .arg(QString::number(versionValue.toDouble()))
                .arg(VaultExchange::FormatVersion)};

    Parsed parsed;
    Reader::IdTable storyIds(VaultExchange::tr("story"));
    Reader::IdTable companyIds(VaultExchange::tr("company"));
    Reader::IdTable valueIds(VaultExchange::tr("value"));
    Reader::IdTable questionIds(VaultExchange::tr("question"));
    Reader::IdTable answerIds(VaultExchange::tr("answer"));
    QHash<QString, QString> companyNames; // name key -> path of the first company with it

    const QString kStories = QStringLiteral("stories");
    const QJsonArray stories = top.objects(kStories);
    for (qsizetype i = 0; i < stories.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, stories.at(i).toObject(), indexPath(kStories, i));
        Story s;
        const QString id = o.id(QStringLiteral("id"), true);
        s.title = o.text(QStringLiteral("title"), limits::MaxNameLength, true);
        const QStringList kinds = o.textList(QStringLiteral("kinds"));
        for (qsizetype k = 0; k < kinds.size() && !reader.failed(); ++k) {
            const std::optional<StoryKind> kind = storyKindFromKey(kinds.at(k));
            if (!kind) {
                QStringList known;
                for (StoryKind each : allStoryKinds())
                    known.append(storyKindKey(each));
                reader.fail(
                    VaultExchange::tr("%1 is %2, which is not a story kind; use one of: %3.")
                        .arg(indexPath(o.pathOf(QStringLiteral("kinds")), k), quoted(kinds.at(k)),
                             known.join(QStringLiteral(", "))));
                break;
            }
            s.kinds |= *kind;
        }
        s.situation = o.text(QStringLiteral("situation"), limits::MaxTextLength);
        s.task = o.text(QStringLiteral("task"), limits::MaxTextLength);
        s.action = o.text(QStringLiteral("action"), limits::MaxTextLength);
        s.result = o.text(QStringLiteral("result"), limits::MaxTextLength);
        s.notes = o.text(QStringLiteral("notes"), limits::MaxTextLength);
        s.backbone = o.boolean(QStringLiteral("backbone"), false);
        s.createdAt = o.dateTime(QStringLiteral("createdAt"), false);
        s.updatedAt = o.dateTime(QStringLiteral("updatedAt"), false);
        storyIds.define(reader, id, o.pathOf(QStringLiteral("id")), int(parsed.stories.size()));
        parsed.stories.append(s);
    }

    const QString kCompanies = QStringLiteral("companies");
    const QJsonArray companies = top.objects(kCompanies);
    for (qsizetype i = 0; i < companies.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, companies.at(i).toObject(), indexPath(kCompanies, i));
        Company c;
        const QString id = o.id(QStringLiteral("id"), true);
        c.name = o.name(QStringLiteral("name"), limits::MaxNameLength);
        c.role = o.text(QStringLiteral("role"), limits::MaxNameLength);
        c.level = o.text(QStringLiteral("level"), limits::MaxNameLength);
        c.interviewDate = o.date(QStringLiteral("interviewDate"));
        c.notes = o.text(QStringLiteral("notes"), limits::MaxTextLength);
        c.sourceUrl = o.text(QStringLiteral("sourceUrl"), limits::MaxNameLength);
        c.createdAt = o.dateTime(QStringLiteral("createdAt"), false);
        c.updatedAt = o.dateTime(QStringLiteral("updatedAt"), false);
        const int index = int(parsed.companies.size());
        companyIds.define(reader, id, o.pathOf(QStringLiteral("id")), index);
        if (reader.failed())
            break;
        const QString namePath = o.pathOf(QStringLiteral("name"));
        const QString key = companyKey(c.name);
        if (const auto it = companyNames.constFind(key); it != companyNames.cend()) {
            reader.fail(VaultExchange::tr(
                            "%1 is %2, the same company as %3 (names are compared ignoring case); "
                            "list each company once.")
                            .arg(namePath, quoted(c.name.trimmed()), *it));
            break;
        }
        companyNames.insert(key, namePath);
        const Result<qint64> existing = store.findCompany(c.name);
        if (!existing)
            return existing.takeError();
        if (existing.value() != 0) {
            reader.fail(VaultExchange::tr(
                            "%1 is %2, but the vault already has a company of that name; rename "
                            "or delete one of them before importing.")
                            .arg(namePath, quoted(c.name.trimmed())));
            break;
        }
        parsed.companies.append(c);
        readValues(reader, o, QStringLiteral("values"), index, -1, valueIds, parsed.values);
    }

    const QString kLinks = QStringLiteral("links");
    const QJsonArray links = top.objects(kLinks);
    QHash<QPair<int, int>, QString> linkPaths;
    for (qsizetype i = 0; i < links.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, links.at(i).toObject(), indexPath(kLinks, i));
        ParsedLink l;
        const QString story = o.id(QStringLiteral("story"), true);
        const QString value = o.id(QStringLiteral("value"), true);
        l.notes = o.text(QStringLiteral("notes"), limits::MaxTextLength);
        l.story = storyIds.resolve(reader, story, o.pathOf(QStringLiteral("story")));
        l.value = valueIds.resolve(reader, value, o.pathOf(QStringLiteral("value")));
        if (reader.failed())
            break;
        const QPair<int, int> pair(l.story, l.value);
        if (const auto it = linkPaths.constFind(pair); it != linkPaths.cend()) {
            reader.fail(
                VaultExchange::tr("%1 links story %2 to value %3 again (already at %4); list each "
                                  "pair once.")
                    .arg(o.path(), quoted(story), quoted(value), *it));
            break;
        }
        linkPaths.insert(pair, o.path());
        parsed.links.append(l);
    }

    const QString kQuestions = QStringLiteral("questions");
    const QJsonArray questions = top.objects(kQuestions);
    for (qsizetype i = 0; i < questions.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, questions.at(i).toObject(), indexPath(kQuestions, i));
        ParsedQuestion q;
        const QString id = o.id(QStringLiteral("id"), true);
        q.question.text = o.name(QStringLiteral("text"), limits::MaxTextLength);
        q.question.themes = o.textList(QStringLiteral("themes"));
        const QString company = o.id(QStringLiteral("company"), false);
        q.company = companyIds.resolve(reader, company, o.pathOf(QStringLiteral("company")));
        questionIds.define(reader, id, o.pathOf(QStringLiteral("id")),
                           int(parsed.questions.size()));
        parsed.questions.append(q);
    }

    const QString kAnswers = QStringLiteral("answers");
    const QJsonArray answers = top.objects(kAnswers);
    for (qsizetype i = 0; i < answers.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, answers.at(i).toObject(), indexPath(kAnswers, i));
        ParsedAnswer a;
        const QString id = o.id(QStringLiteral("id"), true);
        const QString question = o.id(QStringLiteral("question"), false);
        const QString company = o.id(QStringLiteral("company"), false);
        const QString value = o.id(QStringLiteral("value"), false);
        const QString story = o.id(QStringLiteral("story"), false);
        a.answer.repeat = o.text(QStringLiteral("repeat"), limits::MaxTextLength);
        a.answer.situation = o.text(QStringLiteral("situation"), limits::MaxTextLength);
        a.answer.task = o.text(QStringLiteral("task"), limits::MaxTextLength);
        a.answer.action = o.text(QStringLiteral("action"), limits::MaxTextLength);
        a.answer.result = o.text(QStringLiteral("result"), limits::MaxTextLength);
        a.answer.linkBack = o.text(QStringLiteral("linkBack"), limits::MaxTextLength);
        const QString status = o.text(QStringLiteral("status"), limits::MaxNameLength, false,
                                      answerStatusKey(AnswerStatus::Draft));
        a.answer.createdAt = o.dateTime(QStringLiteral("createdAt"), false);
        a.answer.updatedAt = o.dateTime(QStringLiteral("updatedAt"), false);
        if (reader.failed())
            break;
        if (const std::optional<AnswerStatus> s = answerStatusFromKey(status)) {
            a.answer.status = *s;
        } else {
            reader.fail(
                VaultExchange::tr("%1 is %2, but an answer's status is “draft” or “ready”.")
                    .arg(o.pathOf(QStringLiteral("status")), quoted(status)));
            break;
        }
        a.question = questionIds.resolve(reader, question, o.pathOf(QStringLiteral("question")));
        a.company = companyIds.resolve(reader, company, o.pathOf(QStringLiteral("company")));
        a.value = valueIds.resolve(reader, value, o.pathOf(QStringLiteral("value")));
        a.story = storyIds.resolve(reader, story, o.pathOf(QStringLiteral("story")));
        if (reader.failed())
            break;
        if (a.value >= 0 && a.company >= 0 && parsed.values.at(a.value).company != a.company) {
            const ParsedValue &v = parsed.values.at(a.value);
            reader.fail(VaultExchange::tr(
                            "%1 is %2, a value of %3 (%4), but the answer is for %5 (%6); choose "
                            "a value of the answer's own company.")
                            .arg(o.pathOf(QStringLiteral("value")), quoted(value),
                                 quoted(parsed.companies.at(v.company).name),
                                 indexPath(kCompanies, v.company),
                                 quoted(parsed.companies.at(a.company).name),
                                 indexPath(kCompanies, a.company)));
            break;
        }
        answerIds.define(reader, id, o.pathOf(QStringLiteral("id")), int(parsed.answers.size()));
        parsed.answers.append(a);
    }

    const QString kPractice = QStringLiteral("practice");
    const QJsonArray practice = top.objects(kPractice);
    for (qsizetype i = 0; i < practice.size() && !reader.failed(); ++i) {
        Reader::Object o(reader, practice.at(i).toObject(), indexPath(kPractice, i));
        ParsedPractice p;
        const QString answer = o.id(QStringLiteral("answer"), false);
        const QString question = o.id(QStringLiteral("question"), false);
        p.run.startedAt = o.dateTime(QStringLiteral("startedAt"), true);
        p.run.seconds = o.integer(QStringLiteral("seconds"), 0, std::numeric_limits<int>::max(), 0,
                                  VaultExchange::tr("a whole number of seconds, 0 or more"));
        p.run.rating =
            o.integer(QStringLiteral("rating"), 0, 5, 0,
                      VaultExchange::tr("a whole number from 1 to 5, or 0 when not rated"));
        if (reader.failed())
            break;
        if (answer.isEmpty() == question.isEmpty()) {
            reader.fail(
                answer.isEmpty()
                    ? VaultExchange::tr("%1 names neither an answer nor a question; a practice run "
                                        "belongs to exactly one of them.")
                          .arg(o.path())
                    : VaultExchange::tr("%1 names both an answer and a question; a practice run "
                                        "belongs to exactly one of them, so remove one.")
                          .arg(o.path()));
            break;
        }
        p.answer = answerIds.resolve(reader, answer, o.pathOf(QStringLiteral("answer")));
        p.question = questionIds.resolve(reader, question, o.pathOf(QStringLiteral("question")));
        parsed.practice.append(p);
    }

    if (reader.failed())
        return Error{reader.error()};
    return parsed;
}

// Writes a checked document through one bulk insert; any failure rolls everything back.
Status writeDocument(VaultStore::BulkInsert &store, const Parsed &parsed, ImportSummary &summary) {
    const auto failed = [](const QString &error) {
        return Error{VaultExchange::tr("Could not write the imported data: %1").arg(error)};
    };

    QList<qint64> storyIds;
    for (Story s : parsed.stories) {
        s.id = 0;
        const Result<qint64> id = store.addStory(s);
        if (!id)
            return failed(id.error());
        storyIds.append(id.value());
    }
    QList<qint64> companyIds;
    for (Company c : parsed.companies) {
        c.id = 0;
        const Result<qint64> id = store.addCompany(c);
        if (!id)
            return failed(id.error());
        companyIds.append(id.value());
    }
    QList<qint64> valueIds;
    for (const ParsedValue &parsedValue : parsed.values) {
        ValuePrinciple v = parsedValue.value;
        v.id = 0;
        v.companyId = companyIds.at(parsedValue.company);
        v.parentId = parsedValue.parent >= 0 ? valueIds.at(parsedValue.parent) : 0;
        const Result<qint64> id = store.addValue(v);
        if (!id)
            return failed(id.error());
        valueIds.append(id.value());
    }
    for (const ParsedLink &l : parsed.links) {
        if (Status s = store.addLink({storyIds.at(l.story), valueIds.at(l.value), l.notes}); !s)
            return failed(s.error());
    }
    const auto idAt = [](const QList<qint64> &ids, int index) -> qint64 {
        return index >= 0 ? ids.at(index) : 0;
    };
    QList<qint64> questionIds;
    for (const ParsedQuestion &q : parsed.questions) {
        Question question = q.question;
        question.id = 0;
        question.companyId = idAt(companyIds, q.company);
        const Result<qint64> id = store.addQuestion(question);
        if (!id)
            return failed(id.error());
        questionIds.append(id.value());
    }
    QList<qint64> answerIds;
    for (const ParsedAnswer &a : parsed.answers) {
        Answer answer = a.answer;
        answer.id = 0;
        answer.questionId = idAt(questionIds, a.question);
        answer.companyId = idAt(companyIds, a.company);
        answer.valueId = idAt(valueIds, a.value);
        answer.storyId = idAt(storyIds, a.story);
        const Result<qint64> id = store.addAnswer(answer);
        if (!id)
            return failed(id.error());
        answerIds.append(id.value());
    }
    for (const ParsedPractice &p : parsed.practice) {
        PracticeRun run = p.run;
        run.id = 0;
        run.answerId = idAt(answerIds, p.answer);
        run.questionId = idAt(questionIds, p.question);
        if (const Result<qint64> id = store.addPracticeRun(run); !id)
            return failed(id.error());
    }

    summary.stories = int(parsed.stories.size());
    summary.companies = int(parsed.companies.size());
    summary.values = int(parsed.values.size());
    summary.links = int(parsed.links.size());
    summary.questions = int(parsed.questions.size());
    summary.answers = int(parsed.answers.size());
    summary.practiceRuns = int(parsed.practice.size());
    return {};
}

// Where a parse error sits, counted the way an editor shows it: lines and characters from 1.
QPair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = data.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

Error importFailure(const QString &reason) {
    return Error{VaultExchange::tr(
                     "The file was not imported: %1 Nothing in the vault was changed; correct the "
                     "file and import it again.")
                     .arg(reason)};
}

QString tooLargeMessage(qint64 size) {
    constexpr qint64 bytesPerMB = qint64(1024) * 1024;
    return VaultExchange::tr(
               "it is %1 MB, larger than the %2 MB an export can be, so it is probably not a "
               "Starling vault export.")
        .arg(QString::number(double(size) / double(bytesPerMB), 'f', 1))
        .arg(limits::MaxImportFileSize / bytesPerMB);
}

} // namespace

Result<QByteArray> VaultExchange::exportVault(const VaultStore &store) {
    const auto failed = [](const QString &error) {
        return Error{tr("Could not read the vault to export it: %1").arg(error)};
    };
    const Result<QList<Story>> stories = store.stories();
    if (!stories)
        return failed(stories.error());
    const Result<QList<Company>> companies = store.companies();
    if (!companies)
        return failed(companies.error());
    const Result<QList<ValuePrinciple>> values = store.allValues();
    if (!values)
        return failed(values.error());
    const Result<QList<StoryValueLink>> links = store.links();
    if (!links)
        return failed(links.error());
    const Result<QList<Question>> questions = store.questions();
    if (!questions)
        return failed(questions.error());
    const Result<QList<Answer>> answers = store.answers();
    if (!answers)
        return failed(answers.error());
    const Result<QList<PracticeRun>> runs = store.practiceRuns();
    if (!runs)
        return failed(runs.error());

    // File ids follow the order rows are exported in, never database ids, so that an import
    // (which assigns new database ids) exports to the same bytes.
    ExportIds ids;
    QHash<qint64, int> storyOrder;
    QHash<qint64, int> valueOrder;
    for (const Story &s : stories.value()) {
        storyOrder.insert(s.id, int(ids.stories.size()));
        ids.stories.insert(s.id, u's' + QString::number(ids.stories.size() + 1));
    }
    for (const Company &c : companies.value())
        ids.companies.insert(c.id, u'c' + QString::number(ids.companies.size() + 1));
    QHash<qint64, QList<ValuePrinciple>> childrenOf;  // parent value id -> children
    QHash<qint64, QList<ValuePrinciple>> topValuesOf; // company id -> top-level values
    for (const ValuePrinciple &v : values.value()) {
        valueOrder.insert(v.id, int(ids.values.size()));
        ids.values.insert(v.id, u'v' + QString::number(ids.values.size() + 1));
        if (v.parentId > 0)
            childrenOf[v.parentId].append(v);
        else
            topValuesOf[v.companyId].append(v);
    }
    for (const Question &q : questions.value())
        ids.questions.insert(q.id, u'q' + QString::number(ids.questions.size() + 1));
    for (const Answer &a : answers.value())
        ids.answers.insert(a.id, u'a' + QString::number(ids.answers.size() + 1));

    QJsonArray storyArray;
    for (const Story &s : stories.value()) {
        QJsonArray kinds;
        for (StoryKind kind : allStoryKinds()) {
            if (s.kinds.testFlag(kind))
                kinds.append(storyKindKey(kind));
        }
        storyArray.append(QJsonObject{
            {QStringLiteral("id"), ids.stories.value(s.id)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("situation"), s.situation},
            {QStringLiteral("task"), s.task},
            {QStringLiteral("action"), s.action},
            {QStringLiteral("result"), s.result},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("backbone"), s.backbone},
            {QStringLiteral("createdAt"), timestampText(s.createdAt)},
            {QStringLiteral("updatedAt"), timestampText(s.updatedAt)},
        });
    }

    QJsonArray companyArray;
    for (const Company &c : companies.value()) {
        QJsonArray valueArray;
        for (const ValuePrinciple &v : topValuesOf.value(c.id))
            valueArray.append(valueToJson(v, childrenOf, ids));
        QJsonObject object{
            {QStringLiteral("id"), ids.companies.value(c.id)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("role"), c.role},
            {QStringLiteral("level"), c.level},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("sourceUrl"), c.sourceUrl},
            {QStringLiteral("values"), valueArray},
            {QStringLiteral("createdAt"), timestampText(c.createdAt)},
            {QStringLiteral("updatedAt"), timestampText(c.updatedAt)},
        };
        if (c.interviewDate.isValid())
            object.insert(QStringLiteral("interviewDate"), c.interviewDate.toString(Qt::ISODate));
        companyArray.append(object);
    }

    // Links in file order of their story, then of their value: database ids of values need not
    // follow tree order, file ids do.
    QList<StoryValueLink> sortedLinks;
    for (const StoryValueLink &l : links.value()) {
        if (storyOrder.contains(l.storyId) && valueOrder.contains(l.valueId))
            sortedLinks.append(l);
    }
    std::sort(sortedLinks.begin(), sortedLinks.end(),
              [&](const StoryValueLink &a, const StoryValueLink &b) {
                  return std::pair(storyOrder.value(a.storyId), valueOrder.value(a.valueId)) <
                         std::pair(storyOrder.value(b.storyId), valueOrder.value(b.valueId));
              });
    QJsonArray linkArray;
    for (const StoryValueLink &l : sortedLinks) {
        linkArray.append(QJsonObject{
            {QStringLiteral("story"), ids.stories.value(l.storyId)},
            {QStringLiteral("value"), ids.values.value(l.valueId)},
            {QStringLiteral("notes"), l.notes},
        });
    }

    QJsonArray questionArray;
    for (const Question &q : questions.value()) {
        QJsonObject object{
            {QStringLiteral("id"), ids.questions.value(q.id)},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("themes"), stringArray(q.themes)},
        };
        putReference(object, QStringLiteral("company"), ids.companies, q.companyId);
        questionArray.append(object);
    }

    QJsonArray answerArray;
    for (const Answer &a : answers.value()) {
        QJsonObject object{
            {QStringLiteral("id"), ids.answers.value(a.id)},
            {QStringLiteral("repeat"), a.repeat},
            {QStringLiteral("situation"), a.situation},
            {QStringLiteral("task"), a.task},
            {QStringLiteral("action"), a.action},
            {QStringLiteral("result"), a.result},
            {QStringLiteral("linkBack"), a.linkBack},
            {QStringLiteral("status"), answerStatusKey(a.status)},
            {QStringLiteral("createdAt"), timestampText(a.createdAt)},
            {QStringLiteral("updatedAt"), timestampText(a.updatedAt)},
        };
        putReference(object, QStringLiteral("question"), ids.questions, a.questionId);
        putReference(object, QStringLiteral("company"), ids.companies, a.companyId);
        putReference(object, QStringLiteral("value"), ids.values, a.valueId);
        putReference(object, QStringLiteral("story"), ids.stories, a.storyId);
        answerArray.append(object);
    }

    QJsonArray practiceArray;
    for (const PracticeRun &r : runs.value()) {
        QJsonObject object{
            {QStringLiteral("startedAt"), timestampText(r.startedAt)},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("rating"), r.rating},
        };
        putReference(object, QStringLiteral("answer"), ids.answers, r.answerId);
        putReference(object, QStringLiteral("question"), ids.questions, r.questionId);
        if (object.size() == 4) // a run whose answer or question is gone has nothing to replay
            practiceArray.append(object);
    }

    const QJsonObject root{
        {QStringLiteral("format"), kFormatName},  {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("stories"), storyArray},  {QStringLiteral("companies"), companyArray},
        {QStringLiteral("links"), linkArray},     {QStringLiteral("questions"), questionArray},
        {QStringLiteral("answers"), answerArray}, {QStringLiteral("practice"), practiceArray},
    };
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!json.endsWith('\n'))
        json.append('\n');
    return json;
}

Status VaultExchange::exportToFile(const VaultStore &store, const QString &path) {
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error{tr("No file name was given for the export. Choose where to save it.")};
    const QFileInfo info(path);
    if (info.isDir())
        return Error{
            tr("Cannot export to %1: it is a folder. Choose a file name inside it.").arg(shown)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{tr("Cannot export to %1: the folder %2 does not exist. Choose an existing "
                        "folder.")
                         .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()))};

    const Result<QByteArray> json = exportVault(store);
    if (!json)
        return json.takeError();

    // QSaveFile writes a temporary file and renames it over the target only on commit(), so a
    // failure at any point leaves any earlier export untouched and no partial file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("Cannot export to %1: %2. Check that the folder is writable, or choose "
                        "another one.")
                         .arg(shown, file.errorString())};
    }
    if (file.write(json.value()) != json->size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{tr("Cannot export to %1: %2. Free some disk space or choose another folder.")
                         .arg(shown, reason)};
    }
    if (!file.commit()) {
        return Error{tr("Cannot export to %1: %2. Free some disk space or choose another folder.")
                         .arg(shown, file.errorString())};
    }
    return {};
}

Result<ImportSummary> VaultExchange::importVault(VaultStore &store, const QByteArray &json) {
    if (!store.isOpen())
        return Error{tr("No vault is open to import into. Open or create a vault first.")};
    if (json.size() > limits::MaxImportFileSize)
        return importFailure(tooLargeMessage(json.size()));

    if (json.trimmed().isEmpty())
        return importFailure(tr("the file is empty."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const QPair<int, int> where = lineAndColumn(json, parseError.offset - 1);
        return importFailure(tr("it is not valid JSON (%1 at line %2, column %3).")
                                 .arg(parseError.errorString())
                                 .arg(where.first)
                                 .arg(where.second));
    }
    if (!document.isObject()) {
        return importFailure(
            tr("the top level of the document must be an object with "
               "\"format\": \"starling-vault\", but it is %1.")
                .arg(typeName(document.isArray() ? QJsonValue(document.array()) : QJsonValue())));
    }

    const Result<Parsed> parsed = readDocument(store, document.object());
    if (!parsed)
        return importFailure(parsed.error());

    ImportSummary summary;
    const Status written = store.bulkInsert(
        [&](VaultStore::BulkInsert &bulk) { return writeDocument(bulk, parsed.value(), summary); });
    if (!written)
        return Error{tr("The file was not imported: %1 Nothing in the vault was changed.")
                         .arg(written.error())};
    return summary;
}

Result<ImportSummary> VaultExchange::importFromFile(VaultStore &store, const QString &path) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error{tr("No file was given to import. Choose a Starling vault export.")};
    if (!info.exists())
        return Error{
            tr("Cannot import %1: the file does not exist. Check the name and folder.").arg(shown)};
    if (info.isDir())
        return Error{tr("Cannot import %1: it is a folder. Choose a Starling vault export inside "
                        "it.")
                         .arg(shown)};
    // Check the size before reading, so a huge file is refused without filling memory.
    if (info.size() > limits::MaxImportFileSize)
        return Error{tr("Cannot import %1: %2").arg(shown, tooLargeMessage(info.size()))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot import %1: %2. Check the file's permissions.")
                         .arg(shown, file.errorString())};
    // Read at most one byte past the limit: a file that grew since the check is still refused.
    const QByteArray json = file.read(limits::MaxImportFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot import %1: %2.").arg(shown, file.errorString())};
    return importVault(store, json);
}

} // namespace starling
