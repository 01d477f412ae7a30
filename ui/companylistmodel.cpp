#include "companylistmodel.h"

#include "vaultsession.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace starling {

CompanyListModel::CompanyListModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_readinessTimer(new QTimer(this))
{
    m_readinessTimer->setSingleShot(true);
    m_readinessTimer->setInterval(ReadinessDelayMs);
    connect(m_readinessTimer, &QTimer::timeout, this, &CompanyListModel::refreshReadiness);
    connect(&session.notifier(), &ChangeNotifier::changed, this, &CompanyListModel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &CompanyListModel::reload);
    reload();
}

CompanyListModel::~CompanyListModel() = default;

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_companies.size());
}

QString CompanyListModel::countdown(const QDate &date, const QDate &today)
{
    if (!date.isValid() || !today.isValid())
        return {};
    const qint64 days = today.daysTo(date);
    // The numbers never reach 1 here, so the English source texts read right untranslated.
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    if (days > 0)
        return tr("in %n days", nullptr, int(std::min<qint64>(days, INT_MAX)));
    return tr("%n days ago", nullptr, int(std::min<qint64>(-days, INT_MAX)));
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company &company = m_companies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole: return company.name;
    case Qt::ToolTipRole: {
        // Tooltips guess at rich text: build real HTML and escape what the user typed.
        QString html = QStringLiteral("<b>%1</b>").arg(company.name.toHtmlEscaped());
        const QString position = QStringList{company.role, company.level}.join(u' ').simplified();
        if (!position.isEmpty())
            html += QStringLiteral("<br>") + position.toHtmlEscaped();
        const QString when = countdown(company.interviewDate, today());
        if (!when.isEmpty())
            html += QStringLiteral("<br>") + tr("Interview %1").arg(when).toHtmlEscaped();
        return html;
    }
    case IdRole: return company.id;
    case RoleRole: return company.role;
    case LevelRole: return company.level;
    case InterviewDateRole: return company.interviewDate;
    case CountdownRole: return countdown(company.interviewDate, today());
    case ReadinessRole: return QVariant::fromValue(m_readiness.value(company.id));
    case ReadinessTextRole: return answersReadinessText(m_readiness.value(company.id));
    case ValueCountRole: return m_counts.value(company.id).values;
    case CoveredCountRole: return m_counts.value(company.id).covered;
    default: return {};
    }
}

Qt::ItemFlags CompanyListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CompanyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "companyId");
    names.insert(RoleRole, "role");
    names.insert(LevelRole, "level");
    names.insert(InterviewDateRole, "interviewDate");
    names.insert(CountdownRole, "countdown");
    names.insert(ValueCountRole, "valueCount");
    names.insert(CoveredCountRole, "coveredCount");
    names.insert(NameRole, "name");
    names.insert(ReadinessRole, "readiness");
    names.insert(ReadinessTextRole, "readinessText");
    return names;
}

int CompanyListModel::rowForId(qint64 id) const
{
    const auto it = std::lower_bound(m_companies.cbegin(), m_companies.cend(), id,
                                     [](const Company &c, qint64 v) { return c.id < v; });
    if (it == m_companies.cend() || it->id != id)
        return -1;
    return int(it - m_companies.cbegin());
}

QModelIndex CompanyListModel::indexForId(qint64 id) const
{
    const int row = rowForId(id);
    return row < 0 ? QModelIndex() : index(row);
}

Company CompanyListModel::companyAt(int row) const
{
    return row >= 0 && row < m_companies.size() ? m_companies.at(row) : Company{};
}

void CompanyListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    static const QList<int> roles{CountdownRole, Qt::ToolTipRole};
    for (int row = 0; row < m_companies.size(); ++row) {
        if (m_companies.at(row).interviewDate.isValid())
            emit dataChanged(index(row), index(row), roles);
    }
}

QDate CompanyListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CompanyListModel::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

Result<QHash<qint64, CompanyListModel::Counts>> CompanyListModel::readCounts() const
{
    const VaultStore &store = m_session.store();
    Result<QList<ValuePrinciple>> values = store.allValues();
    if (!values)
        return values.takeError();
    Result<QList<StoryValueLink>> links = store.links();
    if (!links)
        return links.takeError();
    QSet<qint64> linked;
    for (const StoryValueLink &link : links.value())
        linked.insert(link.valueId);
    QHash<qint64, Counts> counts;
    for (const ValuePrinciple &value : values.value()) {
        Counts &c = counts[value.companyId];
        ++c.values;
        if (linked.contains(value.id))
            ++c.covered;
    }
    return counts;
}

void CompanyListModel::reload()
{
    beginResetModel();
    m_companies.clear();
    m_counts.clear();
    m_readiness.clear();
    m_readinessTimer->stop();
    QString error;
    if (m_session.isOpen()) {
        Result<QList<Company>> companies = m_session.store().companies();
        if (companies) {
            m_companies = std::move(companies).value();
            std::sort(m_companies.begin(), m_companies.end(),
                      [](const Company &a, const Company &b) { return a.id < b.id; });
        } else {
            error = companies.error();
        }
        Result<QHash<qint64, Counts>> counts = readCounts();
        if (counts)
            m_counts = std::move(counts).value();
        else if (error.isEmpty())
            error = counts.error();
    }
    endResetModel();
    if (m_session.isOpen() && error.isEmpty())
        refreshReadiness();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
}

