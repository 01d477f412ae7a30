#include "prepsheet.h"

#include "coachchecks.h"
#include "valuecoverage.h"
#include "vaultstore.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QHash>
#include <QPaintDevice>
#include <QScreen>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// A QTextDocument that never fetches anything. Blocks are inserted as text, so no <img> can
// reach the document in the first place; this is the second line of defence.
class ResourceFreeDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

using Kind = PrepSheetBlock::Kind;

PrepSheetBlock block(Kind kind, const QString &text, int level = 0)
{
    PrepSheetBlock b;
    b.kind = kind;
    b.text = text;
    b.level = level;
    return b;
}

PrepSheetBlock labelled(const QString &label, const QString &text)
{
    PrepSheetBlock b = block(Kind::Paragraph, text);
    b.label = label;
    return b;
}

// Line breaks, tabs and other controls inside a one-line field would become block separators
// in a QTextDocument and line structure in Markdown; a single line stays a single line.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line.append(c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                            c == QChar::ParagraphSeparator
                        ? u' '
                        : c);
    return line.simplified();
}

// User text as paragraphs: one per non-empty line.
QStringList lines(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    for (const QChar separator :
         {QChar(u'\r'), QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator)})
        normalized.replace(separator, u'\n');
    QStringList result;
    for (const QString &line : normalized.split(u'\n')) {
        const QString clean = oneLine(line);
        if (!clean.isEmpty())
            result.append(clean);
    }
    return result;
}

// Link notes are rough bullet points; the sheet draws its own bullets, so a typed "- " or "• "
// marker would otherwise appear twice.
QString withoutBulletMarker(const QString &line)
{
    static const std::array<QChar, 5> markers{u'-', u'*', u'+', QChar(0x2022), QChar(0x2013)};
    if (line.size() >= 2 &&
        std::find(markers.begin(), markers.end(), line.at(0)) != markers.end() &&
        (line.at(1).isSpace() || line.at(0) == QChar(0x2022)))
        return line.mid(1).trimmed();
    return line;
}


template<typename T> QHash<qint64, T> byId(const QList<T> &items)
{
    QHash<qint64, T> map;
    for (const T &item : items)
        map.insert(item.id, item);
    return map;
}

// Everything the builder reads, fetched once.
struct VaultData {
    QList<Company> companies;
    QList<Story> stories;
    QHash<qint64, Story> storyById;
    QList<StoryValueLink> links;
    QList<Question> questions;
    QHash<qint64, Question> questionById;
    QList<Answer> answers;
};

class Builder
{
public:
    using ValuesOf = std::function<Result<QList<ValuePrinciple>>(qint64 companyId)>;

    Builder(const VaultData &data, const PrepSheetOptions &options, QDate today, ValuesOf values)
        : m_data(data)
        , m_options(options)
        , m_today(today)
        , m_values(std::move(values))
    {}

    Result<PrepSheetPart> companyPart(const Company &company, bool withBackbone);
    PrepSheetPart backbonePart();
    PrepSheetPart noCompaniesPart();

private:
    QString storyTitle(qint64 storyId) const;
    void addMeta(const Company &company);
    void addCheatSheet(const QList<ValuePrinciple> &values);
    void addAnswers(const Company &company, const QList<ValuePrinciple> &values);
    void addBackbone(const Company *company, const QList<ValuePrinciple> &values);
    void addOpenQuestions(const Company &company);
    void addUserText(const QString &text);

    const VaultData &m_data;
    const PrepSheetOptions &m_options;
    QDate m_today;
    ValuesOf m_values;
    QList<PrepSheetBlock> m_blocks;
};

QString companyName(const Company &company)
{
    const QString name = oneLine(company.name);
    return name.isEmpty() ? PrepSheet::tr("Unnamed company") : name;
}

QString partHeader(const Company &company)
{
    const QString role = oneLine(company.role);
    return role.isEmpty() ? companyName(company)
                          : PrepSheet::tr("%1 — %2", "running header: company — role")
                                .arg(companyName(company), role);
}

