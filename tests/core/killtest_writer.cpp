// Helper for tst_killtest: opens the vault named by argv[1] and writes a mixed stream of edits
// until it is killed. After each commit returns it prints one line saying what is now
// guaranteed to be in the vault, and flushes, so the parent can check every reported edit
// survived a SIGKILL at any point.
//
// Before each write it prints "? <what>" naming the write about to start, so the parent knows
// which single edit was in flight when the kill came: that one may or may not have committed,
// but must be all or nothing.
//
// Lines (ids are decimal, the title runs to the end of the line):
//   story <id> <title>          story <id> exists with exactly this title
//   gone <id>                   story <id> was removed, with its links
//   company <id>                company <id> exists
//   value <id> <companyId>      value <id> exists
//   link <storyId> <valueId>    the link exists (until either end is removed)
//   batch <id1> <id2> <valueId> <title>
//                               one transaction: two stories with this title, both linked to
//                               the value

#include "vaultstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace starling;

namespace {

void report(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "killtest_writer: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: killtest_writer VAULT [SEED]"));
    const quint32 seed = args.size() > 2 ? args[2].toUInt() : quint32(QCoreApplication::applicationPid());
    QRandomGenerator random(seed);

    VaultStore store;
    if (Status opened = store.open(args[1]); !opened)
        die(opened.error());

    // Start from what the vault holds, so edits also touch rows from earlier rounds.
    QList<qint64> stories;
    QList<qint64> values;
    QList<qint64> companies;
    if (Result<QList<Story>> list = store.stories(); list) {
        for (const Story &s : list.value())
            stories.append(s.id);
    }
    if (Result<QList<ValuePrinciple>> list = store.allValues(); list) {
        for (const ValuePrinciple &v : list.value())
            values.append(v.id);
    }
    if (Result<QList<Company>> list = store.companies(); list) {
        for (const Company &c : list.value())
            companies.append(c.id);
    }

    auto pick = [&](const QList<qint64> &ids) { return ids.at(int(random.bounded(quint32(ids.size())))); };
    for (quint64 n = 0;; ++n) {
        // Mixed scripts and an emoji, so the check also covers text that is not ASCII.
        const QString title = QStringLiteral("edit %1-%2 שלום 你好 🚀").arg(seed).arg(n);
        const quint32 op = random.bounded(100u);
        if (op < 30 || stories.isEmpty()) {
            Story s;
            s.title = title;
            s.situation = QString(int(random.bounded(2000u)), u's');
            report(QStringLiteral("? add"));
            Result<qint64> id = store.addStory(s);
            if (!id)
                die(id.error());
            stories.append(id.value());
            report(QStringLiteral("story %1 %2").arg(id.value()).arg(title));
        } else if (op < 55) {
            Story s;
            s.id = pick(stories);
            s.title = title;
            s.action = QString(int(random.bounded(4000u)), u'a');
            report(QStringLiteral("? story %1 %2").arg(s.id).arg(title));
            if (Status st = store.updateStory(s, StoryField::Title | StoryField::Action); !st)
                die(st.error());
            report(QStringLiteral("story %1 %2").arg(s.id).arg(title));
        } else if (op < 65 || values.isEmpty()) {
            if (companies.isEmpty() || random.bounded(4u) == 0) {
                Company c;
                c.name = QStringLiteral("Company %1-%2").arg(seed).arg(n);
                report(QStringLiteral("? company"));
                Result<qint64> id = store.addCompany(c);
                if (!id)
                    die(id.error());
                companies.append(id.value());
                report(QStringLiteral("company %1").arg(id.value()));
            }
            ValuePrinciple v;
            v.companyId = pick(companies);
            v.name = QStringLiteral("Value %1").arg(n);
            v.position = random.bounded(2u) ? -1 : 0;
            report(QStringLiteral("? value"));
            Result<qint64> id = store.addValue(v);
            if (!id)
                die(id.error());
            values.append(id.value());
            report(QStringLiteral("value %1 %2").arg(id.value()).arg(v.companyId));
        } else if (op < 80) {
            const StoryValueLink link{pick(stories), pick(values), title};
            report(QStringLiteral("? link %1 %2").arg(link.storyId).arg(link.valueId));
            if (Status st = store.setLink(link); !st)
                die(st.error());
            report(QStringLiteral("link %1 %2").arg(link.storyId).arg(link.valueId));
        } else if (op < 88) {
            const qint64 id = pick(stories);
            report(QStringLiteral("? gone %1").arg(id));
            if (Status st = store.removeStory(id); !st)
                die(st.error());
            stories.removeOne(id);
            report(QStringLiteral("gone %1").arg(id));
        } else {
            const qint64 valueId = pick(values);
            qint64 first = 0, second = 0;
            report(QStringLiteral("? batch %1").arg(title));
            const Status st = store.transact([&]() -> Status {
                Story s;
                s.title = title;
                Result<qint64> a = store.addStory(s);
                if (!a)
                    return a.takeError();
                Result<qint64> b = store.addStory(s);
                if (!b)
                    return b.takeError();
                first = a.value();
                second = b.value();
                if (Status link = store.setLink({first, valueId, {}}); !link)
                    return link;
                return store.setLink({second, valueId, {}});
            });
            if (!st)
                die(st.error());
            stories.append(first);
            stories.append(second);
            report(QStringLiteral("batch %1 %2 %3 %4").arg(first).arg(second).arg(valueId).arg(title));
        }
    }
}
