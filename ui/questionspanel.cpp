#include "questionspanel.h"

#include "changenotifier.h"
#include "icons.h"
#include "questionbank.h"
#include "questionfilterproxymodel.h"
#include "questionlistmodel.h"
#include "questionsuggestions.h"
#include "textedits.h"
#include "textlimits.h"
#include "themes.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

namespace {

enum ListPage { ListPageList, ListPageEmpty };

constexpr int kRowPadding = 6;
constexpr int kMaxTextLines = 3;
// How many stories and values "Fits this question" lists.
constexpr int kMaxFits = 3;

QColor mutedColor(const QColor &text)
{
    QColor muted = text;
    muted.setAlphaF(0.68f);
    return muted;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

QString themeNames(const QStringList &themes)
{
    QStringList names;
    for (const QString &theme : themes)
        names.append(Themes::displayName(theme));
    return names.join(QStringLiteral(" \u00b7 "));
}

// Up to maxLines lines of `text` wrapped to `width`, the last one elided when more would follow.
QStringList wrapText(const QString &text, const QFont &font, int width, int maxLines)
{
    const QString simple = text.simplified();
    if (width <= 0 || simple.isEmpty())
        return {simple};
    QTextLayout layout(simple, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics fm(font);
    QStringList lines;
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (int(lines.size()) == maxLines - 1) {
            lines.append(fm.elidedText(simple.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(simple.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

QLabel *makeHeading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString sourceBadge(const QModelIndex &index)
{
    switch (QuestionListModel::Source(index.data(QuestionListModel::SourceRole).toInt())) {
    case QuestionListModel::Source::Bank: return QuestionsPanel::tr("Bank");
    case QuestionListModel::Source::Own: return QuestionsPanel::tr("Yours");
    case QuestionListModel::Source::Company: {
        const QString name = index.data(QuestionListModel::CompanyNameRole).toString().simplified();
        return name.isEmpty() ? QuestionsPanel::tr("Company") : name;
    }
    }
    return {};
}

bool answeredFor(const QModelIndex &index, qint64 companyId)
{
    return companyId > 0
        && index.data(QuestionListModel::AnsweredCompaniesRole)
               .value<QList<qint64>>()
               .contains(companyId);
}

// What a row of "Fits this question" is.
enum FitKind { FitHeader, FitNote, FitItem };
constexpr int FitKindRole = Qt::UserRole + 1;

// "Fits this question": bold section headers, muted notes, and for each story or value its
// name on one line with the reason below, smaller and muted. The item's text is both lines, so
// screen readers and tests read the same thing.
class FitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int width(const QStyleOptionViewItem &option)
    {
        int w = option.rect.width();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            view && w <= 0) {
            w = view->viewport()->width();
        }
        return std::max(60, w - 2 * kRowPadding);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QFontMetrics fm(option.font);
        const QFont small = smallFont(option.font);
        switch (index.data(FitKindRole).toInt()) {
        case FitHeader: return {100, fm.height() + 8};
        case FitNote:
            return {100, int(wrapText(text, small, width(option), 4).size())
                                 * QFontMetrics(small).lineSpacing()
                             + 6};
        default: {
            const QString reason = text.section(u'\n', 1);
            const int reasonLines = int(wrapText(reason, small, width(option), 2).size());
            return {100, fm.lineSpacing() + reasonLines * QFontMetrics(small).lineSpacing() + 8};
        }
        }
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QColor textColor = option.palette.color(QPalette::Text);
        const QColor muted = mutedColor(textColor);
        const QFont small = smallFont(option.font);
        const QFontMetrics sfm(small);
        const QRect r = option.rect.adjusted(kRowPadding, 3, -kRowPadding, -3);
        painter->save();
        switch (index.data(FitKindRole).toInt()) {
        case FitHeader: {
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(textColor);
            painter->drawText(r.adjusted(0, 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(bold).elidedText(text, Qt::ElideRight, r.width()));
            break;
        }
        case FitNote: {
            painter->setFont(small);
            painter->setPen(muted);
            int y = r.top();
            for (const QString &line : wrapText(text, small, r.width(), 4)) {
                painter->drawText(QRect(r.left(), y, r.width(), sfm.lineSpacing()),
                                  Qt::AlignLeft | Qt::AlignVCenter, line);
                y += sfm.lineSpacing();
            }
            break;
        }
        default: {
            const QFontMetrics fm(option.font);
            painter->setFont(option.font);
            painter->setPen(textColor);
            painter->drawText(QRect(r.left(), r.top(), r.width(), fm.lineSpacing()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(text.section(u'\n', 0, 0), Qt::ElideRight, r.width()));
            painter->setFont(small);
            painter->setPen(muted);
            int y = r.top() + fm.lineSpacing();
            for (const QString &line : wrapText(text.section(u'\n', 1), small, r.width(), 2)) {
                painter->drawText(QRect(r.left(), y, r.width(), sfm.lineSpacing()),
                                  Qt::AlignLeft | Qt::AlignVCenter, line);
                y += sfm.lineSpacing();
            }
            break;
        }
        }
        painter->restore();
    }
};

// Text, themes checklist and "only for" a company: the new-question and edit dialog.
class QuestionDialog : public QDialog
{
public:
    QuestionDialog(const Question &initial, qint64 companyChoice, const QString &companyName,
                   QWidget *parent)
        : QDialog(parent)
        , m_question(initial)
        , m_companyChoice(companyChoice)
    {
        setObjectName(QStringLiteral("questionDialog"));
        setWindowTitle(initial.id > 0 ? QuestionsPanel::tr("Edit Question")
                                      : QuestionsPanel::tr("New Question"));

        auto *textLabel = new QLabel(QuestionsPanel::tr("&Question:"));
        m_text = new QPlainTextEdit(initial.text);
        m_text->setObjectName(QStringLiteral("questionTextEdit"));
        m_text->setAccessibleName(QuestionsPanel::tr("Question text"));
        m_text->setPlaceholderText(QuestionsPanel::tr("Tell me about a time you\u2026"));
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        TextEdits::attachSpellChecking(m_text);
        textLabel->setBuddy(m_text);

        auto *themesLabel = new QLabel(QuestionsPanel::tr("&Themes it tests:"));
        m_themes = new QListWidget;
        m_themes->setObjectName(QStringLiteral("questionThemesList"));
        m_themes->setAccessibleName(QuestionsPanel::tr("Themes"));
        for (const Theme &theme : Themes::all()) {
            auto *item = new QListWidgetItem(theme.name, m_themes);
            item->setData(Qt::UserRole, theme.key);
            item->setToolTip(theme.description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(initial.themes.contains(theme.key) ? Qt::Checked : Qt::Unchecked);
        }
        themesLabel->setBuddy(m_themes);
        m_suggest = new QPushButton(QuestionsPanel::tr("&Suggest Themes"));
        m_suggest->setObjectName(QStringLiteral("questionSuggestThemes"));
        m_suggest->setAccessibleName(QuestionsPanel::tr("Suggest themes from the text"));
        m_suggest->setAutoDefault(false);
        connect(m_suggest, &QPushButton::clicked, this, [this] {
            const QStringList suggested = Themes::suggest(QString(), m_text->toPlainText(), {});
            for (int row = 0; row < m_themes->count(); ++row) {
                QListWidgetItem *item = m_themes->item(row);
                item->setCheckState(suggested.contains(item->data(Qt::UserRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
            }
        });

        m_companyOnly = new QCheckBox(QuestionsPanel::tr("Only for %1").arg(companyName));
        m_companyOnly->setObjectName(QStringLiteral("questionCompanyOnly"));
        m_companyOnly->setAccessibleName(QuestionsPanel::tr("Only for this company"));
        m_companyOnly->setToolTip(
            QuestionsPanel::tr("A question only this company asks, such as \u201cWhy us?\u201d"));
        m_companyOnly->setChecked(initial.companyId > 0);
        m_companyOnly->setVisible(companyChoice > 0);

        m_problem = new QLabel;
        m_problem->setObjectName(QStringLiteral("questionDialogProblem"));
        m_problem->setTextFormat(Qt::PlainText);
        m_problem->setWordWrap(true);
        m_problem->setForegroundRole(QPalette::PlaceholderText);

        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("questionDialogOk"));
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(initial.id > 0 ? QuestionsPanel::tr("Save") : QuestionsPanel::tr("Add"));
        m_buttons->button(QDialogButtonBox::Cancel)
            ->setObjectName(QStringLiteral("questionDialogCancel"));
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_text, &QPlainTextEdit::textChanged, this, &QuestionDialog::validate);

        auto *themeRow = new QHBoxLayout;
        themeRow->addWidget(themesLabel, 1);
        themeRow->addWidget(m_suggest);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(textLabel);
        layout->addWidget(m_text);
        layout->addLayout(themeRow);
        layout->addWidget(m_themes, 1);
        layout->addWidget(m_companyOnly);
        layout->addWidget(m_problem);
        layout->addWidget(m_buttons);
        resize(440, 480);
        validate();
    }

    Question question() const
    {
        Question q = m_question;
        q.text = m_text->toPlainText().trimmed();
        q.themes.clear();
        for (int row = 0; row < m_themes->count(); ++row) {
            if (m_themes->item(row)->checkState() == Qt::Checked)
                q.themes.append(m_themes->item(row)->data(Qt::UserRole).toString());
        }
        q.companyId = m_companyChoice > 0 && m_companyOnly->isChecked() ? m_companyChoice : 0;
        return q;
    }

private:
    void validate()
    {
        const QString text = m_text->toPlainText().trimmed();
        QString problem;
        if (text.size() > limits::MaxTextLength)
            problem = QuestionsPanel::tr("The question is too long.");
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && problem.isEmpty());
    }

    Question m_question;
    qint64 m_companyChoice = 0;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_themes = nullptr;
    QPushButton *m_suggest = nullptr;
    QCheckBox *m_companyOnly = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace

// ---------------------------------------------------------------------------------------------

// Up to three lines of question text, then a line with the source badge (Bank, Yours, or the
// company's name), the themes, and whether it is answered for the company in focus.
class QuestionsPanel::ItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    qint64 companyId = 0;

    static int textWidth(const QStyleOptionViewItem &option)
    {
        int width = option.rect.width();
        // QListView asks for size hints with an empty rect: lay out for the viewport instead.
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            view && width <= 0) {
            width = view->viewport()->width();
        }
        return std::max(80, width - 2 * (kRowPadding + 2));
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        const QFontMetrics sfm(smallFont(option.font));
        const int lines = int(wrapText(index.data(Qt::DisplayRole).toString(), option.font,
                                       textWidth(option), kMaxTextLines)
                                  .size());
        return {200, 2 * kRowPadding + lines * fm.lineSpacing() + 4 + sfm.height() + 4};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QString text = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor textColor =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = mutedColor(textColor);
        const QFontMetrics fm(opt.font);
        const QFont small = smallFont(opt.font);
        const QFontMetrics sfm(small);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r =
            opt.rect.adjusted(kRowPadding + 2, kRowPadding, -kRowPadding - 2, -kRowPadding);

        // The question.
        painter->setFont(opt.font);
        painter->setPen(textColor);
        int y = r.top();
        for (const QString &line : wrapText(text, opt.font, r.width(), kMaxTextLines)) {
            painter->drawText(QRect(r.left(), y, r.width(), fm.lineSpacing()),
                              Qt::AlignLeft | Qt::AlignVCenter, line);
            y += fm.lineSpacing();
        }
        y += 4;

        // The badge, as a soft pill; a company's own questions use the accent colour.
        painter->setFont(small);
        const auto source = Source(index.data(QuestionListModel::SourceRole).toInt());
        const QString badge = sourceBadge(index);
        const int badgeWidth = std::min(sfm.horizontalAdvance(badge) + 12, r.width() / 2);
        const QRectF pill(r.left() + 0.5, y + 0.5, badgeWidth - 1, sfm.height() + 3);
        QColor accent = opt.palette.color(group, QPalette::Highlight);
        QColor fill = source == Source::Company ? accent : muted;
        fill.setAlphaF(selected ? 0.25f : (source == Source::Company ? 0.22f : 0.12f));
        painter->setPen(QPen(selected ? textColor : (source == Source::Company ? accent : muted),
                             1));
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(textColor);
        painter->drawText(pill, Qt::AlignCenter,
                          sfm.elidedText(badge, Qt::ElideRight, badgeWidth - 10));

        // On the right, whether it is answered for the company in focus.
        QString mark;
        if (companyId > 0 && answeredFor(index, companyId)) {
            mark = QuestionsPanel::tr("\u2713 Answered");
        } else if (companyId == 0) {
            const int answers = index.data(QuestionListModel::AnswerCountRole).toInt();
            if (answers > 0)
                mark = QuestionsPanel::tr("\u2713 %n answer(s)", nullptr, answers);
        }
        int markWidth = 0;
        if (!mark.isEmpty()) {
            QFont bold = small;
            bold.setBold(true);
            painter->setFont(bold);
            const QFontMetrics bfm(bold);
            markWidth = std::min(bfm.horizontalAdvance(mark) + 2, r.width() / 3);
            painter->setPen(textColor);
            painter->drawText(QRect(r.right() - markWidth + 1, y, markWidth, sfm.height() + 4),
                              Qt::AlignRight | Qt::AlignVCenter,
                              bfm.elidedText(mark, Qt::ElideRight, markWidth));
            painter->setFont(small);
        }

        // The themes, between the two.
        const QString themes =
            themeNames(index.data(QuestionListModel::EffectiveThemesRole).toStringList());
        const int themesLeft = r.left() + badgeWidth + 6;
        const int themesWidth = std::max(0, r.right() - markWidth - 8 - themesLeft);
        painter->setPen(muted);
        painter->drawText(QRect(themesLeft, y, themesWidth, sfm.height() + 4),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(themes, Qt::ElideRight, themesWidth));
        painter->restore();
    }

private:
    using Source = QuestionListModel::Source;
};

// The filter proxy, plus one sentence per row for screen readers (and tests): the delegate
// paints the same facts.
class QuestionsPanel::ListProxy : public QuestionFilterProxyModel
{
public:
    using QuestionFilterProxyModel::QuestionFilterProxyModel;

    qint64 companyId = 0;
    QString companyName;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::AccessibleTextRole && index.isValid()) {
            QStringList parts{index.data(Qt::DisplayRole).toString().simplified()};
            switch (QuestionListModel::Source(index.data(QuestionListModel::SourceRole).toInt())) {
            case QuestionListModel::Source::Bank:
                parts.append(QuestionsPanel::tr("question bank, %1")
                                 .arg(QuestionBank::categoryName(
                                     index.data(QuestionListModel::CategoryRole).toString())));
                break;
            case QuestionListModel::Source::Own:
                parts.append(QuestionsPanel::tr("your question"));
                break;
            case QuestionListModel::Source::Company:
                parts.append(QuestionsPanel::tr("only for %1").arg(sourceBadge(index)));
                break;
            }
            const QString themes =
                themeNames(index.data(QuestionListModel::EffectiveThemesRole).toStringList());
            if (!themes.isEmpty())
                parts.append(QuestionsPanel::tr("themes: %1").arg(themes));
            if (answeredFor(index, companyId))
                parts.append(QuestionsPanel::tr("answered for %1").arg(companyName));
            return parts.join(QStringLiteral(", "));
        }
        return QuestionFilterProxyModel::data(index, role);
    }
};

// ---------------------------------------------------------------------------------------------

QuestionsPanel::QuestionsPanel(VaultSession &session, VaultCommands &commands, QWidget *parent)
    : QWidget(parent)
    , m_session(&session)
    , m_commands(&commands)
{
    setObjectName(QStringLiteral("questionsPanel"));
    m_model = new QuestionListModel(session, this);
    m_proxy = new ListProxy(this);
    m_proxy->setSourceModel(m_model);

    buildUi();

    connect(&session.notifier(), &ChangeNotifier::changed, this, &QuestionsPanel::onChanges);
    connect(&session, &VaultSession::opened, this, &QuestionsPanel::onSessionChanged);
    connect(&session, &VaultSession::closed, this, &QuestionsPanel::onSessionChanged);
    connect(m_model, &QuestionListModel::errorOccurred, this, &QuestionsPanel::showError);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateFits();
    });
    // A row that changes under the selection (adopted, edited, answered) refreshes what is
    // shown about it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_list->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row()) {
                    updateActions();
                    updateFits();
                }
            });
    const auto rowsChanged = [this] {
        updateCount();
        updateActions();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    const auto refreshAll = [this] {
        updateCount();
        updateActions();
        updateFits();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refreshAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refreshAll);
    connect(m_proxy, &QuestionFilterProxyModel::filterChanged, this, &QuestionsPanel::updateCount);

    onSessionChanged();
}

QuestionsPanel::~QuestionsPanel() = default;

QuestionFilterProxyModel *QuestionsPanel::proxy() const
{
    return m_proxy;
}

// ---------------------------------------------------------------------------------------------
// Building

void QuestionsPanel::buildUi()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search questions"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &QuestionsPanel::applyFilters);

    m_themeFilter = new QComboBox;
    m_themeFilter->setObjectName(QStringLiteral("questionThemeFilter"));
    m_themeFilter->setAccessibleName(tr("Theme"));
    m_themeFilter->setToolTip(tr("Show the questions that test one theme"));
    m_themeFilter->addItem(tr("All themes"), QString());
    for (const QString &key : Themes::keys())
        m_themeFilter->addItem(Themes::displayName(key), key);
    m_themeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_themeFilter->setMinimumContentsLength(8);
    connect(m_themeFilter, &QComboBox::currentIndexChanged, this, &QuestionsPanel::applyFilters);

    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("questionScope"));
    m_scope->setAccessibleName(tr("Questions to show"));
    m_scope->setToolTip(
        tr("All questions, or the general ones plus the questions only one company asks"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(8);
    connect(m_scope, &QComboBox::activated, this, &QuestionsPanel::onScopeChosen);

    m_unanswered = new QCheckBox;
    m_unanswered->setObjectName(QStringLiteral("questionUnansweredOnly"));
    m_unanswered->setAccessibleName(tr("Only questions not yet answered for the company"));
    m_unanswered->setAccessibleDescription(tr("Hides the questions the chosen company already has "
                                              "an answer to"));
    connect(m_unanswered, &QCheckBox::toggled, this, &QuestionsPanel::applyFilters);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_themeFilter, 1);
    filterRow->addWidget(m_scope, 1);

    // The list, or what to do when nothing matches.
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setAccessibleName(tr("Questions"));
    m_list->setAccessibleDescription(tr("Questions from the bank and your own; drag one onto the "
                                        "answer editor"));
    m_list->setModel(m_proxy);
    m_delegate = new ItemDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are as tall as their wrapped text, which depends on the width.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListView::activated, this, &QuestionsPanel::answerCurrent);

