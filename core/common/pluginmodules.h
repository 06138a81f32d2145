// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The Python modules real Dispatcharr plugins import, and where each comes from. One table for
// the load errors (core/python), the import preview (core/install), --version and About, and
// scripts/setup (which installs the "environment" set).
namespace plugboard::PluginModules {

struct Module {
    QString name;          // the top-level import name: "pytz", "PIL"
    QString debianPackage; // "python3-tz"; empty when Debian 12 has none
    bool environment;      // installed by scripts/setup and recommended by the .deb
};

// Third-party modules that plugins import, in the order the docs list them.
const QList<Module> &known();
// The Debian package that provides `topLevelName`, empty when unknown or none.
QString debianPackageFor(const QString &topLevelName);

// Modules that exist only inside Dispatcharr's own server process (its Django project and the
// services it runs): a plugin importing one lists and keeps its settings here, but its actions
// need Dispatcharr.
const QStringList &serverOnly();

} // namespace plugboard::PluginModules
