#include "storyvaultmodel.h"

#include "answer.h"
#include "idsmime.h"
#include "vaultsession.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace starling {

StoryVaultModel::StoryVaultModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_prepareTimer(new QTimer(this))
{
    // A zero timer: each slice runs when the event loop is otherwise idle enough to get to it.
    m_prepareTimer->setInterval(0);
    connect(m_prepareTimer, &QTimer::timeout, this, &StoryVaultModel::prepareSlice);
    connect(&session.notifier(), &ChangeNotifier::changed, this, &StoryVaultModel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &StoryVaultModel::reload);
    reload();
}

StoryVaultModel::~StoryVaultModel() = default;

int StoryVaultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size());
}

QString StoryVaultModel::displayTitle(const Story &story)
{
    const QString title = story.title.trimmed();
    return title.isEmpty() ? tr("Untitled story") : title;
}

QString StoryVaultModel::foldForSearch(const QString &text)
{
    return text.toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString StoryVaultModel::searchTextFor(const Story &story)
{
    // Search terms never contain whitespace, so a term occurs in the text exactly when it occurs
    // in one of its words. Keeping each distinct word once, in order of first use, gives the same
    // matches while scanning about half the text (stories repeat their words a lot). Newlines
    // between fields and words keep a term from matching across them.
    const QChar sep = u'\n';
    const QString folded = foldForSearch(story.title + sep + story.situation + sep + story.task
                                         + sep + story.action + sep + story.result + sep
                                         + story.notes);
    QString text;
    text.reserve(folded.size() / 2);
    QSet<QStringView> seen;
    seen.reserve(folded.size() / 8);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool space = i == folded.size() || folded.at(i).isSpace();
        if (space && start >= 0) {
            const QStringView word = QStringView(folded).sliced(start, i - start);
            if (!seen.contains(word)) {
                seen.insert(word);
                if (!text.isEmpty())
                    text += sep;
                text += word;
            }
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    text.squeeze();
    return text;
}

static QString kindNames(StoryKinds kinds)
{
    QStringList names;
    for (StoryKind kind : allStoryKinds()) {
        if (kinds.testFlag(kind))
            names.append(storyKindName(kind));
    }
    return names.join(QStringLiteral(", "));
}

QVariant StoryVaultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Story &story = m_stories.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayTitle(story);
    case Qt::EditRole:
    case TitleRole: return story.title;
    case Qt::ToolTipRole: {
        // Tooltips guess at rich text, so build real HTML and escape the user's title.
        const StoryUsage usage = m_usage.value(story.id);
        QString kinds = kindNames(story.kinds);
        if (kinds.isEmpty())
            kinds = tr("No kind set");
        QString html = QStringLiteral("<b>%1</b>").arg(displayTitle(story).toHtmlEscaped());
        if (story.backbone)
            html += QStringLiteral(" — ") + tr("backbone story").toHtmlEscaped();
        html += QStringLiteral("<br>") + kinds.toHtmlEscaped() + QStringLiteral("<br>")
              + tr("Linked to %n value(s)", nullptr, usage.links).toHtmlEscaped()
              + QStringLiteral(" · ")
              + tr("used in %n answer(s)", nullptr, usage.answers).toHtmlEscaped();
        if (!usage.companies.isEmpty())
            html += QStringLiteral("<br>") + tr("Mapped at: %1").arg(usage.companies.join(QStringLiteral(", "))).toHtmlEscaped();
        return html;
    }
    case Qt::AccessibleTextRole: {
        const StoryUsage usage = m_usage.value(story.id);
        QStringList parts{displayTitle(story)};
        if (story.backbone)
            parts.append(tr("Backbone story"));
        const QString kinds = kindNames(story.kinds);
        parts.append(kinds.isEmpty() ? tr("No kind set") : kinds);
        parts.append(tr("Linked to %n value(s)", nullptr, usage.links));
        parts.append(tr("used in %n answer(s)", nullptr, usage.answers));
        if (!usage.companies.isEmpty())
            parts.append(tr("Mapped at: %1").arg(usage.companies.join(QStringLiteral(", "))));
        return parts.join(QStringLiteral(". "));
    }
    case IdRole: return story.id;
    case KindsRole: return int(story.kinds.toInt());
    case BackboneRole: return story.backbone;
    case LinkCountRole: return m_usage.value(story.id).links;
    case AnswerCountRole: return m_usage.value(story.id).answers;
    case CompaniesRole: return m_usage.value(story.id).companies;
    case UpdatedAtRole: return story.updatedAt;
    case CreatedAtRole: return story.createdAt;
    case SearchTextRole: return searchTextAt(index.row());
    default: return {};
    }
}

Qt::ItemFlags StoryVaultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
         | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList StoryVaultModel::mimeTypes() const
{
    // Stories are dragged out; values (from the values tree or matrix) are dropped onto a story.
    return {IdsMime::StoryIds, IdsMime::ValueIds};
}

