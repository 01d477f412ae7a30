#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources, then says what is left for the translators.
#
#   scripts/update-translations.sh            refresh every catalogue
#   scripts/update-translations.sh --add fr   also start a catalogue for a new language
#
# English ships only plural forms ("%n value(s)" → "1 value" / "2 values"), which this script
# fills in; it is generated, so entries the sources no longer have are dropped from it. Every
# other language is edited in Qt Linguist: there, an entry whose source text changed or went
# away is kept and marked "vanished" (never dropped or hidden here), so the translator decides
# whether the old translation helps with the new text. tst_translations fails until no
# catalogue has an unfinished or vanished entry. See docs/languages.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
sources=(core ui app)
cd "$root"

if [[ "${1:-}" == "--add" ]]; then
    language="${2:?usage: $0 --add LANGUAGE (for example fr or pt_BR)}"
    if [[ ! "$language" =~ ^[a-z]{2,3}(_[A-Z]{2})?$ ]]; then
        echo "error: '$language' is not a language code such as fr or pt_BR" >&2
        exit 2
    fi
    new="translations/starling_${language}.ts"
    if [[ -e "$new" ]]; then
        echo "error: $new exists already" >&2
        exit 2
    fi
    "$lupdate" -silent -locations none -target-language "$language" "${sources[@]}" -ts "$new"
    echo "Created $new. Add it to TS_FILES in ui/CMakeLists.txt so the app ships it."
fi

"$lupdate" -silent -locations none -pluralonly -no-obsolete "${sources[@]}" \
    -ts translations/starling_en.ts
python3 scripts/fill-english-plurals.py translations/starling_en.ts

others=()
for ts in translations/starling_*.ts; do
    [[ "$ts" == translations/starling_en.ts ]] || others+=("$ts")
done
if ((${#others[@]})); then
    "$lupdate" -silent -locations none "${sources[@]}" -ts "${others[@]}"
fi

status=0
for ts in translations/starling_*.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
    echo "$ts: $unfinished unfinished, $vanished vanished"
    if ((unfinished + vanished)); then
        status=1
    fi
done
if ((status)); then
    echo "Open the catalogues above in Qt Linguist (linguist translations/starling_XX.ts) and" \
        "finish them; see docs/languages.md."
fi
exit "$status"
