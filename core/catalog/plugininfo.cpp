#include "catalog/plugininfo.h"

#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace plugboard {

QString PluginInfo::name() const
{
    if (!manifest.name.isEmpty())
        return manifest.name;
    if (!folderName.isEmpty())
        return folderName;
    return storedName.isEmpty() ? key : storedName;
}

QString PluginInfo::safeHelpUrl() const
{
    const QUrl url(manifest.helpUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !url.host().isEmpty())
        return url.toString();
    return {};
}

const FieldSpec *PluginInfo::field(const QString &id) const
{
    for (const FieldSpec &f : manifest.fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const ActionSpec *PluginInfo::action(const QString &id) const
{
    for (const ActionSpec &a : manifest.actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QJsonObject PluginInfo::effectiveSettings() const
{
    return PluginSettings::effective(manifest.fields, storedSettings);
}

QStringList PluginInfo::orphanedSettings() const
{
    if (missing)
        return {}; // the fields are unknown, not retired
    return PluginSettings::orphanedKeys(manifest.fields, storedSettings);
}

QString PluginInfo::enableBlocker() const
{
    if (missing) {
        return QCoreApplication::translate("PluginInfo",
                                           "The plugin's folder is missing; it cannot be enabled.");
    }
    if (duplicateKey) {
        return QCoreApplication::translate(
                   "PluginInfo", "Another folder (\"%1\") has the same key \"%2\"; rename "
                                 "one of them.")
            .arg(duplicateOf, key);
    }
    if (keyProblem != PluginKey::Problem::None)
        return PluginKey::describe(keyProblem, folderName);
    return {};
}

bool PluginInfo::hasProblems() const
{
    if (missing || duplicateKey || keyProblem != PluginKey::Problem::None || !loadError.isEmpty())
        return true;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace plugboard
