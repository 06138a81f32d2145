# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's default hardening, as dpkg-buildflags gives it to a package build: fortified libc
# calls and strong stack protection for every target, since the .deb is made from this same
# tree (lintian: hardening-no-fortify-functions). Optimised builds only: _FORTIFY_SOURCE needs
# optimisation. GCC only: the fuzz build (clang, ASan) does its own checking.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2> -fstack-protector-strong)
endif()
