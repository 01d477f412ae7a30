#!/usr/bin/env bash
# Runs clang-tidy and clazy over the project's own sources (core/, ui/, app/, tools/) listed in
# BUILD/compile_commands.json. Exits non-zero on any finding. Called by the `lint` target.
#   cmake/lint.sh SOURCE_DIR BUILD_DIR RUN_CLANG_TIDY CLAZY_STANDALONE
set -euo pipefail
src="$1" build="$2" run_clang_tidy="$3" clazy="$4"
jobs="${STARLING_LINT_JOBS:-$(nproc 2>/dev/null || echo 2)}"

mapfile -t files < <(python3 - "$build/compile_commands.json" "$src" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1]))
src = sys.argv[2].rstrip('/') + '/'
seen = set()
for e in entries:
    f = e['file']
    rel = f[len(src):] if f.startswith(src) else None
    if rel and rel.split('/')[0] in ('core', 'ui', 'app', 'tools') and f not in seen:
        seen.add(f)
        print(f)
PY
)
echo "lint: ${#files[@]} files, $jobs jobs"

status=0
echo "== clang-tidy (.clang-tidy)"
# -quiet drops the per-file banners; findings are errors through WarningsAsErrors in .clang-tidy.
if ! "$run_clang_tidy" -quiet -p "$build" -j "$jobs" "${files[@]}" >"$build/lint-clang-tidy.log" 2>&1; then
    status=1
fi
# Colour codes off, one line per finding even when several files include the same header.
sed 's/\x1b\[[0-9;]*m//g' "$build/lint-clang-tidy.log" | grep -E 'warning:|error:' | sort -u || true

echo "== clazy (.clazy)"
checks="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$src/.clazy" | grep -v '^$' | paste -sd, -)"
# Only headers of our own folders are analysed, never Qt's or the generated moc files.
header_filter="$src/(core|ui|app|tools)/"
: >"$build/lint-clazy.log"
printf '%s\0' "${files[@]}" | xargs -0 -P "$jobs" -n 4 \
    "$clazy" -p "$build" -checks="$checks" -header-filter="$header_filter" \
    -ignore-dirs="$build" -extra-arg=-Wno-unknown-warning-option >>"$build/lint-clazy.log" 2>&1 || true
if grep -E 'warning:|error:' "$build/lint-clazy.log" | sort -u | grep .; then
    status=1
fi

if ((status)); then
    echo "lint: findings above (full logs: $build/lint-clang-tidy.log, $build/lint-clazy.log)" >&2
else
    echo "lint: clean"
fi
exit "$status"
