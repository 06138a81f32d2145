// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl repo … and available: the plugin repositories and what they offer. These read
// and write the repository list and fetch manifests; they run no plugin code, so they work the
// same whether or not a window or server is running. A command typed here is the user's consent
// to go online for it.
#include "commands.h"
#include "console.h"
#include "texttable.h"

#include "catalog/plugininfo.h"
#include "repos/availability.h"
#include "repos/officialrepository.h"
#include "repos/openpgpkey.h"
#include "repos/repositories.h"
#include "repos/repositoryjson.h"
#include <QCoreApplication>

#include <QFile>
#include <QJsonArray>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

QString shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString nameOf(const StoredRepository &row)
{
    return row.name.isEmpty() ? row.url : row.name;
}

// The installed plugins and where they came from, for the availability view.
Result<QList<InstalledPlugin>> installedPlugins(PluginManager &manager, Repositories &repos)
{
    Result<QList<ManagedInstall>> managed = repos.store().managedInstalls();
    if (!managed)
        return managed.error();
    QHash<QString, ManagedInstall> byKey;
    for (const ManagedInstall &m : managed.value())
        byKey.insert(m.key, m);
    QList<InstalledPlugin> installed;
    for (const PluginInfo &info : manager.plugins()) {
        if (!info.isMissing())
            installed.append({info.key(), info.version(), byKey.value(info.key())});
    }
    return installed;
}

int listRepositories(Repositories &repos, bool json)
{
    Result<QList<StoredRepository>> rows = repos.list();
    if (!rows)
        return Console::fail(rows.error(), json);
    if (json) {
        QJsonArray list;
        for (const StoredRepository &row : rows.value())
            list.append(RepositoryJson::repository(row));
        Console::printJson({{QStringLiteral("repos"), list}});
        return Console::Success;
    }
    TextTable table({Text::tr("ID"), Text::tr("NAME"), Text::tr("SIGNATURE"), Text::tr("PLUGINS"),
                     Text::tr("STATE"), Text::tr("LAST FETCHED"), Text::tr("URL")});
    QStringList problems;
    for (const StoredRepository &row : rows.value()) {
        const QJsonObject o = RepositoryJson::repository(row);
        const QJsonValue count = o.value(QStringLiteral("plugin_count"));
        table.addRow({QString::number(row.id),
                      TextTable::elide(nameOf(row), 32) +
                          (row.official ? Text::tr(" (official)") : QString()),
                      row.manifest.isEmpty() && row.isSigned()
                          ? Text::tr("pinned, not fetched")
                          : o.value(QStringLiteral("signature")).toString(),
                      count.isNull() ? QStringLiteral("-") : QString::number(count.toInt()),
                      row.enabled ? Text::tr("enabled") : Text::tr("disabled"),
                      shown(row.lastFetchedAt), row.url});
        if (!row.lastError.isEmpty())
            problems << Text::tr("%1: %2").arg(nameOf(row), row.lastError);
    }
    Console::out(table.render());
    for (const QString &problem : std::as_const(problems))
        Console::out(Text::tr("  last error of %1\n").arg(problem));
    return Console::Success;
}

int addRepository(CommandContext &ctx, Repositories &repos)
{
    const QString url = ctx.line.arguments.value(1);
    QByteArray key;
    if (const QString keyFile = ctx.line.value(QStringLiteral("key")); !keyFile.isEmpty()) {
        QFile file(keyFile);
        if (!file.open(QIODevice::ReadOnly) || file.size() > OpenPgpKey::MaxInputBytes) {
            return Console::fail(
                Error::make(ErrorCode::Io, Text::tr("Could not read the key file %1: %2.")
                                               .arg(keyFile, file.errorString())),
                ctx.json);
        }
        key = file.readAll();
    }
    std::unique_ptr<RepositoryJob> job(repos.add(url, key));
    job->setAutoDelete(false);
    if (!job->exec())
        return Console::fail(job->error(), ctx.json);
    const StoredRepository &row = job->result();
    const QJsonObject o = RepositoryJson::repository(row);
    if (ctx.json) {
        Console::printJson({{QStringLiteral("repo"), o}});
        return Console::Success;
    }
    const int count = o.value(QStringLiteral("plugin_count")).toInt();
    Console::out(
        row.isSigned()
            ? Text::tr("Added %1 (id %2): %n plugin(s), signature verified with the key %3.\n",
                       nullptr, count)
                  .arg(nameOf(row))
                  .arg(row.id)
                  .arg(OpenPgpFingerprint::format(row.fingerprint))
            : Text::tr("Added %1 (id %2): %n plugin(s), unsigned: nothing proves who published "
                       "them, and every install from it asks you first.\n",
                       nullptr, count)
                  .arg(nameOf(row))
                  .arg(row.id));
    return Console::Success;
}

