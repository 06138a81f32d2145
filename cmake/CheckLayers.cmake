# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering of docs/architecture.md, held against every #include of core/ and ui/.
#
#   cmake -DROOT=<source dir> [-DSTAMP=<file>] -P cmake/CheckLayers.cmake
#
# Each core/ area may include only the areas listed for it (and itself); ui/ may include its own
# folders and the core areas listed for it. A wrong include stops the build with the file, the
# line and the rule it breaks. The build runs this whenever a source file changes; a CTest case
# runs it on a deliberately wrong tree to show that it fails.

cmake_minimum_required(VERSION 3.25)

if(NOT ROOT)
    message(FATAL_ERROR "CheckLayers: pass -DROOT=<source dir>")
endif()

# What each core area may include, lowest floor first. Keep in step with docs/architecture.md.
set(allowed_common "")
set(allowed_jobs common)
set(allowed_manifest common)
set(allowed_paths common)
set(allowed_store common)
set(allowed_settings common manifest)
set(allowed_catalog common manifest settings store)
set(allowed_runner common jobs manifest store)
set(allowed_hostprotocol common manifest store runner)
set(allowed_python common jobs manifest runner hostprotocol)
set(allowed_hostprocess common jobs manifest store runner hostprotocol)
set(allowed_install common catalog manifest)
set(allowed_about common install python)
set(allowed_repos common jobs manifest paths store catalog install)
set(allowed_manager common jobs manifest paths store settings catalog runner python hostprocess
    install repos)
set(allowed_api common jobs manifest paths store settings catalog runner manager about repos)
set(core_areas common jobs manifest paths store settings catalog runner hostprotocol python
    hostprocess install about repos manager api)

# ui/: widgets over the facade and value types; never Python, SQL, zips or the REST server.
set(allowed_ui common jobs manifest paths settings catalog runner manager about)
# The plain value headers of store/ that the activity tab shows (no SQL in them).
set(ui_store_headers store/logline.h store/journalentry.h store/recoveryreport.h)

set(problems "")
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
file(GLOB ui_dirs LIST_DIRECTORIES true RELATIVE "${ROOT}/ui" "${ROOT}/ui/*")

foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative "${ROOT}" "${source}")
    string(REGEX MATCH "^(core|ui)/([^/]+)/" _ "${relative}")
    set(layer "${CMAKE_MATCH_1}")
    set(area "${CMAKE_MATCH_2}")
    if(layer STREQUAL "core" AND NOT area IN_LIST core_areas)
        # A file directly in core/ (none today) or a new area nobody placed yet.
        string(CONCAT problem "${relative}: core/${area}/ is not an area of the layering in "
               "cmake/CheckLayers.cmake; add it there and to docs/architecture.md")
        list(APPEND problems "${problem}")
        continue()
    endif()
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "\"([^\"]+)\"" _ "${line}")
        set(included "${CMAKE_MATCH_1}")
        if(NOT included MATCHES "/")
            continue() # a sibling file in the same folder
        endif()
        string(REGEX MATCH "^([^/]+)/" _ "${included}")
        set(target "${CMAKE_MATCH_1}")
        if(layer STREQUAL "core")
            if(target STREQUAL area OR target IN_LIST allowed_${area})
                continue()
            endif()
            list(JOIN allowed_${area} ", " may)
            string(CONCAT problem "${relative} includes \"${included}\": core/${area}/ may "
                   "include only ${may} (a ${target}/ header reaches up or across the layers)")
            list(APPEND problems "${problem}")
        else()
            if(target IN_LIST ui_dirs OR target IN_LIST allowed_ui
               OR included IN_LIST ui_store_headers)
                continue()
            endif()
            list(JOIN allowed_ui ", " may)
            list(JOIN ui_store_headers " and " headers)
            string(CONCAT problem "${relative} includes \"${included}\": ui/ may include only "
                   "its own folders, ${may}, and ${headers}")
            list(APPEND problems "${problem}")
        endif()
    endforeach()
endforeach()

if(problems)
    string(REPLACE ";" "\n  " text "${problems}")
    message(FATAL_ERROR "Layering broken (see docs/architecture.md):\n  ${text}")
endif()
if(STAMP)
    file(WRITE "${STAMP}" "layers checked\n")
endif()
