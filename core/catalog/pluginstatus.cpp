// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginstatus.h"

#include "catalog/plugininfo.h"
#include "common/translation.h"

namespace plugboard::PluginStatus {

namespace {
constexpr TranslationContext tr{"PluginStatus"};
} // namespace

QList<StatusLine> lines(const PluginInfo &info)
{
    using S = StatusLine::Severity;
    using K = StatusLine::Kind;
    QList<StatusLine> lines;
    switch (info.state()) {
    case PluginState::Missing:
        lines.append({K::Missing, S::Error,
                      tr("Files missing: the plugin's folder is gone. Put it back, or remove "
                         "the plugin to forget its settings."),
                      tr("Files missing")});
        break;
    case PluginState::Duplicate:
        lines.append(
            {K::Duplicate, S::Error,
             tr("Duplicate key: the folder \"%1\" already provides \"%2\"; rename or "
                "remove one of them.")
                 .arg(info.duplicateOf(), info.key()),
             tr("Duplicate key \"%1\" (also in \"%2\")").arg(info.key(), info.duplicateOf())});
        break;
    case PluginState::BadKey:
        lines.append({K::BadKey, S::Error, info.error(), tr("Unusable folder name")});
        break;
    case PluginState::Failed: {
        const QString text = tr("Failed to load: %1").arg(info.error());
        lines.append({K::LoadError, S::Error, text, text});
        break;
    }
    case PluginState::Loading:
        lines.append({K::Loading, S::Info, tr("Loading…"), tr("Loading…")});
        break;
    case PluginState::Disabled:
    case PluginState::Enabled:
    case PluginState::Loaded:
        break;
    }
    if (info.isLegacy()) {
        lines.append({K::Legacy, S::Warning,
                      tr("Legacy plugin: it has no plugin.json, so its details, settings and "
                         "actions are known only once it is enabled. Its author can add a "
                         "plugin.json."),
                      tr("Legacy plugin (no plugin.json)")});
    }
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : info.diagnostics())
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    if (errors + warnings > 0 && !info.isMissing()) {
        lines.append({K::Manifest, errors > 0 ? S::Error : S::Warning,
                      tr("Problems found in its files (%1), listed below.").arg(errors + warnings),
                      tr("Problems in its files: %1").arg(errors + warnings)});
    }
    return lines;
}

QString headline(const PluginInfo &info)
{
    const QList<StatusLine> all = lines(info);
    return all.isEmpty() ? QString() : all.first().shortText;
}

QString stateText(const PluginInfo &info)
{
    if (info.isMissing())
        return tr("missing");
    return info.enabled() ? tr("enabled") : tr("disabled");
}

} // namespace plugboard::PluginStatus
