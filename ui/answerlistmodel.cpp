#include "answerlistmodel.h"

#include "vaultsession.h"

#include <QSet>

#include <algorithm>

namespace starling {

AnswerListModel::AnswerListModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&session.notifier(), &ChangeNotifier::changed, this, &AnswerListModel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &AnswerListModel::reload);
    reload();
}

AnswerListModel::~AnswerListModel() = default;

void AnswerListModel::setCompanyId(qint64 companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    reload();
}

int AnswerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AnswerListModel::title(const QString &questionText, qint64 answerId)
{
    constexpr int MaxShown = 90;
    QString shown = questionText.simplified();
    if (shown.isEmpty())
        return tr("Answer without a question (#%1)").arg(answerId);
    if (shown.size() > MaxShown) {
        int cut = MaxShown - 1;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    return shown;
}

QVariant AnswerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Answer &answer = row.answer;
    switch (role) {
    case Qt::DisplayRole: {
        const QString shown = title(row.questionText, answer.id);
        return answer.status == AnswerStatus::Ready ? tr("%1 — ready").arg(shown) : shown;
    }
    case Qt::ToolTipRole: {
        // Tooltips guess at rich text: build real HTML and escape what the user typed.
        QString html = title(row.questionText, answer.id).toHtmlEscaped();
        if (!row.valueName.isEmpty())
            html += QStringLiteral("<br>") + tr("Target value: %1").arg(row.valueName).toHtmlEscaped();
        html += QStringLiteral("<br>")
                + (answer.status == AnswerStatus::Ready ? tr("Ready") : tr("Draft"));
        return html;
    }
    case IdRole: return answer.id;
    case CompanyIdRole: return answer.companyId;
    case QuestionIdRole: return answer.questionId;
    case ValueIdRole: return answer.valueId;
    case StoryIdRole: return answer.storyId;
    case StatusRole: return int(answer.status);
    case QuestionTextRole: return row.questionText;
    case ValueNameRole: return row.valueName;
    default: return {};
    }
}

Qt::ItemFlags AnswerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AnswerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "answerId");
    names.insert(CompanyIdRole, "companyId");
    names.insert(QuestionIdRole, "questionId");
    names.insert(ValueIdRole, "valueId");
    names.insert(StoryIdRole, "storyId");
    names.insert(StatusRole, "status");
    names.insert(QuestionTextRole, "questionText");
    names.insert(ValueNameRole, "valueName");
    return names;
}

int AnswerListModel::rowForId(qint64 id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &r, qint64 v) { return r.answer.id < v; });
    if (it == m_rows.cend() || it->answer.id != id)
        return -1;
    return int(it - m_rows.cbegin());
}

Answer AnswerListModel::answerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).answer : Answer{};
}

bool AnswerListModel::belongs(const Answer &answer) const
{
    return m_companyId == 0 || answer.companyId == m_companyId;
}

void AnswerListModel::fillNames(Row &row) const
{
    const VaultStore &store = m_session.store();
    row.questionText.clear();
    row.valueName.clear();
    if (row.answer.questionId != 0) {
        if (Result<Question> question = store.question(row.answer.questionId))
            row.questionText = question->text;
    }
    if (row.answer.valueId != 0) {
        if (Result<ValuePrinciple> value = store.value(row.answer.valueId))
            row.valueName = value->name;
    }
}

void AnswerListModel::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void AnswerListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString error;
    // A negative company lists nothing: no need to read the vault (start-up resets it twice).
    if (m_session.isOpen() && m_companyId >= 0) {
        const VaultStore &store = m_session.store();
        Result<QList<Answer>> answers = store.answers();
        Result<QList<Question>> questions = store.questions();
        // One company's answers name its values: read those, not every company's.
        Result<QList<ValuePrinciple>> values =
            m_companyId > 0 ? store.values(m_companyId) : store.allValues();
        if (answers && questions && values) {
            QHash<qint64, QString> questionTexts;
            for (const Question &question : questions.value())
                questionTexts.insert(question.id, question.text);
            QHash<qint64, QString> valueNames;
            for (const ValuePrinciple &value : values.value())
                valueNames.insert(value.id, value.name);
            for (const Answer &answer : answers.value()) {
                if (!belongs(answer))
                    continue;
                Row row{answer, questionTexts.value(answer.questionId),
                        valueNames.value(answer.valueId)};
                if (answer.valueId != 0 && !valueNames.contains(answer.valueId))
                    fillNames(row); // a value outside the company, looked up on its own
                m_rows.append(std::move(row));
            }
            std::sort(m_rows.begin(), m_rows.end(),
                      [](const Row &a, const Row &b) { return a.answer.id < b.answer.id; });
        } else {
            error = !answers ? answers.error() : !questions ? questions.error() : values.error();
        }
    }
    endResetModel();
    if (error.isEmpty())
        m_lastError.clear();
    else
        reportError(error);
}

void AnswerListModel::insertRow(Row row)
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), row.answer.id,
                                     [](const Row &r, qint64 v) { return r.answer.id < v; });
    const int at = int(it - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

void AnswerListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnswerListModel::onChanged(const QList<Change> &changes)
{
    if (!m_session.isOpen())
        return;
    for (const Change &change : changes) {
        // A company deletion takes its answers with it in SQL; start over rather than guess.
        if (change.entity == EntityKind::Company && change.type == ChangeType::Removed) {
            reload();
            return;
        }
    }

    for (const NetChange &net : netChanges(changes, EntityKind::Answer)) {
        const int row = rowForId(net.id);
        if (net.last == ChangeType::Removed) {
            if (row >= 0)
                removeRowAt(row);
            continue;
        }
        Result<Answer> answer = m_session.store().answer(net.id);
        if (!answer) {
            reportError(answer.error());
            continue;
        }
        Row updated{answer.value(), {}, {}};
        fillNames(updated);
        if (!belongs(updated.answer)) {
            if (row >= 0)
                removeRowAt(row);
        } else if (row < 0) {
            insertRow(std::move(updated));
        } else {
            m_rows[row] = std::move(updated);
            emit dataChanged(index(row), index(row));
        }
    }

    // Renamed or removed questions and values change how rows read.
    QSet<qint64> questions;
    for (const NetChange &net : netChanges(changes, EntityKind::Question))
        questions.insert(net.id);
    QSet<qint64> values;
    for (const NetChange &net : netChanges(changes, EntityKind::Value))
        values.insert(net.id);
    if (questions.isEmpty() && values.isEmpty())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (!questions.contains(r.answer.questionId) && !values.contains(r.answer.valueId))
            continue;
        const Row before = r;
        // The store cleared the reference when the question or value went; read it again.
        if (Result<Answer> answer = m_session.store().answer(r.answer.id))
            r.answer = answer.value();
        fillNames(r);
        if (r.answer != before.answer || r.questionText != before.questionText
            || r.valueName != before.valueName)
            emit dataChanged(index(row), index(row));
    }
}

} // namespace starling
