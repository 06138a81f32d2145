// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "console.h"
#include "texttable.h"

#include "catalog/pluginjson.h"
#include "catalog/pluginkey.h"
#include "catalog/pluginstatus.h"
#include "common/jsonwriter.h"
#include "repos/repositoryfields.h"
#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

// What the card says about the plugin, most serious first (PluginStatus).
QString notesFor(const PluginInfo &info)
{
    QStringList notes;
    for (const StatusLine &line : PluginStatus::lines(info))
        notes << line.shortText;
    return notes.join(QStringLiteral("; "));
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

QString severityText(Diagnostic::Severity severity)
{
    return severity == Diagnostic::Severity::Error ? Text::tr("error") : Text::tr("warning");
}

// Folders with a plugin.json but no code are not plugins; say so rather than leave them out
// without a word ("" when there are none).
QString skippedNote(const QList<SkippedFolder> &skipped)
{
    if (skipped.isEmpty())
        return {};
    QStringList names;
    for (const SkippedFolder &folder : skipped)
        names << folder.folderName;
    return Text::tr("%n folder(s) skipped: a plugin.json but no plugin.py or __init__.py (%1).\n",
                    nullptr, int(skipped.size()))
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace

int listCommand(CommandContext &ctx)
{
    const QList<PluginInfo> &plugins = ctx.manager.plugins();
    const QHash<QString, FromRepository> managed =
        RepositoryFields::of(ctx.manager.paths().databasePath(), plugins);
    if (ctx.json) {
        // Streamed to stdout in chunks: 1,000 plugins are ~3 MB of JSON never held whole.
        JsonWriter writer(Console::stdoutIsTerminal());
        writer.setSink([](const char *data, size_t size) { std::fwrite(data, 1, size, stdout); });
        PluginJson::writeList(writer, plugins, RepositoryFields::writer(managed));
        writer.finish();
        return Console::Success;
    }
    const QString folder = QDir::toNativeSeparators(ctx.manager.paths().pluginsDir);
    if (plugins.isEmpty()) {
        Console::out(
            Text::tr("No plugins in %1.\nPut a plugin folder there (one holding plugin.py or "
                     "__init__.py), then run \"plugboardctl list\" again.\n")
                .arg(folder) +
            skippedNote(ctx.manager.skippedFolders()));
        return Console::Success;
    }
    TextTable table({Text::tr("KEY"), Text::tr("NAME"), Text::tr("VERSION"), Text::tr("STATE"),
                     Text::tr("NOTES")});
    int enabled = 0;
    for (const PluginInfo &info : plugins) {
        enabled += info.enabled() ? 1 : 0;
        QString notes = notesFor(info);
        if (const FromRepository from = managed.value(info.key()); from.updateAvailable) {
            notes.prepend(
                Text::tr("update available: %1%2")
                    .arg(from.latestVersion, notes.isEmpty() ? QString() : QStringLiteral("; ")));
        }
        table.addRow({TextTable::elide(info.key(), 40), TextTable::elide(info.name(), 40),
                      TextTable::elide(info.version(), 16), PluginStatus::stateText(info), notes});
    }
    Console::out(table.render());
    Console::out(Text::tr("\n%n plugin(s) in %1, %2 enabled.\n", nullptr, int(plugins.size()))
                     .arg(folder)
                     .arg(enabled) +
                 skippedNote(ctx.manager.skippedFolders()));
    return Console::Success;
}

int showCommand(CommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(PluginKey::unknown(key), ctx.manager.paths().pluginsDir, ctx.json);
    const PluginInfo &info = *found;
    if (ctx.json) {
        // The list's entry, with the same repository fields.
        QJsonObject entry = PluginJson::entry(info);
        RepositoryFields::insert(
            entry,
            RepositoryFields::of(ctx.manager.paths().databasePath(), {info}).value(info.key()));
        Console::printJson(entry);
        return Console::Success;
    }
    QString text;
    text += QStringLiteral("%1 %2 (%3)\n").arg(info.name(), info.version(), info.key());
    if (!info.author().isEmpty())
        text += QStringLiteral("  %1\n").arg(Text::tr("By %1").arg(info.author()));
    if (!info.safeHelpUrl().isEmpty())
        text += QStringLiteral("  %1 %2\n").arg(Text::tr("Docs:"), info.safeHelpUrl());
    if (!info.description().isEmpty())
        text += QStringLiteral("  %1\n").arg(info.description());
    text += QLatin1Char('\n');
    TextTable facts({Text::tr("Folder:"),
                     info.path().isEmpty()
                         ? Text::tr("(missing)")
                         : QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(info.path()),
                                                         info.entryFile())});
    QString state = PluginStatus::stateText(info);
    if (!info.isMissing())
        state += info.trusted() ? Text::tr(", trusted") : Text::tr(", not trusted yet");
    facts.addRow({Text::tr("State:"), state});
    if (!info.loadError().isEmpty())
        facts.addRow({Text::tr("Load error:"), info.loadError()});
    if (!info.loadFailedAt().isEmpty()) {
        // Also when another process (a window, an earlier command) saw it fail.
        facts.addRow(
            {Text::tr("Failed at:"), QDateTime::fromString(info.loadFailedAt(), Qt::ISODate)
                                         .toLocalTime()
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    }
    facts.addRow({Text::tr("Manifest:"), info.isLegacy()
                                             ? Text::tr("legacy (no usable plugin.json)")
                                             : Text::tr("plugin.json")});
    facts.addRow({Text::tr("Logo:"), info.logo().isValid()
                                         ? QStringLiteral("logo.png (%1, %2 bytes)")
                                               .arg(QString::fromLatin1(info.logo().mimeType))
                                               .arg(info.logo().size)
                                         : Text::tr("none")});
    text += facts.render();

    const QJsonObject effective = info.effectiveSettings();
    const QJsonObject secrets = PluginSettings::secretsSet(info.fields(), info.storedSettings());
    if (!info.fields().isEmpty()) {
        TextTable settings(
            {Text::tr("SETTING"), Text::tr("TYPE"), Text::tr("VALUE"), Text::tr("LABEL")});
        for (const FieldSpec &field : info.fields()) {
            if (field.type == FieldType::Info)
                continue;
            QString value =
                field.isPassword()
                    ? (secrets.value(field.id).toBool() ? Text::tr("(set)") : Text::tr("(not set)"))
                    : valueText(effective.value(field.id));
            settings.addRow(
                {field.id, fieldTypeName(field.type), TextTable::elide(value, 40), field.label});
        }
        text += QLatin1Char('\n') + settings.render();
    }
    // Info fields are text the plugin shows beside its settings: printed as text.
    QStringList notes;
    for (const FieldSpec &field : info.fields()) {
        if (field.type != FieldType::Info)
            continue;
        QString note = field.label == field.id ? QString() : field.label;
        for (const QString &part : {field.value, field.description, field.helpText}) {
            if (!part.isEmpty() && !note.contains(part))
                note += (note.isEmpty() ? QString() : QStringLiteral(": ")) + part;
        }
        if (!note.isEmpty())
            notes.append(QStringLiteral("  ") + note.simplified());
    }
    if (!notes.isEmpty())
        text += QLatin1Char('\n') + Text::tr("Notes:") + QLatin1Char('\n') +
                notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!info.actions().isEmpty()) {
        TextTable actions(
            {Text::tr("ACTION"), Text::tr("LABEL"), Text::tr("BUTTON"), Text::tr("DESCRIPTION")});
        for (const ActionSpec &action : info.actions()) {
            QString button = action.shownButtonLabel();
            if (action.confirm && action.confirm->required)
                button += Text::tr(" (asks first)");
            actions.addRow(
                {action.id, action.label, button, TextTable::elide(action.description, 60)});
        }
        text += QLatin1Char('\n') + actions.render();
    }
    if (!info.diagnostics().isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Diagnostics:") + QLatin1Char('\n');
        for (const Diagnostic &d : info.diagnostics()) {
            text +=
                QStringLiteral("  %1  %2: %3\n").arg(severityText(d.severity), d.source, d.message);
        }
    }
    if (!info.traceback().isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Traceback of the failed load:") + QLatin1Char('\n') +
                info.traceback().trimmed() + QLatin1Char('\n');
    }
    Console::out(text);
    return Console::Success;
}
