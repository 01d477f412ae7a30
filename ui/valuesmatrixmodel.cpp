#include "valuesmatrixmodel.h"

#include "idsmime.h"
#include "storyvaultmodel.h"
#include "valuecoverage.h"
#include "vaultsession.h"

#include <QColor>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace starling {

namespace {

QString kindNames(StoryKinds kinds)
{
    QStringList names;
    for (StoryKind kind : allStoryKinds()) {
        if (kinds.testFlag(kind))
            names.append(storyKindName(kind));
    }
    return names.join(QStringLiteral(", "));
}

// The fields a row shows; the position alone is tree order, which syncRows() handles.
bool sameShownFields(const ValuePrinciple &a, const ValuePrinciple &b)
{
    return a.name == b.name && a.meaning == b.meaning && a.keywords == b.keywords
           && a.themes == b.themes && a.parentId == b.parentId;
}

} // namespace

ValuesMatrixModel::ValuesMatrixModel(VaultSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    connect(&session.notifier(), &ChangeNotifier::changed, this, &ValuesMatrixModel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &ValuesMatrixModel::reload);
    reload();
}

ValuesMatrixModel::~ValuesMatrixModel() = default;

// ---------------------------------------------------------------------------------------------
// Loading

void ValuesMatrixModel::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

bool ValuesMatrixModel::loadStories(QString *error)
{
    // Columns show titles and kinds: the stories' text is never read here.
    Result<QList<Story>> stories = m_session.store().storyHeadings();
    if (!stories) {
        *error = stories.error();
        return false;
    }
    m_stories.reserve(stories->size());
    for (const Story &story : stories.value())
        m_stories.insert(story.id,
                         {StoryVaultModel::displayTitle(story), story.kinds, story.backbone});
    Result<QHash<qint64, StoryUsage>> usage = m_session.store().storyUsage();
    if (!usage) {
        *error = usage.error();
        return false;
    }
    for (auto it = usage->cbegin(); it != usage->cend(); ++it) {
        if (it.value().links > 0)
            m_linkCounts.insert(it.key(), it.value().links);
    }
    return true;
}

QList<ValuesMatrixModel::Row> ValuesMatrixModel::loadRows(qint64 companyId, QString *error) const
{
    QList<Row> rows;
    if (companyId == 0)
        return rows;
    Result<QList<ValuePrinciple>> values = m_session.store().values(companyId);
    if (!values) {
        *error = values.error();
        return rows;
    }
    // values() lists each parent before its children, so a parent's depth is always known.
    QHash<qint64, int> depthOf;
    rows.reserve(values->size());
    for (const ValuePrinciple &value : values.value()) {
        const int depth = value.parentId > 0 ? depthOf.value(value.parentId, -1) + 1 : 0;
        depthOf.insert(value.id, depth);
        rows.append({value, depth, 0});
    }
    return rows;
}

bool ValuesMatrixModel::loadCompany(QString *error)
{
    m_rows = loadRows(m_companyId, error);
    rebuildRowIndex();
    if (m_rows.isEmpty())
        return error->isEmpty();
    Result<QList<StoryValueLink>> links = m_session.store().linksForCompany(m_companyId);
    if (!links) {
        *error = links.error();
        return false;
    }
    m_links.reserve(links->size());
    for (const StoryValueLink &link : links.value()) {
        const int row = m_rowOf.value(link.valueId, -1);
        if (row < 0)
            continue;
        m_links.insert({link.storyId, link.valueId}, link.notes);
        ++m_rows[row].coverage;
    }
    return true;
}

bool ValuesMatrixModel::shouldShow(qint64 storyId) const
{
    if (!m_hideUnmapped)
        return true;
    const auto it = m_stories.constFind(storyId);
    return it != m_stories.cend() && (it->backbone || m_linkCounts.value(storyId) > 0);
}

bool ValuesMatrixModel::columnLess(qint64 a, qint64 b) const
{
    // Both ids name known stories: columns only ever hold those.
    const StoryHead &x = *m_stories.constFind(a);
    const StoryHead &y = *m_stories.constFind(b);
    if (x.backbone != y.backbone)
        return x.backbone;
    if (const int order = m_collator.compare(x.title, y.title); order != 0)
        return order < 0;
    return a < b;
}