Qt::DropActions StoryVaultModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction | Qt::MoveAction;
}

bool StoryVaultModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent) const
{
    Q_UNUSED(action)
    // Only onto a story (the view passes the story as parent with row -1), never between rows.
    if (row != -1 || column > 0 || !parent.isValid() || parent.row() >= m_stories.size())
        return false;
    return IdsMime::read(data, IdsMime::ValueIds).has_value();
}

bool StoryVaultModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The model never writes: the panel runs the undoable command and opens the link notes.
    emit valuesDropped(m_stories.at(parent.row()).id, IdsMime::read(data, IdsMime::ValueIds).value());
    return true;
}

QMimeData *StoryVaultModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid()
            || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            continue;
        const qint64 id = m_stories.at(index.row()).id;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids.isEmpty() ? nullptr : IdsMime::create(IdsMime::StoryIds, ids);
}

Qt::DropActions StoryVaultModel::supportedDragActions() const
{
    // Never Move: a view would then ask this model to remove the rows it dragged.
    return Qt::CopyAction | Qt::LinkAction;
}

QHash<int, QByteArray> StoryVaultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "storyId");
    names.insert(KindsRole, "kinds");
    names.insert(BackboneRole, "backbone");
    names.insert(LinkCountRole, "linkCount");
    names.insert(AnswerCountRole, "answerCount");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(SearchTextRole, "searchText");
    names.insert(TitleRole, "title");
    names.insert(CompaniesRole, "companies");
    return names;
}

int StoryVaultModel::rowForId(qint64 id) const
{
    const auto it = std::lower_bound(m_stories.cbegin(), m_stories.cend(), id,
                                     [](const Story &s, qint64 v) { return s.id < v; });
    if (it == m_stories.cend() || it->id != id)
        return -1;
    return int(it - m_stories.cbegin());
}

QModelIndex StoryVaultModel::indexForId(qint64 id) const
{
    const int row = rowForId(id);
    return row < 0 ? QModelIndex() : index(row);
}

Story StoryVaultModel::storyAt(int row) const
{
    if (row < 0 || row >= m_stories.size())
        return {};
    Result<Story> story = m_session.store().story(m_stories.at(row).id);
    return story ? std::move(story).value() : m_stories.at(row);
}

namespace {
// The list shows headings only: the text stays in the store until something asks for it.
Story headingOf(Story story)
{
    story.situation.clear();
    story.task.clear();
    story.action.clear();
    story.result.clear();
    story.notes.clear();
    return story;
}
} // namespace

void StoryVaultModel::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void StoryVaultModel::reload()
{
    beginResetModel();
    m_stories.clear();
    m_searchTexts.clear();
    m_searchReady.clear();
    m_prepareNext = 0;
    m_usage.clear();
    QString error;
    if (m_session.isOpen()) {
        Result<QList<Story>> stories = m_session.store().storyHeadings();
        Result<QHash<qint64, StoryUsage>> usage = m_session.store().storyUsage();
        if (!stories) {
            error = stories.error();
        } else {
            m_stories = std::move(stories).value();
            // The store reads in id order; sort anyway so rowForId() can bisect.
            std::sort(m_stories.begin(), m_stories.end(),
                      [](const Story &a, const Story &b) { return a.id < b.id; });
            m_searchTexts.resize(m_stories.size());
            m_searchReady.fill(false, m_stories.size());
        }
        if (usage)
            m_usage = std::move(usage).value();
        else if (error.isEmpty())
            error = usage.error();
    }
    endResetModel();
    if (searchTextsReady())
        m_prepareTimer->stop();
    else
        m_prepareTimer->start();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
}

