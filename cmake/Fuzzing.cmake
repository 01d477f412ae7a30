# STARLING_BUILD_FUZZERS: the libFuzzer targets in fuzz/. They need Clang (libFuzzer ships with
# it), so they get a build directory of their own:
#   CC=clang CXX=clang++ cmake -B build-fuzz -G Ninja -DSTARLING_BUILD_FUZZERS=ON \
#       -DSTARLING_BUILD_TESTS=OFF -DSTARLING_BUILD_BENCHMARKS=OFF
# scripts/fuzz.sh does this and runs each target for a bounded time.
option(STARLING_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (Clang only)" OFF)

if(STARLING_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "STARLING_BUILD_FUZZERS needs Clang for libFuzzer; configure a separate "
                            "build directory with CC=clang CXX=clang++.")
    endif()
    if(STARLING_SANITIZE)
        message(FATAL_ERROR "STARLING_BUILD_FUZZERS brings its own sanitizers; leave STARLING_SANITIZE empty.")
    endif()
endif()