void ValuesMatrixModel::buildColumns()
{
    m_columns.clear();
    for (auto it = m_stories.cbegin(); it != m_stories.cend(); ++it) {
        if (shouldShow(it.key()))
            m_columns.append(it.key());
    }
    std::sort(m_columns.begin(), m_columns.end(),
              [this](qint64 a, qint64 b) { return columnLess(a, b); });
    rebuildColumnIndex();
}

void ValuesMatrixModel::rebuildColumnIndex()
{
    m_columnOf.clear();
    m_columnOf.reserve(m_columns.size());
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnOf.insert(m_columns.at(i), i);
}

void ValuesMatrixModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).value.id, i);
}

void ValuesMatrixModel::reload()
{
    const qint64 companyBefore = m_companyId;
    beginResetModel();
    m_stories.clear();
    m_linkCounts.clear();
    m_rows.clear();
    m_rowOf.clear();
    m_links.clear();
    QString error;
    if (!m_session.isOpen()) {
        m_companyId = 0;
    } else {
        // After another vault opened (or the company was deleted) the id may name nothing.
        if (m_companyId != 0 && !m_session.store().company(m_companyId))
            m_companyId = 0;
        if (loadStories(&error))
            loadCompany(&error);
    }
    buildColumns();
    endResetModel();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
    if (m_companyId != companyBefore)
        emit companyIdChanged(m_companyId);
    emit summaryChanged();
}

void ValuesMatrixModel::setCompanyId(qint64 companyId)
{
    if (companyId == m_companyId)
        return;
    beginResetModel();
    m_companyId = companyId;
    m_rows.clear();
    m_links.clear();
    QString error;
    if (m_session.isOpen())
        loadCompany(&error);
    else
        rebuildRowIndex();
    endResetModel();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
    emit companyIdChanged(m_companyId);
    emit summaryChanged();
}

void ValuesMatrixModel::setHideUnmappedStories(bool hide)
{
    if (hide == m_hideUnmapped)
        return;
    // Thousands of columns may come or go: one reset beats thousands of inserts.
    beginResetModel();
    m_hideUnmapped = hide;
    buildColumns();
    endResetModel();
}

// ---------------------------------------------------------------------------------------------
// Reading

int ValuesMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValuesMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstStoryColumn + int(m_columns.size());
}

// Levels, badge text and summary come from ValueCoverage, so the matrix and every other view of
// coverage (the companies list, the prep sheet) always agree.
ValuesMatrixModel::CoverageLevel ValuesMatrixModel::coverageLevel(int storyCount)
{
    switch (ValueCoverage::levelFor(storyCount)) {
    case ValueCoverage::Level::Gap: return Gap;
    case ValueCoverage::Level::Minimum: return Minimum;
    case ValueCoverage::Level::Ideal: return Ideal;
    }
    return Gap;
}

QString ValuesMatrixModel::coverageText(int storyCount)
{
    return ValueCoverage::storyCountText(storyCount);
}

static QColor coverageColor(ValuesMatrixModel::CoverageLevel level)
{
    // Red, amber, green; the text says the same for anyone who cannot tell them apart.
    switch (level) {
    case ValuesMatrixModel::Gap: return QColor(0xc6, 0x28, 0x28);
    case ValuesMatrixModel::Minimum: return QColor(0xe0, 0x9a, 0x1a);
    case ValuesMatrixModel::Ideal: return QColor(0x2e, 0x8b, 0x3e);
    }
    return {};
}

QString ValuesMatrixModel::cellToolTip(const Row &row, qint64 storyId) const
{
    // Tooltips guess at rich text, so always build real HTML (the tags make the guess right)
    // and escape everything the user typed.
    const QString story = QStringLiteral("<b>") + m_stories.value(storyId).title.toHtmlEscaped()
                          + QStringLiteral("</b>");
    const QString value =
        QStringLiteral("<b>") + row.value.name.toHtmlEscaped() + QStringLiteral("</b>");
    const auto it = m_links.constFind({storyId, row.value.id});
    if (it == m_links.cend())
        return tr("“%1” is not mapped to “%2”.").toHtmlEscaped().arg(story, value);
    QString html = tr("“%1” demonstrates “%2”").toHtmlEscaped().arg(story, value);
    if (it->trimmed().isEmpty()) {
        html += QStringLiteral("<br><i>") + tr("No notes yet.").toHtmlEscaped()
                + QStringLiteral("</i>");
    } else {
        html += QStringLiteral("<p style=\"white-space:pre-wrap\">") + it->toHtmlEscaped()
                + QStringLiteral("</p>");
    }
    return html;
}

