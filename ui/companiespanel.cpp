#include "companiespanel.h"

#include "answer.h"
#include "changenotifier.h"
#include "companylistmodel.h"
#include "icons.h"
#include "pastevaluesdialog.h"
#include "question.h"
#include "textedits.h"
#include "textlimits.h"
#include "themes.h"
#include "valueslibrarydialog.h"
#include "valuetreemodel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace starling {

namespace {

enum CompanyListPage { CompanyListPageList, CompanyListPageEmpty };
enum FormPage { FormPageEmpty, FormPageForm };
enum ValueTreePage { ValueTreePageTree, ValueTreePageEmpty };

constexpr int kRowPadding = 6;
// An interview closer than this is shown with an accent: it is time to rehearse.
constexpr int kSoonDays = 14;

QColor mutedColor(const QColor &text) {
    QColor muted = text;
    muted.setAlphaF(0.68f);
    return muted;
}

QFont smallFont(const QFont &font) {
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

QString interviewText(const QString &countdown) {
    return countdown.isEmpty() ? CompaniesPanel::tr("No interview date")
                               : CompaniesPanel::tr("Interview %1").arg(countdown);
}

QString positionText(const QModelIndex &index) {
    QStringList parts;
    for (int role : {CompanyListModel::RoleRole, CompanyListModel::LevelRole}) {
        const QString part = index.data(role).toString().simplified();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

QString coverageText(const QModelIndex &index) {
    const int values = index.data(CompanyListModel::ValueCountRole).toInt();
    if (values == 0)
        return CompaniesPanel::tr("no values yet");
    const int covered = index.data(CompanyListModel::CoveredCountRole).toInt();
    return CompaniesPanel::tr("%1 of %n value(s) mapped", nullptr, values).arg(covered);
}

// Sorts companies by name and gives each row one sentence for screen readers (and tests):
// the delegate paints the same facts.
class CompanySortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::AccessibleTextRole && index.isValid()) {
            QStringList parts{index.data(Qt::DisplayRole).toString()};
            if (const QString position = positionText(index); !position.isEmpty())
                parts.append(position);
            parts.append(interviewText(index.data(CompanyListModel::CountdownRole).toString()));
            parts.append(coverageText(index));
            if (const QString ready = index.data(CompanyListModel::ReadinessTextRole).toString();
                !ready.isEmpty())
                parts.append(ready);
            return parts.join(QStringLiteral(", "));
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

// Three lines per company: the name in bold with the interview countdown on the right; role and
// level with how many values have a story; then how ready the answers are.
class CompanyItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override {
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        const QFontMetrics sfm(smallFont(option.font));
        return {220, 2 * kRowPadding + std::max(bfm.height(), sfm.height() + 4) + 2 * (3 + sfm.height())};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = mutedColor(text);

        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        const QFont small = smallFont(opt.font);
        const QFontMetrics sfm(small);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r =
            opt.rect.adjusted(kRowPadding + 2, kRowPadding, -kRowPadding - 2, -kRowPadding);
        const int line1Height = std::max(bfm.height(), sfm.height() + 4);

        // Line 1, right: the countdown, as a soft pill when the interview is close.
        const QDate date = index.data(CompanyListModel::InterviewDateRole).toDate();
        const QString when = interviewText(index.data(CompanyListModel::CountdownRole).toString());
        const auto *model = qobject_cast<const QSortFilterProxyModel *>(index.model());
        const auto *companies =
            model ? qobject_cast<const CompanyListModel *>(model->sourceModel()) : nullptr;
        const QDate today = companies ? companies->today() : QDate::currentDate();
        const qint64 days = date.isValid() ? today.daysTo(date) : -1;
        const bool soon = days >= 0 && days <= kSoonDays;
        painter->setFont(small);
        // A little slack: advances are rounded, and an exact fit would elide.
        const int whenWidth =
            std::min(sfm.horizontalAdvance(when) + (soon ? 16 : 2), r.width() * 3 / 5);
        QRect whenRect(r.right() - whenWidth + 1, r.top(), whenWidth, line1Height);
        if (soon) {
            QColor fill = opt.palette.color(group, QPalette::Highlight);
            fill.setAlphaF(selected ? 0.0f : 0.2f);
            QColor border = selected ? text : opt.palette.color(group, QPalette::Highlight);
            const QRectF pill = QRectF(whenRect).adjusted(0.5, 1.5, -0.5, -1.5);
            painter->setPen(QPen(border, 1));
            painter->setBrush(fill);
            painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
            painter->setPen(text);
            painter->drawText(whenRect, Qt::AlignCenter,
                              sfm.elidedText(when, Qt::ElideRight, whenWidth - 10));
        } else {
            painter->setPen(muted);
            painter->drawText(whenRect, Qt::AlignRight | Qt::AlignVCenter,
                              sfm.elidedText(when, Qt::ElideRight, whenWidth));
        }

        // Line 1, left: the name.
        painter->setFont(bold);
        painter->setPen(text);
        const int nameWidth = std::max(0, r.width() - whenWidth - 10);
        painter->drawText(
            QRect(r.left(), r.top(), nameWidth, line1Height), Qt::AlignLeft | Qt::AlignVCenter,
            bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameWidth));

        // Line 2: role · level, and the coverage on the right.
        painter->setFont(small);
        painter->setPen(muted);
        const int line2 = r.top() + line1Height + 3;
        const QString coverage = coverageText(index);
        const int coverageWidth = std::min(sfm.horizontalAdvance(coverage) + 2, r.width() / 2);
        painter->drawText(QRect(r.right() - coverageWidth + 1, line2, coverageWidth, sfm.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          sfm.elidedText(coverage, Qt::ElideRight, coverageWidth));
        QString position = positionText(index);
        if (position.isEmpty()) {
            position = CompaniesPanel::tr("Role and level not set");
            QFont italic = small;
            italic.setItalic(true);
            painter->setFont(italic);
        }
        const int positionWidth = std::max(0, r.width() - coverageWidth - 10);
        painter->drawText(
            QRect(r.left(), line2, positionWidth, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(painter->font()).elidedText(position, Qt::ElideRight, positionWidth));

        // Line 3: the answers' readiness.
        painter->setFont(small);
        const int line3 = line2 + sfm.height() + 3;
        painter->drawText(QRect(r.left(), line3, r.width(), sfm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(index.data(CompanyListModel::ReadinessTextRole).toString(),
                                         Qt::ElideRight, r.width()));
        painter->restore();
    }
};

// A value's name with how many stories are mapped onto it, right-aligned and muted; values in
// bold, sub-principles in the normal weight.
class ValueItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString countText(int links) {
        return links > 0 ? CompaniesPanel::tr("%n story(s)", nullptr, links)
                         : CompaniesPanel::tr("no story yet");
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QFont bold = option.font;
        bold.setBold(true);
        size.setHeight(std::max(size.height(), QFontMetrics(bold).height()) + 8);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QString name = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

        opt.text = name;
        QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        r.adjust(2, 0, -6, 0);
        const int links = index.data(ValueTreeModel::LinkCountRole).toInt();
        const QString count = countText(links);
        const QFont small = smallFont(opt.font);
        const QFontMetrics sfm(small);
        const int countWidth = std::min(sfm.horizontalAdvance(count) + 2, r.width() / 3);

        painter->save();
        painter->setFont(small);
        QColor muted = mutedColor(text);
        if (links == 0)
            muted.setAlphaF(0.55f);
        painter->setPen(muted);
        painter->drawText(QRect(r.right() - countWidth + 1, r.top(), countWidth, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          sfm.elidedText(count, Qt::ElideRight, countWidth));

        QFont font = opt.font;
        font.setBold(index.data(ValueTreeModel::ParentIdRole).toLongLong() == 0);
        painter->setFont(font);
        painter->setPen(text);
        const int nameWidth = std::max(0, r.width() - countWidth - 12);
        painter->drawText(QRect(r.left(), r.top(), nameWidth, r.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(name, Qt::ElideRight, nameWidth));
        painter->restore();
    }
};

QLabel *makeHeading(const QString &text, QWidget *buddy = nullptr) {
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

QLabel *makeHint(const QString &text) {
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

QLabel *makeErrorLabel(const char *objectName, const QString &accessibleName) {
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(pal);
    label->hide();
    return label;
}

QScrollArea *makeScroll(const char *objectName, QWidget *content) {
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QString::fromLatin1(objectName));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

QLabel *makeEmptyLabel(const char *objectName, const QString &text) {
    auto *label = new QLabel(text);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(8);
    return label;
}

void setPlainTextEditLines(QPlainTextEdit *edit, int lines) {
    const int frame = 2 * edit->frameWidth() + int(2 * edit->document()->documentMargin());
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + frame);
}

bool sameThemes(QStringList a, QStringList b) {
    a.sort();
    b.sort();
    return a == b;
}

} // namespace

// ---------------------------------------------------------------------------------------------

CompaniesPanel::CompaniesPanel(VaultSession &session, VaultCommands &commands, QWidget *parent)
    : QWidget(parent)
    , m_session(&session)
    , m_commands(&commands) {
    setObjectName(QStringLiteral("companiesPanel"));
    m_companyModel = new CompanyListModel(session, this);
    m_companyProxy = new CompanySortProxy(this);
    m_companyProxy->setSourceModel(m_companyModel);
    m_companyProxy->setSortRole(CompanyListModel::NameRole);
    m_companyProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_companyProxy->setSortLocaleAware(true);
    m_companyProxy->setDynamicSortFilter(true);
    m_companyProxy->sort(0);
    m_valueModel = new ValueTreeModel(session, commands, this);

    buildUi();

    connect(&session.notifier(), &ChangeNotifier::changed, this, &CompaniesPanel::onChanges);
    connect(&session, &VaultSession::opened, this, &CompaniesPanel::onSessionChanged);
    connect(&session, &VaultSession::closed, this, &CompaniesPanel::onSessionChanged);
    connect(m_companyModel, &CompanyListModel::errorOccurred, this, &CompaniesPanel::showError);
    connect(m_valueModel, &ValueTreeModel::errorOccurred, this, &CompaniesPanel::showError);
    connect(m_valueModel, &ValueTreeModel::storiesDropped, this, &CompaniesPanel::storiesMapped);

    connect(m_companyList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompaniesPanel::onCompanyListCurrentChanged);
    connect(m_companyProxy, &QAbstractItemModel::rowsInserted, this,
            &CompaniesPanel::ensureCompanySelection);
    connect(m_companyProxy, &QAbstractItemModel::rowsRemoved, this,
            &CompaniesPanel::ensureCompanySelection);
    connect(m_companyProxy, &QAbstractItemModel::modelReset, this,
            &CompaniesPanel::ensureCompanySelection);
    connect(m_companyProxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_companyList->currentIndex().isValid())
            m_companyList->scrollTo(m_companyList->currentIndex());
    });

    connect(m_valueTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompaniesPanel::onValueTreeCurrentChanged);
    connect(m_valueModel, &QAbstractItemModel::modelReset, this, [this] {
        m_valueTree->expandAll();
        onValueTreeCurrentChanged();
        updateValuePages();
    });
    connect(m_valueModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    m_valueTree->expand(parent);
                for (int row = first; row <= last; ++row)
                    m_valueTree->expandRecursively(m_valueModel->index(row, 0, parent));
                // The first value of a company is ready to edit.
                if (!m_valueTree->currentIndex().isValid())
                    m_valueTree->setCurrentIndex(m_valueModel->index(first, 0, parent));
                updateValuePages();
            });
    connect(m_valueModel, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &destination) {
                if (destination.isValid())
                    m_valueTree->expand(destination);
            });
    connect(m_valueModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        onValueTreeCurrentChanged();
        updateValuePages();
    });

    onSessionChanged();
}

CompaniesPanel::~CompaniesPanel() {
    // What was typed in the last half second is saved on the way out. A destructor must not
    // throw; the only exception possible here is running out of memory, and then that last
    // burst of typing cannot be saved anyway.
    try {
        if (m_session && m_commands)
            flushPendingEdits();
    } catch (...) {
    }
}

// ---------------------------------------------------------------------------------------------
// Building

QTimer *CompaniesPanel::makeSaveTimer(std::function<void()> save) {
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(SaveDelayMs);
    connect(timer, &QTimer::timeout, this, std::move(save));
    return timer;
}

void CompaniesPanel::addTextField(QList<TextField> &fields, quint32 field, QWidget *edit,
                                  const std::function<void(quint32)> &save) {
    TextField text;
    text.field = field;
    text.edit = edit;
    text.timer = makeSaveTimer([save, field] { save(field); });
    edit->installEventFilter(this);
    if (auto *line = qobject_cast<QLineEdit *>(edit)) {
        connect(line, &QLineEdit::textChanged, this, [this, line] {
            // Not textEdited: text committed by an input method must be saved too. Loads block
            // the signal, so only the user's edits get here.
            if (TextField *f = fieldFor(line))
                f->timer->start();
        });
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(edit)) {
        plain->setUndoRedoEnabled(false); // the vault's undo stack is the only undo
        plain->setTabChangesFocus(true);
        connect(plain, &QPlainTextEdit::textChanged, this, [this, plain] {
            if (TextField *f = fieldFor(plain))
                f->timer->start();
        });
    }
    fields.append(text);
}

void CompaniesPanel::buildUi() {
    m_saveError = makeErrorLabel("saveErrorMessage", tr("Save error"));
    m_saveError->setMargin(6);

    m_companySplitter = new QSplitter(Qt::Vertical);
    m_companySplitter->setObjectName(QStringLiteral("companySplitter"));
    m_companySplitter->setChildrenCollapsible(false);
    m_companySplitter->addWidget(buildCompanyList());
    m_companySplitter->addWidget(buildCompanyForm());
    m_companySplitter->setStretchFactor(0, 2);
    m_companySplitter->setStretchFactor(1, 3);

    m_valueSplitter = new QSplitter(Qt::Vertical);
    m_valueSplitter->setObjectName(QStringLiteral("valueSplitter"));
    m_valueSplitter->setChildrenCollapsible(false);
    m_valueSplitter->addWidget(buildValueTree());
    m_valueSplitter->addWidget(buildValueEditor());
    m_valueSplitter->setStretchFactor(0, 4);
    m_valueSplitter->setStretchFactor(1, 5);

    m_outerSplitter = new QSplitter(Qt::Vertical);
    m_outerSplitter->setObjectName(QStringLiteral("companiesSplitter"));
    m_outerSplitter->setChildrenCollapsible(false);
    m_outerSplitter->addWidget(m_companySplitter);
    m_outerSplitter->addWidget(m_valueSplitter);
    m_outerSplitter->setStretchFactor(0, 2);
    m_outerSplitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_saveError);
    layout->addWidget(m_outerSplitter, 1);
}

