#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. English ships only plural forms ("%n value(s)"
# → "1 value" / "2 values"), which this script fills in; other languages are edited in Linguist.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$root"
"$lupdate" -silent -locations none -pluralonly core ui app -ts translations/starling_en.ts
python3 scripts/fill-english-plurals.py translations/starling_en.ts
