#include "commands.h"
#include "console.h"
#include "texttable.h"

#include "catalog/pluginjson.h"
#include "common/jsonwriter.h"
#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace plugboard;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("plugboardctl", text, disambiguation, n);
}

QString notesFor(const PluginInfo &info)
{
    QStringList notes;
    if (info.missing)
        notes << tr("folder missing");
    if (info.duplicateKey)
        notes << tr("duplicate key (\"%1\" wins)").arg(info.duplicateOf);
    if (info.keyProblem != PluginKey::Problem::None)
        notes << tr("bad folder name");
    if (info.isLegacy())
        notes << tr("legacy: no usable plugin.json");
    qsizetype issues = 0;
    for (const Diagnostic &d : info.diagnostics) {
        // Folder problems and the legacy reason already have their own note.
        const bool covered = d.source == QLatin1String("folder") ||
                             (info.isLegacy() && d.source.startsWith(QLatin1String("plugin.json")));
        if (!covered)
            ++issues;
    }
    if (issues > 0)
        notes << tr("%n issue(s)", nullptr, int(issues));
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
    return severity == Diagnostic::Severity::Error ? tr("error") : tr("warning");
}

} // namespace

int listCommand(CommandContext &ctx)
{
    const QList<PluginInfo> &plugins = ctx.manager.plugins();
    if (ctx.json) {
        // Streamed to stdout in chunks: 1,000 plugins are ~3 MB of JSON never held whole.
        JsonWriter writer(Console::stdoutIsTerminal());
        writer.setSink([](const char *data, size_t size) { std::fwrite(data, 1, size, stdout); });
        PluginJson::writeList(writer, plugins);
        writer.finish();
        return Console::Success;
    }
    const QString folder = QDir::toNativeSeparators(ctx.manager.paths().pluginsDir);
    if (plugins.isEmpty()) {
        Console::out(tr("No plugins in %1.\nPut a plugin folder there (one holding plugin.py or "
                        "__init__.py), then run \"plugboardctl list\" again.\n")
                         .arg(folder));
        return Console::Success;
    }
    TextTable table({tr("KEY"), tr("NAME"), tr("VERSION"), tr("STATE"), tr("NOTES")});
    int enabled = 0;
    for (const PluginInfo &info : plugins) {
        enabled += info.enabled ? 1 : 0;
        table.addRow({TextTable::elide(info.key, 40), TextTable::elide(info.name(), 40),
                      TextTable::elide(info.version(), 16), stateText(info), notesFor(info)});
    }
    Console::out(table.render());
    Console::out(tr("\n%n plugin(s) in %1, %2 enabled.\n", nullptr, int(plugins.size()))
                     .arg(folder)
                     .arg(enabled));
    return Console::Success;
}

int showCommand(CommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(ctx, key);
    const PluginInfo &info = *found;
    if (ctx.json) {
        Console::printJson(PluginJson::entry(info));
        return Console::Success;
    }
    QString text;
    text += QStringLiteral("%1 %2 (%3)\n").arg(info.name(), info.version(), info.key);
    if (!info.author().isEmpty())
        text += QStringLiteral("  %1\n").arg(tr("By %1").arg(info.author()));
    if (!info.safeHelpUrl().isEmpty())
        text += QStringLiteral("  %1 %2\n").arg(tr("Docs:"), info.safeHelpUrl());
    if (!info.description().isEmpty())
        text += QStringLiteral("  %1\n").arg(info.description());
    text += QLatin1Char('\n');
    TextTable facts({tr("Folder:"), info.path.isEmpty() ? tr("(missing)")
                                                        : QStringLiteral("%1 (%2)").arg(
                                                              QDir::toNativeSeparators(info.path),
                                                              info.entryFile)});
    QString state = stateText(info);
    if (!info.missing)
        state += info.trusted ? tr(", trusted") : tr(", not trusted yet");
    facts.addRow({tr("State:"), state});
    facts.addRow({tr("Manifest:"),
                  info.isLegacy() ? tr("legacy (no usable plugin.json)") : tr("plugin.json")});
    facts.addRow({tr("Logo:"), info.logo.isValid()
                                   ? QStringLiteral("logo.png (%1, %2 bytes)")
                                         .arg(QString::fromLatin1(info.logo.mimeType))
                                         .arg(info.logo.size)
                                   : tr("none")});
    text += facts.render();

    const QJsonObject effective = info.effectiveSettings();
    const QJsonObject secrets = PluginSettings::secretsSet(info.fields(), info.storedSettings);
    if (!info.fields().isEmpty()) {
        TextTable settings({tr("SETTING"), tr("TYPE"), tr("VALUE"), tr("LABEL")});
        for (const FieldSpec &field : info.fields()) {
            if (field.type == FieldType::Info)
                continue;
            QString value = field.isPassword()
                                ? (secrets.value(field.id).toBool() ? tr("(set)") : tr("(not set)"))
                                : valueText(effective.value(field.id));
            settings.addRow(
                {field.id, fieldTypeName(field.type), TextTable::elide(value, 40), field.label});
        }
        text += QLatin1Char('\n') + settings.render();
    }
    if (!info.actions().isEmpty()) {
        TextTable actions({tr("ACTION"), tr("LABEL"), tr("BUTTON"), tr("DESCRIPTION")});
        for (const ActionSpec &action : info.actions()) {
            QString button = action.buttonLabel;
            if (action.confirm && action.confirm->required)
                button += tr(" (asks first)");
            actions.addRow(
                {action.id, action.label, button, TextTable::elide(action.description, 60)});
        }
        text += QLatin1Char('\n') + actions.render();
    }
    if (!info.diagnostics.isEmpty()) {
        text += QLatin1Char('\n') + tr("Diagnostics:") + QLatin1Char('\n');
        for (const Diagnostic &d : info.diagnostics) {
            text +=
                QStringLiteral("  %1  %2: %3\n").arg(severityText(d.severity), d.source, d.message);
        }
    }
    Console::out(text);
    return Console::Success;
}

int reloadCommand(CommandContext &ctx)
{
    // runCommand already discovered; reload means exactly that scan.
    const QList<PluginInfo> &plugins = ctx.manager.plugins();
    if (ctx.json) {
        Console::printJson(
            {{QStringLiteral("success"), true}, {QStringLiteral("count"), int(plugins.size())}});
        return Console::Success;
    }
    int enabled = 0, legacy = 0, problems = 0, missing = 0;
    for (const PluginInfo &info : plugins) {
        enabled += info.enabled;
        legacy += info.isLegacy();
        problems += info.hasProblems();
        missing += info.missing;
    }
    Console::out(
        tr("Scanned %1: %2 plugins (%3 enabled, %4 legacy, %5 missing, %6 with problems).\n")
            .arg(QDir::toNativeSeparators(ctx.manager.paths().pluginsDir))
            .arg(plugins.size())
            .arg(enabled)
            .arg(legacy)
            .arg(missing)
            .arg(problems));
    return Console::Success;
}