QWidget *CompaniesPanel::buildCompanyList() {
    const QPalette pal = palette();
    auto *section = new QWidget;
    section->setObjectName(QStringLiteral("companyListSection"));

    m_addCompanyButton = new QToolButton;
    m_addCompanyButton->setObjectName(QStringLiteral("addCompanyButton"));
    m_addCompanyButton->setAutoRaise(true);
    m_addCompanyButton->setIcon(themedIcon(QStringLiteral("add"), pal));
    m_addCompanyButton->setToolTip(tr("Add a company"));
    m_addCompanyButton->setAccessibleName(tr("Add company"));
    m_addCompanyButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_addCompanyButton);
    menu->setObjectName(QStringLiteral("addCompanyMenu"));
    QAction *newAction =
        menu->addAction(themedIcon(QStringLiteral("add"), pal), tr("&New company…"));
    newAction->setObjectName(QStringLiteral("newCompanyAction"));
    QAction *libraryAction = menu->addAction(themedIcon(QStringLiteral("library"), pal),
                                             tr("From the values &library…"));
    libraryAction->setObjectName(QStringLiteral("addFromLibraryAction"));
    connect(newAction, &QAction::triggered, this, &CompaniesPanel::newCompany);
    connect(libraryAction, &QAction::triggered, this, &CompaniesPanel::addFromLibrary);
    m_addCompanyButton->setMenu(menu);
    connect(m_addCompanyButton, &QToolButton::clicked, this, &CompaniesPanel::newCompany);

    m_deleteCompanyButton = new QToolButton;
    m_deleteCompanyButton->setObjectName(QStringLiteral("deleteCompanyButton"));
    m_deleteCompanyButton->setAutoRaise(true);
    m_deleteCompanyButton->setIcon(themedIcon(QStringLiteral("delete"), pal));
    m_deleteCompanyButton->setToolTip(tr("Delete the selected company; you can undo it"));
    m_deleteCompanyButton->setAccessibleName(tr("Delete company"));
    connect(m_deleteCompanyButton, &QToolButton::clicked, this,
            &CompaniesPanel::deleteCurrentCompany);

    m_companyList = new QListView;
    m_companyList->setObjectName(QStringLiteral("companyList"));
    m_companyList->setAccessibleName(tr("Companies"));
    m_companyList->setAccessibleDescription(tr("The companies you are interviewing with, their "
                                               "readiness and next interview"));
    m_companyList->setModel(m_companyProxy);
    m_companyList->setItemDelegate(new CompanyItemDelegate(m_companyList));
    m_companyList->setUniformItemSizes(true);
    m_companyList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_companyList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_companyList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_companyList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Empty state: what to do first.
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(makeEmptyLabel(
        "noCompaniesLabel", tr("No companies yet. Add the companies you are interviewing with — "
                               "or start from the values library.")));
    auto *newButton = new QPushButton(themedIcon(QStringLiteral("add"), pal), tr("New company"));
    newButton->setObjectName(QStringLiteral("newCompanyButton"));
    newButton->setAccessibleDescription(tr("Adds a company without values"));
    auto *libraryButton =
        new QPushButton(themedIcon(QStringLiteral("library"), pal), tr("From the values library…"));
    libraryButton->setObjectName(QStringLiteral("libraryButton"));
    libraryButton->setAccessibleDescription(tr("Adds a well-known company with its published "
                                               "values"));
    connect(newButton, &QPushButton::clicked, this, &CompaniesPanel::newCompany);
    connect(libraryButton, &QPushButton::clicked, this, &CompaniesPanel::addFromLibrary);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(newButton);
    emptyButtons->addWidget(libraryButton);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);

    m_companyPages = new QStackedWidget;
    m_companyPages->setObjectName(QStringLiteral("companyListPages"));
    m_companyPages->insertWidget(CompanyListPageList, m_companyList);
    m_companyPages->insertWidget(CompanyListPageEmpty, emptyPage);

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(makeHeading(tr("Companies")));
    header->addStretch(1);
    header->addWidget(m_addCompanyButton);
    header->addWidget(m_deleteCompanyButton);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_companyPages, 1);
    section->setMinimumHeight(120);
    return section;
}

