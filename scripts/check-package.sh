#!/usr/bin/env bash
# Builds the Debian package from a build directory and checks it without installing it:
#
#   scripts/check-package.sh [BUILD_DIR]        default: build
#
# The build must be done (bootstrap.sh test calls this after the test suite). The check reads
# the package's control fields (name, the project's version, the dependencies dpkg-shlibdeps
# and CMakeLists.txt add), its file list, then extracts it into a temporary directory and runs
# the extracted binary's --version. The .deb stays in BUILD_DIR/packages/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
out="$build/packages"
app_id="io.github.starling.Starling"

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "check-package: $tool is missing (Debian: apt-get install cmake dpkg-dev)." >&2
        exit 1
    fi
done

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
if [[ -z "$version" ]]; then
    echo "check-package: $build is not a configured Starling build directory." >&2
    exit 1
fi

rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$out.log" 2>&1) || {
    cat "$out.log" >&2
    echo "check-package: cpack failed." >&2
    exit 1
}
rm -f "$out.log"
debs=("$out"/starling_*.deb)
if ((${#debs[@]} != 1)) || [[ ! -f "${debs[0]}" ]]; then
    echo "check-package: expected one starling_*.deb in $out." >&2
    exit 1
fi
deb="${debs[0]}"

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

echo "== $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == starling ]] || fail "Package is \"$(field Package)\", not starling"
[[ "$(field Version)" == "$version" ]] || fail "Version is \"$(field Version)\", the project's is $version"
depends="$(field Depends)"
# The plugin package CMakeLists.txt names, and libraries only dpkg-shlibdeps can have found.
for package in libqt6sql6-sqlite libqt6widgets6 libqt6svg6 libhunspell; do
    [[ "$depends" == *"$package"* ]] || fail "Depends lacks $package: $depends"
done

echo "== contents"
contents="$(dpkg-deb --contents "$deb")"
echo "$contents"
for path in ./usr/bin/starling \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    ./usr/share/starling/translations/starling_en.qm; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done

echo "== the extracted binary"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
dpkg-deb --extract "$deb" "$tree"
if command -v file >/dev/null; then
    file -b "$tree/usr/bin/starling"
    file -b "$tree/usr/bin/starling" | grep -q ', stripped' || fail "the packaged binary is not stripped"
fi
if reply="$("$tree/usr/bin/starling" --version 2>&1)"; then
    echo "$reply"
    [[ "$reply" == "Starling $version" ]] || fail "--version says \"$reply\", expected \"Starling $version\""
else
    fail "the extracted starling --version failed: $reply"
fi

if ((failures)); then
    echo "check-package: $failures problem(s)."
    exit 1
fi
echo "OK: $deb"
