#!/usr/bin/env bash
# Builds the libFuzzer targets with Clang (build-fuzz) and runs each for a bounded time from its
# seed corpus (fuzz/corpus/TARGET) plus the regressions (fuzz/regressions/TARGET).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      default 60; STARLING_FUZZ_BUILD_DIR picks the build dir
#
# A crash, leak, timeout or broken invariant fails the script and leaves the input as
# BUILD/crashes/TARGET/crash-…: copy it into fuzz/regressions/TARGET/ with a fix, and
# tst_fuzzregressions replays it in the normal test suite from then on.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STARLING_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="$(nproc 2>/dev/null || echo 2)"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTARLING_BUILD_FUZZERS=ON -DSTARLING_BUILD_TESTS=OFF -DSTARLING_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target fuzz_vaultimport fuzz_pasteparser -j "$jobs"

# The fuzzers' sanitizer runtimes: leaks count, undefined behaviour stops the run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/cmake/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
for target in vaultimport pasteparser; do
    # New inputs go to a scratch copy of the corpus, so the checked-in seeds stay small.
    work="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$work" "$crashes"
    echo "== fuzz_$target: ${seconds}s"
    args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536
          -artifact_prefix="$crashes/" -print_final_stats=1)
    # A dictionary of the format's keys lets mutations get past the JSON parser.
    [[ -f "$root/fuzz/$target.dict" ]] && args+=(-dict="$root/fuzz/$target.dict")
    # git keeps no empty folders: a target without regressions yet has no folder for them.
    inputs=("$work" "$root/fuzz/corpus/$target")
    [[ -d "$root/fuzz/regressions/$target" ]] && inputs+=("$root/fuzz/regressions/$target")
    if ! "$build/bin/fuzz_$target" "${inputs[@]}" "${args[@]}" 2>"$build/fuzz_$target.log"; then
        status=1
        echo "fuzz_$target FAILED: see $build/fuzz_$target.log and $crashes/" >&2
        tail -n 40 "$build/fuzz_$target.log" >&2
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)|^Done ' \
        "$build/fuzz_$target.log" || true
done
exit "$status"
