#pragma once

#include "changenotifier.h"
#include "result.h"
#include "vaultstore.h"

#include <QObject>
#include <QUndoStack>

namespace starling {

// One open vault as the UI sees it: the store, the notifier every model listens to, and the
// undo stack every command goes through. Models, commands and widgets receive it through their
// constructors; nothing reaches for it globally.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(QObject *parent = nullptr);
    ~VaultSession() override;

    // Opens (or creates) the vault at path. On failure the previous vault stays open.
    Status open(const QString &path);
    void close();

    bool isOpen() const { return m_store.isOpen(); }
    QString path() const { return m_store.path(); }

    VaultStore &store() { return m_store; }
    const VaultStore &store() const { return m_store; }
    ChangeNotifier &notifier() { return m_notifier; }
    QUndoStack &undoStack() { return m_undoStack; }

signals:
    void opened(const QString &path);
    void closed();

private:
    ChangeNotifier m_notifier;
    VaultStore m_store;
    QUndoStack m_undoStack;
};

} // namespace starling