QString Builder::storyTitle(qint64 storyId) const
{
    const auto it = m_data.storyById.constFind(storyId);
    if (it == m_data.storyById.cend())
        return {};
    const QString title = oneLine(it->title);
    return title.isEmpty() ? PrepSheet::tr("Untitled story") : title;
}

void Builder::addUserText(const QString &text)
{
    const QStringList paragraphs = lines(text);
    if (paragraphs.isEmpty()) {
        m_blocks.append(block(Kind::Empty, PrepSheet::tr("Not written yet")));
        return;
    }
    for (const QString &paragraph : paragraphs)
        m_blocks.append(block(Kind::Paragraph, paragraph));
}

void Builder::addMeta(const Company &company)
{
    m_blocks.append(block(Kind::Title, companyName(company)));
    if (const QString role = oneLine(company.role); !role.isEmpty())
        m_blocks.append(labelled(PrepSheet::tr("Role"), role));
    if (const QString level = oneLine(company.level); !level.isEmpty())
        m_blocks.append(labelled(PrepSheet::tr("Level"), level));

    QString when;
    if (company.interviewDate.isValid()) {
        const qint64 days = m_today.daysTo(company.interviewDate);
        QString countdown;
        if (days == 0)
            countdown = PrepSheet::tr("today");
        else if (days == 1)
            countdown = PrepSheet::tr("tomorrow");
        else if (days == -1)
            countdown = PrepSheet::tr("yesterday");
        else if (days > 1)
            countdown = PrepSheet::tr("in %n day(s)", nullptr, int(days));
        else
            countdown = PrepSheet::tr("%n day(s) ago", nullptr, int(-days));
        when = PrepSheet::tr("%1 (%2)", "interview date (countdown)")
                   .arg(QLocale().toString(company.interviewDate, QLocale::LongFormat), countdown);
    } else {
        when = PrepSheet::tr("not scheduled yet");
    }
    m_blocks.append(labelled(PrepSheet::tr("Interview"), when));
}

void Builder::addCheatSheet(const QList<ValuePrinciple> &values)
{
    // The reminder goes first, so it is on the first page however many values follow.
    QStringList names;
    for (const AnswerSection section : AnswerSections)
        names.append(CoachChecks::sectionName(section));
    PrepSheetBlock reminder =
        block(Kind::Reminder, names.join(PrepSheet::tr(" → ", "between R-STAR-L sections")));
    reminder.label = PrepSheet::tr("R-STAR-L");
    m_blocks.append(reminder);
    m_blocks.append(block(Kind::Heading, PrepSheet::tr("Values and stories"), 2));
    if (values.isEmpty()) {
        m_blocks.append(block(Kind::Empty, PrepSheet::tr("No values yet: add the company's values "
                                                         "in Companies & Values.")));
    } else {
        QSet<qint64> valueIds;
        for (const ValuePrinciple &value : values)
            valueIds.insert(value.id);
        QList<StoryValueLink> companyLinks;
        for (const StoryValueLink &link : m_data.links) {
            if (valueIds.contains(link.valueId))
                companyLinks.append(link);
        }
        m_blocks.append(block(Kind::Paragraph, ValueCoverage::summaryText(ValueCoverage::summarize(
                                                   values, companyLinks))));

        QHash<qint64, int> depth;
        for (const ValuePrinciple &value : values) {
            // Tree order puts every parent before its children.
            const int d = value.parentId == 0 ? 0 : depth.value(value.parentId, 0) + 1;
            depth.insert(value.id, d);
            const QString name = oneLine(value.name);
            m_blocks.append(block(Kind::Heading,
                                  name.isEmpty() ? PrepSheet::tr("Unnamed value") : name,
                                  d == 0 ? 3 : 4));
            if (const QString meaning = oneLine(value.meaning); !meaning.isEmpty())
                m_blocks.append(labelled(PrepSheet::tr("Means"), meaning));
            QStringList keywords;
            for (const QString &keyword : value.keywords) {
                if (const QString k = oneLine(keyword); !k.isEmpty())
                    keywords.append(k);
            }
            if (!keywords.isEmpty())
                m_blocks.append(labelled(PrepSheet::tr("Key words"),
                                         keywords.join(PrepSheet::tr(", ", "list separator"))));

            bool mapped = false;
            for (const StoryValueLink &link : companyLinks) {
                if (link.valueId != value.id || !m_data.storyById.contains(link.storyId))
                    continue;
                mapped = true;
                m_blocks.append(block(Kind::Bullet, storyTitle(link.storyId), 0));
                for (const QString &note : lines(link.notes)) {
                    if (const QString point = withoutBulletMarker(note); !point.isEmpty())
                        m_blocks.append(block(Kind::Bullet, point, 1));
                }
            }
            if (!mapped)
                m_blocks.append(
                    block(Kind::Gap, PrepSheet::tr("GAP — no story mapped to this value yet")));
        }
    }
}

