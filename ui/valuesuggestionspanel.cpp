#include "valuesuggestionspanel.h"

#include "storysuggestions.h"
#include "storyvaultmodel.h"
#include "valuecoverage.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace starling {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(text, parent);
    // User text is data, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

ValueSuggestionsPanel::ValueSuggestionsPanel(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    setAccessibleName(tr("Suggestions"));

    m_title = plainLabel(tr("Suggestions"), this, "suggestionsTitle");
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_status = plainLabel(QString(), this, "suggestionsStatus");

    m_rows = new QWidget;
    m_rows->setObjectName(QStringLiteral("suggestionRows"));
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(8);
    m_rowsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("suggestionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_rows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ValueSuggestionsPanel::refresh);
    // Refresh later, never inside the click that changed the vault: it deletes the button.
    connect(&session.notifier(), &ChangeNotifier::changed, this, &ValueSuggestionsPanel::onChanged);
    connect(&session.notifier(), &ChangeNotifier::reset, this, &ValueSuggestionsPanel::onReset);
    // A zero timer: each slice runs when the event loop has nothing more urgent to do.
    m_profileTimer = new QTimer(this);
    m_profileTimer->setInterval(0);
    connect(m_profileTimer, &QTimer::timeout, this, &ValueSuggestionsPanel::profileSlice);
    refresh();
}

bool ValueSuggestionsPanel::isBusy() const
{
    return m_refreshTimer->isActive() || m_profileTimer->isActive();
}

void ValueSuggestionsPanel::onReset()
{
    m_profileTimer->stop();
    m_profiles.clear();
    m_profiledUpTo = 0;
    scheduleRefresh();
}

void ValueSuggestionsPanel::onChanged(const QList<Change> &changes)
{
    constexpr quint32 textFields = StoryField::Title | StoryField::Situation | StoryField::Task
                                 | StoryField::Action | StoryField::Result;
    const QList<NetChange> effects = netChanges(changes, EntityKind::Story);
    // An import arrives as one change listing every story: reading and analysing each one here
    // would freeze the window, so start over and analyse them in slices like at opening.
    constexpr qsizetype BulkResetThreshold = 64;
    if (effects.size() > BulkResetThreshold) {
        onReset();
        return;
    }
    for (const NetChange &effect : effects) {
        if (effect.last == ChangeType::Removed) {
            m_profiles.remove(effect.id);
            continue;
        }
        // Stories past the page being read are analysed when their page comes.
        if (!profilesComplete() && effect.id > m_profiledUpTo)
            continue;
        if (!effect.wasAdded && !(effect.fields & textFields) && m_profiles.contains(effect.id))
            continue;
        if (Result<Story> story = m_session.store().story(effect.id))
            m_profiles.add(story.value());
    }
    scheduleRefresh();
}

void ValueSuggestionsPanel::profileSlice()
{
    if (!m_session.isOpen() || profilesComplete()) {
        m_profileTimer->stop();
        return;
    }
    QElapsedTimer slice;
    slice.start();
    do {
        Result<QList<Story>> page = m_session.store().storiesAfter(m_profiledUpTo, ProfilePageSize);
        if (!page) {
            m_profileTimer->stop();
            m_status->setText(page.error());
            return;
        }
        if (page->isEmpty()) {
            m_profiledUpTo = -1;
            m_profileTimer->stop();
            if (isVisible())
                refresh();
            else
                m_stale = true;
            return;
        }
        for (const Story &story : page.value())
            m_profiles.add(story);
        m_profiledUpTo = page->last().id;
    } while (slice.elapsed() < ProfileSliceMs);
}

void ValueSuggestionsPanel::prepareAllProfiles()
{
    if (!profilesComplete())
        m_profileTimer->start();
    while (m_profileTimer->isActive())
        profileSlice();
}

void ValueSuggestionsPanel::setValueId(qint64 valueId)
{
    if (valueId == m_valueId)
        return;
    m_valueId = valueId;
    scheduleRefresh();
}

void ValueSuggestionsPanel::scheduleRefresh()
{
    // Suggestions read every story: skip the work while collapsed or hidden, and let a burst of
    // changes (typing in the story editor) settle first.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshTimer->start();
}

void ValueSuggestionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleRefresh();
}