QWidget *CompaniesPanel::buildCompanyForm() {
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("companyForm"));

    m_companyName = new QLineEdit;
    m_companyName->setObjectName(QStringLiteral("companyNameEdit"));
    m_companyName->setAccessibleName(tr("Company name"));
    m_companyName->setMaxLength(limits::MaxNameLength);
    m_companyName->setPlaceholderText(tr("e.g. Acme Analytics"));
    m_companyError = makeErrorLabel("companyErrorLabel", tr("Company name problem"));

    m_companyRole = new QLineEdit;
    m_companyRole->setObjectName(QStringLiteral("companyRoleEdit"));
    m_companyRole->setAccessibleName(tr("Role"));
    m_companyRole->setMaxLength(limits::MaxNameLength);
    m_companyRole->setPlaceholderText(tr("e.g. ML engineer"));

    m_companyLevel = new QLineEdit;
    m_companyLevel->setObjectName(QStringLiteral("companyLevelEdit"));
    m_companyLevel->setAccessibleName(tr("Level"));
    m_companyLevel->setMaxLength(limits::MaxNameLength);
    m_companyLevel->setPlaceholderText(tr("e.g. Senior"));

    m_interviewScheduled = new QCheckBox(tr("&Interview"));
    m_interviewScheduled->setObjectName(QStringLiteral("interviewScheduledCheck"));
    m_interviewScheduled->setAccessibleName(tr("Interview scheduled"));
    m_interviewScheduled->setToolTip(tr("Tick when you know the interview date"));
    m_interviewDate = new QDateEdit;
    m_interviewDate->setObjectName(QStringLiteral("interviewDateEdit"));
    m_interviewDate->setAccessibleName(tr("Interview date"));
    m_interviewDate->setAccessibleDescription(tr("The day of the next interview with this "
                                                 "company"));
    m_interviewDate->setCalendarPopup(true);
    m_interviewDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_interviewDate->setEnabled(false);
    m_interviewDate->installEventFilter(this);
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("interviewCountdownLabel"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setForegroundRole(QPalette::PlaceholderText);
    m_dateTimer = makeSaveTimer([this] { saveInterviewDate(); });
    connect(m_interviewScheduled, &QCheckBox::clicked, this, [this](bool checked) {
        m_interviewDate->setEnabled(checked);
        if (checked && m_interviewDate->date() < QDate::currentDate()) {
            const QSignalBlocker blocker(m_interviewDate);
            m_interviewDate->setDate(QDate::currentDate().addDays(7));
        }
        saveInterviewDate();
    });
    connect(m_interviewDate, &QDateEdit::dateChanged, this, [this] {
        updateCountdown();
        m_dateTimer->start();
    });

    m_companySource = new QLineEdit;
    m_companySource->setObjectName(QStringLiteral("companySourceEdit"));
    m_companySource->setAccessibleName(tr("Values page"));
    m_companySource->setMaxLength(limits::MaxNameLength);
    m_companySource->setPlaceholderText(tr("https://… the company's values page"));

    m_companyNotes = new QPlainTextEdit;
    m_companyNotes->setObjectName(QStringLiteral("companyNotesEdit"));
    m_companyNotes->setAccessibleName(tr("Company notes"));
    m_companyNotes->setAccessibleDescription(tr("Anything worth remembering about the company: "
                                                "people, process, the role"));
    m_companyNotes->setPlaceholderText(
        tr("The team, the interview loop, who you will meet, what the recruiter stressed…"));
    setPlainTextEditLines(m_companyNotes, 4);
    TextEdits::attachSpellChecking(m_companyNotes);

    const auto saveCompany = [this](quint32 field) { saveCompanyField(field); };
    addTextField(m_companyFields, CompanyField::Name, m_companyName, saveCompany);
    addTextField(m_companyFields, CompanyField::Role, m_companyRole, saveCompany);
    addTextField(m_companyFields, CompanyField::Level, m_companyLevel, saveCompany);
    addTextField(m_companyFields, CompanyField::SourceUrl, m_companySource, saveCompany);
    addTextField(m_companyFields, CompanyField::Notes, m_companyNotes, saveCompany);

    auto *dateRow = new QHBoxLayout;
    dateRow->setSpacing(8);
    dateRow->addWidget(m_interviewDate);
    dateRow->addWidget(m_countdown, 1);

    auto *grid = new QFormLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    grid->setRowWrapPolicy(QFormLayout::DontWrapRows);
    grid->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    grid->setVerticalSpacing(6);
    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    grid->addRow(label(tr("&Name"), m_companyName), m_companyName);
    grid->addRow(m_companyError);
    // Role and level share a row: they read together ("ML engineer, Senior") and it keeps the
    // form short enough to see whole in a narrow dock.
    auto *positionRow = new QHBoxLayout;
    positionRow->setSpacing(6);
    positionRow->addWidget(m_companyRole, 3);
    positionRow->addWidget(label(tr("&Level"), m_companyLevel));
    positionRow->addWidget(m_companyLevel, 2);
    grid->addRow(label(tr("&Role"), m_companyRole), positionRow);
    grid->addRow(m_interviewScheduled, dateRow);
    grid->addRow(label(tr("&Values page"), m_companySource), m_companySource);
    auto *notesLabel = label(tr("N&otes"), m_companyNotes);
    notesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addRow(notesLabel, m_companyNotes);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(2, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(makeHeading(tr("Company details")));
    layout->addLayout(grid);
    layout->addStretch(1);

    m_companyScroll = makeScroll("companyFormScroll", form);

    m_companyFormPages = new QStackedWidget;
    m_companyFormPages->setObjectName(QStringLiteral("companyFormPages"));
    m_companyFormPages->insertWidget(
        FormPageEmpty,
        makeEmptyLabel("noCompanySelectedLabel", tr("Select a company to see its details.")));
    m_companyFormPages->insertWidget(FormPageForm, m_companyScroll);
    m_companyFormPages->setMinimumHeight(110);

    setTabOrder(m_companyName, m_companyRole);
    setTabOrder(m_companyRole, m_companyLevel);
    setTabOrder(m_companyLevel, m_interviewScheduled);
    setTabOrder(m_interviewScheduled, m_interviewDate);
    setTabOrder(m_interviewDate, m_companySource);
    setTabOrder(m_companySource, m_companyNotes);
    return m_companyFormPages;
}

QWidget *CompaniesPanel::buildValueTree() {
    const QPalette pal = palette();
    m_valuesSection = new QWidget;
    m_valuesSection->setObjectName(QStringLiteral("valueTreeSection"));

    auto makeButton = [&](const char *name, const char *icon, const QString &accessible,
                          const QString &tip) {
        auto *button = new QToolButton;
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoRaise(true);
        button->setIcon(themedIcon(QString::fromLatin1(icon), pal));
        button->setAccessibleName(accessible);
        button->setToolTip(tip);
        return button;
    };
    m_addValueButton = makeButton("addValueButton", "add", tr("Add value"), tr("Add a value"));
    m_addSubPrincipleButton =
        makeButton("addSubPrincipleButton", "subprinciple", tr("Add sub-principle"),
                   tr("Add a sub-principle under the selected value"));
    m_pasteValuesButton = makeButton("pasteValuesButton", "paste", tr("Paste values"),
                                     tr("Paste values copied from the company's careers page"));
    m_deleteValueButton = makeButton("deleteValueButton", "delete", tr("Delete value"),
                                     tr("Delete the selected value (Delete); you can undo it"));
    connect(m_addValueButton, &QToolButton::clicked, this, &CompaniesPanel::addValue);
    connect(m_addSubPrincipleButton, &QToolButton::clicked, this, &CompaniesPanel::addSubPrinciple);
    connect(m_pasteValuesButton, &QToolButton::clicked, this, &CompaniesPanel::pasteValues);
    connect(m_deleteValueButton, &QToolButton::clicked, this, &CompaniesPanel::deleteCurrentValue);

    m_valueTree = new QTreeView;
    m_valueTree->setObjectName(QStringLiteral("valueTree"));
    m_valueTree->setAccessibleName(tr("Values"));
    m_valueTree->setAccessibleDescription(
        tr("The company's values and sub-principles. Drag to reorder or nest them; drop stories "
           "from the vault on a value to map them. F2 renames, Delete removes."));
    m_valueTree->setModel(m_valueModel);
    m_valueTree->setItemDelegate(new ValueItemDelegate(m_valueTree));
    m_valueTree->setHeaderHidden(true);
    m_valueTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_valueTree->setEditTriggers(QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::DoubleClicked);
    m_valueTree->setDragEnabled(true);
    m_valueTree->setAcceptDrops(true);
    m_valueTree->setDropIndicatorShown(true);
    m_valueTree->setDragDropMode(QAbstractItemView::DragDrop);
    m_valueTree->setDefaultDropAction(Qt::MoveAction);
    m_valueTree->setAutoExpandDelay(600);
    m_valueTree->setAnimated(true);
    m_valueTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_valueTree->header()->setStretchLastSection(true);
    m_valueTree->installEventFilter(this);

    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(makeEmptyLabel(
        "noValuesLabel", tr("No values yet. Paste them from the company's careers page, or add "
                            "them one by one.")));
    auto *pasteButton =
        new QPushButton(themedIcon(QStringLiteral("paste"), pal), tr("Paste values…"));
    pasteButton->setObjectName(QStringLiteral("emptyPasteValuesButton"));
    pasteButton->setAccessibleDescription(tr("Adds several values at once from text copied from "
                                             "the company's careers page"));
    auto *addButton = new QPushButton(themedIcon(QStringLiteral("add"), pal), tr("Add a value"));
    addButton->setObjectName(QStringLiteral("emptyAddValueButton"));
    addButton->setAccessibleDescription(tr("Adds one value to the company"));
    connect(pasteButton, &QPushButton::clicked, this, &CompaniesPanel::pasteValues);
    connect(addButton, &QPushButton::clicked, this, &CompaniesPanel::addValue);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(pasteButton);
    emptyButtons->addWidget(addButton);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);

    m_valuePages = new QStackedWidget;
    m_valuePages->setObjectName(QStringLiteral("valueTreePages"));
    m_valuePages->insertWidget(ValueTreePageTree, m_valueTree);
    m_valuePages->insertWidget(ValueTreePageEmpty, emptyPage);

    m_valuesHeading = makeHeading(tr("Values"), m_valueTree);
    m_valuesHeading->setObjectName(QStringLiteral("valuesHeading"));
    m_valuesHeading->setTextFormat(Qt::PlainText);
    m_valuesHeading->setMinimumWidth(60);
    m_valuesHeading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_valuesHeading, 1);
    header->addWidget(m_addValueButton);
    header->addWidget(m_addSubPrincipleButton);
    header->addWidget(m_pasteValuesButton);
    header->addWidget(m_deleteValueButton);

    auto *layout = new QVBoxLayout(m_valuesSection);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_valuePages, 1);
    m_valuesSection->setMinimumHeight(140);
    return m_valuesSection;
}

