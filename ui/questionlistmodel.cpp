#include "questionlistmodel.h"

#include "answer.h"
#include "changenotifier.h"
#include "idsmime.h"
#include "questionsuggestions.h"
#include "themes.h"
#include "vaultsession.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace starling {

QuestionListModel::QuestionListModel(VaultSession &session, QObject *parent)
    : QuestionListModel(session, QuestionBank::all(), parent)
{
}

QuestionListModel::QuestionListModel(VaultSession &session, QList<BankQuestion> bank,
                                     QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_bank(std::move(bank))
{
    for (int i = 0; i < int(m_bank.size()); ++i)
        m_bankIndexByText.insert(QuestionBank::textKey(m_bank.at(i).text), i);
    connect(&session.notifier(), &ChangeNotifier::changed, this, &QuestionListModel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &QuestionListModel::reload);
    reload();
}

QuestionListModel::~QuestionListModel() = default;

QString QuestionListModel::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QuestionListModel::Source QuestionListModel::sourceOf(const Row &row) const
{
    if (row.question.id == 0)
        return Source::Bank;
    return row.question.companyId > 0 ? Source::Company : Source::Own;
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Question &q = row.question;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TextRole: return q.text;
    case Qt::ToolTipRole: {
        // Tooltips guess at rich text: build real HTML and escape what the user typed.
        QString html = q.text.toHtmlEscaped();
        QStringList names;
        for (const QString &theme : row.effectiveThemes)
            names.append(Themes::displayName(theme));
        if (!names.isEmpty())
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
        return html;
    }
    case QuestionIdRole: return q.id;
    case BankKeyRole: return row.bankIndex >= 0 ? m_bank.at(row.bankIndex).key : QString();
    case ThemesRole: return q.themes;
    case CompanyIdRole: return q.companyId;
    case SourceRole: return int(sourceOf(row));
    case AnsweredCompaniesRole: return QVariant::fromValue(m_answeredCompanies.value(q.id));
    case CategoryRole:
        return row.bankIndex >= 0 ? m_bank.at(row.bankIndex).category : QString();
    case CompanyNameRole: return q.companyId > 0 ? m_companyNames.value(q.companyId) : QString();
    case EffectiveThemesRole: return row.effectiveThemes;
    case AnswerCountRole: return q.id > 0 ? m_answerCounts.value(q.id) : 0;
    case SearchTextRole: return row.searchText;
    default: return {};
    }
}

Qt::ItemFlags QuestionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QuestionIdRole, "questionId");
    names.insert(BankKeyRole, "bankKey");
    names.insert(TextRole, "text");
    names.insert(ThemesRole, "themes");
    names.insert(CompanyIdRole, "companyId");
    names.insert(SourceRole, "source");
    names.insert(AnsweredCompaniesRole, "answeredCompanies");
    names.insert(CategoryRole, "category");
    names.insert(CompanyNameRole, "companyName");
    names.insert(EffectiveThemesRole, "effectiveThemes");
    names.insert(AnswerCountRole, "answerCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QStringList QuestionListModel::mimeTypes() const
{
    return {QuestionMime::Type};
}

QMimeData *QuestionListModel::mimeData(const QModelIndexList &indexes) const
{
    // One question per drag: an answer is written to exactly one question. The first valid
    // row (in model order, not click order) is the one dragged.
    int first = -1;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !index.parent().isValid()
            && (first < 0 || index.row() < first)) {
            first = index.row();
        }
    }
    if (first < 0)
        return nullptr;
    const Question &q = m_rows.at(first).question;
    return QuestionMime::create({q.id, q.text, q.themes});
}

Qt::DropActions QuestionListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions QuestionListModel::supportedDropActions() const
{
    return Qt::IgnoreAction;
}

int QuestionListModel::rowForQuestionId(qint64 id) const
{
    if (id <= 0)
        return -1;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows.at(row).question.id == id)
            return row;
    }
    return -1;
}

int QuestionListModel::rowForBankKey(const QString &key) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const int bankIndex = m_rows.at(row).bankIndex;
        if (bankIndex >= 0 && m_bank.at(bankIndex).key == key)
            return row;
    }
    return -1;
}

