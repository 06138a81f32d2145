# Warnings for our own targets only (Qt and Python headers are system includes).
function(plugboard_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-gnu-zero-variadic-macro-arguments)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-pedantic)
    endif()
endfunction()

# plugboard_add_test(<name> SOURCES <files...> [LIBS <targets...>] [GUI])
# One Qt Test executable per unit. A suite that runs zero test functions fails: Qt Test prints
# "Totals: 0 passed", and an empty suite proves nothing.
function(plugboard_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;DEPENDS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE plugboard-core Qt6::Test ${T_LIBS})
    plugboard_warnings(${name})
    add_dependencies(${name} plugboardctl ${T_DEPENDS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
        FAIL_REGULAR_EXPRESSION "Totals: 0 passed"
        TIMEOUT 300)
endfunction()