void Builder::addAnswers(const Company &company, const QList<ValuePrinciple> &values)
{
    PrepSheetBlock heading = block(Kind::Heading, PrepSheet::tr("Prepared answers"), 2);
    // The cheat sheet is a page of its own, read last thing before going in.
    heading.pageBreakBefore = m_options.cheatSheet;
    m_blocks.append(heading);

    const QHash<qint64, ValuePrinciple> valueById = byId(values);
    bool any = false;
    for (const Answer &answer : m_data.answers) {
        if (answer.companyId != company.id)
            continue;
        any = true;
        const auto question = m_data.questionById.constFind(answer.questionId);
        const QString questionText =
            question == m_data.questionById.cend() ? QString() : oneLine(question->text);
        m_blocks.append(block(
            Kind::Heading,
            questionText.isEmpty() ? PrepSheet::tr("Answer without a question") : questionText, 3));

        const auto value = valueById.constFind(answer.valueId);
        const QString valueName =
            value == valueById.cend() ? PrepSheet::tr("none") : oneLine(value->name);
        const QString story = answer.storyId == 0 || !m_data.storyById.contains(answer.storyId)
                                  ? PrepSheet::tr("none")
                                  : storyTitle(answer.storyId);
        const QString status =
            answer.status == AnswerStatus::Ready ? PrepSheet::tr("Ready") : PrepSheet::tr("Draft");
        m_blocks.append(
            block(Kind::Paragraph, PrepSheet::tr("Target value: %1 · Story: %2 · Status: %3")
                                       .arg(valueName, story, status)));
        for (const AnswerSection section : AnswerSections) {
            m_blocks.append(block(Kind::Label, CoachChecks::sectionName(section)));
            addUserText(CoachChecks::sectionText(answer, section));
        }
    }
    if (!any)
        m_blocks.append(block(Kind::Empty, PrepSheet::tr("No prepared answers yet.")));
}

void Builder::addBackbone(const Company *company, const QList<ValuePrinciple> &values)
{
    m_blocks.append(block(Kind::Heading, PrepSheet::tr("Backbone stories"), 2));
    const QHash<qint64, ValuePrinciple> valueById = byId(values);
    bool any = false;
    for (const Story &story : m_data.stories) {
        if (!story.backbone)
            continue;
        any = true;
        m_blocks.append(block(Kind::Heading, storyTitle(story.id), 3));
        QStringList kinds;
        for (const StoryKind kind : allStoryKinds()) {
            if (story.kinds.testFlag(kind))
                kinds.append(storyKindName(kind));
        }
        if (!kinds.isEmpty())
            m_blocks.append(labelled(PrepSheet::tr("Kinds"),
                                     kinds.join(PrepSheet::tr(", ", "list separator"))));
        if (company) {
            QStringList mappedTo;
            for (const StoryValueLink &link : m_data.links) {
                if (link.storyId == story.id && valueById.contains(link.valueId))
                    mappedTo.append(oneLine(valueById.value(link.valueId).name));
            }
            if (!mappedTo.isEmpty())
                m_blocks.append(labelled(PrepSheet::tr("Mapped to"),
                                         mappedTo.join(PrepSheet::tr(", ", "list separator"))));
        }
        const std::array<std::pair<AnswerSection, const QString *>, 4> star{{
            {AnswerSection::Situation, &story.situation},
            {AnswerSection::Task, &story.task},
            {AnswerSection::Action, &story.action},
            {AnswerSection::Result, &story.result},
        }};
        for (const auto &[section, text] : star) {
            m_blocks.append(block(Kind::Label, CoachChecks::sectionName(section)));
            addUserText(*text);
        }
        if (!lines(story.notes).isEmpty()) {
            m_blocks.append(block(Kind::Label, PrepSheet::tr("Notes")));
            addUserText(story.notes);
        }
    }
    if (!any)
        m_blocks.append(
            block(Kind::Empty, PrepSheet::tr("No backbone stories yet: mark your two or three "
                                             "best stories as backbone in the story vault.")));
}