QString ValuesMatrixModel::cellAccessibleText(const Row &row, qint64 storyId) const
{
    const QString story = m_stories.value(storyId).title;
    const auto it = m_links.constFind({storyId, row.value.id});
    if (it == m_links.cend())
        return tr("“%1” is not mapped to “%2”").arg(story, row.value.name);
    QString text = tr("“%1” demonstrates “%2”").arg(story, row.value.name);
    if (!it->trimmed().isEmpty())
        text += QStringLiteral(". ") + tr("Notes: %1").arg(it->trimmed());
    return text;
}

QVariant ValuesMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == CoverageColumn) {
        switch (role) {
        case Qt::DisplayRole: return row.value.name;
        case Qt::ToolTipRole: {
            QString html =
                QStringLiteral("<b>") + row.value.name.toHtmlEscaped() + QStringLiteral("</b>");
            if (!row.value.meaning.trimmed().isEmpty())
                html += QStringLiteral("<br>") + row.value.meaning.trimmed().toHtmlEscaped();
            html += QStringLiteral("<br>") + coverageText(row.coverage).toHtmlEscaped();
            return html;
        }
        case Qt::AccessibleTextRole:
            return tr("%1: %2").arg(row.value.name, coverageText(row.coverage));
        case Qt::DecorationRole: return coverageColor(coverageLevel(row.coverage));
        case ValueIdRole: return row.value.id;
        case DepthRole: return row.depth;
        case CoverageCountRole: return row.coverage;
        case CoverageLevelRole: return int(coverageLevel(row.coverage));
        case CoverageTextRole: return coverageText(row.coverage);
        default: return {};
        }
    }
    const qint64 storyId = m_columns.at(index.column() - FirstStoryColumn);
    switch (role) {
    case Qt::DisplayRole:
        if (m_links.contains({storyId, row.value.id}))
            return QStringLiteral("✓");
        return {};
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole: return cellToolTip(row, storyId);
    case Qt::AccessibleTextRole: return cellAccessibleText(row, storyId);
    case LinkedRole: return m_links.contains({storyId, row.value.id});
    case NotesRole: return m_links.value({storyId, row.value.id});
    case StoryIdRole: return storyId;
    case ValueIdRole: return row.value.id;
    default: return {};
    }
}

QVariant ValuesMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const Row &row = m_rows.at(section);
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("    ").repeated(row.depth) + row.value.name;
        case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole: {
            QString html =
                QStringLiteral("<b>") + row.value.name.toHtmlEscaped() + QStringLiteral("</b>");
            if (!row.value.meaning.trimmed().isEmpty())
                html += QStringLiteral("<br>") + row.value.meaning.trimmed().toHtmlEscaped();
            return html;
        }
        case ValueIdRole: return row.value.id;
        case DepthRole: return row.depth;
        default: return {};
        }
    }
    if (section == CoverageColumn) {
        switch (role) {
        case Qt::DisplayRole: return tr("Coverage");
        case Qt::ToolTipRole:
            return tr("Stories that demonstrate each value: one at minimum, two is better.");
        default: return {};
        }
    }
    if (section < FirstStoryColumn || section >= columnCount())
        return {};
    const qint64 storyId = m_columns.at(section - FirstStoryColumn);
    const StoryHead story = m_stories.value(storyId);
    switch (role) {
    case Qt::DisplayRole: return story.title;
    case Qt::ToolTipRole: {
        QString kinds = kindNames(story.kinds);
        if (kinds.isEmpty())
            kinds = tr("No kind set");
        QString html = QStringLiteral("<b>%1</b>").arg(story.title.toHtmlEscaped());
        if (story.backbone)
            html += QStringLiteral(" — ") + tr("backbone story").toHtmlEscaped();
        return html + QStringLiteral("<br>") + kinds.toHtmlEscaped();
    }
    case StoryIdRole: return storyId;
    case BackboneRole: return story.backbone;
    case KindsRole: return int(story.kinds.toInt());
    default: return {};
    }
}

