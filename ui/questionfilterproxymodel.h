#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace starling {

// Filters QuestionListModel for the Questions dock, keeping its order. Every filter is off by
// default; a row shows when it passes all of them:
//  - theme: the question's themes (EffectiveThemesRole: as tagged, or suggested from its text)
//    include the key;
//  - company scope: general questions (bank and your own) plus the scoped company's own;
//  - unanswered for a company: no answer for that company uses the question;
//  - search text: every whitespace-separated word occurs in the question, ignoring case and
//    accents (QuestionListModel::foldForSearch).
// Works on any source model with QuestionListModel's roles.
class QuestionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuestionFilterProxyModel(QObject *parent = nullptr);
    ~QuestionFilterProxyModel() override;

    QString themeFilter() const { return m_theme; }
    // A theme key; empty shows every theme.
    void setThemeFilter(const QString &themeKey);

    qint64 companyScope() const { return m_scope; }
    // 0 shows every question, including other companies' own.
    void setCompanyScope(qint64 companyId);

    qint64 unansweredFor() const { return m_unansweredFor; }
    // Hides questions already answered for this company; 0 turns the filter off.
    void setUnansweredFor(qint64 companyId);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // True when any filter hides something, so "clear the filters" has something to do.
    bool isFiltering() const;
    // Turns every filter off at once (one refilter).
    void clearFilters();

    // The folded, de-duplicated words a search text is split into.
    static QStringList searchTerms(const QString &text);

signals:
    // Any filter changed; the view may update its count and empty state.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_theme;
    qint64 m_scope = 0;
    qint64 m_unansweredFor = 0;
    QString m_searchText;
    QStringList m_terms;
};

} // namespace starling