    m_emptyLabel = new QLabel(tr("No questions match \u2014 clear the filters."));
    m_emptyLabel->setObjectName(QStringLiteral("questionEmptyState"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_clearFilters = new QPushButton(tr("&Clear Filters"));
    m_clearFilters->setObjectName(QStringLiteral("questionClearFilters"));
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    m_clearFilters->setAccessibleDescription(tr("Shows every question again"));
    connect(m_clearFilters, &QPushButton::clicked, this, &QuestionsPanel::clearFilters);
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_listPages = new QStackedWidget;
    m_listPages->setObjectName(QStringLiteral("questionListPages"));
    m_listPages->insertWidget(ListPageList, m_list);
    m_listPages->insertWidget(ListPageEmpty, emptyPage);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("questionCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    // Actions: buttons below the list, and the same actions in its context menu.
    m_answerButton = new QPushButton(tr("&Answer\u2026"));
    m_answerButton->setObjectName(QStringLiteral("questionAnswerButton"));
    m_answerButton->setAccessibleName(tr("Answer the selected question"));
    m_answerButton->setToolTip(tr("Write or open the answer to this question (Enter)"));
    connect(m_answerButton, &QPushButton::clicked, this, &QuestionsPanel::answerCurrent);

    auto makeToolButton = [](const char *objectName, const QString &text,
                                 const QString &accessibleName, const QString &icon) {
        auto *button = new QToolButton;
        button->setObjectName(QString::fromLatin1(objectName));
        button->setText(text);
        button->setAccessibleName(accessibleName);
        button->setToolTip(accessibleName);
        button->setAutoRaise(true);
        button->setProperty("starlingIcon", icon);
        if (!icon.isEmpty())
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    m_newButton = makeToolButton("questionNewButton", tr("&New\u2026"), tr("New question"),
                                 QStringLiteral("add"));
    connect(m_newButton, &QToolButton::clicked, this, &QuestionsPanel::newQuestion);
    m_editButton = makeToolButton("questionEditButton", tr("&Edit\u2026"),
                                  tr("Edit the selected question"), QString());
    connect(m_editButton, &QToolButton::clicked, this, &QuestionsPanel::editCurrent);
    m_deleteButton = makeToolButton("questionDeleteButton", tr("&Delete"),
                                    tr("Delete the selected question"), QStringLiteral("delete"));
    connect(m_deleteButton, &QToolButton::clicked, this, &QuestionsPanel::deleteCurrent);

    auto addListAction = [this](const QString &text, const QKeySequence &shortcut,
                                void (QuestionsPanel::*slot)()) {
        auto *action = new QAction(text, m_list);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        return action;
    };
    m_answerAction = addListAction(tr("Answer\u2026"), {}, &QuestionsPanel::answerCurrent);
    m_editAction = addListAction(tr("Edit\u2026"), {}, &QuestionsPanel::editCurrent);
    // The Delete key itself is handled in eventFilter(), so a window-wide Delete shortcut never
    // takes it from the list; the action shows it in the context menu.
    m_deleteAction =
        addListAction(tr("Delete"), QKeySequence::Delete, &QuestionsPanel::deleteCurrent);
    m_list->installEventFilter(this);
    m_deleteAction->setObjectName(QStringLiteral("questionDeleteAction"));
    addListAction(tr("New Question\u2026"), {}, &QuestionsPanel::newQuestion);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->setSpacing(2);
    buttonRow->addWidget(m_answerButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_newButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deleteButton);

    auto *listSection = new QWidget;
    auto *listLayout = new QVBoxLayout(listSection);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_listPages, 1);
    listLayout->addWidget(m_count);
    listLayout->addLayout(buttonRow);

    // What fits the selected question.
    m_fitsHeading = makeHeading(tr("Fits this question"));
    m_fits = new QListWidget;
    m_fits->setObjectName(QStringLiteral("questionFits"));
    m_fits->setAccessibleName(tr("Stories and values that fit this question"));
    m_fits->setAccessibleDescription(tr("The stories and the company values that suit the selected "
                                        "question"));
    m_fits->setWordWrap(true);
    m_fits->setTextElideMode(Qt::ElideRight);
    m_fits->setSelectionMode(QAbstractItemView::NoSelection);
    m_fits->setFocusPolicy(Qt::TabFocus);
    m_fits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fits->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_fits->setResizeMode(QListView::Adjust);
    m_fits->setUniformItemSizes(false);
    m_fits->setItemDelegate(new FitDelegate(m_fits));
    m_fits->setFrameShape(QFrame::NoFrame);
    m_fits->viewport()->setBackgroundRole(QPalette::Window);
    m_fits->setBackgroundRole(QPalette::Window);
    auto *fitsSection = new QWidget;
    auto *fitsLayout = new QVBoxLayout(fitsSection);
    fitsLayout->setContentsMargins(0, 4, 0, 0);
    fitsLayout->setSpacing(4);
    fitsLayout->addWidget(m_fitsHeading);
    fitsLayout->addWidget(m_fits, 1);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("questionSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listSection);
    m_splitter->addWidget(fitsSection);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("questionError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_unanswered);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_error);

    updateCompanyTexts();
    updateIcons();
}

void QuestionsPanel::updateIcons()
{
    // Icons are tinted with the palette's text colour, so they follow a theme switch.
    for (QToolButton *button : {m_newButton, m_editButton, m_deleteButton}) {
        const QString icon = button->property("starlingIcon").toString();
        if (!icon.isEmpty())
            button->setIcon(themedIcon(icon, palette()));
    }
}

bool QuestionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // ours, not a window shortcut's
                return true;
            }
            deleteCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

// ---------------------------------------------------------------------------------------------
// Following the vault

void QuestionsPanel::onSessionChanged()
{
    const bool open = m_session && m_session->isOpen();
    setEnabled(open);
    if (!open)
        m_companyId = 0;
    rebuildScopeCombo();
    updateCompanyTexts();
    applyFilters();
    updateCount();
    updateActions();
    updateFits();
    showError({});
}

void QuestionsPanel::onChanges(const QList<Change> &changes)
{
    bool companies = false;
    bool fits = false;
    for (const Change &change : changes) {
        switch (change.entity) {
        case EntityKind::Company:
            companies = companies || change.type != ChangeType::Updated
                     || (change.fields & CompanyField::Name);
            fits = true;
            break;
        case EntityKind::Story:
        case EntityKind::Value:
        case EntityKind::Link: fits = true; break;
        default: break;
        }
    }
    for (const NetChange &effect : netChanges(changes, EntityKind::Company)) {
        if (effect.id == m_companyId && effect.last == ChangeType::Removed)
            m_companyId = 0;
    }
    if (companies) {
        rebuildScopeCombo();
        updateCompanyTexts();
        applyFilters();
    }
    if (fits)
        updateFits();
}

QString QuestionsPanel::companyName(qint64 id) const
{
    if (id <= 0 || !m_session || !m_session->isOpen())
        return {};
    Result<Company> company = m_session->store().company(id);
    return company ? VaultCommands::displayName(company->name) : QString();
}

void QuestionsPanel::rebuildScopeCombo()
{
    const qint64 scope = m_scope->currentData().toLongLong();
    QList<Company> companies;
    if (m_session && m_session->isOpen()) {
        Result<QList<Company>> all = m_session->store().companies();
        if (all)
            companies = std::move(all).value();
        else
            showError(all.error());
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(companies.begin(), companies.end(), [&](const Company &a, const Company &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });

    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All questions"), qint64(0));
    for (const Company &company : std::as_const(companies))
        m_scope->addItem(VaultCommands::displayName(company.name), company.id);
    // A scoped company that is gone falls back to every question.
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
}

void QuestionsPanel::setCompany(qint64 companyId)
{
    companyId = std::max<qint64>(companyId, 0);
    if (companyId == m_companyId)
        return;
    const qint64 previous = std::exchange(m_companyId, companyId);
    // The scope follows the company in focus unless the user chose another one.
    if (m_scope->currentData().toLongLong() == previous) {
        const int index = m_scope->findData(companyId);
        if (index >= 0)
            m_scope->setCurrentIndex(index);
    }
    updateCompanyTexts();
    applyFilters();
    updateFits();
    m_list->viewport()->update();
}

void QuestionsPanel::onScopeChosen()
{
    applyFilters();
}

void QuestionsPanel::updateCompanyTexts()
{
    const QString name = companyName(m_companyId);
    m_delegate->companyId = m_companyId;
    m_proxy->companyId = m_companyId;
    m_proxy->companyName = name;
    m_unanswered->setEnabled(m_companyId > 0);
    m_unanswered->setText(m_companyId > 0 ? tr("Not yet answered for %1").arg(name)
                                          : tr("Not yet answered (pick a company first)"));
}

void QuestionsPanel::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setThemeFilter(m_themeFilter->currentData().toString());
    m_proxy->setCompanyScope(m_scope->currentData().toLongLong());
    m_proxy->setUnansweredFor(m_unanswered->isChecked() ? m_companyId : 0);
    updateCount();
}

void QuestionsPanel::clearFilters()
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker themeBlocker(m_themeFilter);
        const QSignalBlocker answeredBlocker(m_unanswered);
        m_search->clear();
        m_themeFilter->setCurrentIndex(0);
        m_scope->setCurrentIndex(0);
        m_unanswered->setChecked(false);
    }
    applyFilters();
    m_list->setFocus();
}

void QuestionsPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n question(s)", nullptr, total)
                                    : tr("%L1 of %Ln question(s)", nullptr, total).arg(shown));
    m_listPages->setCurrentIndex(shown == 0 ? ListPageEmpty : ListPageList);
    m_clearFilters->setVisible(m_proxy->isFiltering());
    m_emptyLabel->setText(m_proxy->isFiltering()
                              ? tr("No questions match \u2014 clear the filters.")
                              : tr("No questions yet."));
}

