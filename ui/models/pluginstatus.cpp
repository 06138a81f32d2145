#include "models/pluginstatus.h"

#include "catalog/plugininfo.h"

#include <QCoreApplication>

namespace plugboard::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PluginStatus", text);
}
} // namespace

QList<StatusLine> statusLines(const PluginInfo &info)
{
    using S = StatusLine::Severity;
    using K = StatusLine::Kind;
    QList<StatusLine> lines;
    if (info.missing) {
        lines.append({K::Missing, S::Error,
                      tr("Files missing: the plugin's folder is gone. Put it back, or remove "
                         "the plugin to forget its settings."),
                      tr("Files missing")});
    }
    if (info.duplicateKey) {
        lines.append({K::Duplicate, S::Error,
                      tr("Duplicate key: the folder \"%1\" already provides \"%2\"; rename or "
                         "remove one of them.")
                          .arg(info.duplicateOf, info.key),
                      tr("Duplicate key \"%1\" (also in \"%2\")").arg(info.key, info.duplicateOf)});
    } else if (info.keyProblem != PluginKey::Problem::None) {
        lines.append({K::BadKey, S::Error, info.enableBlocker(), tr("Unusable folder name")});
    }
    if (!info.loadError.isEmpty()) {
        const QString text = tr("Failed to load: %1").arg(info.loadError);
        lines.append({K::LoadError, S::Error, text, text});
    } else if (info.loading) {
        lines.append({K::Loading, S::Info, tr("Loading…"), tr("Loading…")});
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
    for (const Diagnostic &d : info.diagnostics)
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    if (errors + warnings > 0 && !info.missing) {
        lines.append({K::Manifest, errors > 0 ? S::Error : S::Warning,
                      tr("Problems found in its files (%1), listed below.").arg(errors + warnings),
                      tr("Problems in its files: %1").arg(errors + warnings)});
    }
    return lines;
}

} // namespace plugboard::ui