void Builder::addOpenQuestions(const Company &company)
{
    m_blocks.append(block(Kind::Heading, PrepSheet::tr("Questions not answered yet"), 2));
    QSet<qint64> answered;
    for (const Answer &answer : m_data.answers) {
        if (answer.companyId == company.id && answer.questionId != 0)
            answered.insert(answer.questionId);
    }
    QStringList own;
    QStringList general;
    for (const Question &question : m_data.questions) {
        if (answered.contains(question.id))
            continue;
        const QString text = oneLine(question.text);
        if (text.isEmpty())
            continue;
        if (question.companyId == company.id)
            own.append(text);
        else if (question.companyId == 0)
            general.append(text);
    }
    if (own.isEmpty() && general.isEmpty()) {
        m_blocks.append(block(Kind::Empty, PrepSheet::tr("Every question has an answer.")));
        return;
    }
    if (!own.isEmpty()) {
        m_blocks.append(
            block(Kind::Heading, PrepSheet::tr("Asked at %1").arg(companyName(company)), 3));
        for (const QString &text : std::as_const(own))
            m_blocks.append(block(Kind::Bullet, text));
    }
    if (!general.isEmpty()) {
        m_blocks.append(block(Kind::Heading, PrepSheet::tr("General questions"), 3));
        for (const QString &text : std::as_const(general))
            m_blocks.append(block(Kind::Bullet, text));
    }
}

Result<PrepSheetPart> Builder::companyPart(const Company &company, bool withBackbone)
{
    m_blocks.clear();
    // Stale data must not print, so a failing read fails the sheet rather than leaving a hole.
    Result<QList<ValuePrinciple>> values = QList<ValuePrinciple>();
    addMeta(company);
    if (m_options.cheatSheet || m_options.answers || withBackbone)
        values = m_values(company.id);
    if (!values)
        return values.takeError();
    if (m_options.cheatSheet) {
        addCheatSheet(*values);
        for (PrepSheetBlock &b : m_blocks)
            b.compact = true;
    }
    if (m_options.answers)
        addAnswers(company, *values);
    if (withBackbone)
        addBackbone(&company, *values);
    if (m_options.openQuestions)
        addOpenQuestions(company);
    return PrepSheetPart{partHeader(company), m_blocks};
}

PrepSheetPart Builder::backbonePart()
{
    m_blocks.clear();
    addBackbone(nullptr, {});
    // The heading doubles as the part's title.
    m_blocks.first().kind = Kind::Title;
    m_blocks.first().level = 0;
    return PrepSheetPart{PrepSheet::tr("Backbone stories"), m_blocks};
}

PrepSheetPart Builder::noCompaniesPart()
{
    m_blocks.clear();
    m_blocks.append(block(Kind::Title, PrepSheet::tr("Prep sheet")));
    m_blocks.append(
        block(Kind::Empty, PrepSheet::tr("No companies in the vault yet: add the company you "
                                         "are interviewing with in Companies & Values.")));
    return PrepSheetPart{PrepSheet::tr("Prep sheet"), m_blocks};
}

} // namespace