QWidget *CompaniesPanel::buildValueEditor() {
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("valueForm"));

    m_valueName = new QLineEdit;
    m_valueName->setObjectName(QStringLiteral("valueNameEdit"));
    m_valueName->setAccessibleName(tr("Value name"));
    m_valueName->setMaxLength(limits::MaxNameLength);
    m_valueName->setPlaceholderText(tr("As the company words it, e.g. “Ownership”"));
    m_valueError = makeErrorLabel("valueErrorLabel", tr("Value name problem"));

    m_valueMeaning = new QPlainTextEdit;
    m_valueMeaning->setObjectName(QStringLiteral("valueMeaningEdit"));
    m_valueMeaning->setAccessibleName(tr("What it really means"));
    m_valueMeaning->setAccessibleDescription(tr("The value in your own plain words: what the "
                                                "company really expects"));
    m_valueMeaning->setPlaceholderText(
        tr("What it really means, in plain words — e.g. “We are doers” → you act without waiting "
           "to be told."));
    setPlainTextEditLines(m_valueMeaning, 4);
    TextEdits::attachSpellChecking(m_valueMeaning);

    m_valueKeywords = new QLineEdit;
    m_valueKeywords->setObjectName(QStringLiteral("valueKeywordsEdit"));
    m_valueKeywords->setAccessibleName(tr("Key words"));
    m_valueKeywords->setAccessibleDescription(
        tr("Comma-separated words a link-back should slip in"));
    m_valueKeywords->setMaxLength(limits::MaxTextLength);
    m_valueKeywords->setPlaceholderText(tr("owner, ownership, long term"));

    const auto saveValue = [this](quint32 field) { saveValueField(field); };
    addTextField(m_valueFields, ValueField::Name, m_valueName, saveValue);
    addTextField(m_valueFields, ValueField::Meaning, m_valueMeaning, saveValue);
    addTextField(m_valueFields, ValueField::Keywords, m_valueKeywords, saveValue);
    for (QWidget *edit :
         {static_cast<QWidget *>(m_valueName), static_cast<QWidget *>(m_valueMeaning),
          static_cast<QWidget *>(m_valueKeywords)}) {
        if (auto *line = qobject_cast<QLineEdit *>(edit))
            connect(line, &QLineEdit::textChanged, this, &CompaniesPanel::updateSuggestions);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
            connect(plain, &QPlainTextEdit::textChanged, this, &CompaniesPanel::updateSuggestions);
    }

    m_themesList = new QListWidget;
    m_themesList->setObjectName(QStringLiteral("valueThemesList"));
    m_themesList->setAccessibleName(tr("Themes"));
    m_themesList->setAccessibleDescription(
        tr("The recurring themes this value is about; most companies share the same few"));
    m_themesList->setSelectionMode(QAbstractItemView::NoSelection);
    m_themesList->setFlow(QListView::LeftToRight);
    m_themesList->setWrapping(true);
    m_themesList->setResizeMode(QListView::Adjust);
    m_themesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_themesList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_themesList->setFrameShape(QFrame::NoFrame);
    m_themesList->viewport()->setAutoFillBackground(false);
    m_themesList->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    int widest = 0;
    const QFontMetrics fm(m_themesList->font());
    for (const Theme &theme : Themes::all()) {
        auto *item = new QListWidgetItem(theme.name, m_themesList);
        item->setData(Qt::UserRole, theme.key);
        item->setToolTip(QStringLiteral("<p>%1</p>").arg(theme.description.toHtmlEscaped()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        widest = std::max(widest, fm.horizontalAdvance(theme.name));
    }
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_themesList);
    m_themeCellWidth = widest + indicator + 20;
    m_themesList->setGridSize(QSize(m_themeCellWidth, fm.height() + 10));
    m_themesList->installEventFilter(this);
    connect(m_themesList, &QListWidget::itemChanged, this, [this] { saveThemes(); });
    // A click anywhere on a theme toggles it, not only on the small box.
    auto pressedState = std::make_shared<std::pair<QListWidgetItem *, Qt::CheckState>>();
    connect(m_themesList, &QListWidget::itemPressed, this, [pressedState](QListWidgetItem *item) {
        *pressedState = {item, item->checkState()};
    });
    connect(m_themesList, &QListWidget::itemClicked, this, [pressedState](QListWidgetItem *item) {
        if (pressedState->first == item && item->checkState() == pressedState->second)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        *pressedState = {};
    });

    m_suggestionLabel = new QLabel;
    m_suggestionLabel->setObjectName(QStringLiteral("themeSuggestionLabel"));
    m_suggestionLabel->setTextFormat(Qt::PlainText);
    m_suggestionLabel->setWordWrap(true);
    m_applySuggestions = new QPushButton(tr("Use suggestions"));
    m_applySuggestions->setObjectName(QStringLiteral("applySuggestedThemesButton"));
    m_applySuggestions->setToolTip(tr("Set the themes to the suggested ones"));
    connect(m_applySuggestions, &QPushButton::clicked, this, &CompaniesPanel::applySuggestedThemes);
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->setSpacing(8);
    suggestionRow->addWidget(m_suggestionLabel, 1);
    suggestionRow->addWidget(m_applySuggestions, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(2, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(makeHeading(tr("N&ame"), m_valueName));
    layout->addWidget(m_valueName);
    layout->addWidget(m_valueError);
    layout->addSpacing(6);
    layout->addWidget(makeHeading(tr("What it really &means"), m_valueMeaning));
    layout->addWidget(m_valueMeaning);
    layout->addSpacing(6);
    layout->addWidget(makeHeading(tr("&Key words"), m_valueKeywords));
    layout->addWidget(m_valueKeywords);
    layout->addWidget(makeHint(tr("Comma-separated. Slip one into the link-back at the end of "
                                  "your answer, naturally.")));
    layout->addSpacing(6);
    layout->addWidget(makeHeading(tr("&Themes"), m_themesList));
    layout->addWidget(m_themesList);
    layout->addLayout(suggestionRow);
    layout->addStretch(1);

    m_valueScroll = makeScroll("valueEditorScroll", form);

    m_valueFormPages = new QStackedWidget;
    m_valueFormPages->setObjectName(QStringLiteral("valueEditorPages"));
    m_valueFormPages->insertWidget(
        FormPageEmpty, makeEmptyLabel("noValueSelectedLabel",
                                      tr("Select a value to write down what it really means.")));
    m_valueFormPages->insertWidget(FormPageForm, m_valueScroll);
    m_valueFormPages->setMinimumHeight(120);

    setTabOrder(m_valueName, m_valueMeaning);
    setTabOrder(m_valueMeaning, m_valueKeywords);
    setTabOrder(m_valueKeywords, m_themesList);
    setTabOrder(m_themesList, m_applySuggestions);
    return m_valueFormPages;
}

void CompaniesPanel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    updateOrientation();
}

void CompaniesPanel::updateOrientation() {
    // Some hysteresis, so a width right at the threshold does not flip back and forth.
    const Qt::Orientation current = m_outerSplitter->orientation();
    Qt::Orientation wanted = current;
    if (width() >= SideBySideWidth + 20)
        wanted = Qt::Horizontal;
    else if (width() < SideBySideWidth - 20)
        wanted = Qt::Vertical;
    if (wanted == current)
        return;
    m_outerSplitter->setOrientation(wanted);
    const int total =
        wanted == Qt::Horizontal ? m_outerSplitter->width() : m_outerSplitter->height();
    m_outerSplitter->setSizes({total * 2 / 5, total * 3 / 5});
}

// ---------------------------------------------------------------------------------------------
// State

void CompaniesPanel::onSessionChanged() {
    const bool open = m_session && m_session->isOpen();
    setEnabled(open);
    if (!open)
        m_saveError->hide();
    // Another vault: the models reset on their own, in no particular order, and ids now mean
    // other rows. Start from no company so the selection below reaches every model afresh.
    setCompanyId(0);
    ensureCompanySelection();
    updateCompanyPages();
}

void CompaniesPanel::ensureCompanySelection() {
    // Keep a company selected whenever there is one, so the forms always show something.
    if (!m_companyList->currentIndex().isValid() && m_companyProxy->rowCount() > 0)
        m_companyList->setCurrentIndex(m_companyProxy->index(0, 0));
    onCompanyListCurrentChanged();
    updateCompanyPages();
}

void CompaniesPanel::updateCompanyPages() {
    const bool any = m_companyProxy->rowCount() > 0;
    m_companyPages->setCurrentIndex(any ? CompanyListPageList : CompanyListPageEmpty);
    // Without companies the first step fills the panel.
    m_companyFormPages->setVisible(any);
    m_valueSplitter->setVisible(any);
    updateActions();
}

void CompaniesPanel::updateValuePages() {
    const bool empty = m_companyId > 0 && m_valueModel->rowCount() == 0;
    m_valuePages->setCurrentIndex(empty ? ValueTreePageEmpty : ValueTreePageTree);
    // Nothing to edit yet: the invitation to paste or add gets the room.
    m_valueFormPages->setVisible(!empty);
    updateActions();
}

void CompaniesPanel::updateActions() {
    const bool company = m_companyId > 0;
    m_deleteCompanyButton->setEnabled(company);
    m_addValueButton->setEnabled(company);
    m_pasteValuesButton->setEnabled(company);
    m_addSubPrincipleButton->setEnabled(company && m_valueId > 0);
    m_deleteValueButton->setEnabled(company && m_valueId > 0);
}

void CompaniesPanel::onCompanyListCurrentChanged() {
    const QModelIndex current = m_companyList->currentIndex();
    setCompanyId(current.isValid() ? current.data(CompanyListModel::IdRole).toLongLong() : 0);
}

void CompaniesPanel::onValueTreeCurrentChanged() {
    const QModelIndex current = m_valueTree->currentIndex();
    setValueId(current.isValid() ? current.data(ValueTreeModel::IdRole).toLongLong() : 0);
}

void CompaniesPanel::selectCompany(qint64 id) {
    const QModelIndex index = m_companyProxy->mapFromSource(m_companyModel->indexForId(id));
    if (!index.isValid())
        return;
    m_companyList->setCurrentIndex(index);
    m_companyList->scrollTo(index);
}

void CompaniesPanel::selectValue(qint64 id) {
    const QModelIndex index = m_valueModel->indexForId(id);
    if (!index.isValid())
        return;
    m_valueTree->setCurrentIndex(index);
    m_valueTree->scrollTo(index);
}

void CompaniesPanel::setCompanyId(qint64 id) {
    if (id == m_companyId)
        return;
    // The edits belong to the company that was shown; save them first, unless it is gone.
    if (m_companyId > 0 && m_session && m_session->isOpen() &&
        m_session->store().company(m_companyId).ok())
        flushPendingEdits();
    for (TextField &field : m_companyFields)
        field.timer->stop();
    m_dateTimer->stop();
    m_companyId = id;
    m_nameInvalid = false;
    m_companyError->hide();
    loadCompany(CompanyField::All, true);
    m_valueModel->setCompanyId(id); // resets the tree, which picks the value below
    if (m_valueModel->rowCount() > 0 && !m_valueTree->currentIndex().isValid())
        m_valueTree->setCurrentIndex(m_valueModel->index(0, 0));
    onValueTreeCurrentChanged();
    updateValuePages();
    emit currentCompanyChanged(id);
}

void CompaniesPanel::setValueId(qint64 id) {
    if (id == m_valueId)
        return;
    if (m_valueId > 0 && m_session && m_session->isOpen() &&
        m_session->store().value(m_valueId).ok())
        flushPendingEdits();
    for (TextField &field : m_valueFields)
        field.timer->stop();
    m_valueId = id;
    m_valueError->hide();
    loadValue(ValueField::All, true);
    updateActions();
    emit currentValueChanged(id);
}

// ---------------------------------------------------------------------------------------------
// Loading

QString CompaniesPanel::fieldText(const QWidget *edit) {
    if (auto *line = qobject_cast<const QLineEdit *>(edit))
        return line->text();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(edit))
        return plain->toPlainText();
    return {};
}

