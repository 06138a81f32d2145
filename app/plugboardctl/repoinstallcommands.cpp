// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl install and update: plugins from repositories. The version, address, checksum and
// size come from the verified manifest Plugboard keeps; the command line names only the slug,
// the version and the repository. What needs consent (an unsigned repository, a deprecated
// plugin, a downgrade, replacing a copy from elsewhere) is asked on a terminal, or given with a
// flag.
#include "commands.h"
#include "console.h"

#include "repos/availability.h"
#include "repos/repositories.h"
#include <QCoreApplication>

#include <QJsonArray>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

// The flag that gives a consent, for the sentence when it cannot be asked.
void grant(RepositoryInstallRequest &request, InstallConsent consent)
{
    switch (consent) {
    case InstallConsent::Unsigned:
        request.acceptUnsigned = true;
        break;
    case InstallConsent::Deprecated:
        request.acceptDeprecated = true;
        break;
    case InstallConsent::Downgrade:
        request.acceptDowngrade = true;
        break;
    case InstallConsent::Replace:
        request.replaceUnmanaged = true;
        break;
    case InstallConsent::None:
        break;
    }
}

// Installs, asking on a terminal for each consent the install stops for.
PluginAccess::RepositoryInstalled installAsking(PluginAccess &plugins,
                                                RepositoryInstallRequest request, bool enable)
{
    for (int asked = 0;; ++asked) {
        PluginAccess::RepositoryInstalled installed =
            plugins.installFromRepository(request, enable);
        const InstallConsent needs = installed.outcome.needs;
        if (!installed.error || needs == InstallConsent::None || asked >= 4 ||
            !Console::stdinIsTerminal())
            return installed;
        if (!Console::confirm(installed.error->message + QLatin1Char(' ') + Text::tr("Go on?")))
            return installed;
        grant(request, needs);
    }
}

struct Offer {
    qint64 repoId = 0;
    QString repoName;
};

// Which repository to install `slug` from: the one given; else the one its installed copy came
// from; else the only one offering it; else the official one among several.
Result<Offer> offerFor(PluginAccess &plugins, Repositories &repos, const QString &slug,
                       const QString &repoOption)
{
    Result<QList<StoredRepository>> rows = repos.list();
    if (!rows)
        return rows.error();
    QList<StoredRepository> candidates = rows.value();
    if (!repoOption.isEmpty()) {
        Result<StoredRepository> chosen = repos.find(repoOption);
        if (!chosen)
            return chosen.error();
        candidates = {chosen.value()};
    }
    Result<QList<ManagedInstall>> managed = repos.store().managedInstalls();
    if (!managed)
        return managed.error();
    const Availability view = availabilityOf(candidates, {});
    QList<const AvailablePlugin *> offers;
    for (const AvailablePlugin &plugin : view.plugins) {
        if (plugin.entry.slug == slug)
            offers << &plugin;
    }
    if (offers.isEmpty()) {
        return Error::make(
            ErrorCode::NotFound,
            Text::tr("No enabled repository offers \"%1\". \"plugboardctl available\" "
                     "lists what they offer (\"plugboardctl repo refresh\" fetches their "
                     "lists again).")
                .arg(slug));
    }
    for (const ManagedInstall &m : managed.value()) {
        for (const AvailablePlugin *offer : std::as_const(offers)) {
            if (m.slug == slug && m.repoId == offer->repoId)
                return Offer{offer->repoId, offer->repoName};
        }
    }
    if (offers.size() == 1)
        return Offer{offers[0]->repoId, offers[0]->repoName};
    QStringList names;
    for (const AvailablePlugin *offer : std::as_const(offers)) {
        if (offer->official)
            return Offer{offer->repoId, offer->repoName};
        names << QStringLiteral("%1 (id %2)").arg(offer->repoName).arg(offer->repoId);
    }
    Q_UNUSED(plugins);
    return Error::make(ErrorCode::Conflict,
                       Text::tr("\"%1\" is offered by %2; choose one with --repo.")
                           .arg(slug, names.join(QStringLiteral(", "))));
}

QJsonObject installedJson(const PluginAccess::RepositoryInstalled &installed)
{
    const RepositoryInstallOutcome &o = installed.outcome;
    QJsonObject json{{QStringLiteral("success"), !installed.error.has_value()},
                     {QStringLiteral("slug"), o.slug},
                     {QStringLiteral("repo_id"), o.repoId},
                     {QStringLiteral("repo_name"), o.repoName},
                     {QStringLiteral("version"), o.version},
                     {QStringLiteral("key"), o.import.key},
                     {QStringLiteral("updated"), o.updated},
                     {QStringLiteral("enabled"), o.import.enabled},
                     {QStringLiteral("sha256"), o.sha256},
                     {QStringLiteral("requirements"), QJsonArray::fromStringList(o.requirements)}};
    if (installed.error)
        json.insert(QStringLiteral("error"), installed.error->message);
    if (!installed.loadError.isEmpty())
        json.insert(QStringLiteral("load_error"), installed.loadError);
    return json;
}

