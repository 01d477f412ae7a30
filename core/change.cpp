#include "change.h"

#include <QHash>

namespace starling {

QList<NetChange> netChanges(const QList<Change> &changes, EntityKind entity)
{
    QList<NetChange> net;
    QHash<qint64, qsizetype> at;
    for (const Change &change : changes) {
        if (change.entity != entity)
            continue;
        for (qint64 id : change.ids) {
            const auto it = at.constFind(id);
            if (it == at.cend()) {
                at.insert(id, net.size());
                net.append({id, change.type, change.fields, change.type == ChangeType::Added});
                continue;
            }
            NetChange &effect = net[*it];
            effect.last = change.type;
            effect.fields |= change.fields;
            effect.wasAdded = effect.wasAdded || change.type == ChangeType::Added;
        }
    }
    return net;
}

} // namespace starling
