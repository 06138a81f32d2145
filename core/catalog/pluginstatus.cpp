// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginstatus.h"

#include "catalog/plugininfo.h"
#include <QCoreApplication>

namespace plugboard::PluginStatus {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginStatus)
};
} // namespace

QList<StatusLine> lines(const PluginInfo &info)
{
    using S = StatusLine::Severity;
    using K = StatusLine::Kind;
    QList<StatusLine> lines;
    switch (info.state()) {
    case PluginState::Missing:
        lines.append({K::Missing, S::Error,
                      Text::tr("Files missing: the plugin's folder is gone. Put it back, or remove "
                               "the plugin to forget its settings."),
                      Text::tr("Files missing")});
        break;
    case PluginState::Duplicate:
        lines.append(
            {K::Duplicate, S::Error,
             Text::tr("Duplicate key: the folder \"%1\" already provides \"%2\"; rename or "
                      "remove one of them.")
                 .arg(info.duplicateOf(), info.key()),
             Text::tr("Duplicate key \"%1\" (also in \"%2\")")
                 .arg(info.key(), info.duplicateOf())});
        break;
    case PluginState::BadKey:
        lines.append({K::BadKey, S::Error, info.error(), Text::tr("Unusable folder name")});
        break;
    case PluginState::Failed: {
        const QString text = Text::tr("Failed to load: %1").arg(info.error());
        lines.append({K::LoadError, S::Error, text, text});
        break;
    }
    case PluginState::Loading:
        lines.append({K::Loading, S::Info, Text::tr("Loading…"), Text::tr("Loading…")});
        break;
    case PluginState::Disabled:
    case PluginState::Enabled:
    case PluginState::Loaded:
        break;
    }
    if (info.isLegacy()) {
        lines.append({K::Legacy, S::Warning,
                      Text::tr("Legacy plugin: it has no plugin.json, so its details, settings and "
                               "actions are known only once it is enabled. Its author can add a "
                               "plugin.json."),
                      Text::tr("Legacy plugin (no plugin.json)")});
    }
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : info.diagnostics())
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    if (errors + warnings > 0 && !info.isMissing()) {
        lines.append(
            {K::Manifest, errors > 0 ? S::Error : S::Warning,
             Text::tr("Problems found in its files (%1), listed below.").arg(errors + warnings),
             Text::tr("Problems in its files: %1").arg(errors + warnings)});
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
        return Text::tr("missing");
    return info.enabled() ? Text::tr("enabled") : Text::tr("disabled");
}

} // namespace plugboard::PluginStatus
