// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/pluginenvironment.h"

#include "common/pluginmodules.h"
#include "python/pythonversion.h"
#include <QCoreApplication>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

#ifndef PLUGBOARD_PYTHON_HOME
#error "core/CMakeLists.txt must define PLUGBOARD_PYTHON_HOME"
#endif

namespace plugboard::PluginEnvironment {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginEnvironment)
};

// Where Debian's Python finds third-party modules: its own packages and the local ones.
QStringList moduleFolders()
{
    const QString home = QStringLiteral(PLUGBOARD_PYTHON_HOME);
    const QString minor = python::libraryVersion().section(QLatin1Char('.'), 0, 1); // "3.11"
    return {home + QStringLiteral("/lib/python3/dist-packages"),
            home + QStringLiteral("/local/lib/python%1/dist-packages").arg(minor),
            home + QStringLiteral("/lib/python%1/site-packages").arg(minor),
            home + QStringLiteral("/lib/python%1").arg(minor)};
}

bool foundIn(const QString &folder, const QString &module)
{
    const QDir dir(folder);
    if (QFileInfo(dir.filePath(module)).isDir() || QFileInfo::exists(dir.filePath(module + ".py")))
        return true;
    // A C extension: module.cpython-311-x86_64-linux-gnu.so
    return !dir.entryList({module + QStringLiteral(".*.so")}, QDir::Files).isEmpty();
}

} // namespace

Presence scan()
{
    const QStringList folders = moduleFolders();
    Presence p;
    for (const PluginModules::Module &m : PluginModules::known()) {
        if (!m.environment)
            continue;
        const bool found = std::any_of(folders.cbegin(), folders.cend(),
                                       [&](const QString &f) { return foundIn(f, m.name); });
        if (found)
            p.present << m.name;
        else
            p.missing << QStringLiteral("%1 (%2)").arg(m.name, m.debianPackage);
    }
    return p;
}

QString summary(const Presence &presence)
{
    const qsizetype all = presence.present.size() + presence.missing.size();
    QString text = Text::tr("%1 of %2").arg(presence.present.size()).arg(all);
    if (!presence.missing.isEmpty())
        text += Text::tr("; missing %1").arg(presence.missing.join(QStringLiteral(", ")));
    return text;
}

} // namespace plugboard::PluginEnvironment
