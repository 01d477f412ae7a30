#include "maptovaluedialog.h"

#include "vaultcommands.h"
#include "vaultstore.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace starling {

MapToValueDialog::MapToValueDialog(const VaultStore &store, qint64 storyId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mapToValueDialog"));
    setWindowTitle(tr("Map to value"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("mapToValueHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("valueSearch"));
    m_search->setPlaceholderText(tr("Type a company or value…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search values"));
    m_search->installEventFilter(this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("valueChoices"));
    m_list->setAccessibleName(tr("Values"));
    m_list->setAccessibleDescription(tr("Values of every company; those the story is mapped to "
                                        "already are marked"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapToValueStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Map"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (selectedValueId() != 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &MapToValueDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &MapToValueDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && !item->isHidden())
            accept();
    });

    load(store, storyId);
    applyFilter();
    m_search->setFocus();
    resize(480, 420);
}

void MapToValueDialog::load(const VaultStore &store, qint64 storyId)
{
    Result<Story> story = store.story(storyId);
    Result<QList<Company>> companies = store.companies();
    Result<QList<ValuePrinciple>> values = store.allValues();
    Result<QList<StoryValueLink>> links = store.links();
    for (const QString &error : {story ? QString() : story.error(),
                                 companies ? QString() : companies.error(),
                                 values ? QString() : values.error(),
                                 links ? QString() : links.error()}) {
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error;
    }
    if (!m_error.isEmpty()) {
        m_heading->setText(tr("The values cannot be listed."));
        m_status->setText(m_error);
        m_status->setVisible(true);
        return;
    }
    m_heading->setText(
        tr("Map “%1” to a value").arg(VaultCommands::displayTitle(story->title)));

    QSet<qint64> mapped;
    for (const StoryValueLink &link : links.value()) {
        if (link.storyId == storyId)
            mapped.insert(link.valueId);
    }

    QList<Company> sorted = companies.value();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(sorted.begin(), sorted.end(), [&collator](const Company &a, const Company &b) {
        return collator.compare(a.name, b.name) < 0;
    });

    // Group by company, keeping each company's tree order; a path names every ancestor.
    QHash<qint64, QList<ValuePrinciple>> byCompany;
    QHash<qint64, ValuePrinciple> byId;
    for (const ValuePrinciple &value : values.value()) {
        byCompany[value.companyId].append(value);
        byId.insert(value.id, value);
    }
    const QString mappedMark = tr("(mapped)");
    for (const Company &company : std::as_const(sorted)) {
        const QString companyName = VaultCommands::displayName(company.name);
        for (const ValuePrinciple &value : byCompany.value(company.id)) {
            QStringList path{VaultCommands::displayName(value.name)};
            int guard = 0;
            for (qint64 p = value.parentId; p != 0 && byId.contains(p) && guard < 32; ++guard) {
                const ValuePrinciple &parentValue = byId[p];
                path.prepend(VaultCommands::displayName(parentValue.name));
                p = parentValue.parentId;
            }
            QString label = companyName + QStringLiteral(" — ") + path.join(QStringLiteral(" › "));
            const bool isMapped = mapped.contains(value.id);
            // The search matches the names, not the "(mapped)" mark.
            const QString searchText = label.toCaseFolded();
            if (isMapped)
                label += QStringLiteral("  ") + mappedMark;
            auto *item = new QListWidgetItem(label, m_list);
            item->setData(ValueIdRole, value.id);
            item->setData(MappedRole, isMapped);
            item->setData(SearchTextRole, searchText);
            if (isMapped) {
                item->setForeground(palette().brush(QPalette::PlaceholderText));
                item->setToolTip(tr("The story is mapped to this value already; choosing it "
                                    "opens the link's notes."));
            }
        }
    }
    if (m_list->count() == 0) {
        m_status->setText(tr("No values yet — add a company's values first."));
        m_status->setVisible(true);
    }
}

void MapToValueDialog::applyFilter()
{
    const QStringList terms =
        m_search->text().toCaseFolded().split(QChar(u' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->data(SearchTextRole).toString();
        const bool match = std::all_of(terms.cbegin(), terms.cend(), [&haystack](const QString &t) {
            return haystack.contains(t);
        });
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        m_list->setCurrentItem(firstVisible);
    if (firstVisible == nullptr && m_list->count() > 0) {
        m_status->setText(tr("No value matches “%1”.").arg(m_search->text().simplified()));
        m_status->setVisible(true);
    } else if (m_error.isEmpty() && m_list->count() > 0) {
        m_status->setVisible(false);
    }
    updateButtons();
}

void MapToValueDialog::updateButtons()
{
    m_ok->setEnabled(selectedValueId() != 0);
}

qint64 MapToValueDialog::selectedValueId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return 0;
    return item->data(ValueIdRole).toLongLong();
}

bool MapToValueDialog::selectValue(qint64 valueId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(ValueIdRole).toLongLong() == valueId && !item->isHidden()) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return true;
        }
    }
    return false;
}

QStringList MapToValueDialog::visibleChoices() const
{
    QStringList labels;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->isHidden())
            labels.append(m_list->item(i)->text());
    }
    return labels;
}

void MapToValueDialog::moveCurrent(int step)
{
    const int count = m_list->count();
    int row = m_list->currentRow();
    for (int i = row + step; i >= 0 && i < count; i += step) {
        if (!m_list->item(i)->isHidden()) {
            row = i;
            break;
        }
    }
    if (row >= 0 && row < count && !m_list->item(row)->isHidden())
        m_list->setCurrentRow(row);
}

bool MapToValueDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            // Into the list, on the highlighted choice; the list's own keys go on from there.
            if (selectedValueId() == 0)
                moveCurrent(1);
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selectedValueId() != 0)
                accept();
            return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace starling
