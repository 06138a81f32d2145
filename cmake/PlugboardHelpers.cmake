# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings for our own targets only (Qt and Python headers are system includes).
function(plugboard_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-gnu-zero-variadic-macro-arguments)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-pedantic)
    endif()
endfunction()

# plugboard_add_test(<name> SOURCES <files...> [LIBS <targets...>] [GUI])
# One Qt Test executable per unit. A suite that passes no test function of its own fails: an
# empty suite proves nothing. Qt 6.4 counts initTestCase and cleanupTestCase as passes, so an
# empty suite prints "Totals: 2 passed", one whose every test skipped "Totals: 2 passed, 0 failed,
# N skipped", one skipped in initTestCase "Totals: 0 passed": up to 2 passes means none of the
# suite's own. "Totals: 12 passed" does not match (the one digit must be followed by " passed").
function(plugboard_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;DEPENDS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE plugboard-core Qt6::Test ${T_LIBS})
    plugboard_warnings(${name})
    add_dependencies(${name} plugboardctl ${T_DEPENDS})
    add_test(NAME ${name} COMMAND ${name})
    # English whatever the machine's locale: the suites compare English messages; the one
    # about languages (tst_language) sets the language of each process it starts.
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;LANGUAGE=en;PLUGBOARD_LANG="
        FAIL_REGULAR_EXPRESSION "Totals: [0-2] passed"
        TIMEOUT 300)
endfunction()