Qt::ItemFlags ValuesMatrixModel::flags(const QModelIndex &index) const
{
    // Views ask about the root (drops between items); only cells take drops.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
           | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> ValuesMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LinkedRole, "linked");
    names.insert(NotesRole, "notes");
    names.insert(StoryIdRole, "storyId");
    names.insert(ValueIdRole, "valueId");
    names.insert(DepthRole, "depth");
    names.insert(CoverageCountRole, "coverageCount");
    names.insert(CoverageLevelRole, "coverageLevel");
    names.insert(CoverageTextRole, "coverageText");
    names.insert(BackboneRole, "backbone");
    names.insert(KindsRole, "kinds");
    return names;
}

qint64 ValuesMatrixModel::storyIdAt(int column) const
{
    const int i = column - FirstStoryColumn;
    return i >= 0 && i < m_columns.size() ? m_columns.at(i) : 0;
}

qint64 ValuesMatrixModel::valueIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value.id : 0;
}

int ValuesMatrixModel::columnForStory(qint64 storyId) const
{
    const int i = m_columnOf.value(storyId, -1);
    return i < 0 ? -1 : i + FirstStoryColumn;
}

int ValuesMatrixModel::rowForValue(qint64 valueId) const
{
    return m_rowOf.value(valueId, -1);
}

QModelIndex ValuesMatrixModel::indexFor(qint64 storyId, qint64 valueId) const
{
    const int row = rowForValue(valueId);
    const int column = columnForStory(storyId);
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

int ValuesMatrixModel::coveredValueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return coverageLevel(row.coverage) != Gap; }));
}

int ValuesMatrixModel::idealValueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return coverageLevel(row.coverage) == Ideal; }));
}

QString ValuesMatrixModel::summaryText() const
{
    if (m_companyId == 0)
        return tr("Choose a company to see its values.");
    if (m_rows.isEmpty())
        return tr("No values yet — add the company's values first.");
    return ValueCoverage::summaryText(
        {int(m_rows.size()), coveredValueCount(), idealValueCount()});
}

// ---------------------------------------------------------------------------------------------
// Drag and drop

QStringList ValuesMatrixModel::mimeTypes() const
{
    return {IdsMime::StoryIds, IdsMime::ValueIds};
}

QMimeData *ValuesMatrixModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> storyIds;
    QList<qint64> valueIds;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid()
            || !checkIndex(index,
                           CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            continue;
        if (index.column() == CoverageColumn) {
            const qint64 id = m_rows.at(index.row()).value.id;
            if (!valueIds.contains(id))
                valueIds.append(id);
        } else {
            const qint64 id = m_columns.at(index.column() - FirstStoryColumn);
            if (!storyIds.contains(id))
                storyIds.append(id);
        }
    }
    if (storyIds.isEmpty() && valueIds.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    if (!storyIds.isEmpty())
        data->setData(IdsMime::StoryIds, IdsMime::encode(storyIds));
    if (!valueIds.isEmpty())
        data->setData(IdsMime::ValueIds, IdsMime::encode(valueIds));
    return data;
}

QMimeData *ValuesMatrixModel::mimeDataForStoryColumn(int column) const
{
    const qint64 id = storyIdAt(column);
    return id == 0 ? nullptr : IdsMime::create(IdsMime::StoryIds, {id});
}