int refreshRepositories(CommandContext &ctx, Repositories &repos)
{
    QList<StoredRepository> targets;
    if (const QString which = ctx.line.arguments.value(1); !which.isEmpty()) {
        Result<StoredRepository> found = repos.find(which);
        if (!found)
            return Console::fail(found.error(), ctx.json);
        targets << found.value();
    } else {
        Result<QList<StoredRepository>> rows = repos.list();
        if (!rows)
            return Console::fail(rows.error(), ctx.json);
        for (const StoredRepository &row : rows.value()) {
            if (row.enabled)
                targets << row;
        }
    }
    QJsonArray results;
    QStringList failed;
    for (const StoredRepository &target : std::as_const(targets)) {
        std::unique_ptr<RefreshJob> job(repos.refresh(target.id, Repositories::Access::Requested));
        job->setAutoDelete(false);
        const bool ok = job->exec();
        const StoredRepository after = repos.find(QString::number(target.id)).value();
        QJsonObject o = RepositoryJson::repository(after);
        o.insert(QStringLiteral("success"), ok);
        if (ok) {
            o.insert(QStringLiteral("changed"), job->result().changed);
            if (!ctx.json) {
                Console::out(
                    job->result().notModified
                        ? Text::tr("%1: unchanged.\n").arg(nameOf(after))
                        : Text::tr("%1: %n plugin(s)%2.\n", nullptr, job->result().pluginCount)
                              .arg(nameOf(after),
                                   job->result().changed ? Text::tr(", updated") : QString()));
            }
        } else {
            failed << nameOf(after);
            o.insert(QStringLiteral("error"), job->error().message);
            if (!ctx.json)
                Console::err(Text::tr("%1: %2\n").arg(nameOf(after), job->error().message));
        }
        results.append(o);
    }
    if (ctx.json)
        Console::printJson(
            {{QStringLiteral("success"), failed.isEmpty()}, {QStringLiteral("repos"), results}});
    else if (!failed.isEmpty())
        Console::err(
            Text::tr("Refresh failed for %1; the last good manifest of each stays in use.\n")
                .arg(failed.join(QStringLiteral(", "))));
    return failed.isEmpty() ? Console::Success : Console::Failed;
}

} // namespace

int repoCommand(CommandContext &ctx)
{
    Repositories repos(ctx.manager.paths().databasePath());
    const QString action = ctx.line.arguments.value(0);
    const QString target = ctx.line.arguments.value(1);
    const bool needsTarget = action != QLatin1String("list") && action != QLatin1String("refresh");
    if (needsTarget && target.isEmpty())
        return Console::usage(Text::tr("repo %1 needs a repository (its id or URL)").arg(action));
    if (action == QLatin1String("list"))
        return listRepositories(repos, ctx.json);
    if (action == QLatin1String("add"))
        return addRepository(ctx, repos);
    if (action == QLatin1String("refresh"))
        return refreshRepositories(ctx, repos);
    if (action != QLatin1String("remove") && action != QLatin1String("enable") &&
        action != QLatin1String("disable"))
        return Console::usage(
            Text::tr("unknown repo action \"%1\" (list, add, remove, enable, disable, "
                     "refresh)")
                .arg(action));
    Result<StoredRepository> found = repos.find(target);
    if (!found)
        return Console::fail(found.error(), ctx.json);
    const StoredRepository row = found.value();
    if (action == QLatin1String("remove")) {
        int kept = 0;
        if (Result<QList<ManagedInstall>> managed = repos.store().managedInstalls(); managed) {
            for (const ManagedInstall &m : managed.value())
                kept += m.repoId == row.id ? 1 : 0;
        }
        if (Result<void> removed = repos.remove(row.id); !removed)
            return Console::fail(removed.error(), ctx.json);
        if (ctx.json) {
            Console::printJson(
                {{QStringLiteral("success"), true}, {QStringLiteral("unmanaged_plugins"), kept}});
        } else {
            Console::out(kept == 0
                             ? Text::tr("Removed %1.\n").arg(nameOf(row))
                             : Text::tr("Removed %1. Its %n installed plugin(s) stay, no longer "
                                        "updated from it.\n",
                                        nullptr, kept)
                                   .arg(nameOf(row)));
        }
        return Console::Success;
    }
    const bool enable = action == QLatin1String("enable");
    Result<StoredRepository> changed = repos.setEnabled(row.id, enable);
    if (!changed)
        return Console::fail(changed.error(), ctx.json);
    if (ctx.json)
        Console::printJson({{QStringLiteral("repo"), RepositoryJson::repository(changed.value())}});
    else
        Console::out(
            (enable ? Text::tr("Enabled %1.\n") : Text::tr("Disabled %1.\n")).arg(nameOf(row)));
    return Console::Success;
}

