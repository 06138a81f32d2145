// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/plugininfo.h"

#include "catalog/pluginkey.h"
#include "settings/pluginsettings.h"
#include "store/storedplugin.h"

#include <QUrl>

namespace plugboard {

PluginInfo::PluginInfo()
{
    // Default snapshots (an empty optional's, a list being resized) share one empty block.
    static const std::shared_ptr<const Shared> empty = std::make_shared<const Shared>();
    d = empty;
}

PluginInfo::PluginInfo(Data data)
{
    auto shared = std::make_shared<Shared>();
    shared->data = std::move(data);
    d = std::move(shared);
}

PluginInfo::PluginInfo(std::shared_ptr<const Shared> shared)
    : d(std::move(shared))
{}

PluginInfo PluginInfo::changed(const std::function<void(Shared &)> &change) const
{
    auto copy = std::make_shared<Shared>(*d);
    change(*copy);
    return PluginInfo(std::shared_ptr<const Shared>(std::move(copy)));
}

QString PluginInfo::loadFailedAt() const
{
    return state() == PluginState::Failed ? d->data.loadFailedAt : QString();
}

QString PluginInfo::loadError() const
{
    return state() == PluginState::Failed ? error() : QString();
}

QString PluginInfo::name() const
{
    if (!manifest().name.isEmpty())
        return manifest().name;
    if (!folderName().isEmpty())
        return folderName();
    return d->data.storedName.isEmpty() ? key() : d->data.storedName;
}

QString PluginInfo::safeHelpUrl() const
{
    const QUrl url(manifest().helpUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !url.host().isEmpty())
        return url.toString();
    return {};
}

const FieldSpec *PluginInfo::field(const QString &id) const
{
    for (const FieldSpec &f : fields()) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const ActionSpec *PluginInfo::action(const QString &id) const
{
    for (const ActionSpec &a : actions()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QJsonObject PluginInfo::effectiveSettings() const
{
    return PluginSettings::effective(fields(), storedSettings());
}

QStringList PluginInfo::orphanedSettings() const
{
    if (isMissing())
        return {}; // the fields are unknown, not retired
    return PluginSettings::orphanedKeys(fields(), storedSettings());
}

QString PluginInfo::enableBlocker() const
{
    return isUnusable() ? error() : QString();
}

bool PluginInfo::hasProblems() const
{
    if (isUnusable() || state() == PluginState::Failed)
        return true;
    // Warnings count too: a card says "Problems in its files" for them (PluginStatus). A legacy
    // plugin's own warning (no plugin.json) is not one: the Legacy filter lists those.
    for (const Diagnostic &diagnostic : diagnostics()) {
        if (diagnostic.severity == Diagnostic::Severity::Error || !isLegacy())
            return true;
    }
    return false;
}

PluginInfo PluginInfo::withStored(const StoredPlugin &row) const
{
    return changed([&](Shared &s) {
        Data &data = s.data;
        data.everEnabled = row.everEnabled;
        data.trusted = row.trusted;
        data.storedSettings = row.settings;
        if (plugboard::isUnusable(data.state))
            return;
        if (!row.enabled) {
            data.state = PluginState::Disabled;
            data.error.clear();
            data.traceback.clear();
        } else if (data.state == PluginState::Disabled) {
            data.state = PluginState::Enabled;
        }
    });
}

PluginInfo PluginInfo::withState(PluginState state, const QString &error, const QString &traceback,
                                 const QString &failedAt) const
{
    if (!enabled() || !isSwitchedOn(state) ||
        (state == this->state() && error == this->error() && traceback == this->traceback() &&
         failedAt == d->data.loadFailedAt))
        return *this;
    return changed([&](Shared &s) {
        const bool failed = state == PluginState::Failed;
        s.data.state = state;
        s.data.error = failed ? error : QString();
        s.data.traceback = failed ? traceback : QString();
        s.data.loadFailedAt = failed ? failedAt : QString();
    });
}

PluginInfo PluginInfo::withCode(const PluginManifest &manifest,
                                const Diagnostics &codeDiagnostics) const
{
    return changed([&](Shared &s) {
        s.codeManifest = manifest;
        s.codeDiagnostics = s.data.diagnostics;
        s.codeDiagnostics.append(codeDiagnostics);
        s.code = true;
    });
}

PluginInfo PluginInfo::withoutCode() const
{
    if (!d->code)
        return *this;
    return changed([](Shared &s) {
        s.codeManifest = {};
        s.codeDiagnostics = {};
        s.code = false;
    });
}

} // namespace plugboard