QModelIndex QuestionListModel::indexForQuestionId(qint64 id) const
{
    const int row = rowForQuestionId(id);
    return row < 0 ? QModelIndex() : index(row);
}

QuestionListModel::Row QuestionListModel::vaultRow(const Question &question) const
{
    Row row;
    row.question = question;
    if (question.companyId == 0)
        row.bankIndex = m_bankIndexByText.value(QuestionBank::textKey(question.text), -1);
    row.effectiveThemes = QuestionSuggestions::themesOf(question.text, question.themes);
    row.searchText = foldForSearch(question.text);
    return row;
}

QuestionListModel::Row QuestionListModel::bankRow(int bankIndex) const
{
    const BankQuestion &bank = m_bank.at(bankIndex);
    Row row;
    row.question.text = bank.text;
    row.question.themes = bank.themes;
    row.bankIndex = bankIndex;
    row.effectiveThemes = bank.themes;
    row.searchText = foldForSearch(bank.text);
    return row;
}

QuestionListModel::SortKey QuestionListModel::sortKey(const Row &row)
{
    const Question &q = row.question;
    if (q.companyId > 0)
        return {0, q.companyId, q.id};
    if (row.bankIndex >= 0)
        return {2, row.bankIndex, q.id};
    return {1, q.id, 0};
}

int QuestionListModel::insertionRow(const SortKey &key) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](const Row &r, const SortKey &k) { return sortKey(r) < k; });
    return int(it - m_rows.cbegin());
}

int QuestionListModel::bankRowAt(int bankIndex) const
{
    const int row = insertionRow({2, bankIndex, 0});
    if (row < m_rows.size() && m_rows.at(row).question.id == 0
        && m_rows.at(row).bankIndex == bankIndex) {
        return row;
    }
    return -1;
}

bool QuestionListModel::shadowedByAnother(int bankIndex, qint64 exceptId) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return r.bankIndex == bankIndex && r.question.id > 0 && r.question.id != exceptId;
    });
}

void QuestionListModel::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void QuestionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_answeredCompanies.clear();
    m_answerCounts.clear();
    m_companyNames.clear();
    QString error;
    QSet<int> shadowed;
    if (m_session.isOpen()) {
        Result<QList<Question>> questions = m_session.store().questions();
        if (questions) {
            for (const Question &question : questions.value()) {
                m_rows.append(vaultRow(question));
                if (m_rows.last().bankIndex >= 0)
                    shadowed.insert(m_rows.last().bankIndex);
            }
        } else {
            error = questions.error();
        }
        Result<QList<Company>> companies = m_session.store().companies();
        if (companies) {
            for (const Company &company : companies.value())
                m_companyNames.insert(company.id, company.name);
        } else if (error.isEmpty()) {
            error = companies.error();
        }
        Result<QList<Answer>> answers = m_session.store().answers();
        if (answers) {
            for (const Answer &answer : answers.value()) {
                if (answer.questionId <= 0)
                    continue;
                ++m_answerCounts[answer.questionId];
                QList<qint64> &ids = m_answeredCompanies[answer.questionId];
                if (answer.companyId > 0 && !ids.contains(answer.companyId))
                    ids.insert(std::lower_bound(ids.cbegin(), ids.cend(), answer.companyId),
                               answer.companyId);
            }
        } else if (error.isEmpty()) {
            error = answers.error();
        }
    }
    for (int i = 0; i < int(m_bank.size()); ++i) {
        if (!shadowed.contains(i))
            m_rows.append(bankRow(i));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return sortKey(a) < sortKey(b); });
    endResetModel();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
}

QList<int> QuestionListModel::rolesForFields(quint32 fields)
{
    QList<int> roles;
    if (fields & QuestionField::Text) {
        roles << Qt::DisplayRole << Qt::EditRole << TextRole << Qt::ToolTipRole << SearchTextRole
              << EffectiveThemesRole;
    }
    if (fields & QuestionField::Themes) {
        for (int role : {int(ThemesRole), int(EffectiveThemesRole), int(Qt::ToolTipRole)}) {
            if (!roles.contains(role))
                roles << role;
        }
    }
    return roles;
}

