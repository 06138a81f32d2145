#include "catalog/pluginjson.h"

#include "settings/pluginsettings.h"

#include <QUrl>

namespace plugboard::PluginJson {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString logoUrl(const QString &key)
{
    return QStringLiteral("/api/plugins/plugins/%1/logo/")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(key)));
}

QJsonArray diagnostics(const Diagnostics &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics) {
        array.append(QJsonObject{
            {QStringLiteral("severity"), d.severity == Diagnostic::Severity::Error
                                             ? QStringLiteral("error")
                                             : QStringLiteral("warning")},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("message"), d.message},
        });
    }
    return array;
}

QJsonObject entry(const PluginInfo &info)
{
    QJsonArray fields;
    for (const FieldSpec &field : info.fields())
        fields.append(field.toJson());
    QJsonArray actions;
    for (const ActionSpec &action : info.actions())
        actions.append(action.toJson());
    const QList<FieldSpec> &schema = info.fields();

    QJsonObject object;
    object.insert(QStringLiteral("key"), info.key);
    object.insert(QStringLiteral("name"), info.name());
    object.insert(QStringLiteral("version"), info.version());
    object.insert(QStringLiteral("description"), info.description());
    object.insert(QStringLiteral("author"), stringOrNull(info.author()));
    object.insert(QStringLiteral("help_url"), stringOrNull(info.safeHelpUrl()));
    object.insert(QStringLiteral("folder"), stringOrNull(info.folderName));
    object.insert(QStringLiteral("enabled"), info.enabled);
    object.insert(QStringLiteral("ever_enabled"), info.everEnabled);
    object.insert(QStringLiteral("trusted"), info.trusted);
    object.insert(QStringLiteral("legacy"), info.isLegacy());
    object.insert(QStringLiteral("missing"), info.missing);
    object.insert(QStringLiteral("loaded"), info.loaded);
    object.insert(QStringLiteral("load_error"), stringOrNull(info.loadError));
    object.insert(QStringLiteral("can_enable"), info.enableBlocker().isEmpty());
    object.insert(QStringLiteral("fields"), fields);
    object.insert(QStringLiteral("actions"), actions);
    object.insert(QStringLiteral("settings"),
                  PluginSettings::redacted(schema, info.effectiveSettings()));
    object.insert(QStringLiteral("secrets"), PluginSettings::secretsSet(schema, info.storedSettings));
    object.insert(QStringLiteral("orphaned_settings"),
                  QJsonArray::fromStringList(info.orphanedSettings()));
    object.insert(QStringLiteral("diagnostics"), diagnostics(info.diagnostics));
    object.insert(QStringLiteral("logo_url"),
                  info.logo.isValid() ? QJsonValue(logoUrl(info.key)) : QJsonValue());
    return object;
}

QJsonObject list(const QList<PluginInfo> &infos)
{
    QJsonArray plugins;
    for (const PluginInfo &info : infos)
        plugins.append(entry(info));
    return QJsonObject{{QStringLiteral("plugins"), plugins}};
}

} // namespace plugboard::PluginJson