bool ValuesMatrixModel::storyMayBeDropped(const QMimeData *data, int row, const QModelIndex &parent,
                                          Qt::DropAction action, QList<qint64> *ids,
                                          qint64 *valueId) const
{
    // Move would ask the source to delete what it dragged.
    if (action != Qt::CopyAction && action != Qt::LinkAction)
        return false;
    // Dropped on a cell, the view names it as parent; between rows, by row number.
    int target = row;
    if (parent.isValid()) {
        if (!checkIndex(parent, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        target = parent.row();
    }
    if (target < 0 || target >= m_rows.size())
        return false;
    const std::optional<QList<qint64>> decoded = IdsMime::read(data, IdsMime::StoryIds);
    if (!decoded)
        return false;
    // Ids from another vault (another Starling window) name nothing here.
    QList<qint64> known;
    for (qint64 id : *decoded) {
        if (m_stories.contains(id) && !known.contains(id))
            known.append(id);
    }
    if (known.isEmpty())
        return false;
    if (ids)
        *ids = known;
    if (valueId)
        *valueId = m_rows.at(target).value.id;
    return true;
}

bool ValuesMatrixModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                        int column, const QModelIndex &parent) const
{
    Q_UNUSED(column)
    return storyMayBeDropped(data, row, parent, action, nullptr, nullptr);
}

bool ValuesMatrixModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    Q_UNUSED(column)
    QList<qint64> ids;
    qint64 valueId = 0;
    if (!storyMayBeDropped(data, row, parent, action, &ids, &valueId))
        return false;
    // The model never writes: the widget layer turns this into an undoable command. Returning
    // true tells the drag source the drop was taken (a Copy/Link, so the source keeps its rows).
    emit mapRequested(ids, valueId);
    return true;
}

Qt::DropActions ValuesMatrixModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

Qt::DropActions ValuesMatrixModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

// ---------------------------------------------------------------------------------------------
// Following the notifier

void ValuesMatrixModel::onChanged(const QList<Change> &changes)
{
    if (!m_session.isOpen())
        return;
    const QString summaryBefore = summaryText();
    bool valuesTouched = false;
    bool countsMayChange = false;
    int storiesAdded = 0;
    QList<LinkKey> linkKeys;
    for (const Change &change : changes) {
        switch (change.entity) {
        case EntityKind::Company:
            if (change.type == ChangeType::Removed && m_companyId != 0
                && change.ids.contains(m_companyId)) {
                reload(); // finds the company gone and shows none
                return;
            }
            break;
        case EntityKind::Value:
            if (m_companyId == 0)
                break;
            // A new value's company is not in the change; the re-read in syncRows() tells.
            if (change.type == ChangeType::Added)
                valuesTouched = true;
            for (qint64 id : change.ids) {
                if (m_rowOf.contains(id))
                    valuesTouched = true;
            }
            break;
        case EntityKind::Link:
            if (change.type != ChangeType::Updated)
                countsMayChange = true;
            linkKeys.append(change.links);
            break;
        case EntityKind::Story:
            // A removed story's links are announced as removed links, so counts follow those.
            if (change.type == ChangeType::Added)
                storiesAdded += int(change.ids.size());
            break;
        default: break;
        }
    }
    if (storiesAdded > BulkResetThreshold) {
        reload();
        return;
    }

    // Rows first, so links restored with their value (undo of a delete) find their row.
    if (valuesTouched)
        syncRows();
    QList<qint64> removedStories;
    QList<qint64> affected = applyStoryChanges(changes, &removedStories);
    if (countsMayChange) {
        for (qint64 id : refreshLinkCounts()) {
            if (!affected.contains(id))
                affected.append(id);
        }
    }
    const bool linksTouched =
        std::any_of(linkKeys.cbegin(), linkKeys.cend(),
                    [this](const LinkKey &key) { return m_rowOf.contains(key.valueId); });
    if (linksTouched)
        syncLinks();
    syncColumns(affected, removedStories);

    if (summaryText() != summaryBefore)
        emit summaryChanged();
}

