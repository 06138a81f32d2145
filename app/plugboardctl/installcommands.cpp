// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "console.h"

#include "jobs/resultjob.h"
#include "manager/importtypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

} // namespace

int removeCommand(PluginCommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const Result<PluginAccess::Plugin> found = ctx.plugins.find(key);
    if (!found)
        return unknownKey(found.error(), ctx.plugins.pluginsDir(), ctx.json);
    const PluginAccess::Plugin &plugin = found.value();
    const bool purge = ctx.line.has(QStringLiteral("purge-data"));
    if (!ctx.line.has(QStringLiteral("yes"))) {
        const QString question =
            plugin.missing
                ? Text::tr("Forget \"%1\" and its settings?").arg(plugin.name)
                : Text::tr("Remove \"%1\": stop it, delete %2 and forget its settings%3?")
                      .arg(plugin.name, plugin.folderPath,
                           purge ? Text::tr(" and its data folder") : QString());
        if (!Console::stdinIsTerminal() || ctx.json) {
            return Console::fail(
                Error::make(ErrorCode::InvalidInput,
                            Text::tr("Removing \"%1\" deletes its folder; pass --yes to confirm.")
                                .arg(plugin.name)),
                ctx.json);
        }
        if (!Console::confirm(question)) {
            Console::err(Text::tr("Nothing removed.\n"));
            return Console::Failed;
        }
    }
    if (Result<void> removed = ctx.plugins.remove(key, purge); !removed)
        return Console::fail(removed.error(), ctx.json);
    if (ctx.json) {
        Console::printJson(QJsonObject{{QStringLiteral("success"), true},
                                       {QStringLiteral("key"), plugin.key},
                                       {QStringLiteral("folder"), plugin.folderPath},
                                       {QStringLiteral("data_deleted"), purge}});
    } else if (plugin.missing) {
        Console::out(Text::tr("Forgot %1 (%2).\n").arg(plugin.name, plugin.key));
    } else {
        Console::out(Text::tr("Removed %1 (%2): deleted %3%4.\n")
                         .arg(plugin.name, plugin.key, plugin.folderPath,
                              purge ? Text::tr(" and its data folder") : QString()));
    }
    return Console::Success;
}

// ---- inspect and import --------------------------------------------------------------------

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonObject reportJson(const ImportPreview &report, const std::optional<PluginInfo> &installed)
{
    QJsonArray binaries;
    for (const QString &b : report.binaries)
        binaries.append(b);
    QJsonArray diagnostics;
    for (const Diagnostic &d : report.manifest.diagnostics)
        diagnostics.append(QJsonObject{{QStringLiteral("source"), d.source},
                                       {QStringLiteral("message"), d.message}});
    QJsonArray entries;
    for (const ImportPreview::Entry &e : report.entries)
        entries.append(QJsonObject{{QStringLiteral("name"), e.name},
                                   {QStringLiteral("size"), e.size},
                                   {QStringLiteral("dir"), e.isDir},
                                   {QStringLiteral("installed"), e.installed}});
    const bool replaces = installed && !installed->isMissing();
    return QJsonObject{
        {QStringLiteral("success"), true},
        {QStringLiteral("zip"), report.zipPath},
        {QStringLiteral("name"), report.manifest.name},
        {QStringLiteral("version"), report.manifest.version},
        {QStringLiteral("author"), report.manifest.author},
        {QStringLiteral("description"), report.manifest.description},
        {QStringLiteral("key"), report.key},
        {QStringLiteral("folder"), report.folderName},
        {QStringLiteral("root"), report.root},
        {QStringLiteral("entry_file"), report.entryFile},
        {QStringLiteral("legacy"), report.manifest.isLegacy()},
        {QStringLiteral("files"), report.fileCount},
        {QStringLiteral("size"), report.bytes},
        {QStringLiteral("archive_files"), report.archiveFileCount},
        {QStringLiteral("archive_size"), report.archiveBytes},
        {QStringLiteral("binaries"), binaries},
        {QStringLiteral("needs"),
         QJsonObject{
             {QStringLiteral("dispatcharr_server"),
              QJsonArray::fromStringList(report.serverModules)},
             {QStringLiteral("missing_modules"), QJsonArray::fromStringList(report.missingModules)},
             {QStringLiteral("notes"), QJsonArray::fromStringList(report.needs)}}},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("installed_version"),
         replaces ? QJsonValue(installed->version()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("replaces"), replaces},
        {QStringLiteral("entries"), entries},
    };
}

} // namespace

