// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard {

// What this process runs on, for `--version` and the About box. Each value is asked of the
// library actually loaded rather than taken from the headers the build saw, so a bug report
// stays true after a distribution updates a library under an installed Plugboard.
struct RuntimeVersions {
    QString plugboard; // project(Plugboard VERSION ...) in the top CMakeLists.txt
    QString qt;        // qVersion(): the loaded QtCore
    QString python;    // Py_GetVersion() of the linked libpython (Python is not started)
    QString sqlite;    // sqlite_version() through the QSQLITE driver the store uses
    QString quazip;    // the loaded libquazip's file name (QuaZip has no version call)
    QString examples;  // where the bundled example plugins were found; empty when nowhere
    // Of the plugin environment's modules, how many Python finds ("11 of 11", or what is
    // missing and which Debian package brings it): PluginEnvironment::summary().
    QString pluginModules;

    // Loads the QSQLITE driver if nothing did yet; touches no database file.
    static RuntimeVersions current();

    // "Qt 6.4.2, Python 3.11.2, SQLite 3.40.1, QuaZip 1.4"
    QString librariesLine() const;

    // The text of `program --version`: "<program> <version>" on the first line (what scripts
    // parse), then the libraries, the plugin modules and where the example plugins were found.
    static QString versionText(const QString &program);
};

} // namespace plugboard
