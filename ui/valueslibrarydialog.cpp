#include "valueslibrarydialog.h"

#include "themes.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include <QVBoxLayout>
#include <algorithm>

namespace starling {

namespace {

enum PreviewPage { EmptyPage, CompanyPage };

constexpr int CompanyIndexRole = Qt::UserRole + 1;

int countValues(const QList<ValueDraft> &values) {
    int n = 0;
    for (const ValueDraft &value : values)
        n += 1 + countValues(value.children);
    return n;
}

bool draftsMatch(const QList<ValueDraft> &values, const QString &needle) {
    for (const ValueDraft &value : values) {
        if (value.name.contains(needle, Qt::CaseInsensitive) ||
            value.keywords.contains(needle, Qt::CaseInsensitive) ||
            draftsMatch(value.children, needle))
            return true;
        for (const QString &theme : value.themes) {
            if (Themes::displayName(theme).contains(needle, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

QTreeWidgetItem *makeItem(const ValueDraft &value) {
    auto *item = new QTreeWidgetItem;
    item->setText(ValuesLibraryDialog::NameColumn, value.name);
    item->setText(ValuesLibraryDialog::MeaningColumn, value.meaning);
    // Tool tips guess rich text; escaping keeps the text literal, <p> lets it wrap.
    const QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                            .arg(value.name.toHtmlEscaped(), value.meaning.toHtmlEscaped());
    item->setToolTip(ValuesLibraryDialog::NameColumn, tip);
    item->setTextAlignment(ValuesLibraryDialog::NameColumn, Qt::AlignLeft | Qt::AlignTop);
    item->setTextAlignment(ValuesLibraryDialog::MeaningColumn, Qt::AlignLeft | Qt::AlignTop);
    item->setToolTip(ValuesLibraryDialog::MeaningColumn, tip);
    for (const ValueDraft &child : value.children)
        item->addChild(makeItem(child));
    return item;
}

// QTreeView asks for row heights without telling the delegate the column width, so wrapped
// text would be cut to one line. This delegate measures against the real column width.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int width = m_view->columnWidth(index.column());
        if (m_view->header()->visualIndex(index.column()) == 0) {
            int depth = m_view->rootIsDecorated() ? 1 : 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width -= depth * m_view->indentation();
        }
        const QStyle *style = m_view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        width = std::max(40, width - 2 * margin);
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1'000'000),
                                                               Qt::TextWordWrap, opt.text);
        return {width, text.height() + 8};
    }

private:
    QTreeView *m_view;
};

} // namespace

ValuesLibraryDialog::ValuesLibraryDialog(QWidget *parent)
    : ValuesLibraryDialog(ValuesLibrary::load(), parent) {}

ValuesLibraryDialog::ValuesLibraryDialog(const Result<QList<LibraryCompany>> &library,
                                         QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("valuesLibraryDialog"));
    buildUi();
    setLibrary(library);
    resize(920, 600);
}

ValuesLibraryDialog::~ValuesLibraryDialog() = default;

void ValuesLibraryDialog::buildUi() {
    setWindowTitle(tr("Add a company from the values library"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(
        tr("Pick a company to add an editable copy of its published values. Starling's "
           "plain-words meanings and key words come with it; change anything afterwards."));
    intro->setObjectName(QStringLiteral("libraryIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("libraryError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setAccessibleName(tr("Values library error"));
    m_errorLabel->hide();

    // Left: search and the companies.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search the values library"));
    m_search->setPlaceholderText(tr("Search companies and values"));
    m_search->setClearButtonEnabled(true);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setAccessibleName(tr("Companies in the values library"));
    m_list->setAccessibleDescription(tr("Choose a company to see the values it adds"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_noMatch = new QLabel(tr("No company or value matches the search."));
    m_noMatch->setObjectName(QStringLiteral("libraryNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_noMatch);

    // Right: what would be added.
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("libraryTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("librarySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    // The address is shown, never opened from here: the user decides whether to visit it.
    m_source = new QLabel;
    m_source->setObjectName(QStringLiteral("librarySource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_source->setOpenExternalLinks(false);
    m_source->setAccessibleName(tr("Source address"));

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("libraryNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    QFont noteFont = m_note->font();
    noteFont.setItalic(true);
    m_note->setFont(noteFont);

    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("libraryPreview"));
    m_preview->setAccessibleName(tr("Values that will be added"));
    m_preview->setAccessibleDescription(tr("The values and sub-principles that are added to your "
                                           "vault"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHeaderLabels({tr("Value"), tr("What it really means")});
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setFocusPolicy(Qt::TabFocus);
    m_preview->setWordWrap(true);
    m_preview->setTextElideMode(Qt::ElideNone);
    m_preview->setAlternatingRowColors(true);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->header()->setStretchLastSection(true);
    m_preview->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_preview->setColumnWidth(NameColumn, 230);
    m_preview->setUniformRowHeights(false);
    m_preview->setItemDelegate(new WrappingDelegate(m_preview));
    // Row heights follow the wrapped text only when the view lays its items out again after a
    // column changes width.
    connect(m_preview->header(), &QHeaderView::sectionResized, m_preview,
            [view = m_preview] { view->doItemsLayout(); });

    auto *companyPage = new QWidget;
    auto *companyLayout = new QVBoxLayout(companyPage);
    companyLayout->setContentsMargins(0, 0, 0, 0);
    companyLayout->setSpacing(4);
    companyLayout->addWidget(m_title);
    companyLayout->addWidget(m_summary);
    companyLayout->addWidget(m_source);
    companyLayout->addWidget(m_note);
    companyLayout->addSpacing(4);
    companyLayout->addWidget(m_preview, 1);

    auto *emptyPreview = new QLabel(tr("Choose a company on the left to preview its values."));
    emptyPreview->setObjectName(QStringLiteral("libraryEmptyPreview"));
    emptyPreview->setAlignment(Qt::AlignCenter);
    emptyPreview->setWordWrap(true);

    m_previewPages = new QStackedWidget;
    m_previewPages->insertWidget(EmptyPage, emptyPreview);
    m_previewPages->insertWidget(CompanyPage, companyPage);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_previewPages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({230, 690});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Add company"));
    m_okButton->setObjectName(QStringLiteral("addLibraryCompanyButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ValuesLibraryDialog::applySearch);
    connect(m_list, &QListWidget::currentItemChanged, this, &ValuesLibraryDialog::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_okButton->isEnabled())
            accept();
    });
    setTabOrder(m_search, m_list);
}

void ValuesLibraryDialog::setLibrary(const Result<QList<LibraryCompany>> &library) {
    m_list->clear();
    if (!library) {
        m_companies.clear();
        m_error = library.error();
        m_errorLabel->setText(tr("The values library cannot be read: %1").arg(m_error));
        m_errorLabel->show();
        m_search->setEnabled(false);
        m_list->setEnabled(false);
        showPreview();
        return;
    }
    m_companies = library.value();
    m_error.clear();
    m_errorLabel->hide();
    for (int i = 0; i < m_companies.size(); ++i) {
        const LibraryCompany &company = m_companies.at(i);
        auto *item = new QListWidgetItem(company.name, m_list);
        item->setData(CompanyIndexRole, i);
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 10));
        item->setToolTip(
            tr("%n value(s) and sub-principle(s)", nullptr, countValues(company.values)));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showPreview();
}

bool ValuesLibraryDialog::matches(const LibraryCompany &company, const QString &needle) const {
    return needle.isEmpty() || company.name.contains(needle, Qt::CaseInsensitive) ||
           draftsMatch(company.values, needle);
}

void ValuesLibraryDialog::applySearch() {
    const QString needle = m_search->text().simplified();
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool show = matches(m_companies.at(item->data(CompanyIndexRole).toInt()), needle);
        item->setHidden(!show);
        visible += show ? 1 : 0;
    }
    m_noMatch->setVisible(visible == 0 && !m_companies.isEmpty());
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden()) {
        QListWidgetItem *first = nullptr;
        for (int row = 0; row < m_list->count() && !first; ++row) {
            if (!m_list->item(row)->isHidden())
                first = m_list->item(row);
        }
        m_list->setCurrentItem(first);
    }
    showPreview();
}

LibraryCompany ValuesLibraryDialog::selectedCompany() const {
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return {};
    const int index = item->data(CompanyIndexRole).toInt();
    return index >= 0 && index < m_companies.size() ? m_companies.at(index) : LibraryCompany();
}

bool ValuesLibraryDialog::selectCompany(const QString &name) {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->text().compare(name, Qt::CaseInsensitive) == 0) {
            if (item->isHidden())
                m_search->clear();
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ValuesLibraryDialog::showPreview() {
    const LibraryCompany company = selectedCompany();
    m_okButton->setEnabled(!company.name.isEmpty());
    m_preview->clear();
    if (company.name.isEmpty()) {
        m_previewPages->setCurrentIndex(EmptyPage);
        return;
    }
    m_title->setText(company.name);
    const int count = countValues(company.values);
    QString summary = tr("%n value(s) and sub-principle(s)", nullptr, count);
    if (company.asOf.isValid())
        summary =
            tr("%1 · as of %2")
                .arg(summary, QLocale().toString(company.asOf, QLocale::LongFormat));
    m_summary->setText(summary);
    m_source->setText(company.sourceUrl.isEmpty() ? QString()
                                                  : tr("Source: %1").arg(company.sourceUrl));
    m_source->setVisible(!company.sourceUrl.isEmpty());
    m_note->setText(company.note.isEmpty() ? tr("Check the company's current page: values change.")
                                           : company.note);
    for (const ValueDraft &value : company.values) {
        QTreeWidgetItem *item = makeItem(value);
        QFont bold = item->font(NameColumn);
        bold.setBold(true);
        item->setFont(NameColumn, bold);
        m_preview->addTopLevelItem(item);
    }
    m_preview->expandAll();
    m_previewPages->setCurrentIndex(CompanyPage);
}

} // namespace starling
