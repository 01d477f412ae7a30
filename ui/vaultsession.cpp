#include "vaultsession.h"

namespace starling {

VaultSession::VaultSession(QObject *parent)
    : QObject(parent)
    , m_store(&m_notifier)
{
    m_undoStack.setObjectName(QStringLiteral("undoStack"));
}

VaultSession::~VaultSession() = default;

Status VaultSession::open(const QString &path)
{
    // Probe with a separate store first, so a file we refuse leaves the current vault open.
    {
        VaultStore probe;
        if (Status s = probe.open(path); !s)
            return s;
    }
    m_undoStack.clear();
    if (Status s = m_store.open(path); !s) {
        emit m_notifier.reset();
        emit closed();
        return s;
    }
    emit m_notifier.reset();
    emit opened(m_store.path());
    return {};
}

void VaultSession::close()
{
    m_undoStack.clear();
    m_store.close();
    emit m_notifier.reset();
    emit closed();
}

} // namespace starling