QList<int> CompanyListModel::rolesForFields(quint32 fields)
{
    QList<int> roles;
    auto add = [&roles](std::initializer_list<int> more) {
        for (int role : more) {
            if (!roles.contains(role))
                roles.append(role);
        }
    };
    if (fields & CompanyField::Name)
        add({Qt::DisplayRole, Qt::EditRole, NameRole, Qt::ToolTipRole});
    if (fields & CompanyField::Role)
        add({RoleRole, Qt::ToolTipRole});
    if (fields & CompanyField::Level)
        add({LevelRole, Qt::ToolTipRole});
    if (fields & CompanyField::InterviewDate)
        add({InterviewDateRole, CountdownRole, Qt::ToolTipRole});
    return roles;
}

void CompanyListModel::onChanged(const QList<Change> &changes)
{
    bool countsMayHaveChanged = false;
    bool readinessMayHaveChanged = false;
    for (const Change &change : changes) {
        if (change.entity != EntityKind::Story && change.entity != EntityKind::Company)
            readinessMayHaveChanged = true;
        // Renaming a value or editing link notes moves no count.
        if ((change.entity == EntityKind::Value || change.entity == EntityKind::Link)
            && change.type != ChangeType::Updated) {
            countsMayHaveChanged = true;
        }
    }
    applyCompanyChanges(changes);
    if (countsMayHaveChanged)
        refreshCounts();
    for (const NetChange &effect : netChanges(changes, EntityKind::Company)) {
        if (effect.wasAdded)
            readinessMayHaveChanged = true;
    }
    if (readinessMayHaveChanged)
        m_readinessTimer->start();
}

void CompanyListModel::applyCompanyChanges(const QList<Change> &changes)
{
    for (const NetChange &effect : netChanges(changes, EntityKind::Company)) {
        const qint64 id = effect.id;
        const int row = rowForId(id);
        if (effect.last == ChangeType::Removed) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_companies.removeAt(row);
                m_counts.remove(id);
                m_readiness.remove(id);
                endRemoveRows();
            }
            continue;
        }
        Result<Company> company = m_session.store().company(id);
        if (!company) {
            reportError(company.error());
            continue;
        }
        if (row < 0) {
            const auto it = std::lower_bound(m_companies.cbegin(), m_companies.cend(), id,
                                             [](const Company &c, qint64 v) { return c.id < v; });
            const int at = int(it - m_companies.cbegin());
            beginInsertRows({}, at, at);
            m_companies.insert(at, company.value());
            endInsertRows();
            continue;
        }
        m_companies[row] = company.value();
        const QList<int> roles = effect.wasAdded ? QList<int>{} : rolesForFields(effect.fields);
        if (effect.wasAdded || !roles.isEmpty())
            emit dataChanged(index(row), index(row), roles);
    }
}

void CompanyListModel::refreshCounts()
{
    Result<QHash<qint64, Counts>> counts = readCounts();
    if (!counts) {
        reportError(counts.error());
        return;
    }
    const QHash<qint64, Counts> before = std::exchange(m_counts, std::move(counts).value());
    static const QList<int> roles{ValueCountRole, CoveredCountRole};
    for (int row = 0; row < m_companies.size(); ++row) {
        const qint64 id = m_companies.at(row).id;
        if (!(before.value(id) == m_counts.value(id)))
            emit dataChanged(index(row), index(row), roles);
    }
}

void CompanyListModel::setSpeakingPace(const SpeakingPace &pace)
{
    if (pace == m_pace)
        return;
    m_pace = pace; // the length checks decide nothing "passing" hangs on, but keep them true
    if (m_session.isOpen())
        m_readinessTimer->start();
}

void CompanyListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_session.isOpen())
        refreshReadiness();
}

void CompanyListModel::flushReadiness()
{
    if (m_readinessTimer->isActive())
        refreshReadiness();
}

QString CompanyListModel::answersReadinessText(const CompanyReadiness &readiness)
{
    QStringList parts{Readiness::answersText(readiness)};
    for (const QString &part : {Readiness::checksText(readiness), Readiness::practiceText(readiness)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

void CompanyListModel::refreshReadiness()
{
    m_readinessTimer->stop();
    const VaultStore &store = m_session.store();
    ReadinessInput input;
    // Questions are not read: readiness only asks whether each answer passes the coach's
    // error checks, which look at the answer alone.
    Result<QList<ValuePrinciple>> values = store.allValues();
    Result<QList<StoryValueLink>> links = store.links();
    Result<QList<Answer>> answers = store.answers();
    Result<QList<PracticeRun>> runs = store.practiceRuns();
    for (const QString &error : {values ? QString() : values.error(), links ? QString() : links.error(),
                                 answers ? QString() : answers.error(), runs ? QString() : runs.error()}) {
        if (!error.isEmpty()) {
            reportError(error);
            return;
        }
    }
    input.values = std::move(values).value();
    input.links = std::move(links).value();
    input.answers = std::move(answers).value();
    input.runs = std::move(runs).value();
    input.pace = m_pace;
    input.now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();

    // One pass for every company: per company it was O(companies x rows).
    const QHash<qint64, CompanyReadiness> all = Readiness::forCompanies(input);
    static const QList<int> roles{ReadinessRole, ReadinessTextRole, Qt::AccessibleTextRole};
    for (int row = 0; row < m_companies.size(); ++row) {
        const qint64 id = m_companies.at(row).id;
        const CompanyReadiness readiness = all.value(id);
        const auto it = m_readiness.constFind(id);
        if (it != m_readiness.cend() && *it == readiness)
            continue;
        m_readiness.insert(id, readiness);
        emit dataChanged(index(row), index(row), roles);
    }
}

} // namespace starling