int availableCommand(CommandContext &ctx)
{
    Repositories repos(ctx.manager.paths().databasePath());
    Result<QList<StoredRepository>> rows = repos.list();
    if (!rows)
        return Console::fail(rows.error(), ctx.json);
    QList<StoredRepository> chosen = rows.value();
    if (const QString which = ctx.line.value(QStringLiteral("repo")); !which.isEmpty()) {
        Result<StoredRepository> found = repos.find(which);
        if (!found)
            return Console::fail(found.error(), ctx.json);
        chosen = {found.value()};
    }
    Result<QList<InstalledPlugin>> installed = installedPlugins(ctx.manager, repos);
    if (!installed)
        return Console::fail(installed.error(), ctx.json);
    const Availability view = availabilityOf(chosen, installed.value());
    const QString query = ctx.line.arguments.value(0);
    QList<const AvailablePlugin *> shownPlugins;
    for (const AvailablePlugin &plugin : view.plugins) {
        if (matchesQuery(plugin, query))
            shownPlugins << &plugin;
    }
    if (ctx.json) {
        QJsonArray plugins;
        for (const AvailablePlugin *plugin : std::as_const(shownPlugins))
            plugins.append(RepositoryJson::available(*plugin));
        QJsonArray orphans;
        for (const OrphanedPlugin &orphan : view.orphans)
            orphans.append(RepositoryJson::orphan(orphan));
        Console::printJson(
            {{QStringLiteral("plugins"), plugins},
             {QStringLiteral("orphans"), orphans},
             {QStringLiteral("problems"), QJsonArray::fromStringList(view.problems)}});
        return Console::Success;
    }
    bool anyManifest = false;
    for (const StoredRepository &row : std::as_const(chosen))
        anyManifest = anyManifest || (row.enabled && !row.manifest.isEmpty());
    if (!anyManifest) {
        Console::out(
            Text::tr("No repository has been fetched yet. Run \"plugboardctl repo refresh\" "
                     "(it goes online) and try again.\n"));
        return Console::Success;
    }
    TextTable table({Text::tr("SLUG"), Text::tr("NAME"), Text::tr("LATEST"), Text::tr("INSTALLED"),
                     Text::tr("STATUS"), Text::tr("REPOSITORY")});
    for (const AvailablePlugin *plugin : std::as_const(shownPlugins)) {
        table.addRow({TextTable::elide(plugin->entry.slug, 32),
                      TextTable::elide(plugin->entry.name, 32) +
                          (plugin->entry.deprecated ? Text::tr(" (deprecated)") : QString()),
                      shown(plugin->entry.latestVersion), shown(plugin->installedVersion),
                      availabilityStatusName(plugin->status),
                      TextTable::elide(plugin->repoName, 28) +
                          QStringLiteral(" [%1]").arg(repositorySignatureName(plugin->signature))});
    }
    Console::out(table.render());
    Console::out(Text::tr("\n%n plugin(s) offered.\n", nullptr, int(shownPlugins.size())));
    for (const OrphanedPlugin &orphan : view.orphans)
        Console::out(Text::tr("  %1 came from %2, which no longer lists it.\n")
                         .arg(orphan.key, orphan.repoName));
    for (const QString &problem : view.problems)
        Console::err(problem + QLatin1Char('\n'));
    return Console::Success;
}
