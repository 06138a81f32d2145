// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManagerPrivate: the plugins' processes (issue 13) — what runs, and the memory each may
// use. The limits live in the database (PluginLimitStore) so the window, the server and the CLI
// share them; the runtime applies them when a process starts, and at once to a running one.

#include "hostprocess/hostprocessruntime.h"
#include "manager/pluginmanager_p.h"
#include "store/pluginlimitstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcManager)

namespace plugboard {

namespace {
constexpr qint64 MiB = 1024 * 1024;
} // namespace

QList<PluginProcess> PluginManagerPrivate::processes() const
{
    QList<PluginProcess> list;
    for (const HostProcessRuntime::Process &p : hosts->processes()) {
        const qsizetype i = indexOf(p.key);
        list.append({p.key, i >= 0 ? plugins[i].name() : p.key, p.pid, p.residentBytes,
                     p.memoryLimitBytes});
    }
    return list;
}

Result<int> PluginManagerPrivate::memoryLimitMb(const QString &plugin, bool *isDefault) const
{
    const Result<qsizetype> found = find(plugin);
    if (!found)
        return found.error();
    const Result<PluginLimitStore::MemoryLimit> limit =
        PluginLimitStore(paths.databasePath()).memoryLimit(plugins[found.value()].key());
    if (!limit)
        return limit.error();
    if (isDefault)
        *isDefault = limit.value().isDefault;
    return limit.value().mb;
}

Result<int> PluginManagerPrivate::setMemoryLimitMb(const QString &plugin, int mb)
{
    const Result<qsizetype> found = find(plugin);
    if (!found)
        return found.error();
    const QString key = plugins[found.value()].key();
    const Result<PluginLimitStore::MemoryLimit> saved =
        PluginLimitStore(paths.databasePath()).setMemoryLimit(key, mb);
    if (!saved)
        return saved.error();
    hosts->setMemoryLimit(key, saved.value().mb * MiB);
    return saved.value().mb;
}

void PluginManagerPrivate::applyMemoryLimit(const QString &key)
{
    const Result<PluginLimitStore::MemoryLimit> limit =
        PluginLimitStore(paths.databasePath()).memoryLimit(key);
    if (!limit)
        qCWarning(lcManager) << "using the default memory limit for" << key << "-"
                             << limit.error().message;
    const int mb = limit ? limit.value().mb : PluginLimitStore::DefaultMemoryLimitMb;
    hosts->setMemoryLimit(key, mb * MiB);
}

} // namespace plugboard
