// Helper for the lock and damaged-file tests: a second process that holds a vault the way
// another program would, until it is killed.
//   vault_holder lock VAULT        holds Starling's single-instance lock (VaultLock)
//   vault_holder exclusive VAULT   holds an exclusive SQLite lock (BEGIN EXCLUSIVE), like
//                                  another program in the middle of a long write
// It prints "held <pid>" once it holds the lock, then waits to be killed.

#include "vaultlock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace starling;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: vault_holder lock|exclusive VAULT\n");
        return 2;
    }
    VaultLock lock;
    if (args[1] == u"lock") {
        if (Status s = lock.acquire(args[2]); !s) {
            std::fprintf(stderr, "vault_holder: %s\n", qPrintable(s.error()));
            return 1;
        }
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(args[2]);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            std::fprintf(stderr, "vault_holder: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    std::printf("held %lld\n", qlonglong(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
