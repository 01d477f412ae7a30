#include "changenotifier.h"

namespace starling {

ChangeNotifier::ChangeNotifier(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<starling::Change>();
}

void ChangeNotifier::announce(const QList<Change> &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

} // namespace starling