QPageSize::PageSizeId defaultPaperSize(const QLocale &locale)
{
    // The territories where Letter is the norm (CLDR paper size data).
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,
        QLocale::Mexico,       QLocale::Chile,
        QLocale::Colombia,     QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::Panama,
        QLocale::Philippines,  QLocale::PuertoRico,
        QLocale::Venezuela,    QLocale::DominicanRepublic,
        QLocale::ElSalvador,   QLocale::Nicaragua,
        QLocale::Belize,       QLocale::UnitedStatesVirginIslands,
    };
    return letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4;
}

bool PrepSheetBlock::isRightToLeft() const
{
    return (label + text).isRightToLeft();
}

bool PrepSheetBlock::keepWithNext() const
{
    return kind == Kind::Title || kind == Kind::Heading || kind == Kind::Label;
}

Result<PrepSheet> PrepSheet::build(const VaultStore &store, const PrepSheetOptions &options,
                                   QDate today)
{
    VaultData data;
    Result<QList<Company>> companies = store.companies();
    if (!companies)
        return companies.takeError();
    data.companies = std::move(companies).value();
    if (options.companyId != 0) {
        const auto it = std::find_if(data.companies.cbegin(), data.companies.cend(),
                                     [&](const Company &c) { return c.id == options.companyId; });
        if (it == data.companies.cend())
            return Error{tr("The company chosen for the prep sheet is no longer in the vault. "
                            "Choose another company or all companies.")};
        data.companies = {*it};
    }
    Result<QList<Story>> stories = store.stories();
    if (!stories)
        return stories.takeError();
    data.stories = std::move(stories).value();
    data.storyById = byId(data.stories);
    Result<QList<StoryValueLink>> links = store.links();
    if (!links)
        return links.takeError();
    data.links = std::move(links).value();
    Result<QList<Question>> questions = store.questions();
    if (!questions)
        return questions.takeError();
    data.questions = std::move(questions).value();
    data.questionById = byId(data.questions);
    Result<QList<Answer>> answers = store.answers();
    if (!answers)
        return answers.takeError();
    data.answers = std::move(answers).value();

    PrepSheet sheet;
    sheet.m_options = options;
    Builder builder(data, options, today, [&store](qint64 id) { return store.values(id); });
    const bool single = options.companyId != 0;
    for (const Company &company : std::as_const(data.companies)) {
        Result<PrepSheetPart> part =
            builder.companyPart(company, single && options.backboneStories);
        if (!part)
            return part.takeError();
        sheet.m_parts.append(std::move(part).value());
    }
    if (data.companies.isEmpty())
        sheet.m_parts.append(builder.noCompaniesPart());
    // With every company, the backbone stories are the same for all: printed once, at the end.
    if (!single && options.backboneStories)
        sheet.m_parts.append(builder.backbonePart());
    sheet.m_title = single ? tr("Prep sheet — %1").arg(companyName(data.companies.first()))
                           : tr("Prep sheet — all companies");
    return sheet;
}

