#!/usr/bin/env bash
# Sets Starling up on Debian 12 from a clean clone.
#
#   scripts/bootstrap.sh run    install what is missing, build, start the app on the default vault
#   scripts/bootstrap.sh test   install what is missing, build, run every test
#
# Needs root (or sudo) only when packages are missing.
set -euo pipefail

mode="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STARLING_BUILD_DIR:-$root/build}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libxkbcommon-dev libgl-dev
)
if [[ "$mode" == test ]]; then
    # Headless widget tests and screenshots, PDF checks, fixture tools; fonts for the prep-sheet
    # tests' Hebrew, Arabic, CJK and emoji text, which must print with real glyphs.
    packages+=(xvfb xauth sqlite3 poppler-utils qpdf fonts-dejavu-core fonts-droid-fallback fonts-symbola)
fi
if [[ "$mode" == run ]]; then
    packages+=(xvfb xauth)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
case "$mode" in
run)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" --target starling -j "$jobs"
    if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
        exec "$build/bin/starling"
    fi
    echo "No display found: starting Starling on a virtual display (xvfb-run)."
    exec xvfb-run -a "$build/bin/starling"
    ;;
test)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
    cmake --build "$build" -j "$jobs"
    cd "$build"
    exec ctest --output-on-failure -j "$jobs"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