void ValuesMatrixModel::syncRows()
{
    QString error;
    QList<Row> fresh = loadRows(m_companyId, &error);
    if (!error.isEmpty()) {
        reportError(error);
        return;
    }
    QSet<qint64> freshIds;
    for (const Row &row : std::as_const(fresh))
        freshIds.insert(row.value.id);
    QList<qint64> keptOld;
    for (const Row &row : std::as_const(m_rows)) {
        if (freshIds.contains(row.value.id))
            keptOld.append(row.value.id);
    }
    QList<qint64> keptFresh;
    for (const Row &row : std::as_const(fresh)) {
        if (m_rowOf.contains(row.value.id))
            keptFresh.append(row.value.id);
    }
    auto dropLinksOf = [this](const QSet<qint64> &valueIds) {
        m_links.removeIf([&valueIds](const QHash<LinkKeyPair, QString>::iterator it) {
            return valueIds.contains(it.key().second);
        });
    };

    if (keptOld != keptFresh) {
        // A value moved: rows changed order, which a table can only show by a reset.
        beginResetModel();
        QSet<qint64> gone;
        for (const Row &row : std::as_const(m_rows)) {
            if (!freshIds.contains(row.value.id))
                gone.insert(row.value.id);
        }
        dropLinksOf(gone);
        m_rows = std::move(fresh);
        rebuildRowIndex();
        for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
            ++m_rows[m_rowOf.value(it.key().second)].coverage;
        endResetModel();
        return;
    }

    // Removed values (a parent takes its sub-principles along), bottom up.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const qint64 id = m_rows.at(r).value.id;
        if (freshIds.contains(id))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        dropLinksOf({id});
        endRemoveRows();
    }
    // What is left is in fresh order: every mismatch is a new value.
    const QList<int> rowRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, DepthRole};
    for (int i = 0; i < fresh.size(); ++i) {
        const Row &want = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).value.id == want.value.id) {
            Row &have = m_rows[i];
            if (sameShownFields(have.value, want.value) && have.depth == want.depth) {
                have.value.position = want.value.position;
                continue;
            }
            have.value = want.value;
            have.depth = want.depth;
            // The name also appears in every cell's tooltip and accessible text.
            emit dataChanged(index(i, 0), index(i, columnCount() - 1), rowRoles);
            emit headerDataChanged(Qt::Vertical, i, i);
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, want);
        endInsertRows();
    }
    rebuildRowIndex();
}

QList<qint64> ValuesMatrixModel::applyStoryChanges(const QList<Change> &changes,
                                                   QList<qint64> *removed)
{
    QList<qint64> affected;
    constexpr quint32 shownFields = StoryField::Title | StoryField::Kinds | StoryField::Backbone;
    for (const NetChange &effect : netChanges(changes, EntityKind::Story)) {
        const qint64 id = effect.id;
        const bool known = m_stories.contains(id);
        if (effect.last == ChangeType::Removed) {
            if (known) {
                removed->append(id); // forgotten once its column is gone
                affected.append(id);
            }
            continue;
        }
        if (known && !(effect.fields & shownFields))
            continue; // STAR text or notes: nothing the matrix shows
        Result<Story> story = m_session.store().story(id);
        if (!story) {
            reportError(story.error());
            continue;
        }
        const StoryHead head{StoryVaultModel::displayTitle(story.value()), story->kinds,
                             story->backbone};
        if (!known) {
            m_stories.insert(id, head);
            affected.append(id);
            continue;
        }
        StoryHead &have = m_stories[id];
        const bool placeChanged = have.title != head.title || have.backbone != head.backbone;
        have = head;
        const int column = columnForStory(id);
        if (column >= 0) {
            emit headerDataChanged(Qt::Horizontal, column, column);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                                 {Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
        if (placeChanged)
            affected.append(id);
    }
    return affected;
}

QList<qint64> ValuesMatrixModel::refreshLinkCounts()
{
    Result<QHash<qint64, StoryUsage>> usage = m_session.store().storyUsage();
    if (!usage) {
        reportError(usage.error());
        return {};
    }
    QHash<qint64, int> counts;
    for (auto it = usage->cbegin(); it != usage->cend(); ++it) {
        if (it.value().links > 0)
            counts.insert(it.key(), it.value().links);
    }
    // Only mapped versus unmapped decides a column.
    QList<qint64> flipped;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_linkCounts.contains(it.key()))
            flipped.append(it.key());
    }
    for (auto it = m_linkCounts.cbegin(); it != m_linkCounts.cend(); ++it) {
        if (!counts.contains(it.key()))
            flipped.append(it.key());
    }
    m_linkCounts = std::move(counts);
    std::sort(flipped.begin(), flipped.end());
    return flipped;
}

