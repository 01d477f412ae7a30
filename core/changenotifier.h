#pragma once

#include "change.h"

#include <QObject>

namespace starling {

// Announces every committed write to whoever shows vault data. The store owns no widgets and
// knows no models: it is handed a notifier and reports through it after each commit. Models
// connect to changed() and update just the rows a change names.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    void announce(const QList<Change> &changes);

signals:
    // One committed transaction; the list is in the order the writes happened.
    void changed(const QList<starling::Change> &changes);
    // The whole vault was replaced (another file opened, or closed): reload everything.
    void reset();
};

} // namespace starling
