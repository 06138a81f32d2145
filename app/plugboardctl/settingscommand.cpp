// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "console.h"
#include "texttable.h"

#include "catalog/pluginkey.h"
#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

// The settings object from --from-json: a plain object, or the REST body {"settings": {…}}.
Result<QJsonObject> settingsFromJson(const QString &source)
{
    Result<QByteArray> bytes = readSource(source);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("%1 is not valid JSON (%2 at byte %3).")
                .arg(source == QLatin1String("-") ? Text::tr("Standard input") : source,
                     parseError.errorString())
                .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The settings JSON must be an object like {\"limit\": 5}."));
    }
    QJsonObject object = doc.object();
    if (object.size() == 1 && object.value(QStringLiteral("settings")).isObject())
        object = object.value(QStringLiteral("settings")).toObject();
    return object;
}

Result<QJsonObject> changesFrom(const CommandLine &line, const PluginInfo &info)
{
    QJsonObject changes;
    if (line.has(QStringLiteral("from-json"))) {
        Result<QJsonObject> fromJson = settingsFromJson(line.value(QStringLiteral("from-json")));
        if (!fromJson)
            return fromJson;
        changes = fromJson.value();
    }
    for (const QString &assignment : line.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Error::make(ErrorCode::InvalidInput,
                               Text::tr("--set needs ID=VALUE, got \"%1\".").arg(assignment));
        }
        const QString id = assignment.left(eq);
        const QString text = assignment.mid(eq + 1);
        const FieldSpec *field = info.field(id);
        changes.insert(id, field ? PluginSettings::valueFromText(*field, text) : QJsonValue(text));
    }
    return changes;
}

QJsonObject settingsJson(const PluginInfo &info, bool changed)
{
    QJsonObject object{
        {QStringLiteral("key"), info.key()},
        {QStringLiteral("settings"),
         PluginSettings::redacted(info.fields(), info.effectiveSettings())},
        {QStringLiteral("secrets"),
         PluginSettings::secretsSet(info.fields(), info.storedSettings())},
        {QStringLiteral("orphaned_settings"), QJsonArray::fromStringList(info.orphanedSettings())},
    };
    if (changed)
        object.insert(QStringLiteral("success"), true);
    return object;
}

QString displayValue(const FieldSpec &field, const PluginInfo &info, const QJsonObject &effective)
{
    if (field.isPassword()) {
        const bool set = PluginSettings::secretsSet(info.fields(), info.storedSettings())
                             .value(field.id)
                             .toBool();
        return set ? Text::tr("(set)") : Text::tr("(not set)");
    }
    const QJsonValue value = effective.value(field.id);
    if (value.isUndefined())
        return Text::tr("(empty)");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void printSettings(const PluginInfo &info)
{
    const QJsonObject effective = info.effectiveSettings();
    QString text;
    if (info.fields().isEmpty()) {
        text += info.isLegacy()
                    ? Text::tr("%1 declares no settings in a plugin.json (legacy plugin).\n")
                          .arg(info.name())
                    : Text::tr("%1 has no settings.\n").arg(info.name());
    } else {
        TextTable table({Text::tr("SETTING"), Text::tr("TYPE"), Text::tr("VALUE"),
                         Text::tr("SOURCE"), Text::tr("LABEL")});
        for (const FieldSpec &field : info.fields()) {
            if (field.type == FieldType::Info)
                continue;
            const QJsonValue stored = info.storedSettings().value(field.id);
            const bool isStored = !stored.isUndefined() && !stored.isNull();
            table.addRow({field.id, fieldTypeName(field.type),
                          TextTable::elide(displayValue(field, info, effective), 40),
                          isStored ? Text::tr("saved") : Text::tr("default"), field.label});
        }
        text += table.render();
    }
    const QStringList orphans = info.orphanedSettings();
    if (!orphans.isEmpty()) {
        text += Text::tr("\nKept from earlier versions (no field uses them): %1\n")
                    .arg(orphans.join(QStringLiteral(", ")));
    }
    Console::out(text);
}

} // namespace

Result<QByteArray> readSource(const QString &source)
{
    QFile file;
    bool opened = false;
    if (source == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot read %1: %2.").arg(source, file.errorString()));
    }
    return file.readAll();
}

int settingsCommand(CommandContext &ctx)
{
    // Export and import cover many plugins: settingstransfercommand.cpp.
    if (ctx.line.has(QStringLiteral("export")))
        return settingsExportCommand(ctx);
    if (ctx.line.has(QStringLiteral("import")))
        return settingsImportCommand(ctx);

    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(PluginKey::unknown(key), ctx.manager.paths().pluginsDir, ctx.json);

    const bool reset = ctx.line.has(QStringLiteral("reset"));
    const bool change =
        ctx.line.has(QStringLiteral("set")) || ctx.line.has(QStringLiteral("from-json"));
    if (reset && change)
        return Console::usage(Text::tr("--reset cannot be combined with --set or --from-json"));

    Result<PluginInfo> result = *found;
    if (reset) {
        result = ctx.manager.resetSettings(key);
    } else if (change) {
        Result<QJsonObject> changes = changesFrom(ctx.line, *found);
        if (!changes)
            return Console::fail(changes.error(), ctx.json);
        result = ctx.manager.saveSettings(key, changes.value());
    }
    if (!result)
        return Console::fail(result.error(), ctx.json);

    if (ctx.json) {
        Console::printJson(settingsJson(result.value(), reset || change));
        return Console::Success;
    }
    if (reset)
        Console::out(
            Text::tr("Settings of %1 reset to their defaults.\n\n").arg(result.value().name()));
    else if (change)
        Console::out(Text::tr("Settings of %1 saved.\n\n").arg(result.value().name()));
    printSettings(result.value());
    return Console::Success;
}