void ValueSuggestionsPanel::clearRows()
{
    // Keep the trailing stretch; rows go later, as one of their buttons may be mid-click.
    while (m_rowsLayout->count() > 1) {
        QLayoutItem *item = m_rowsLayout->takeAt(0);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

QWidget *ValueSuggestionsPanel::addRow(const QString &title, const QString &detail,
                                       const QString &buttonText, const QString &buttonName,
                                       const QString &buttonAccessibleName)
{
    auto *row = new QFrame(m_rows);
    row->setObjectName(QStringLiteral("suggestionRow"));
    row->setFrameShape(QFrame::StyledPanel);
    row->setAutoFillBackground(true);
    row->setBackgroundRole(QPalette::Base);

    auto *titleLabel = plainLabel(title, row);
    QFont font = titleLabel->font();
    font.setWeight(QFont::DemiBold);
    titleLabel->setFont(font);

    auto *detailLabel = plainLabel(detail, row);
    QFont small = detailLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    detailLabel->setFont(small);
    detailLabel->setForegroundRole(QPalette::PlaceholderText);
    detailLabel->setVisible(!detail.isEmpty());

    auto *button = new QPushButton(buttonText, row);
    button->setObjectName(buttonName);
    button->setAccessibleName(buttonAccessibleName);
    button->setToolTip(buttonAccessibleName);
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(titleLabel);
    text->addWidget(detailLabel);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addLayout(text, 1);
    layout->addWidget(button, 0, Qt::AlignVCenter);

    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
    return button;
}

void ValueSuggestionsPanel::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    clearRows();
    if (!m_session.isOpen() || m_valueId == 0) {
        m_title->setText(tr("Suggestions"));
        m_status->setText(tr("Select a value in the matrix to see the stories likely to "
                             "demonstrate it."));
        return;
    }
    const VaultStore &store = m_session.store();
    Result<ValuePrinciple> value = store.value(m_valueId);
    if (value && !profilesComplete()) {
        // Ranking waits for every story to be read; the slices call refresh() when done.
        m_title->setText(tr("Suggestions for “%1”").arg(VaultCommands::displayName(value->name)));
        m_status->setText(tr("Reading your stories to suggest the ones that fit…"));
        if (!m_profileTimer->isActive())
            m_profileTimer->start();
        return;
    }
    Result<QList<StoryValueLink>> links = store.links();
    Result<QList<ValuePrinciple>> allValues = store.allValues();
    Result<QList<Company>> companies = store.companies();
    if (!value || !links || !allValues || !companies) {
        m_title->setText(tr("Suggestions"));
        QString error = !value      ? value.error()
                        : !links    ? links.error()
                        : !allValues ? allValues.error()
                                     : companies.error();
        m_status->setText(error);
        return;
    }
    const qint64 valueId = m_valueId;
    const QString valueName = VaultCommands::displayName(value->name);
    m_title->setText(tr("Suggestions for “%1”").arg(valueName));

    int count = 0;
    for (const StoryValueLink &link : links.value())
        count += link.valueId == valueId ? 1 : 0;
    switch (ValueCoverage::levelFor(count)) {
    case ValueCoverage::Level::Gap:
        m_status->setText(tr("Gap: no story shows this value yet. These look likely:"));
        break;
    case ValueCoverage::Level::Minimum:
        m_status->setText(tr("One story so far; a second makes it stronger:"));
        break;
    case ValueCoverage::Level::Ideal:
        m_status->setText(tr("Covered by %n story(s). Other candidates:", nullptr, count));
        break;
    }

    const QList<StorySuggestion> suggestions =
        StorySuggestions::forValue(value.value(), m_profiles, links.value(), allValues.value(),
                                   companies.value(), MaxSuggestions);
    const QList<ReuseSuggestion> reusable = StorySuggestions::reusableMappings(
        value.value(), links.value(), allValues.value(), companies.value(), MaxReuseSuggestions);
    // Only the few stories shown are read, not the whole vault.
    QHash<qint64, QString> titles;
    const auto readTitle = [&titles, &store](qint64 storyId) {
        if (titles.contains(storyId))
            return;
        Result<Story> story = store.story(storyId);
        titles.insert(storyId, story ? StoryVaultModel::displayTitle(story.value()).simplified()
                                     : QString());
    };
    for (const StorySuggestion &suggestion : suggestions)
        readTitle(suggestion.storyId);
    for (const ReuseSuggestion &reuse : reusable)
        readTitle(reuse.storyId);
    QHash<qint64, QString> valueNames;
    for (const ValuePrinciple &v : allValues.value())
        valueNames.insert(v.id, VaultCommands::displayName(v.name));
    QHash<qint64, QString> companyNames;
    for (const Company &company : companies.value())
        companyNames.insert(company.id, VaultCommands::displayName(company.name));

    for (const StorySuggestion &suggestion : suggestions) {
        const qint64 storyId = suggestion.storyId;
        const QString title = titles.value(storyId);
        QWidget *button = addRow(
            title, suggestion.reason, tr("Map"),
            QStringLiteral("mapSuggestionButton_%1").arg(storyId),
            tr("Map %1 to %2").arg(quoted(title), quoted(valueName)));
        connect(static_cast<QPushButton *>(button), &QPushButton::clicked, this,
                [this, storyId, valueId] { emit mapRequested(storyId, valueId); });
    }

    for (const ReuseSuggestion &reuse : reusable) {
        const qint64 storyId = reuse.storyId;
        const QString title = titles.value(storyId);
        const QString from = valueNames.value(reuse.fromValueId);
        const QString company = companyNames.value(reuse.fromCompanyId);
        const bool hasNotes = !reuse.notes.trimmed().isEmpty();
        const QString heading =
            hasNotes ? tr("Reuse %1 from %2 at %3 — with its notes")
                           .arg(quoted(title), quoted(from), company)
                     : tr("Reuse %1 from %2 at %3").arg(quoted(title), quoted(from), company);
        QString preview = reuse.notes.simplified();
        if (preview.size() > 140)
            preview = preview.left(139) + QStringLiteral("…");
        const QString notes = reuse.notes;
        QWidget *button = addRow(heading, preview, tr("Reuse"),
                                 QStringLiteral("reuseSuggestionButton_%1").arg(storyId),
                                 tr("Map %1 to %2 with the notes written for %3")
                                     .arg(quoted(title), quoted(valueName), quoted(from)));
        connect(static_cast<QPushButton *>(button), &QPushButton::clicked, this,
                [this, storyId, valueId, notes] { emit reuseRequested(storyId, valueId, notes); });
    }

    if (suggestions.isEmpty() && reusable.isEmpty()) {
        auto *none = plainLabel(count == 0
                                    ? tr("No story shares a theme or words with this value yet. "
                                         "Drag one from the Story Vault onto its row.")
                                    : tr("No other story shares a theme or words with this "
                                         "value."),
                                m_rows, "noSuggestionsLabel");
        none->setForegroundRole(QPalette::PlaceholderText);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, none);
    }
}

} // namespace starling