QList<int> StoryVaultModel::rolesForFields(quint32 fields)
{
    QList<int> roles{UpdatedAtRole};
    auto add = [&roles](std::initializer_list<int> more) {
        for (int role : more) {
            if (!roles.contains(role))
                roles.append(role);
        }
    };
    if (fields & StoryField::Title)
        add({Qt::DisplayRole, Qt::EditRole, TitleRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
             SearchTextRole});
    if (fields & StoryField::Kinds)
        add({KindsRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    if (fields & (StoryField::Situation | StoryField::Task | StoryField::Action
                  | StoryField::Result | StoryField::Notes))
        add({SearchTextRole});
    if (fields & StoryField::Backbone)
        add({BackboneRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    return roles;
}

void StoryVaultModel::insertStory(const Story &story)
{
    const auto it = std::lower_bound(m_stories.cbegin(), m_stories.cend(), story.id,
                                     [](const Story &s, qint64 v) { return s.id < v; });
    const int row = int(it - m_stories.cbegin());
    beginInsertRows({}, row, row);
    m_stories.insert(row, headingOf(story));
    m_searchTexts.insert(row, searchTextFor(story));
    m_searchReady.insert(row, true);
    if (row < m_prepareNext)
        ++m_prepareNext;
    endInsertRows();
}

void StoryVaultModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_stories.removeAt(row);
    m_searchTexts.removeAt(row);
    m_searchReady.removeAt(row);
    if (row < m_prepareNext)
        --m_prepareNext;
    endRemoveRows();
}

void StoryVaultModel::onChanged(const QList<Change> &changes)
{
    bool usageMayHaveChanged = false;
    int storiesAdded = 0;
    for (const Change &change : changes) {
        switch (change.entity) {
        case EntityKind::Story:
            if (change.type == ChangeType::Added)
                storiesAdded += int(change.ids.size());
            break;
        case EntityKind::Link:
            // Updating a link only edits its notes; the counts stay.
            if (change.type != ChangeType::Updated)
                usageMayHaveChanged = true;
            break;
        case EntityKind::Answer:
            if (change.type != ChangeType::Updated || (change.fields & AnswerField::Story))
                usageMayHaveChanged = true;
            break;
        case EntityKind::Company:
            // "Mapped at" names companies: a rename must show.
            if (change.type == ChangeType::Updated && (change.fields & CompanyField::Name))
                usageMayHaveChanged = true;
            break;
        default: break;
        }
    }
    if (storiesAdded > BulkResetThreshold) {
        reload();
        return;
    }
    applyStoryChanges(changes);
    if (usageMayHaveChanged)
        refreshUsage();
}

void StoryVaultModel::applyStoryChanges(const QList<Change> &changes)
{
    for (const NetChange &effect : netChanges(changes, EntityKind::Story)) {
        const qint64 id = effect.id;
        const int row = rowForId(id);
        if (effect.last == ChangeType::Removed) {
            if (row >= 0)
                removeRow(row);
            continue;
        }
        Result<Story> story = m_session.store().story(id);
        if (!story) {
            reportError(story.error());
            continue;
        }
        if (row < 0) {
            insertStory(story.value());
            continue;
        }
        m_searchTexts[row] = searchTextFor(story.value());
        m_stories[row] = headingOf(std::move(story).value());
        m_searchReady[row] = true;
        const QList<int> roles =
            effect.wasAdded ? QList<int>{} : rolesForFields(effect.fields);
        emit dataChanged(index(row), index(row), roles);
    }
}

void StoryVaultModel::prepareSearchText(int row) const
{
    // A story the store cannot read searches by its title alone.
    Result<Story> story = m_session.store().story(m_stories.at(row).id);
    m_searchTexts[row] = searchTextFor(story ? story.value() : m_stories.at(row));
    m_searchReady[row] = true;
}

void StoryVaultModel::prepareSlice()
{
    QElapsedTimer slice;
    slice.start();
    while (m_prepareNext < m_stories.size()) {
        // One page of whole stories from the store, from the first row still to do; rows are in
        // id order, so the page fills consecutive rows.
        const qint64 after = m_prepareNext > 0 ? m_stories.at(m_prepareNext - 1).id : 0;
        Result<QList<Story>> page = m_session.store().storiesAfter(after, PreparePageSize);
        if (!page || page->isEmpty()) {
            // Rows the page cannot fill (an unreadable store) are built one by one on use.
            m_prepareNext = m_stories.size();
            break;
        }
        for (const Story &story : page.value()) {
            const int row = rowForId(story.id);
            if (row >= 0 && !m_searchReady.at(row)) {
                m_searchTexts[row] = searchTextFor(story);
                m_searchReady[row] = true;
            }
        }
        // Every row up to the page's last story is done (a row the page skipped builds on use).
        const qint64 last = page->last().id;
        m_prepareNext = std::upper_bound(m_stories.cbegin(), m_stories.cend(), last,
                                         [](qint64 v, const Story &s) { return v < s.id; })
                        - m_stories.cbegin();
        if (slice.elapsed() >= PrepareSliceMs)
            break;
    }
    if (searchTextsReady())
        m_prepareTimer->stop();
}

void StoryVaultModel::prepareAllSearchTexts()
{
    while (!searchTextsReady())
        prepareSlice();
}

void StoryVaultModel::refreshUsage()
{
    Result<QHash<qint64, StoryUsage>> usage = m_session.store().storyUsage();
    if (!usage) {
        reportError(usage.error());
        return;
    }
    const QHash<qint64, StoryUsage> before = std::exchange(m_usage, std::move(usage).value());
    static const QList<int> roles{LinkCountRole, AnswerCountRole, CompaniesRole, Qt::ToolTipRole,
                                  Qt::AccessibleTextRole};
    for (int row = 0; row < m_stories.size(); ++row) {
        const qint64 id = m_stories.at(row).id;
        const StoryUsage was = before.value(id);
        const StoryUsage now = m_usage.value(id);
        if (was != now)
            emit dataChanged(index(row), index(row), roles);
    }
}

} // namespace starling