void QuestionsPanel::updateActions()
{
    const QModelIndex current = m_list->currentIndex();
    const bool has = current.isValid() && m_session && m_session->isOpen();
    const bool vault = has && current.data(QuestionListModel::QuestionIdRole).toLongLong() > 0;
    m_answerButton->setEnabled(has);
    m_editButton->setEnabled(vault);
    m_deleteButton->setEnabled(vault);
    m_answerAction->setEnabled(has);
    m_editAction->setEnabled(vault);
    m_deleteAction->setEnabled(vault);
}

// ---------------------------------------------------------------------------------------------
// Fits this question

void QuestionsPanel::updateFits()
{
    m_fits->clear();
    const QModelIndex current = m_list->currentIndex();
    auto addNote = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_fits);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(FitKindRole, FitNote);
    };
    auto addHeader = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_fits);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(FitKindRole, FitHeader);
    };
    if (!current.isValid() || !m_session || !m_session->isOpen()) {
        addNote(tr("Pick a question to see which of your stories and values fit it."));
        return;
    }
    const QString text = current.data(QuestionListModel::TextRole).toString();
    const QStringList themes = current.data(QuestionListModel::ThemesRole).toStringList();
    const VaultStore &store = m_session->store();
    Result<QList<Story>> stories = store.stories();
    Result<QList<StoryValueLink>> links = store.links();
    Result<QList<ValuePrinciple>> allValues = store.allValues();
    Result<QList<Company>> companies = store.companies();
    for (const QString *error : {stories ? nullptr : &stories.error(),
                                 links ? nullptr : &links.error(),
                                 allValues ? nullptr : &allValues.error(),
                                 companies ? nullptr : &companies.error()}) {
        if (error) {
            showError(*error);
            return;
        }
    }

    // Values of the company in focus first, so reasons name them when they can.
    QList<ValuePrinciple> ordered;
    QList<ValuePrinciple> companyValues;
    for (const ValuePrinciple &value : allValues.value()) {
        if (value.companyId == m_companyId && m_companyId > 0)
            companyValues.append(value);
    }
    ordered = companyValues;
    for (const ValuePrinciple &value : allValues.value()) {
        if (value.companyId != m_companyId || m_companyId == 0)
            ordered.append(value);
    }

    addHeader(tr("Stories"));
    const QList<QuestionFit> storyFits = QuestionSuggestions::stories(
        text, themes, stories.value(), links.value(), ordered, companies.value(), kMaxFits);
    if (stories->isEmpty())
        addNote(tr("Your story vault is empty."));
    else if (storyFits.isEmpty())
        addNote(tr("No story shares a theme or words with this question yet."));
    for (const QuestionFit &fit : storyFits) {
        const auto story = std::find_if(stories->cbegin(), stories->cend(),
                                        [&](const Story &s) { return s.id == fit.id; });
        const QString title = story->title.simplified().isEmpty()
                                  ? tr("Untitled story")
                                  : VaultCommands::displayTitle(story->title);
        auto *item = new QListWidgetItem(title + u'\n' + fit.reason, m_fits);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(FitKindRole, FitItem);
        item->setData(Qt::UserRole, fit.id);
        item->setToolTip(fit.reason.toHtmlEscaped());
    }

    if (m_companyId <= 0) {
        addHeader(tr("Values"));
        addNote(tr("Pick a company to see which of its values this question lets you link back "
                   "to."));
        return;
    }
    addHeader(tr("Values of %1").arg(companyName(m_companyId)));
    const QList<QuestionFit> valueFits =
        QuestionSuggestions::values(text, themes, companyValues, kMaxFits);
    if (companyValues.isEmpty())
        addNote(tr("This company has no values yet."));
    else if (valueFits.isEmpty())
        addNote(tr("None of its values shares a theme or words with this question."));
    for (const QuestionFit &fit : valueFits) {
        const auto value = std::find_if(companyValues.cbegin(), companyValues.cend(),
                                        [&](const ValuePrinciple &v) { return v.id == fit.id; });
        auto *item = new QListWidgetItem(
            VaultCommands::displayName(value->name) + u'\n' + fit.reason, m_fits);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(FitKindRole, FitItem);
        item->setData(Qt::UserRole, fit.id);
        item->setToolTip(fit.reason.toHtmlEscaped());
    }
}

