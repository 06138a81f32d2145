# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack --config <build>/CPackConfig.cmake` (scripts/package) turns the install rules
# into plugboard_<version>_amd64.deb. The version is project(Plugboard VERSION ...).

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plugboard)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Plugboard developers")
set(CPACK_PACKAGE_CONTACT "${PLUGBOARD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop manager for Dispatcharr-style Python plugins")
set(CPACK_PACKAGE_DESCRIPTION
    "Plugboard discovers, shows, configures and runs Python plugins written to
Dispatcharr's plugin contract. It keeps settings and enabled state in a
local SQLite database, imports plugin zips safely and runs plugin actions in
an embedded CPython.

The package holds the window (plugboard), the command line (plugboardctl),
the launcher entry (which also opens plugin zips), the AppStream metadata
and a few example plugins.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debian strips and never ships build paths; RelWithDebInfo binaries carry debug info.
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # plugboard_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PLUGBOARD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the executables link come from dpkg-shlibdeps. What they load at run time must be
# named: Python's standard library for plugins (python3), Qt's SQLite driver (a plugin),
# Qt's SVG image and icon plugins (the app icon, SVG plugin logos) and gpgv, run to check the
# signatures of plugin repositories.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3, libqt6sql6-sqlite, libqt6svg6, gpgv")
# qt6-wayland: without it a Wayland session runs the window through XWayland.
# qt6-translations-l10n: Qt's own strings (standard buttons, --help) in the user's language.
# fonts-noto-color-emoji: emoji in plugins' names and buttons, drawn rather than as boxes.
# The python3-* packages are the
# plugin environment: the third-party modules real Dispatcharr plugins import
# (core/common/pluginmodules.h; scripts/setup installs the same list).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, fonts-noto-color-emoji, python3-tz, python3-requests, python3-dateutil, python3-yaml, python3-jinja2, python3-pil, python3-numpy, python3-thefuzz, python3-m3u8, python3-streamlink, python3-dacite")

include(CPack)