void ValuesMatrixModel::syncLinks()
{
    Result<QList<StoryValueLink>> links = m_session.store().linksForCompany(m_companyId);
    if (!links) {
        reportError(links.error());
        return;
    }
    QHash<LinkKeyPair, QString> fresh;
    fresh.reserve(links->size());
    for (const StoryValueLink &link : links.value()) {
        if (m_rowOf.contains(link.valueId))
            fresh.insert({link.storyId, link.valueId}, link.notes);
    }
    QList<LinkKeyPair> toggled;
    QList<LinkKeyPair> edited;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (!fresh.contains(it.key()))
            toggled.append(it.key());
    }
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const auto was = m_links.constFind(it.key());
        if (was == m_links.cend())
            toggled.append(it.key());
        else if (*was != it.value())
            edited.append(it.key());
    }
    if (toggled.isEmpty() && edited.isEmpty())
        return;

    // Update the state first, then tell: views may read straight away.
    m_links = std::move(fresh);
    QList<int> coverageRows;
    for (const LinkKeyPair &key : std::as_const(toggled)) {
        const int row = m_rowOf.value(key.second);
        m_rows[row].coverage += m_links.contains(key) ? 1 : -1;
        if (!coverageRows.contains(row))
            coverageRows.append(row);
    }
    static const QList<int> toggledRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                                         LinkedRole, NotesRole};
    static const QList<int> editedRoles{Qt::ToolTipRole, Qt::AccessibleTextRole, NotesRole};
    static const QList<int> coverageRoles{Qt::ToolTipRole,    Qt::AccessibleTextRole,
                                          Qt::DecorationRole, CoverageCountRole,
                                          CoverageLevelRole,  CoverageTextRole};
    auto announce = [this](const LinkKeyPair &key, const QList<int> &roles) {
        const QModelIndex cell = indexFor(key.first, key.second);
        if (cell.isValid())
            emit dataChanged(cell, cell, roles);
    };
    for (const LinkKeyPair &key : std::as_const(toggled))
        announce(key, toggledRoles);
    for (const LinkKeyPair &key : std::as_const(edited))
        announce(key, editedRoles);
    for (int row : std::as_const(coverageRows)) {
        const QModelIndex cell = index(row, CoverageColumn);
        emit dataChanged(cell, cell, coverageRoles);
    }
}

void ValuesMatrixModel::syncColumns(const QList<qint64> &storyIds, const QList<qint64> &removed)
{
    auto less = [this](qint64 a, qint64 b) { return columnLess(a, b); };
    for (qint64 id : storyIds) {
        const bool gone = removed.contains(id);
        const bool want = !gone && m_stories.contains(id) && shouldShow(id);
        const int i = m_columnOf.value(id, -1);
        if (i >= 0 && !want) {
            beginRemoveColumns({}, i + FirstStoryColumn, i + FirstStoryColumn);
            m_columns.removeAt(i);
            rebuildColumnIndex();
            endRemoveColumns();
        } else if (i >= 0) {
            const bool inPlace = (i == 0 || less(m_columns.at(i - 1), id))
                                 && (i + 1 == m_columns.size() || less(id, m_columns.at(i + 1)));
            if (!inPlace) {
                // Renamed, or made (or no longer) a backbone story: its column moves.
                QList<qint64> others = m_columns;
                others.removeAt(i);
                const int to = int(std::lower_bound(others.cbegin(), others.cend(), id, less)
                                   - others.cbegin());
                const int destination = (to <= i ? to : to + 1) + FirstStoryColumn;
                if (beginMoveColumns({}, i + FirstStoryColumn, i + FirstStoryColumn, {},
                                     destination)) {
                    m_columns.move(i, to);
                    rebuildColumnIndex();
                    endMoveColumns();
                }
            }
        } else if (want) {
            const int at = int(std::lower_bound(m_columns.cbegin(), m_columns.cend(), id, less)
                               - m_columns.cbegin());
            beginInsertColumns({}, at + FirstStoryColumn, at + FirstStoryColumn);
            m_columns.insert(at, id);
            rebuildColumnIndex();
            endInsertColumns();
        }
        if (gone) {
            m_stories.remove(id);
            m_linkCounts.remove(id);
        }
    }
}

} // namespace starling