void CompaniesPanel::setFieldText(QWidget *edit, const QString &text, bool fresh) {
    const QSignalBlocker blocker(edit);
    if (auto *line = qobject_cast<QLineEdit *>(edit)) {
        if (fresh) {
            line->setText(text);
            line->setCursorPosition(0);
        } else {
            TextEdits::replaceKeepingCursor(line, text);
        }
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(edit)) {
        if (fresh)
            plain->setPlainText(text);
        else
            TextEdits::replaceKeepingCursor(plain, text);
    }
}

void CompaniesPanel::loadCompany(quint32 fields, bool fresh) {
    Result<Company> company = m_companyId > 0 && m_session && m_session->isOpen()
                                  ? m_session->store().company(m_companyId)
                                  : Result<Company>(Error{});
    if (!company) {
        m_companyFormPages->setCurrentIndex(FormPageEmpty);
        m_valuesHeading->setText(tr("Values"));
        updateActions();
        return;
    }
    const Company &c = company.value();
    const std::pair<quint32, const QString *> texts[] = {{CompanyField::Name, &c.name},
                                                         {CompanyField::Role, &c.role},
                                                         {CompanyField::Level, &c.level},
                                                         {CompanyField::SourceUrl, &c.sourceUrl},
                                                         {CompanyField::Notes, &c.notes}};
    for (TextField &field : m_companyFields) {
        // Typing still waiting to be saved is newer than the vault; so is a name that cannot
        // be saved yet.
        if (!(fields & field.field) || field.timer->isActive())
            continue;
        if (field.field == CompanyField::Name && !fresh &&
            (m_nameInvalid || fieldText(field.edit).trimmed() == c.name))
            continue; // the vault trims names: keep the space the user just typed
        for (const auto &[flag, text] : texts) {
            if (flag == field.field)
                setFieldText(field.edit, *text, fresh);
        }
    }
    if ((fields & CompanyField::InterviewDate) && !m_dateTimer->isActive()) {
        const QSignalBlocker checkBlocker(m_interviewScheduled);
        const QSignalBlocker dateBlocker(m_interviewDate);
        m_interviewScheduled->setChecked(c.interviewDate.isValid());
        m_interviewDate->setEnabled(c.interviewDate.isValid());
        m_interviewDate->setDate(c.interviewDate.isValid() ? c.interviewDate
                                                           : QDate::currentDate().addDays(7));
    }
    updateCountdown();
    const QString name = c.name.simplified();
    m_valuesHeading->setText(name.isEmpty() ? tr("Values") : tr("Values of %1").arg(name));
    m_valuesHeading->setToolTip(m_valuesHeading->text());
    if (fresh) {
        m_companyScroll->verticalScrollBar()->setValue(0);
        m_companyFormPages->setCurrentIndex(FormPageForm);
    }
    updateActions();
}