namespace {

// The sheet's typeface. Fallback for scripts the first family lacks (Hebrew, Arabic, CJK, emoji)
// comes from the font database, per glyph; naming common families keeps the Latin text the same
// on machines that have them.
QFont sheetFont()
{
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    // Any letter spacing turns off cosmetic ligatures in Qt's shaper, and 100 % changes no
    // advance. Without it, "fi" becomes the glyph U+FB01 and searching the PDF for "file" fails.
    // Ligatures that scripts such as Arabic require stay on.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

// Lengths in formats (margins, indents) are in screen pixels: QTextDocumentLayout scales them to
// its paint device by itself, while font point sizes follow the device directly.
qreal screenDpi()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return screen->logicalDotsPerInchY();
    return 96;
}

void styleBlock(const PrepSheetBlock &b, qreal dpi, QTextBlockFormat &blockFormat,
                QTextCharFormat &charFormat)
{
    const auto pt = [dpi](qreal points) { return points * dpi / 72.0; };
    // Compact: the cheat sheet should fit on one page.
    charFormat.setFontPointSize(9.5);
    blockFormat.setBottomMargin(pt(2.5));
    blockFormat.setLineHeight(108, QTextBlockFormat::ProportionalHeight);
    switch (b.kind) {
    case Kind::Title:
        charFormat.setFontPointSize(18);
        charFormat.setFontWeight(QFont::Bold);
        blockFormat.setBottomMargin(pt(4));
        break;
    case Kind::Heading:
        charFormat.setFontWeight(QFont::Bold);
        if (b.level <= 2) {
            charFormat.setFontPointSize(13);
            charFormat.setForeground(QColor(0x1d, 0x35, 0x57));
            blockFormat.setTopMargin(pt(10));
        } else if (b.level == 3) {
            charFormat.setFontPointSize(10.5);
            blockFormat.setTopMargin(pt(6));
        } else {
            charFormat.setFontPointSize(9.5);
            blockFormat.setTopMargin(pt(4));
            blockFormat.setIndent(1);
        }
        blockFormat.setBottomMargin(pt(2));
        break;
    case Kind::Label:
        charFormat.setFontPointSize(9);
        charFormat.setFontWeight(QFont::Bold);
        charFormat.setForeground(QColor(0x4a, 0x4a, 0x4a));
        blockFormat.setTopMargin(pt(4));
        blockFormat.setBottomMargin(pt(1));
        break;
    case Kind::Paragraph:
        break;
    case Kind::Bullet:
        blockFormat.setBottomMargin(pt(1));
        if (b.level > 0) {
            charFormat.setFontPointSize(9);
            charFormat.setForeground(QColor(0x33, 0x33, 0x33));
        }
        break;
    case Kind::Gap:
        // The words say it; the colour only helps the eye.
        charFormat.setFontWeight(QFont::Bold);
        charFormat.setForeground(QColor(0x9b, 0x1c, 0x1c));
        break;
    case Kind::Empty:
        charFormat.setFontItalic(true);
        charFormat.setForeground(QColor(0x66, 0x66, 0x66));
        break;
    case Kind::Reminder:
        blockFormat.setBackground(QColor(0xee, 0xf1, 0xf6));
        blockFormat.setTopMargin(pt(4));
        break;
    }
    if (b.compact) {
        charFormat.setFontPointSize(charFormat.fontPointSize() - (b.kind == Kind::Title ? 2 : 0.5));
        blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        blockFormat.setTopMargin(blockFormat.topMargin() * 0.7);
        blockFormat.setBottomMargin(blockFormat.bottomMargin() * 0.6);
    }
}

QString labelText(const QString &label)
{
    return PrepSheet::tr("%1:", "label before its text").arg(label);
}

} // namespace

std::unique_ptr<QTextDocument> PrepSheet::toTextDocument(QPaintDevice *device) const
{
    auto document = std::make_unique<ResourceFreeDocument>();
    document->setUndoRedoEnabled(false);
    // Nor may an application-wide default provider answer for it.
    document->setResourceProvider([](const QUrl &) { return QVariant(); });
    if (device)
        document->documentLayout()->setPaintDevice(device);
    const qreal dpi = screenDpi();
    document->setDocumentMargin(0);
    document->setIndentWidth(14 * dpi / 72.0);
    document->setDefaultFont(sheetFont());
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);

    QTextCursor cursor(document.get());
    cursor.beginEditBlock(); // one layout pass at the end, not one per block
    bool firstBlock = true;
    std::array<QTextList *, 2> lists{};
    for (qsizetype p = 0; p < m_parts.size(); ++p) {
        const QList<PrepSheetBlock> &blocks = m_parts.at(p).blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const PrepSheetBlock &b = blocks.at(i);
            QTextBlockFormat blockFormat;
            QTextCharFormat charFormat;
            styleBlock(b, dpi, blockFormat, charFormat);
            blockFormat.setLayoutDirection(b.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
            if ((i == 0 && p > 0) || b.pageBreakBefore)
                blockFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            if (b.keepWithNext())
                blockFormat.setProperty(KeepWithNextProperty, true);
            if (firstBlock) {
                cursor.setBlockFormat(blockFormat);
                cursor.setBlockCharFormat(charFormat);
                firstBlock = false;
            } else {
                cursor.insertBlock(blockFormat, charFormat);
            }

            if (b.kind == Kind::Bullet) {
                const int level = std::clamp(b.level, 0, 1);
                if (level == 0)
                    lists[1] = nullptr;
                if (lists[level]) {
                    lists[level]->add(cursor.block());
                } else {
                    QTextListFormat listFormat;
                    listFormat.setStyle(level == 0 ? QTextListFormat::ListDisc
                                                   : QTextListFormat::ListCircle);
                    listFormat.setIndent(level + 1);
                    lists[level] = cursor.createList(listFormat);
                }
            } else {
                lists = {};
            }

            // insertText: the text is never parsed, whatever it looks like.
            if (!b.label.isEmpty()) {
                QTextCharFormat labelFormat = charFormat;
                labelFormat.setFontWeight(QFont::Bold);
                cursor.insertText(labelText(b.label) + u' ', labelFormat);
            }
            cursor.insertText(b.text, charFormat);
            cursor.block().setUserState(int(p));
        }
    }
    cursor.endEditBlock();
    return document;
}

