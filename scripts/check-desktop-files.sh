#!/usr/bin/env bash
# Desktop integration check (CTest "desktop_integration", tests/app/CMakeLists.txt):
#
#   scripts/check-desktop-files.sh BUILD_DIR PREFIX BINDIR DATADIR
#
# 1. the .desktop file passes desktop-file-validate and the configured AppStream metainfo passes
#    appstreamcli validate (--no-net: the screenshot URLs are not fetched);
# 2. `cmake --install BUILD_DIR` into a temporary DESTDIR installs exactly the binary, the icon,
#    the desktop file, the metainfo and one .qm per translations/starling_*.ts — each where
#    desktop environments and software centres look, nothing missing and nothing more;
# 3. the installed files agree with each other (appstreamcli validate-tree; Exec and Icon name
#    installed files), a software catalogue composed from them (when the appstream-compose addon
#    is installed) has the icon and every shipped language, and the installed binary answers
#    --version.
# Exits 77 (CTest skip) when a validator is not installed; bootstrap.sh test installs both.
set -euo pipefail

if (($# != 4)); then
    echo "usage: $0 BUILD_DIR PREFIX BINDIR DATADIR" >&2
    exit 2
fi
build="$1" prefix="$2" bindir="$3" datadir="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmake="${CMAKE_COMMAND:-cmake}"
app_id="io.github.starling.Starling"

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (Debian: apt-get install desktop-file-utils appstream)."
        exit 77
    fi
done

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# desktop-file-validate exits 0 on hints and even on some warnings: only hints may remain.
validate_desktop() {
    local output
    if ! output="$(desktop-file-validate "$1" 2>&1)"; then
        fail "desktop-file-validate rejects $1:"$'\n'"$output"
    elif grep -Eq '(error|warning):' <<<"$output"; then
        fail "desktop-file-validate warns about $1:"$'\n'"$output"
    elif [[ -n "$output" ]]; then
        echo "$output"
    fi
}

validate_metainfo() {
    local output
    if ! output="$(appstreamcli validate --no-net --no-color "$1" 2>&1)"; then
        fail "appstreamcli validate rejects $1:"$'\n'"$output"
    fi
}

echo "== validators on the sources"
validate_desktop "$root/resources/desktop/$app_id.desktop"
metainfo="$build/resources/desktop/$app_id.metainfo.xml"
if [[ -f "$metainfo" ]]; then
    validate_metainfo "$metainfo"
else
    fail "the configured metainfo $metainfo is missing (configure the build first)"
fi

echo "== cmake --install into a temporary DESTDIR"
destdir="$(mktemp -d)"
trap 'rm -rf "$destdir"' EXIT
if ! DESTDIR="$destdir" "$cmake" --install "$build" >"$destdir.log" 2>&1; then
    cat "$destdir.log"
    rm -f "$destdir.log"
    fail "cmake --install failed (is the starling target built?)"
    exit 1
fi
rm -f "$destdir.log"
top="$destdir$prefix"

expected=(
    "$bindir/starling"
    "$datadir/applications/$app_id.desktop"
    "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
    "$datadir/metainfo/$app_id.metainfo.xml"
)
for ts in "$root"/translations/starling_*.ts; do
    name="$(basename "$ts" .ts)"
    expected+=("$datadir/starling/translations/$name.qm")
done

for file in "${expected[@]}"; do
    [[ -s "$top/$file" ]] || fail "not installed: $prefix/$file"
done
[[ -x "$top/$bindir/starling" ]] || fail "$prefix/$bindir/starling is not executable"

# Nothing else: a stray tool, test or library in the prefix would end up in the package too.
while IFS= read -r file; do
    relative="${file#"$top"/}"
    found=0
    for wanted in "${expected[@]}"; do
        [[ "$relative" == "$wanted" ]] && found=1 && break
    done
    ((found)) || fail "installed but not expected: $prefix/$relative"
done < <(find "$destdir" -type f -o -type l)

echo "== the installed files agree with each other"
installed_desktop="$top/$datadir/applications/$app_id.desktop"
if [[ -f "$installed_desktop" ]]; then
    validate_desktop "$installed_desktop"
    exec_line="$(sed -n 's/^Exec=//p' "$installed_desktop")"
    [[ -x "$top/$bindir/${exec_line%% *}" ]] ||
        fail "Exec=$exec_line does not name the installed binary $prefix/$bindir/starling"
    icon="$(sed -n 's/^Icon=//p' "$installed_desktop")"
    [[ -f "$top/$datadir/icons/hicolor/scalable/apps/$icon.svg" ]] ||
        fail "Icon=$icon names no installed icon"
fi
icon_file="$top/$datadir/icons/hicolor/scalable/apps/$app_id.svg"
if [[ -f "$icon_file" ]] && ! grep -q '<svg' "$icon_file"; then
    fail "the installed icon is not an SVG image"
fi
if [[ -d "$top/$datadir/metainfo" ]]; then
    # validate-tree also checks that the metainfo's launchable names an installed .desktop file.
    if ! output="$(appstreamcli validate-tree --no-net --no-color "$top" 2>&1)"; then
        fail "appstreamcli validate-tree rejects the installed tree:"$'\n'"$output"
    fi
fi
# What a software centre will show, when the compose addon is installed (Debian:
# appstream-compose): the icon rendered from the SVG, and every shipped language found through
# the metainfo's <translation type="qt"> entry.
if appstreamcli compose --help >/dev/null 2>&1; then
    catalog="$destdir.catalog"
    if ! output="$(appstreamcli compose --no-net --no-color --origin=starling --prefix="$prefix" \
        --result-root="$catalog" "$destdir" 2>&1)"; then
        fail "appstreamcli compose failed:"$'\n'"$output"
    else
        xml="$(zcat "$catalog$prefix/share/swcatalog/xml/starling.xml.gz" 2>/dev/null || true)"
        compgen -G "$catalog$prefix/share/swcatalog/icons/starling/128x128/$app_id.png" >/dev/null ||
            fail "appstreamcli compose rendered no 128×128 icon from the SVG:"$'\n'"$output"
        for ts in "$root"/translations/starling_*.ts; do
            language="$(basename "$ts" .ts)"
            language="${language#starling_}"
            grep -Eq "<lang[^>]*>$language(_[A-Z]+)?</lang>" <<<"$xml" ||
                fail "the software catalogue does not list the language $language"
        done
    fi
    rm -rf "$catalog"
else
    echo "note: appstreamcli compose is not installed (appstream-compose); catalogue not checked"
fi
if [[ -x "$top/$bindir/starling" ]]; then
    version="$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)"
    if ! reply="$("$top/$bindir/starling" --version 2>&1)"; then
        fail "the installed starling --version failed: $reply"
    elif [[ "$reply" != *" $version" ]]; then
        fail "the installed starling --version says \"$reply\", the metainfo's release is $version"
    fi
fi

if ((failures)); then
    echo "$failures problem(s) with the desktop integration."
    exit 1
fi
echo "OK: desktop file and metainfo valid; ${#expected[@]} files installed where they belong."