QString doneText(const PluginAccess::RepositoryInstalled &installed)
{
    const RepositoryInstallOutcome &o = installed.outcome;
    const QString name = o.import.name.isEmpty() ? o.slug : o.import.name;
    QString text = (o.updated ? Text::tr("Updated %1 to %2 from %3 (key %4)")
                              : Text::tr("Installed %1 %2 from %3 (key %4)"))
                       .arg(name, o.version, o.repoName, o.import.key);
    if (o.import.enabled)
        text += Text::tr("; it is enabled.\n");
    else
        text += Text::tr(
                    "; it is disabled: \"plugboardctl enable %1\" asks for your trust and turns it "
                    "on.\n")
                    .arg(o.import.key);
    for (const QString &requirement : o.requirements)
        text += requirement + QLatin1Char('\n');
    if (!installed.loadError.isEmpty())
        text += Text::tr("Its code did not load: %1\n").arg(installed.loadError);
    return text;
}

RepositoryInstallRequest requestFrom(const CommandLine &line)
{
    RepositoryInstallRequest request;
    request.acceptUnsigned = line.has(QStringLiteral("accept-unsigned"));
    request.acceptDeprecated = line.has(QStringLiteral("yes"));
    request.acceptDowngrade = line.has(QStringLiteral("downgrade"));
    request.replaceUnmanaged = line.has(QStringLiteral("replace"));
    request.keepEnabled =
        line.has(QStringLiteral("keep-enabled")) && line.has(QStringLiteral("yes"));
    return request;
}

std::optional<Error> trustProblem(const CommandLine &line)
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

} // namespace

int installCommand(PluginCommandContext &ctx)
{
    if (std::optional<Error> problem = trustProblem(ctx.line))
        return Console::fail(*problem, ctx.json);
    Repositories repos(ctx.databasePath);
    const QString slug = ctx.line.arguments.value(0);
    Result<Offer> offer =
        offerFor(ctx.plugins, repos, slug, ctx.line.value(QStringLiteral("repo")));
    if (!offer)
        return Console::fail(offer.error(), ctx.json);
    RepositoryInstallRequest request = requestFrom(ctx.line);
    request.repoId = offer.value().repoId;
    request.slug = slug;
    request.version = ctx.line.value(QStringLiteral("plugin-version"));
    const PluginAccess::RepositoryInstalled installed =
        installAsking(ctx.plugins, request, ctx.line.has(QStringLiteral("enable")));
    if (installed.error) {
        if (ctx.json)
            Console::printJson(installedJson(installed));
        return Console::fail(*installed.error, false);
    }
    if (ctx.json)
        Console::printJson(installedJson(installed));
    else
        Console::out(doneText(installed));
    return installed.loadError.isEmpty() ? Console::Success : Console::Failed;
}

int updateCommand(PluginCommandContext &ctx)
{
    if (std::optional<Error> problem = trustProblem(ctx.line))
        return Console::fail(*problem, ctx.json);
    const bool all = ctx.line.has(QStringLiteral("all"));
    if (all == !ctx.line.arguments.isEmpty())
        return Console::usage(Text::tr("update needs plugin keys or --all"));
    Repositories repos(ctx.databasePath);
    Result<QList<StoredRepository>> rows = repos.list();
    Result<QList<ManagedInstall>> managed = repos.store().managedInstalls();
    if (!rows || !managed)
        return Console::fail(!rows ? rows.error() : managed.error(), ctx.json);
    // What is installed here, as the repositories see it.
    QList<InstalledPlugin> installed;
    for (const ManagedInstall &m : managed.value()) {
        if (Result<PluginAccess::Plugin> found = ctx.plugins.find(m.key); found)
            installed.append({m.key, m.version, m});
    }
    const Availability view = availabilityOf(rows.value(), installed);
    QList<const AvailablePlugin *> targets;
    QStringList problems;
    for (const QString &key : ctx.line.arguments) {
        const auto it =
            std::find_if(view.plugins.cbegin(), view.plugins.cend(), [&](const auto &p) {
                return p.key == key && p.status != AvailabilityStatus::OtherRepository &&
                       p.status != AvailabilityStatus::NotInstalled &&
                       p.status != AvailabilityStatus::Unmanaged;
            });
        if (it == view.plugins.cend())
            problems << Text::tr("%1 was not installed from an enabled repository.").arg(key);
        else if (it->status == AvailabilityStatus::UpdateAvailable)
            targets << &*it;
        else if (!ctx.json)
            Console::out(Text::tr("%1 is up to date (%2).\n").arg(key, it->installedVersion));
    }
    if (all) {
        for (const AvailablePlugin &plugin : view.plugins) {
            if (plugin.status == AvailabilityStatus::UpdateAvailable)
                targets << &plugin;
        }
        if (targets.isEmpty() && !ctx.json)
            Console::out(Text::tr("Every plugin from a repository is up to date.\n"));
    }
    QJsonArray results;
    for (const AvailablePlugin *target : std::as_const(targets)) {
        RepositoryInstallRequest request = requestFrom(ctx.line);
        request.repoId = target->repoId;
        request.slug = target->entry.slug;
        const PluginAccess::RepositoryInstalled done =
            installAsking(ctx.plugins, request, ctx.line.has(QStringLiteral("enable")));
        results.append(installedJson(done));
        if (done.error)
            problems << Text::tr("%1: %2").arg(target->key, done.error->message);
        else if (!ctx.json)
            Console::out(doneText(done));
    }
    for (const QString &problem : std::as_const(problems))
        Console::err(problem + QLatin1Char('\n'));
    if (ctx.json)
        Console::printJson({{QStringLiteral("success"), problems.isEmpty()},
                            {QStringLiteral("updates"), results}});
    return problems.isEmpty() ? Console::Success : Console::Failed;
}
