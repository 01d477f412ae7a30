#!/usr/bin/env bash
# Sets Starling up on Debian 12 from a clean clone.
#
#   scripts/bootstrap.sh run    install what is missing, build, start the app on the default vault
#   scripts/bootstrap.sh test   install what is missing, build, run every test, then a bounded
#                               fuzzing run (scripts/fuzz.sh), every test again under
#                               AddressSanitizer + UndefinedBehaviorSanitizer (BUILD-asan) and a
#                               check of the Debian package built from the test build
#                               (scripts/check-package.sh)
#
# Needs root (or sudo) only when packages are missing. Test-mode switches:
#   STARLING_FUZZ_SECONDS=N     fuzzing time per target (default 60); STARLING_SKIP_FUZZ=1 skips it
#   STARLING_CHECK_SANITIZE=0   skips the sanitizer suite, the longest stage: a second, -O0 build
#                               of the libraries and tests (ccache, when installed, makes reruns cheap)
#   STARLING_CHECK_LINT=1       also run clang-tidy and clazy (the lint target); off by default,
#                               on two cores it adds more than half an hour
set -euo pipefail

mode="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STARLING_BUILD_DIR:-$root/build}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libxkbcommon-dev libgl-dev
    # Spell checking (Hunspell with the English dictionary) and Qt's own translations for the
    # standard dialogs in German and Spanish.
    libhunspell-dev hunspell-en-us qt6-translations-l10n
    # Start-up loads the font configuration on a thread of its own (ui/fontwarmup.cpp).
    libfontconfig-dev
)
if [[ "$mode" == test ]]; then
    # Headless widget tests and screenshots, PDF checks, fixture tools; fonts for the prep-sheet
    # tests' Hebrew, Arabic, CJK and emoji text, which must print with real glyphs.
    packages+=(xvfb xauth sqlite3 poppler-utils qpdf fonts-dejavu-core fonts-droid-fallback fonts-symbola)
    # Quality checks: Clang with libFuzzer for the fuzzers, clang-tidy and clazy for lint.
    packages+=(clang libclang-rt-14-dev clang-tidy clazy)
    # German and Spanish dictionaries for the spelling tests; desktop-file and AppStream
    # validators and the Debian packaging tools for the desktop integration checks.
    packages+=(hunspell-de-de hunspell-es desktop-file-utils appstream appstream-compose dpkg-dev file)
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
    ctest --test-dir "$build" --output-on-failure -j "$jobs"

    if [[ "${STARLING_CHECK_LINT:-}" == 1 ]]; then
        echo "== lint: clang-tidy and clazy"
        cmake --build "$build" --target lint
    fi

    if [[ "${STARLING_SKIP_FUZZ:-}" != 1 ]]; then
        echo "== fuzzing"
        STARLING_FUZZ_BUILD_DIR="${build}-fuzz" bash "$root/scripts/fuzz.sh" "${STARLING_FUZZ_SECONDS:-60}"
    fi

    if [[ "${STARLING_CHECK_SANITIZE:-1}" != 0 ]]; then
        echo "== test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
        # -O0 -g1: compiling is most of this stage's time and -O1 costs a third more of it, while
        # the sanitized tests take minutes either way (the kill test's thirty rounds, each with a
        # sanitized child, about a quarter of a minute); line tables are all the reports need.
        # Benchmarks and tools are never run by CTest, so they are not built: Ninja's tests/all
        # is every target under tests/ and what they depend on, including the app they start.
        asan="${build}-asan"
        launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
            -DSTARLING_SANITIZE=address,undefined -DSTARLING_BUILD_BENCHMARKS=OFF \
            -DCMAKE_COMPILE_WARNING_AS_ERROR=ON "${launcher[@]}"
        cmake --build "$asan" -j "$jobs" --target tests/all
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1" \
        UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
        LSAN_OPTIONS="suppressions=$root/cmake/lsan.supp:print_suppressions=0" \
            ctest --test-dir "$asan" --output-on-failure -j "$jobs"
    fi

    echo "== Debian package (cpack, inspected and extracted, not installed)"
    bash "$root/scripts/check-package.sh" "$build"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