void CompaniesPanel::updateCountdown() {
    if (!m_interviewScheduled->isChecked()) {
        m_countdown->setText(tr("not scheduled"));
        return;
    }
    m_countdown->setText(
        CompanyListModel::countdown(m_interviewDate->date(), m_companyModel->today()));
}

void CompaniesPanel::loadValue(quint32 fields, bool fresh) {
    const QModelIndex index = m_valueModel->indexForId(m_valueId);
    Result<ValuePrinciple> value = index.isValid() && m_session && m_session->isOpen()
                                       ? m_session->store().value(m_valueId)
                                       : Result<ValuePrinciple>(Error{});
    if (!value) {
        m_valueFormPages->setCurrentIndex(FormPageEmpty);
        return;
    }
    const ValuePrinciple &v = value.value();
    for (TextField &field : m_valueFields) {
        if (!(fields & field.field) || field.timer->isActive())
            continue;
        if (field.field == ValueField::Name) {
            // The vault trims names: keep the space the user just typed.
            if (fresh || m_valueName->text().trimmed() != v.name)
                setFieldText(field.edit, v.name, fresh);
        } else if (field.field == ValueField::Meaning)
            setFieldText(field.edit, v.meaning, fresh);
        else if (field.field == ValueField::Keywords && (fresh || keywordsFromEdit() != v.keywords))
            setFieldText(field.edit, v.keywords.join(QStringLiteral(", ")), fresh);
    }
    if (fields & ValueField::Themes) {
        const QSignalBlocker blocker(m_themesList);
        for (int row = 0; row < m_themesList->count(); ++row) {
            QListWidgetItem *item = m_themesList->item(row);
            item->setCheckState(v.themes.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
        m_themesList->viewport()->update();
    }
    updateSuggestions();
    if (fresh) {
        m_valueScroll->verticalScrollBar()->setValue(0);
        m_valueFormPages->setCurrentIndex(FormPageForm);
    }
}

void CompaniesPanel::onChanges(const QList<Change> &changes) {
    quint32 companyFields = 0;
    quint32 valueFields = 0;
    bool valueRemoved = false;
    for (const Change &change : changes) {
        if (change.entity == EntityKind::Company && m_companyId > 0 &&
            change.ids.contains(m_companyId) && change.type != ChangeType::Removed) {
            companyFields |=
                change.type == ChangeType::Updated ? change.fields : quint32(CompanyField::All);
        } else if (change.entity == EntityKind::Value && m_valueId > 0 &&
                   change.ids.contains(m_valueId)) {
            if (change.type == ChangeType::Removed)
                valueRemoved = true;
            else
                valueFields |=
                    change.type == ChangeType::Updated ? change.fields : quint32(ValueField::All);
        }
    }
    if (companyFields)
        loadCompany(companyFields, false);
    if (valueRemoved)
        onValueTreeCurrentChanged();
    else if (valueFields & ~quint32(ValueField::Position))
        loadValue(valueFields, false);
    updateValuePages();
}

// ---------------------------------------------------------------------------------------------
// Saving

CompaniesPanel::TextField *CompaniesPanel::fieldFor(const QObject *edit) {
    for (TextField &field : m_companyFields) {
        if (field.edit == edit)
            return &field;
    }
    for (TextField &field : m_valueFields) {
        if (field.edit == edit)
            return &field;
    }
    return nullptr;
}

bool CompaniesPanel::checkCompanyName(const QString &name) {
    QString problem;
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        problem = tr("A company needs a name. Nothing is saved until it has one.");
    } else if (m_session) {
        const Result<qint64> other = m_session->store().findCompany(simplified);
        if (other && other.value() != 0 && other.value() != m_companyId)
            problem = tr("Another company is already called “%1”. Choose a different name; "
                         "your text is kept but not saved until then.")
                          .arg(VaultCommands::displayName(simplified));
    }
    m_nameInvalid = !problem.isEmpty();
    m_companyError->setText(problem);
    m_companyError->setVisible(m_nameInvalid);
    return !m_nameInvalid;
}

void CompaniesPanel::saveCompanyField(quint32 field) {
    TextField *text = nullptr;
    for (TextField &f : m_companyFields) {
        if (f.field == field)
            text = &f;
    }
    if (!text)
        return;
    text->timer->stop();
    if (m_companyId <= 0 || !m_commands || m_companyModel->rowForId(m_companyId) < 0)
        return;
    Company company;
    company.id = m_companyId;
    const QString value = fieldText(text->edit);
    switch (field) {
    case CompanyField::Name:
        if (!checkCompanyName(value))
            return;
        company.name = value.trimmed();
        break;
    case CompanyField::Role:
        company.role = value;
        break;
    case CompanyField::Level:
        company.level = value;
        break;
    case CompanyField::SourceUrl:
        company.sourceUrl = value;
        break;
    case CompanyField::Notes:
        company.notes = value;
        break;
    default:
        return;
    }
    const Status status = m_commands->updateCompany(company, field);
    if (!status && field == CompanyField::Name) {
        // The store has the last word on names (e.g. a clash only Unicode folding sees).
        m_nameInvalid = true;
        m_companyError->setText(status.error());
        m_companyError->show();
        return;
    }
    showError(status ? QString() : status.error());
}

void CompaniesPanel::saveInterviewDate() {
    m_dateTimer->stop();
    updateCountdown();
    if (m_companyId <= 0 || !m_commands || !m_session || !m_session->isOpen())
        return;
    Company company;
    company.id = m_companyId;
    company.interviewDate = m_interviewScheduled->isChecked() ? m_interviewDate->date() : QDate();
    const Status status = m_commands->updateCompany(company, CompanyField::InterviewDate);
    showError(status ? QString() : status.error());
}

QStringList CompaniesPanel::keywordsFromEdit() const {
    QStringList keywords;
    for (const QString &part : m_valueKeywords->text().split(QLatin1Char(','))) {
        const QString word = part.simplified();
        if (!word.isEmpty() && !keywords.contains(word, Qt::CaseInsensitive))
            keywords.append(word);
    }
    return keywords.mid(0, limits::MaxListLength);
}

QStringList CompaniesPanel::checkedThemes() const {
    QStringList themes;
    for (int row = 0; row < m_themesList->count(); ++row) {
        const QListWidgetItem *item = m_themesList->item(row);
        if (item->checkState() == Qt::Checked)
            themes.append(item->data(Qt::UserRole).toString());
    }
    return themes;
}

void CompaniesPanel::saveValueField(quint32 field) {
    TextField *text = nullptr;
    for (TextField &f : m_valueFields) {
        if (f.field == field)
            text = &f;
    }
    if (!text)
        return;
    text->timer->stop();
    // A value removed meanwhile (with its company, say) takes the pending edit with it.
    if (m_valueId <= 0 || !m_commands || !m_valueModel->indexForId(m_valueId).isValid())
        return;
    ValuePrinciple value;
    value.id = m_valueId;
    value.companyId = m_companyId;
    switch (field) {
    case ValueField::Name: {
        const QString name = m_valueName->text();
        const bool empty = name.simplified().isEmpty();
        m_valueError->setText(empty ? tr("A value needs a name. Nothing is saved until it has one.")
                                    : QString());
        m_valueError->setVisible(empty);
        if (empty)
            return;
        value.name = name.trimmed();
        break;
    }
    case ValueField::Meaning:
        value.meaning = m_valueMeaning->toPlainText();
        break;
    case ValueField::Keywords:
        value.keywords = keywordsFromEdit();
        break;
    default:
        return;
    }
    const Status status = m_commands->updateValue(value, field);
    showError(status ? QString() : status.error());
}

void CompaniesPanel::saveThemes() {
    if (m_valueId <= 0 || !m_commands || !m_session || !m_session->isOpen())
        return;
    ValuePrinciple value;
    value.id = m_valueId;
    value.companyId = m_companyId;
    value.themes = checkedThemes();
    // Keys this taxonomy does not know (from a newer Starling, say) are kept, not dropped.
    if (Result<ValuePrinciple> stored = m_session->store().value(m_valueId)) {
        for (const QString &key : stored->themes) {
            if (!Themes::isKnown(key) && !value.themes.contains(key))
                value.themes.append(key);
        }
    }
    const Status status = m_commands->updateValue(value, ValueField::Themes);
    showError(status ? QString() : status.error());
    if (!status)
        loadValue(ValueField::Themes, false);
    updateSuggestions();
}

void CompaniesPanel::updateSuggestions() {
    m_suggested =
        Themes::suggest(m_valueName->text(), m_valueMeaning->toPlainText(), keywordsFromEdit());
    QStringList names;
    for (const QString &key : std::as_const(m_suggested))
        names.append(Themes::displayName(key));
    m_suggestionLabel->setText(names.isEmpty()
                                   ? tr("No theme suggested yet: describe what the value means.")
                                   : tr("Suggested: %1").arg(names.join(QStringLiteral(", "))));
    m_applySuggestions->setEnabled(!m_suggested.isEmpty() &&
                                   !sameThemes(m_suggested, checkedThemes()));
}

void CompaniesPanel::applySuggestedThemes() {
    if (m_valueId <= 0 || m_suggested.isEmpty() || !m_commands)
        return;
    flushPendingEdits();
    ValuePrinciple value;
    value.id = m_valueId;
    value.companyId = m_companyId;
    value.themes = m_suggested;
    const Status status = m_commands->updateValue(value, ValueField::Themes);
    showError(status ? QString() : status.error());
    loadValue(ValueField::Themes, false);
}

void CompaniesPanel::flushPendingEdits() {
    for (TextField &field : m_companyFields) {
        if (field.timer->isActive())
            saveCompanyField(field.field);
    }
    if (m_dateTimer->isActive())
        saveInterviewDate();
    for (TextField &field : m_valueFields) {
        if (field.timer->isActive())
            saveValueField(field.field);
    }
}

bool CompaniesPanel::flushField(const QObject *edit) {
    if (edit == m_interviewDate) {
        if (m_dateTimer->isActive())
            saveInterviewDate();
        return true;
    }
    TextField *field = fieldFor(edit);
    if (!field)
        return false;
    if (field->timer->isActive()) {
        const bool company = std::any_of(m_companyFields.cbegin(), m_companyFields.cend(),
                                         [field](const TextField &f) { return &f == field; });
        if (company)
            saveCompanyField(field->field);
        else
            saveValueField(field->field);
    }
    return true;
}

void CompaniesPanel::showError(const QString &message) {
    m_saveError->setText(message.isEmpty() ? QString() : tr("Not saved: %1").arg(message));
    m_saveError->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit errorOccurred(message);
}

// ---------------------------------------------------------------------------------------------
// Actions

QString CompaniesPanel::uniqueCompanyName(const QString &base) const {
    if (!m_session)
        return base;
    for (int n = 1; n < 10'000; ++n) {
        QString name = n == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(n);
        const Result<qint64> found = m_session->store().findCompany(name);
        if (found && found.value() == 0)
            return name;
    }
    return base;
}

void CompaniesPanel::newCompany() {
    if (!m_commands || !m_session || !m_session->isOpen())
        return;
    flushPendingEdits();
    Company company;
    company.name = uniqueCompanyName(tr("New company"));
    const Result<qint64> id = m_commands->addCompany(company);
    if (!id) {
        showError(id.error());
        return;
    }
    showError({});
    selectCompany(id.value());
    m_companyName->setFocus(Qt::OtherFocusReason);
    m_companyName->selectAll();
}

std::optional<LibraryCompany> CompaniesPanel::askForLibraryCompany() {
    ValuesLibraryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedCompany();
}

void CompaniesPanel::addFromLibrary() {
    if (!m_commands || !m_session || !m_session->isOpen())
        return;
    flushPendingEdits();
    const std::optional<LibraryCompany> entry = askForLibraryCompany();
    if (!entry || entry->name.isEmpty() || !m_session || !m_session->isOpen())
        return;
    const Result<QString> name = ValuesLibrary::freeCompanyName(m_session->store(), entry->name);
    if (!name) {
        showError(name.error());
        return;
    }
    Company company;
    company.name = name.value();
    company.sourceUrl = entry->sourceUrl;
    company.notes =
        entry->asOf.isValid()
            ? tr("Values copied from the Starling values library, as of %1. %2")
                  .arg(entry->asOf.toString(Qt::ISODate), entry->note)
                  .trimmed()
            : tr("Values copied from the Starling values library. %1").arg(entry->note).trimmed();
    const Result<qint64> id = m_commands->addCompanyWithValues(company, entry->values);
    if (!id) {
        showError(id.error());
        return;
    }
    showError({});
    selectCompany(id.value());
}

std::optional<QList<ValueDraft>> CompaniesPanel::askForPastedValues(const QString &companyName) {
    PasteValuesDialog dialog(companyName, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

void CompaniesPanel::pasteValues() {
    if (m_companyId <= 0 || !m_commands || !m_session)
        return;
    flushPendingEdits();
    const qint64 companyId = m_companyId;
    const Result<Company> company = m_session->store().company(companyId);
    const std::optional<QList<ValueDraft>> values =
        askForPastedValues(company ? company->name : QString());
    if (!values || values->isEmpty() || !m_commands || m_companyId != companyId)
        return;
    const int firstNew = m_valueModel->rowCount();
    const Status status = m_commands->addValues(companyId, 0, *values);
    showError(status ? QString() : status.error());
    if (status && m_valueModel->rowCount() > firstNew) {
        const QModelIndex first = m_valueModel->index(firstNew, 0);
        m_valueTree->setCurrentIndex(first);
        m_valueTree->scrollTo(first);
    }
}

void CompaniesPanel::addValueUnder(qint64 parentId) {
    if (m_companyId <= 0 || !m_commands)
        return;
    flushPendingEdits();
    ValuePrinciple value;
    value.companyId = m_companyId;
    value.parentId = parentId;
    value.name = parentId == 0 ? tr("New value") : tr("New sub-principle");
    value.position = -1;
    const Result<qint64> id = m_commands->addValue(value);
    if (!id) {
        showError(id.error());
        return;
    }
    showError({});
    if (parentId != 0)
        m_valueTree->expand(m_valueModel->indexForId(parentId));
    selectValue(id.value());
    m_valueName->setFocus(Qt::OtherFocusReason);
    m_valueName->selectAll();
}

void CompaniesPanel::addValue() {
    addValueUnder(0);
}

void CompaniesPanel::addSubPrinciple() {
    const QModelIndex current = m_valueModel->indexForId(m_valueId);
    if (!current.isValid())
        return;
    // Values hold sub-principles; a sub-principle's own button adds a sibling.
    const qint64 parentId = current.data(ValueTreeModel::ParentIdRole).toLongLong();
    addValueUnder(parentId == 0 ? m_valueId : parentId);
}

void CompaniesPanel::deleteCurrentValue() {
    if (m_valueId <= 0 || !m_commands)
        return;
    const qint64 id = m_valueId;
    for (TextField &field : m_valueFields)
        field.timer->stop(); // the edits die with the value; undo brings back what was saved
    flushPendingEdits();
    const Status status = m_commands->deleteValue(id);
    showError(status ? QString() : status.error());
}

bool CompaniesPanel::confirmDeleteCompany(const QString &text, const QString &details) {
    QMessageBox box(QMessageBox::Warning, tr("Delete company"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteCompanyConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(details);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void CompaniesPanel::deleteCurrentCompany() {
    if (m_companyId <= 0 || !m_commands || !m_session || !m_session->isOpen())
        return;
    const qint64 id = m_companyId;
    flushPendingEdits();
    const Result<Company> company = m_session->store().company(id);
    QStringList uses;
    if (const Result<QList<ValuePrinciple>> values = m_session->store().values(id);
        values && !values->isEmpty())
        uses.append(tr("%n value(s)", nullptr, int(values->size())));
    if (const Result<QList<Question>> questions = m_session->store().questions()) {
        const auto n = std::count_if(questions->cbegin(), questions->cend(),
                                     [id](const Question &q) { return q.companyId == id; });
        if (n > 0)
            uses.append(tr("%n question(s)", nullptr, int(n)));
    }
    if (const Result<QList<Answer>> answers = m_session->store().answers()) {
        const auto n = std::count_if(answers->cbegin(), answers->cend(),
                                     [id](const Answer &a) { return a.companyId == id; });
        if (n > 0)
            uses.append(tr("%n answer(s)", nullptr, int(n)));
    }
    if (!uses.isEmpty()) {
        QString list = uses.takeLast();
        if (!uses.isEmpty())
            list = tr("%1 and %2").arg(uses.join(QStringLiteral(", ")), list);
        const QString name = VaultCommands::displayName(company ? company->name : QString());
        if (!confirmDeleteCompany(
                tr("“%1” has %2.").arg(name, list),
                tr("Deleting the company removes them too, and the stories' links to its values. "
                   "You can undo this.")))
            return;
    }
    for (TextField &field : m_companyFields)
        field.timer->stop();
    m_dateTimer->stop();
    const Status status = m_commands->deleteCompany(id);
    showError(status ? QString() : status.error());
}

// ---------------------------------------------------------------------------------------------
// Events

bool CompaniesPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_themesList) {
        if (event->type() == QEvent::Resize) {
            // As many columns as fit, sharing the width; the height fits the grid exactly, so
            // there is no inner scrolling inside the scroll area.
            // The viewport is resized only after this filter runs: measure the list itself.
            const int available =
                static_cast<QResizeEvent *>(event)->size().width() - 2 * m_themesList->frameWidth();
            const int columns = std::max(1, available / std::max(1, m_themeCellWidth));
            const QSize cell(available / columns - 2, m_themesList->gridSize().height());
            if (cell != m_themesList->gridSize())
                m_themesList->setGridSize(cell);
            const int rows = (m_themesList->count() + columns - 1) / columns;
            const int height = rows * cell.height() + 2 * m_themesList->frameWidth() + 4;
            if (m_themesList->height() != height)
                m_themesList->setFixedHeight(height);
        }
        return QWidget::eventFilter(watched, event);
    }
    // While renaming in place, keys go to the editor, not to the tree.
    if (watched == m_valueTree) {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
                if (event->type() == QEvent::ShortcutOverride) {
                    event->accept(); // ours, not a window shortcut's
                    return true;
                }
                deleteCurrentValue();
                return true;
            }
        }
        return QWidget::eventFilter(watched, event);
    }

    const bool ours = watched == m_interviewDate || fieldFor(watched);
    if (!ours)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusOut:
        flushField(watched);
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (TextEdits::handleUndoRedoKey(event, m_session ? &m_session->undoStack() : nullptr,
                                         [this] { flushPendingEdits(); }))
            return true;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void CompaniesPanel::hideEvent(QHideEvent *event) {
    flushPendingEdits();
    QWidget::hideEvent(event);
}

} // namespace starling