// ---------------------------------------------------------------------------------------------
// Actions

void QuestionsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QModelIndex QuestionsPanel::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_list->currentIndex());
}

qint64 QuestionsPanel::currentQuestionId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(QuestionListModel::QuestionIdRole).toLongLong() : 0;
}

bool QuestionsPanel::selectQuestion(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForQuestionId(id));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void QuestionsPanel::answerCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_commands || !m_session || !m_session->isOpen())
        return;
    qint64 id = current.data(QuestionListModel::QuestionIdRole).toLongLong();
    if (id <= 0) {
        // Answers refer to vault questions: a bank question is copied in first (once).
        Result<qint64> adopted =
            m_commands->adoptQuestion(current.data(QuestionListModel::TextRole).toString(),
                                      current.data(QuestionListModel::ThemesRole).toStringList());
        if (!adopted) {
            showError(tr("Could not add the question to your vault: %1").arg(adopted.error()));
            return;
        }
        id = adopted.value();
        selectQuestion(id);
    }
    showError({});
    emit answerRequested(id);
}

std::optional<Question> QuestionsPanel::askForQuestion(const Question &initial,
                                                       qint64 companyChoice) {
    QuestionDialog dialog(initial, companyChoice, companyName(companyChoice), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.question();
}

void QuestionsPanel::newQuestion()
{
    if (!m_commands || !m_session || !m_session->isOpen())
        return;
    const std::optional<Question> question = askForQuestion(Question{}, m_companyId);
    if (!question)
        return;
    Result<qint64> id = m_commands->addQuestion(*question);
    if (!id) {
        showError(tr("Could not add the question: %1").arg(id.error()));
        return;
    }
    showError({});
    if (!selectQuestion(id.value())) {
        // The filters would hide it: show it rather than leave the user wondering.
        clearFilters();
        selectQuestion(id.value());
    }
}

void QuestionsPanel::editCurrent()
{
    const qint64 id = currentQuestionId();
    if (id <= 0 || !m_commands || !m_session || !m_session->isOpen())
        return;
    Result<Question> current = m_session->store().question(id);
    if (!current) {
        showError(current.error());
        return;
    }
    const qint64 choice = current->companyId > 0 ? current->companyId : m_companyId;
    const std::optional<Question> edited = askForQuestion(current.value(), choice);
    if (!edited)
        return;
    Question question = *edited;
    question.id = id;
    const Status status = m_commands->updateQuestion(
        question, QuestionField::Text | QuestionField::Themes | QuestionField::Company);
    if (!status) {
        showError(tr("Could not save the question: %1").arg(status.error()));
        return;
    }
    showError({});
    // A new company or a text matching the bank moves the row; keep it selected.
    selectQuestion(id);
}

bool QuestionsPanel::confirmDeleteQuestion(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete Question"), text, QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void QuestionsPanel::deleteCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = currentQuestionId();
    if (id <= 0 || !m_commands || !m_session || !m_session->isOpen())
        return;
    const int answers = current.data(QuestionListModel::AnswerCountRole).toInt();
    if (answers > 0) {
        const QString text = VaultCommands::displayName(current.data(Qt::DisplayRole).toString());
        if (!confirmDeleteQuestion(
                tr("\u201c%1\u201d is used by %n answer(s). Delete it anyway? The answers keep "
                   "their text, and you can undo this.",
                   nullptr, answers)
                    .arg(text))) {
            return;
        }
    }
    const int row = current.row();
    const Status status = m_commands->deleteQuestion(id);
    if (!status) {
        showError(tr("Could not delete the question: %1").arg(status.error()));
        return;
    }
    showError({});
    // Keep the keyboard where it was: the next question takes the deleted one's place.
    if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0));
}

} // namespace starling
