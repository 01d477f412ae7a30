#!/bin/sh
# Rebuilds the committed schema fixtures that tst_migrations upgrades. Needs the sqlite3 CLI.
#
# Keep one fixture per schema version: when a new migration (resources/migrations/00N_*.sql)
# raises VaultStore::SchemaVersion, add vault-vN.starling here — built from migrations 001..N
# plus a vault-vN-data.sql — and commit both. Never regenerate an old fixture from newer SQL:
# each one stands for files real users still have.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
migrations="$here/../../resources/migrations"

# application_id 0x53544C47 ("STLG") as decimal, as VaultStore::ApplicationId.
app_id=1398033479

build() { # build <version> <output> <data.sql> <migration files...>
    version=$1 out=$2 data=$3
    shift 3
    rm -f "$out" "$out-journal" "$out-wal" "$out-shm"
    {
        echo "PRAGMA journal_mode = DELETE;"
        echo "PRAGMA foreign_keys = ON;"
        echo "BEGIN;"
        for migration in "$@"; do
            # Migration files separate statements with a line holding only ";" and may end
            # without one.
            cat "$migration"
            echo ";"
        done
        cat "$data"
        echo "PRAGMA application_id = $app_id;"
        echo "PRAGMA user_version = $version;"
        echo "COMMIT;"
    } | sqlite3 -bail "$out" >/dev/null
    # Rollback-journal mode and no leftover side files: the fixture is one self-contained file.
    sqlite3 -bail "$out" "PRAGMA foreign_key_check; VACUUM;" >/dev/null
    test "$(sqlite3 "$out" 'PRAGMA journal_mode; PRAGMA quick_check;' | tr '\n' ' ')" = "delete ok "
    test ! -e "$out-wal" && test ! -e "$out-journal"
    echo "wrote $out (schema $version)"
}

build 1 "$here/vault-v1.starling" "$here/vault-v1-data.sql" \
    "$migrations/001_stories_and_values.sql"
