// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsfile.h"

#include "common/isotime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace plugboard::SettingsFile {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
};

const QString kFormat = QStringLiteral("format");
const QString kSchemaVersion = QStringLiteral("schema_version");
const QString kExportedAt = QStringLiteral("exported_at");
const QString kIncludesSecrets = QStringLiteral("includes_secrets");
const QString kPlugins = QStringLiteral("plugins");
const QString kName = QStringLiteral("name");
const QString kVersion = QStringLiteral("version");
const QString kSettings = QStringLiteral("settings");

Error invalid(const QString &sentence)
{
    return Error::make(ErrorCode::InvalidInput, sentence);
}

ReadEntry readEntry(const QString &key, const QJsonValue &value)
{
    ReadEntry entry;
    entry.key = key;
    if (!value.isObject()) {
        entry.problem =
            Text::tr("The entry of \"%1\" must be an object with its \"settings\".").arg(key);
        return entry;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != kName && it.key() != kVersion && it.key() != kSettings) {
            entry.problem =
                Text::tr("The entry of \"%1\" has a key the format does not know: \"%2\".")
                    .arg(key, it.key());
            return entry;
        }
    }
    for (const QString &text : {kName, kVersion}) {
        const QJsonValue field = object.value(text);
        if (!field.isUndefined() && !field.isNull() && !field.isString()) {
            entry.problem = Text::tr("\"%1\" of \"%2\" must be text.").arg(text, key);
            return entry;
        }
    }
    entry.name = object.value(kName).toString();
    entry.version = object.value(kVersion).toString();
    const QJsonValue settings = object.value(kSettings);
    if (!settings.isObject()) {
        entry.problem =
            Text::tr("The entry of \"%1\" has no \"settings\" object ({\"<field id>\": value, …}).")
                .arg(key);
        return entry;
    }
    entry.settings = settings.toObject();
    return entry;
}

} // namespace

QString formatName()
{
    return QStringLiteral("plugboard-settings");
}

QJsonObject exportedSettings(const QList<FieldSpec> &fields, const QJsonObject &stored,
                             bool includeSecrets)
{
    QJsonObject settings;
    for (const FieldSpec &field : fields) {
        // The first field wins for a duplicated id, as everywhere else (SPEC §3).
        if (field.type == FieldType::Info || settings.contains(field.id))
            continue;
        const QJsonValue value = stored.value(field.id);
        const bool isStored = !value.isUndefined() && !value.isNull();
        if (field.isPassword()) {
            // Null would mean "keep the secret" on import, so a secret that is not set, or not
            // exported, is simply absent.
            if (includeSecrets && value.isString() && !value.toString().isEmpty())
                settings.insert(field.id, value);
            continue;
        }
        settings.insert(field.id, isStored ? value : QJsonValue(QJsonValue::Null));
    }
    return settings;
}

QJsonObject document(const QList<PluginEntry> &plugins, bool includesSecrets, qint64 exportedAtMs)
{
    QJsonObject entries;
    for (const PluginEntry &plugin : plugins) {
        entries.insert(plugin.key, QJsonObject{{kName, plugin.name},
                                               {kVersion, plugin.version},
                                               {kSettings, plugin.settings}});
    }
    return QJsonObject{{kFormat, formatName()},
                       {kSchemaVersion, SchemaVersion},
                       {kExportedAt, isoUtcFromMs(exportedAtMs)},
                       {kIncludesSecrets, includesSecrets},
                       {kPlugins, entries}};
}

Result<ReadDocument> read(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (bytes.trimmed().isEmpty())
            return invalid(Text::tr("The settings file is empty."));
        return invalid(Text::tr("The settings file is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return invalid(Text::tr("The settings file must hold one JSON object, as an export "
                                "writes it ({\"format\": \"plugboard-settings\", …})."));
    }
    return read(document.object());
}

Result<ReadDocument> read(const QJsonObject &document)
{
    if (document.value(kFormat).toString() != formatName()) {
        return invalid(Text::tr("This is not a Plugboard settings file: its \"format\" must be "
                                "\"%1\".")
                           .arg(formatName()));
    }
    const QJsonValue version = document.value(kSchemaVersion);
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::trunc(number)) {
        return invalid(
            Text::tr("The settings file has no \"schema_version\" (a whole number, %1 for this "
                     "Plugboard).")
                .arg(SchemaVersion));
    }
    if (number > SchemaVersion) {
        return invalid(Text::tr("The settings file has schema version %1, which a newer "
                                "Plugboard wrote; this one reads version %2. Update Plugboard "
                                "to import it.")
                           .arg(number)
                           .arg(SchemaVersion));
    }
    if (number < 1) {
        return invalid(Text::tr("The settings file has schema version %1; Plugboard writes "
                                "version %2 and has never written a lower one.")
                           .arg(number)
                           .arg(SchemaVersion));
    }
    static const QSet<QString> known = {kFormat, kSchemaVersion, kExportedAt, kIncludesSecrets,
                                        kPlugins};
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return invalid(Text::tr("The settings file has a key the format does not know: "
                                    "\"%1\".")
                               .arg(it.key()));
        }
    }
    const QJsonValue secrets = document.value(kIncludesSecrets);
    if (!secrets.isUndefined() && !secrets.isBool())
        return invalid(Text::tr("\"includes_secrets\" must be true or false."));
    const QJsonValue exportedAt = document.value(kExportedAt);
    if (!exportedAt.isUndefined() && !exportedAt.isString())
        return invalid(Text::tr("\"exported_at\" must be a date as text."));
    const QJsonValue plugins = document.value(kPlugins);
    if (!plugins.isObject()) {
        return invalid(Text::tr("\"plugins\" must be an object that maps plugin keys to their "
                                "settings ({\"<key>\": {\"settings\": {…}}})."));
    }

    ReadDocument read;
    read.includesSecrets = secrets.toBool(false);
    read.exportedAt = exportedAt.toString();
    const QJsonObject entries = plugins.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        read.plugins.append(readEntry(it.key(), it.value()));
    return read;
}

QJsonObject changesFor(const QList<FieldSpec> &fields, const QJsonObject &settings,
                       QStringList *ignored)
{
    QSet<QString> usable;
    for (const FieldSpec &field : fields) {
        if (field.type != FieldType::Info)
            usable.insert(field.id);
    }
    QJsonObject changes;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (usable.contains(it.key()))
            changes.insert(it.key(), it.value());
        else if (ignored)
            ignored->append(it.key());
    }
    return changes;
}

QStringList changedIds(const QList<FieldSpec> &fields, const QJsonObject &before,
                       const QJsonObject &after)
{
    QStringList changed;
    for (const FieldSpec &field : fields) {
        if (changed.contains(field.id))
            continue;
        if (before.value(field.id) != after.value(field.id))
            changed.append(field.id);
    }
    return changed;
}

} // namespace plugboard::SettingsFile
