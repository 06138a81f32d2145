// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManagerPrivate: the snapshots. Lookup by key or folder, adopting what a discovery found,
// and the runtime view (what the code in this process is doing) laid over the stored one.

#include "catalog/pluginkey.h"
#include "manager/pluginmanager_p.h"
#include "runner/pluginrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcManager, "plugboard.core.manager", QtInfoMsg)

namespace plugboard {

namespace {

// SPEC §4: class attributes fill what plugin.json left empty; the code's fields and actions
// replace the manifest's only when the code declares a non-empty list.
PluginManifest completedBy(PluginManifest manifest, const LoadResult &code)
{
    const auto fill = [](QString &target, const QString &value) {
        if (target.isEmpty())
            target = value;
    };
    fill(manifest.name, code.name);
    fill(manifest.version, code.version);
    fill(manifest.description, code.description);
    fill(manifest.author, code.author);
    fill(manifest.helpUrl, code.helpUrl);
    if (code.fieldsDeclared)
        manifest.fields = code.fields;
    if (code.actionsDeclared)
        manifest.actions = code.actions;
    return manifest;
}

} // namespace

qsizetype PluginManagerPrivate::indexOf(const QString &keyOrFolder) const
{
    // An exact key first; then an exact folder name, so the folder that lost a duplicate-key
    // clash is found as itself and never resolves to the winner; then the normalised name.
    const auto find = [this](auto &&matches) -> qsizetype {
        for (qsizetype i = 0; i < plugins.size(); ++i) {
            if (matches(plugins[i]))
                return i;
        }
        return -1;
    };
    qsizetype i =
        find([&](const PluginInfo &p) { return !p.isDuplicate() && p.key() == keyOrFolder; });
    if (i < 0)
        i = find([&](const PluginInfo &p) { return p.folderName() == keyOrFolder; });
    if (i < 0) {
        const QString normalised = PluginKey::fromFolderName(keyOrFolder);
        i = find([&](const PluginInfo &p) { return !p.isDuplicate() && p.key() == normalised; });
    }
    return i;
}

Result<qsizetype> PluginManagerPrivate::find(const QString &keyOrFolder) const
{
    const qsizetype i = indexOf(keyOrFolder);
    if (i < 0)
        return PluginKey::unknown(keyOrFolder);
    return i;
}

void PluginManagerPrivate::adopt(QList<PluginInfo> discovered)
{
    plugins = std::move(discovered);
    readLoadFailures();
    for (PluginInfo &info : plugins)
        info = withRuntime(info);
    qCDebug(lcManager) << "discovered" << plugins.size() << "plugins in" << paths.pluginsDir;
    Q_EMIT q->pluginsReset();
}

PluginInfo PluginManagerPrivate::withRuntime(const PluginInfo &info) const
{
    // A duplicate-key loser shares its key with the winner but never runs: nothing of the
    // winner's runtime state or manifest applies to it.
    if (info.isUnusable() || !info.enabled())
        return info.withoutCode();
    const QString &key = info.key();
    const LoadResult *code = runner->loadResult(key);
    if (code && code->ok) {
        return info.withCode(completedBy(info.withoutCode().manifest(), *code), code->diagnostics)
            .withState(PluginState::Loaded);
    }
    const PluginInfo plain = info.withoutCode();
    if (runner->isLoading(key))
        return plain.withState(PluginState::Loading);
    const auto stored = loadFailures.constFind(key);
    if (code) {
        return plain.withState(PluginState::Failed, code->error, code->traceback,
                               stored != loadFailures.cend() ? stored->failedAt : QString());
    }
    // Not tried in this process: the last failure any process saw, until the plugin loads.
    if (stored != loadFailures.cend())
        return plain.withState(PluginState::Failed, stored->error, stored->traceback,
                               stored->failedAt);
    return plain.withState(PluginState::Enabled);
}

void PluginManagerPrivate::replace(qsizetype i, const PluginInfo &info)
{
    plugins[i] = info;
    Q_EMIT q->pluginChanged(info.key());
}

} // namespace plugboard
