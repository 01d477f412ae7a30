#include "questionbank.h"

#include "textlimits.h"
#include "themes.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QtDebug>

namespace starling {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

bool isKebabCase(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(key).hasMatch();
}

} // namespace

const QList<BankQuestion> &QuestionBank::all()
{
    static const QList<BankQuestion> bank = [] {
        Result<QList<BankQuestion>> loaded = load();
        if (!loaded) {
            qWarning().noquote() << loaded.error();
            return QList<BankQuestion>();
        }
        return std::move(loaded).value();
    }();
    return bank;
}

Result<QList<BankQuestion>> QuestionBank::load()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The bundled question bank is missing from this build of Starling.")};
    Result<QList<BankQuestion>> parsed = parse(file.readAll());
    if (!parsed)
        return Error{tr("The bundled question bank is damaged: %1").arg(parsed.error())};
    return parsed;
}

Result<QList<BankQuestion>> QuestionBank::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("The question bank is not valid JSON: %1 at byte %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    }
    if (!doc.isObject())
        return Error{tr("The question bank must be a JSON object.")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString()
        != QLatin1StringView("starling-question-bank")) {
        return Error{tr("format must be \u201cstarling-question-bank\u201d.")};
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        return Error{tr("version must be %1; this Starling cannot read other versions.")
                         .arg(FormatVersion)};
    }
    const QJsonValue questionsValue = root.value(QStringLiteral("questions"));
    if (!questionsValue.isArray())
        return Error{tr("questions must be a list.")};

    const QJsonArray array = questionsValue.toArray();
    QList<BankQuestion> questions;
    questions.reserve(array.size());
    QHash<QString, QString> keys;  // key -> where it was first used
    QHash<QString, QString> texts; // textKey -> where it was first used
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Until the key is known the entry is named by its index alone.
        QString at = QStringLiteral("questions[%1]").arg(i);
        if (!array.at(i).isObject())
            return Error{tr("%1 must be an object.").arg(at)};
        const QJsonObject o = array.at(i).toObject();

        BankQuestion q;
        const QJsonValue key = o.value(QStringLiteral("key"));
        if (!key.isString() || key.toString().isEmpty())
            return Error{tr("%1.key must be non-empty text.").arg(at)};
        q.key = key.toString();
        if (q.key.size() > limits::MaxNameLength || !isKebabCase(q.key)) {
            return Error{tr("%1.key is %2; use lower-case words joined by hyphens, like "
                            "\u201ctight-deadline\u201d.")
                             .arg(at, quoted(q.key.left(80)))};
        }
        if (const auto it = keys.constFind(q.key); it != keys.cend())
            return Error{tr("%1.key is %2, like %3.").arg(at, quoted(q.key), *it)};
        keys.insert(q.key, at);
        at = QStringLiteral("%1 (%2)").arg(at, quoted(q.key));

        const QJsonValue text = o.value(QStringLiteral("text"));
        if (!text.isString())
            return Error{tr("%1.text must be text.").arg(at)};
        q.text = text.toString().trimmed();
        if (q.text.isEmpty())
            return Error{tr("%1.text must not be empty.").arg(at)};
        if (q.text.size() > limits::MaxTextLength)
            return Error{tr("%1.text is too long.").arg(at)};
        const QString textKey = QuestionBank::textKey(q.text);
        if (const auto it = texts.constFind(textKey); it != texts.cend())
            return Error{tr("%1.text is the same question as %2.").arg(at, *it)};
        texts.insert(textKey, at);

        const QJsonValue themes = o.value(QStringLiteral("themes"));
        if (!themes.isArray())
            return Error{tr("%1.themes must be a list of theme keys.").arg(at)};
        const QJsonArray themeArray = themes.toArray();
        if (themeArray.isEmpty() || themeArray.size() > MaxThemesPerQuestion) {
            return Error{tr("%1.themes must name between 1 and %2 themes.")
                             .arg(at)
                             .arg(MaxThemesPerQuestion)};
        }
        for (qsizetype t = 0; t < themeArray.size(); ++t) {
            const QString themeAt = QStringLiteral("%1.themes[%2]").arg(at).arg(t);
            const QString theme = themeArray.at(t).toString();
            if (!themeArray.at(t).isString() || !Themes::isKnown(theme)) {
                return Error{tr("%1 is %2, which is not a known theme.")
                                 .arg(themeAt, quoted(theme.left(80)))};
            }
            if (q.themes.contains(theme))
                return Error{tr("%1 repeats the theme %2.").arg(themeAt, quoted(theme))};
            q.themes.append(theme);
        }

        const QJsonValue category = o.value(QStringLiteral("category"));
        q.category = category.toString();
        if (q.category != classicCategory() && q.category != dataMlCategory()) {
            return Error{tr("%1.category must be \u201c%2\u201d or \u201c%3\u201d.")
                             .arg(at, classicCategory(), dataMlCategory())};
        }
        questions.append(q);
    }
    return questions;
}

std::optional<BankQuestion> QuestionBank::find(QStringView key)
{
    for (const BankQuestion &q : all()) {
        if (q.key == key)
            return q;
    }
    return std::nullopt;
}

QString QuestionBank::textKey(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
}

QString QuestionBank::categoryName(QStringView category)
{
    if (category == classicCategory())
        return tr("Classic");
    if (category == dataMlCategory())
        return tr("Data & ML");
    return category.toString();
}

} // namespace starling
