# STARLING_SANITIZE: a comma-separated -fsanitize= list (e.g. "address,undefined") for every
# target this project builds. Qt itself stays uninstrumented, which ASan and UBSan allow.
# CI runs the whole test suite this way by default (scripts/bootstrap.sh test, BUILD-asan).
set(STARLING_SANITIZE "" CACHE STRING
    "Sanitizers for the project's own targets, e.g. address,undefined (empty: none)")

if(STARLING_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "STARLING_SANITIZE needs GCC or Clang.")
    endif()
    # Frame pointers give LeakSanitizer and UBSan's stack traces whole stacks cheaply;
    # -fno-sanitize-recover makes undefined behaviour fail the test instead of scrolling past.
    set(starling_sanitize_flags -fsanitize=${STARLING_SANITIZE} -fno-omit-frame-pointer)
    if(STARLING_SANITIZE MATCHES "undefined")
        list(APPEND starling_sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    # Directory-wide, before any add_subdirectory(): every target of ours, compile and link.
    add_compile_options(${starling_sanitize_flags})
    add_link_options(-fsanitize=${STARLING_SANITIZE})
    message(STATUS "Sanitizers: ${STARLING_SANITIZE}")
endif()