void QuestionListModel::onChanged(const QList<Change> &changes)
{
    refreshCompanyNames(netChanges(changes, EntityKind::Company));
    for (const NetChange &effect : netChanges(changes, EntityKind::Question)) {
        if (effect.last == ChangeType::Removed) {
            detach(effect.id);
            continue;
        }
        Result<Question> question = m_session.store().question(effect.id);
        if (!question) {
            reportError(question.error());
            continue;
        }
        const int row = rowForQuestionId(effect.id);
        if (row < 0)
            attach(question.value());
        else
            update(row, question.value(),
                   effect.wasAdded ? quint32(QuestionField::All) : effect.fields);
    }
    const bool answersMoved = std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) {
        return c.entity == EntityKind::Answer
            && (c.type != ChangeType::Updated
                || (c.fields & (AnswerField::Question | AnswerField::Company)));
    });
    if (answersMoved)
        refreshAnswers();
}

void QuestionListModel::attach(const Question &question)
{
    Row row = vaultRow(question);
    if (row.bankIndex >= 0) {
        // Adopting a bank question: its row becomes the vault row where it stands.
        if (const int at = bankRowAt(row.bankIndex); at >= 0) {
            m_rows[at] = std::move(row);
            emit dataChanged(index(at), index(at));
            return;
        }
    }
    const int at = insertionRow(sortKey(row));
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

void QuestionListModel::detach(qint64 id)
{
    const int at = rowForQuestionId(id);
    if (at < 0)
        return;
    const int bankIndex = m_rows.at(at).bankIndex;
    if (bankIndex >= 0 && !shadowedByAnother(bankIndex, id)) {
        // The bank question stays available: the row turns back into it, in place.
        m_rows[at] = bankRow(bankIndex);
        emit dataChanged(index(at), index(at));
        return;
    }
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

void QuestionListModel::update(int row, const Question &question, quint32 fields)
{
    Row updated = vaultRow(question);
    if (sortKey(updated) == sortKey(m_rows.at(row))) {
        m_rows[row] = std::move(updated);
        const QList<int> roles = rolesForFields(fields);
        if (!roles.isEmpty() || (fields & QuestionField::Company))
            emit dataChanged(index(row), index(row), roles);
        return;
    }
    // It changed section (a company of its own, or its text now matches a bank question, or no
    // longer does): take it out and put it where it belongs.
    detach(question.id);
    attach(question);
}

void QuestionListModel::refreshAnswers()
{
    Result<QList<Answer>> answers = m_session.store().answers();
    if (!answers) {
        reportError(answers.error());
        return;
    }
    QHash<qint64, QList<qint64>> answered;
    QHash<qint64, int> counts;
    for (const Answer &answer : answers.value()) {
        if (answer.questionId <= 0)
            continue;
        ++counts[answer.questionId];
        QList<qint64> &ids = answered[answer.questionId];
        if (answer.companyId > 0 && !ids.contains(answer.companyId))
            ids.insert(std::lower_bound(ids.cbegin(), ids.cend(), answer.companyId),
                       answer.companyId);
    }
    const QHash<qint64, QList<qint64>> beforeAnswered =
        std::exchange(m_answeredCompanies, answered);
    const QHash<qint64, int> beforeCounts = std::exchange(m_answerCounts, counts);
    static const QList<int> roles{AnsweredCompaniesRole, AnswerCountRole};
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const qint64 id = m_rows.at(row).question.id;
        if (id > 0
            && (beforeAnswered.value(id) != answered.value(id)
                || beforeCounts.value(id) != counts.value(id))) {
            emit dataChanged(index(row), index(row), roles);
        }
    }
}

void QuestionListModel::refreshCompanyNames(const QList<NetChange> &changes)
{
    for (const NetChange &effect : changes) {
        if (effect.last == ChangeType::Removed) {
            // Its questions go too; the store announces them separately.
            m_companyNames.remove(effect.id);
            continue;
        }
        if (!effect.wasAdded && !(effect.fields & CompanyField::Name))
            continue;
        Result<Company> company = m_session.store().company(effect.id);
        if (!company) {
            reportError(company.error());
            continue;
        }
        m_companyNames.insert(effect.id, company->name);
        static const QList<int> roles{CompanyNameRole};
        for (int row = 0; row < int(m_rows.size()); ++row) {
            if (m_rows.at(row).question.companyId == effect.id)
                emit dataChanged(index(row), index(row), roles);
        }
    }
}

} // namespace starling
