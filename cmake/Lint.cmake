# `cmake --build BUILD --target lint`: clang-tidy (.clang-tidy) and clazy (.clazy) over the
# project's own sources in core/, ui/, app/ and tools/, through this build's
# compile_commands.json. Any finding fails the target. Tests and benchmarks are left out: Qt
# Test's macros and deliberately odd test inputs would need more suppressions than they find bugs.
find_program(STARLING_CLANG_TIDY NAMES run-clang-tidy run-clang-tidy-14)
find_program(STARLING_CLAZY NAMES clazy-standalone)

if(STARLING_CLANG_TIDY AND STARLING_CLAZY)
    add_custom_target(lint
        COMMAND bash "${PROJECT_SOURCE_DIR}/cmake/lint.sh" "${PROJECT_SOURCE_DIR}" "${CMAKE_BINARY_DIR}"
                "${STARLING_CLANG_TIDY}" "${STARLING_CLAZY}"
        WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
        USES_TERMINAL
        COMMENT "clang-tidy and clazy over core/, ui/, app/, tools/")
    # The sources include moc output, so the code generators must have run first.
    foreach(target IN ITEMS starling_core starling_report starling_models starling_widgets
                            starling starling_docshots starling_bigvault)
        if(TARGET ${target}_autogen)
            add_dependencies(lint ${target}_autogen)
        endif()
    endforeach()
else()
    add_custom_target(lint
        COMMAND ${CMAKE_COMMAND} -E echo "lint needs run-clang-tidy and clazy-standalone (Debian: clang-tidy clazy)"
        COMMAND ${CMAKE_COMMAND} -E false)
endif()
