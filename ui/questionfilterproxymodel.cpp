#include "questionfilterproxymodel.h"

#include "questionlistmodel.h"

namespace starling {

QuestionFilterProxyModel::QuestionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Re-check a row when its answers, text or themes change (an answer written for the scoped
    // company hides it from "not yet answered").
    setDynamicSortFilter(true);
}

QuestionFilterProxyModel::~QuestionFilterProxyModel() = default;

QStringList QuestionFilterProxyModel::searchTerms(const QString &text)
{
    QStringList terms;
    const QStringList words =
        QuestionListModel::foldForSearch(text).simplified().split(QChar(u' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!terms.contains(word))
            terms.append(word);
    }
    return terms;
}

void QuestionFilterProxyModel::setThemeFilter(const QString &themeKey)
{
    if (themeKey == m_theme)
        return;
    m_theme = themeKey;
    refilter();
}

void QuestionFilterProxyModel::setCompanyScope(qint64 companyId)
{
    companyId = std::max<qint64>(companyId, 0);
    if (companyId == m_scope)
        return;
    m_scope = companyId;
    refilter();
}

void QuestionFilterProxyModel::setUnansweredFor(qint64 companyId)
{
    companyId = std::max<qint64>(companyId, 0);
    if (companyId == m_unansweredFor)
        return;
    m_unansweredFor = companyId;
    refilter();
}

void QuestionFilterProxyModel::setSearchText(const QString &text)
{
    m_searchText = text;
    const QStringList terms = searchTerms(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    refilter();
}

bool QuestionFilterProxyModel::isFiltering() const
{
    return !m_theme.isEmpty() || m_scope > 0 || m_unansweredFor > 0 || !m_terms.isEmpty();
}

void QuestionFilterProxyModel::clearFilters()
{
    if (!isFiltering() && m_searchText.isEmpty())
        return;
    m_theme.clear();
    m_scope = 0;
    m_unansweredFor = 0;
    m_searchText.clear();
    m_terms.clear();
    refilter();
}

void QuestionFilterProxyModel::refilter()
{
    invalidateRowsFilter();
    emit filterChanged();
}

bool QuestionFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const {
    if (sourceParent.isValid() || !sourceModel())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_scope > 0) {
        const qint64 company = index.data(QuestionListModel::CompanyIdRole).toLongLong();
        if (company != 0 && company != m_scope)
            return false;
    }
    if (!m_theme.isEmpty()
        && !index.data(QuestionListModel::EffectiveThemesRole).toStringList().contains(m_theme)) {
        return false;
    }
    if (m_unansweredFor > 0) {
        const auto answered =
            index.data(QuestionListModel::AnsweredCompaniesRole).value<QList<qint64>>();
        if (answered.contains(m_unansweredFor))
            return false;
    }
    if (!m_terms.isEmpty()) {
        const QString text = index.data(QuestionListModel::SearchTextRole).toString();
        for (const QString &term : m_terms) {
            if (!text.contains(term))
                return false;
        }
    }
    return true;
}

} // namespace starling
