#include "vaultbalancewidget.h"

#include "vaultsession.h"

#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace starling {

namespace {

// Keep the dock compact: the vault-wide gaps and the first few story notes are enough.
constexpr int MaxLines = 6;
// More findings than this on opening a vault, and the details start folded.
constexpr qsizetype CompactFindings = 4;

QString dot(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">\u25CF</span>").arg(color.name());
}

QColor severityColor(BalanceFinding::Severity severity)
{
    switch (severity) {
    case BalanceFinding::Severity::Gap: return QColor(0xd0, 0x4a, 0x3c);
    case BalanceFinding::Severity::Advice: return QColor(0xe0, 0x8a, 0x1e);
    case BalanceFinding::Severity::Ok: return QColor(0x2e, 0x9d, 0x5b);
    }
    return Qt::gray;
}

// Which kind of story fixes a "missing-…" finding.
int kindFor(const QString &code)
{
    if (code == VaultBalance::missingSuccessCode())
        return int(StoryKind::Success);
    if (code == VaultBalance::missingFailureCode())
        return int(StoryKind::Failure);
    if (code == VaultBalance::missingTeamworkCode())
        return int(StoryKind::Teamwork);
    return 0;
}

} // namespace

VaultBalanceWidget::VaultBalanceWidget(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_header = new QToolButton(this);
    m_header->setObjectName(QStringLiteral("balanceHeader"));
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_header->setAccessibleDescription(tr("Shows or hides what the vault still needs"));

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("balanceDetails"));
    m_detailsLayout = new QVBoxLayout(m_details);
    m_detailsLayout->setContentsMargins(8, 0, 4, 4);
    m_detailsLayout->setSpacing(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_details);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &VaultBalanceWidget::refresh);
    connect(&session.notifier(), &ChangeNotifier::changed, this, [this](const QList<Change> &changes) {
        for (const Change &change : changes) {
            if (change.entity == EntityKind::Story) {
                m_refreshTimer->start();
                return;
            }
        }
    });
    connect(&session.notifier(), &ChangeNotifier::reset, this, [this] {
        refresh();
        // A vault opened with many gaps starts folded, so the story list keeps its room; the
        // headline still counts them and one click unfolds the lines.
        setExpanded(m_findings.size() <= CompactFindings);
    });
    connect(m_header, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_header->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    setExpanded(true);
    refresh();
}

bool VaultBalanceWidget::isExpanded() const
{
    return m_header->isChecked();
}

void VaultBalanceWidget::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_details->setVisible(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
}

void VaultBalanceWidget::refresh()
{
    m_refreshTimer->stop();
    m_findings.clear();
    m_error.clear();
    if (m_session.isOpen()) {
        // A page of stories at a time, keeping only their outlines: the whole vault's text
        // at once is most of the memory a big vault needs at start-up.
        constexpr int PageSize = 256;
        QList<StoryOutline> outlines;
        qint64 lastId = 0;
        for (;;) {
            const Result<QList<Story>> page = m_session.store().storiesAfter(lastId, PageSize);
            if (!page) {
                m_error = page.error();
                break;
            }
            for (const Story &story : page.value())
                outlines.append(StoryOutline::of(story));
            if (page.value().size() < PageSize)
                break;
            lastId = page.value().constLast().id;
        }
        if (m_error.isEmpty())
            m_findings = VaultBalance::analyzeOutlines(outlines);
    }
    rebuild();
}

void VaultBalanceWidget::rebuild()
{
    while (QLayoutItem *item = m_detailsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int gaps = 0;
    int advice = 0;
    for (const BalanceFinding &f : std::as_const(m_findings)) {
        gaps += f.severity == BalanceFinding::Severity::Gap;
        advice += f.severity == BalanceFinding::Severity::Advice;
    }
    QString headline;
    if (!m_session.isOpen())
        headline = tr("No vault open");
    else if (!m_error.isEmpty())
        headline = tr("Vault balance unknown: %1").arg(m_error); // never "complete" when unread
    else if (gaps > 0)
        headline = tr("Vault balance: %n gap(s)", nullptr, gaps)
            + (advice > 0 ? QStringLiteral(", ") + tr("%n suggestion(s)", nullptr, advice) : QString());
    else if (advice > 0)
        headline = tr("Vault balance: %n suggestion(s)", nullptr, advice);
    else
        headline = tr("Vault balance: complete");
    m_header->setText(headline);
    m_header->setToolTip(headline);
    m_header->setAccessibleName(headline);

    int shown = 0;
    for (const BalanceFinding &f : std::as_const(m_findings)) {
        // User text (story titles) is inside the message: escape it, then add our own link.
        QString html = dot(severityColor(f.severity)) + QStringLiteral("&nbsp;") + f.message.toHtmlEscaped();
        if (const int kind = kindFor(f.code); kind != 0)
            html += QStringLiteral(" <a href=\"add:%1\">%2</a>").arg(kind).arg(tr("Add one"));
        else if (f.storyId > 0)
            html += QStringLiteral(" <a href=\"story:%1\">%2</a>").arg(f.storyId).arg(tr("Open it"));
        auto *line = new QLabel(html, m_details);
        line->setObjectName(QStringLiteral("balanceFinding_") + f.code);
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        line->setAccessibleName(f.message);
        connect(line, &QLabel::linkActivated, this, &VaultBalanceWidget::activateLink);
        m_detailsLayout->addWidget(line);
        if (++shown == MaxLines && m_findings.size() > MaxLines) {
            auto *more = new QLabel(tr("… and %n more", nullptr, int(m_findings.size()) - shown), m_details);
            more->setObjectName(QStringLiteral("balanceMore"));
            m_detailsLayout->addWidget(more);
            break;
        }
    }
}

void VaultBalanceWidget::activateLink(const QString &link)
{
    if (link.startsWith(u"add:"))
        emit addStoryOfKindRequested(QStringView(link).mid(4).toInt());
    else if (link.startsWith(u"story:"))
        emit storyActivated(QStringView(link).mid(6).toLongLong());
}

} // namespace starling