QString PrepSheet::toHtml() const
{
    static const QString css =
        uR"(body { font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; font-size: 11pt;
       line-height: 1.45; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; color: #1d3557; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #d0d7e2; }
h3 { font-size: 1.08rem; margin: 1rem 0 .25rem; }
h4 { font-size: 1rem; margin: .7rem 0 .2rem; padding-inline-start: 1rem; }
p { margin: 0 0 .35rem; }
ul { margin: .1rem 0 .4rem; padding-inline-start: 1.4rem; }
.label { font-weight: bold; font-size: .85rem; color: #4a4a4a; margin: .5rem 0 .1rem; }
.gap { color: #9b1c1c; font-weight: bold; }
.empty { color: #666; font-style: italic; }
.reminder { background: #eef1f6; padding: .4rem .6rem; margin-top: 1rem; }
.part + .part { border-top: 2px solid #d0d7e2; margin-top: 2.5rem; padding-top: 1rem; }
@media print { body { margin: 0; max-width: none; } .part + .part { border: 0; } .part + .part, .page-break { break-before: page; } }
@page { margin: 18mm; }
)"_s;

    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
        esc(QLocale().bcp47Name()));
    // Even if something slipped through, the page may load nothing but its own inline style.
    html += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
            u"'unsafe-inline'\">\n"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            u"<meta name=\"generator\" content=\"Starling\">\n"_s;
    html += u"<title>"_s + esc(m_title) + u"</title>\n<style>\n"_s + css +
            u"</style>\n</head>\n<body>\n"_s;

    for (const PrepSheetPart &part : m_parts) {
        html += u"<section class=\"part\">\n"_s;
        int openLists = 0; // nesting depth of <ul> currently open
        const auto closeLists = [&](int keep) {
            while (openLists > keep) {
                html += u"</li></ul>\n"_s;
                --openLists;
            }
        };
        for (const PrepSheetBlock &b : part.blocks) {
            const QString breakClass = b.pageBreakBefore ? u" page-break"_s : QString();
            if (b.kind != Kind::Bullet)
                closeLists(0);
            switch (b.kind) {
            case Kind::Title:
                html += u"<h1 dir=\"auto\">%1</h1>\n"_s.arg(esc(b.text));
                break;
            case Kind::Heading: {
                const int level = std::clamp(b.level, 2, 4);
                html += u"<h%1 dir=\"auto\" class=\"heading%2\">%3</h%1>\n"_s.arg(
                    QString::number(level), breakClass, esc(b.text));
                break;
            }
            case Kind::Label:
                html +=
                    u"<p class=\"label%1\" dir=\"auto\">%2</p>\n"_s.arg(breakClass, esc(b.text));
                break;
            case Kind::Paragraph:
            case Kind::Reminder: {
                const QString cls = b.kind == Kind::Reminder ? u"reminder"_s : u"text"_s;
                const QString label = b.label.isEmpty()
                                          ? QString()
                                          : u"<strong>%1</strong> "_s.arg(esc(labelText(b.label)));
                html += u"<p class=\"%1%2\" dir=\"auto\">%3%4</p>\n"_s.arg(cls, breakClass, label,
                                                                           esc(b.text));
                break;
            }
            case Kind::Bullet: {
                const int level = std::clamp(b.level, 0, 1) + 1;
                closeLists(level);
                if (openLists == level)
                    html += u"</li>\n"_s;
                while (openLists < level) {
                    html += u"<ul>\n"_s;
                    ++openLists;
                }
                html += u"<li dir=\"auto\">%1"_s.arg(esc(b.text));
                break;
            }
            case Kind::Gap:
                html += u"<p class=\"gap%1\" dir=\"auto\"><strong>%2</strong></p>\n"_s.arg(
                    breakClass, esc(b.text));
                break;
            case Kind::Empty:
                html +=
                    u"<p class=\"empty%1\" dir=\"auto\">%2</p>\n"_s.arg(breakClass, esc(b.text));
                break;
            }
        }
        closeLists(0);
        html += u"</section>\n"_s;
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}

QString PrepSheet::escapeMarkdown(const QString &text, bool atLineStart)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        // Raw HTML and entities: written as entities, so <img> or &#60; stay text.
        case u'&':
            out += u"&amp;"_s;
            continue;
        case u'<':
            out += u"&lt;"_s;
            continue;
        case u'>':
            out += u"&gt;"_s;
            continue;
        // Emphasis, code, links and images, tables, strikethrough, headings' closing #.
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'|':
        case u'~':
        case u'#':
            out += u'\\';
            out += c;
            continue;
        case u'!':
            if (i + 1 < text.size() && text.at(i + 1) == u'[')
                out += u'\\';
            out += c;
            continue;
        default:
            break;
        }
        if (atLineStart && i == 0 && (c == u'-' || c == u'+' || c == u'=')) {
            // A list item, thematic break or setext underline when it starts a line.
            out += u'\\';
            out += c;
            continue;
        }
        if (atLineStart && (c == u'.' || c == u')') && i > 0 && i <= 9) {
            // "1." or "1)" at the start of a line opens an ordered list.
            bool digitsOnly = true;
            for (qsizetype j = 0; j < i; ++j)
                digitsOnly = digitsOnly && text.at(j).isDigit() && text.at(j).unicode() < 128;
            if (digitsOnly) {
                out += u'\\';
                out += c;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString PrepSheet::toMarkdown() const
{
    const auto esc = [](const QString &text) { return escapeMarkdown(text); };
    QString md;
    for (qsizetype p = 0; p < m_parts.size(); ++p) {
        if (p > 0)
            md += u"\n---\n\n"_s;
        Kind previous = Kind::Title;
        bool first = true;
        for (const PrepSheetBlock &b : m_parts.at(p).blocks) {
            // Consecutive list items form one list; everything else is its own paragraph.
            if (!first)
                md += (b.kind == Kind::Bullet && previous == Kind::Bullet) ? u"\n"_s : u"\n\n"_s;
            first = false;
            previous = b.kind;
            const QString label =
                b.label.isEmpty() ? QString() : u"**"_s + esc(labelText(b.label)) + u"** "_s;
            switch (b.kind) {
            case Kind::Title:
                md += u"# "_s + esc(b.text);
                break;
            case Kind::Heading:
                md += QString(std::clamp(b.level, 2, 4), u'#') + u' ' + esc(b.text);
                break;
            case Kind::Label:
                md += u"**"_s + esc(b.text) + u"**"_s;
                break;
            case Kind::Paragraph:
                md += label + esc(b.text);
                break;
            case Kind::Reminder:
                md += u"> "_s + label + esc(b.text);
                break;
            case Kind::Bullet:
                md +=
                    QString(qsizetype(2) * std::clamp(b.level, 0, 1), u' ') + u"- "_s + esc(b.text);
                break;
            case Kind::Gap:
                md += u"**"_s + esc(b.text) + u"**"_s;
                break;
            case Kind::Empty:
                md += u"*"_s + esc(b.text) + u"*"_s;
                break;
            }
        }
        md += u'\n';
    }
    return md;
}

} // namespace starling