int inspectCommand(CommandContext &ctx)
{
    const QString zip = ctx.line.arguments.value(0);
    PreviewJob *preview = ctx.manager.preview(zip);
    if (!preview->exec())
        return Console::fail(preview->error(), ctx.json);
    const ImportPreview &r = preview->result();
    const std::optional<PluginInfo> installed = ctx.manager.plugin(r.key);
    if (ctx.json) {
        Console::printJson(reportJson(r, installed));
        return Console::Success;
    }
    const QString none = Text::tr("(none)");
    QString text;
    text += Text::tr("%1 %2\n").arg(r.manifest.name.isEmpty() ? r.folderName : r.manifest.name,
                                    r.manifest.version);
    if (!r.manifest.author.isEmpty())
        text += Text::tr("  By %1\n").arg(r.manifest.author);
    if (!r.manifest.description.isEmpty())
        text += QStringLiteral("  %1\n").arg(r.manifest.description);
    text += Text::tr("\nKey:       %1\nFolder:    %2\nRoot:      %3 (%4)\nFiles:     %5, %6 "
                     "(archive: %7 files, %8)\nManifest:  %9\n")
                .arg(r.key, r.folderName, r.root.isEmpty() ? Text::tr("(top level)") : r.root,
                     r.entryFile)
                .arg(r.fileCount)
                .arg(sizeText(r.bytes))
                .arg(r.archiveFileCount)
                .arg(sizeText(r.archiveBytes))
                .arg(r.manifest.isLegacy() ? Text::tr("none: a legacy plugin")
                                           : Text::tr("plugin.json"));
    if (installed && !installed->isMissing()) {
        text += Text::tr("Installed: %1 (%2); importing it needs --replace\n")
                    .arg(installed->version().isEmpty() ? Text::tr("without a version")
                                                        : installed->version(),
                         installed->path());
    } else {
        text += Text::tr("Installed: no\n");
    }
    text += Text::tr("Binaries:  %1\n")
                .arg(r.binaries.isEmpty() ? none : r.binaries.join(QStringLiteral(", ")));
    for (const QString &need : r.needs)
        text += Text::tr("Needs:     %1\n").arg(need);
    for (const Diagnostic &d : r.manifest.diagnostics)
        text += Text::tr("  note: %1: %2\n").arg(d.source, d.message);
    Console::out(text);
    return Console::Success;
}

static std::optional<Error> importTrustProblem(const CommandLine &line)
{
    const bool keepEnabled = line.has(QStringLiteral("keep-enabled"));
    if ((keepEnabled || line.has(QStringLiteral("enable"))) && !line.has(QStringLiteral("yes"))) {
        return Error::make(
            ErrorCode::TrustRequired,
            Text::tr("%1 runs the plugin's new code: pass --yes to confirm that you "
                     "trust it.")
                .arg(keepEnabled ? QStringLiteral("--keep-enabled") : QStringLiteral("--enable")));
    }
    return std::nullopt;
}

static bool reportImport(const ImportOutcome &o, const QString &loadError,
                         const QString &pluginsDir, bool json, QJsonArray &results)
{
    QJsonObject result{{QStringLiteral("zip"), o.zipPath}, {QStringLiteral("success"), o.ok}};
    if (!o.ok) {
        result.insert(QStringLiteral("error"), o.error.message);
        if (!json)
            Console::err(Text::tr("plugboardctl: %1: %2\n")
                             .arg(QFileInfo(o.zipPath).fileName(), o.error.message));
        results.append(result);
        return false;
    }
    result.insert(QStringLiteral("key"), o.key);
    result.insert(QStringLiteral("folder"), o.folderName);
    result.insert(QStringLiteral("name"), o.name);
    result.insert(QStringLiteral("version"), o.version);
    result.insert(QStringLiteral("replaced"), o.replaced);
    result.insert(QStringLiteral("previous_version"), o.previousVersion);
    result.insert(QStringLiteral("enabled"), o.enabled);
    if (!loadError.isEmpty())
        result.insert(QStringLiteral("load_error"), loadError);
    results.append(result);
    if (json)
        return loadError.isEmpty();
    const QString what = o.version.isEmpty() ? o.name : Text::tr("%1 %2").arg(o.name, o.version);
    const QString folder = QDir(pluginsDir).filePath(o.folderName);
    Console::out(
        (o.replaced ? Text::tr("Replaced %1 (%2) in %3") : Text::tr("Installed %1 (%2) into %3"))
            .arg(what, o.key, folder) +
        (o.enabled
             ? Text::tr("; enabled.\n")
             : Text::tr("; disabled: enable it with `plugboardctl enable %1`.\n").arg(o.key)));
    if (!loadError.isEmpty())
        Console::err(Text::tr("plugboardctl: %1 failed to load: %2\n").arg(o.key, loadError));
    return loadError.isEmpty();
}

int importCommand(PluginCommandContext &ctx)
{
    const bool enable = ctx.line.has(QStringLiteral("enable"));
    if (const std::optional<Error> untrusted = importTrustProblem(ctx.line))
        return Console::fail(*untrusted, ctx.json);
    ImportOptions options;
    options.folderName = ctx.line.value(QStringLiteral("folder"));
    options.replace = ctx.line.has(QStringLiteral("replace"));
    options.keepEnabled = ctx.line.has(QStringLiteral("keep-enabled"));

    int failures = 0;
    QJsonArray results;
    for (const QString &zip : ctx.line.arguments) {
        const PluginAccess::Imported imported = ctx.plugins.import(zip, options, enable);
        if (!reportImport(imported.outcome, imported.loadError, ctx.plugins.pluginsDir(), ctx.json,
                          results))
            ++failures;
    }
    if (ctx.json)
        Console::printJson(QJsonObject{{QStringLiteral("success"), failures == 0},
                                       {QStringLiteral("imports"), results}});
    return failures == 0 ? Console::Success : Console::Failed;
}
