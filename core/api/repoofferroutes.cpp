// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the repositories offer (GET available/, one plugin's details) and installing one of
// them (POST <id>/plugins/<slug>/install/). The install body names the version and the
// consents only: the address, checksum and size come from the verified manifest Plugboard
// keeps, and any such field a client sends is ignored.

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "api/reporoutes_p.h"
#include "common/runinpool.h"
#include "manager/importtypes.h"
#include "manager/pluginmanager.h"
#include "manager/repositoryinstall.h"
#include "repos/availability.h"
#include "repos/repositories.h"
#include "repos/repositoryjson.h"
#include "repos/repositorymanifestreader.h"
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <memory>

namespace plugboard::ApiRoutes::RepoRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
};

using Responder = std::shared_ptr<HttpResponder>;

} // namespace

HttpResponse invalid(const QString &sentence)
{
    return ApiJson::error(400, sentence, QLatin1StringView("invalid_input"));
}

// A fetch that failed: the repository's server failing (Io) is a bad gateway, not our error.
HttpResponse fetchError(const Error &error)
{
    HttpResponse response = ApiJson::error(error);
    if (error.code == ErrorCode::Io)
        response.status = 502;
    return response;
}

Repositories *repositoriesOr503(const ApiContext &ctx, HttpResponder &responder)
{
    if (!ctx.repositories) {
        responder.respond(ApiJson::error(503,
                                         Text::tr("This Plugboard serves no plugin repositories."),
                                         QLatin1StringView("unavailable")));
    }
    return ctx.repositories;
}

std::optional<StoredRepository> repositoryOr404(Repositories *repositories, const QString &idOrUrl,
                                                HttpResponder &responder)
{
    Result<StoredRepository> found = repositories->find(idOrUrl);
    if (found)
        return found.value();
    if (found.error().code == ErrorCode::NotFound) {
        responder.respond(ApiJson::error(
            404,
            Text::tr(
                "No repository \"%1\" is in the list; GET /api/plugins/repos/ lists their ids.")
                .arg(idOrUrl),
            QLatin1StringView("not_found")));
    } else {
        responder.respond(ApiJson::error(found.error()));
    }
    return std::nullopt;
}

QJsonObject repositoryObject(const StoredRepository &row)
{
    return RepositoryJson::repository(row, RepositoryJson::pluginCount(row));
}

// The plugins installed here, as the availability view needs them: every plugin folder that
// is there (a missing one is not installed), with where it came from.
Result<QList<InstalledPlugin>> installedPlugins(const ApiContext &ctx)
{
    Result<QList<ManagedInstall>> managed = ctx.repositories->store().managedInstalls();
    if (!managed)
        return managed.error();
    QHash<QString, ManagedInstall> byKey;
    for (const ManagedInstall &install : managed.value())
        byKey.insert(install.key, install);
    QList<InstalledPlugin> installed;
    for (const PluginInfo &info : ctx.manager->plugins()) {
        if (info.isMissing())
            continue;
        installed.append({info.key(), info.version(), byKey.value(info.key())});
    }
    return installed;
}

void available(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    for (const auto &[name, value] : request.query.queryItems()) {
        if (name != QLatin1String("q") && name != QLatin1String("repo")) {
            return void(responder.respond(
                invalid(Text::tr("Unknown query parameter \"%1\"; available takes q (search text) "
                                 "and repo (a repository id).")
                            .arg(name.left(60)))));
        }
    }
    // As a form sends it, '+' is a space ("%2B" is a plus).
    const QString query = QUrl::fromPercentEncoding(
        request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyEncoded)
            .toUtf8()
            .replace('+', "%20"));
    qint64 repoFilter = 0;
    if (request.query.hasQueryItem(QStringLiteral("repo"))) {
        const QString repo =
            request.query.queryItemValue(QStringLiteral("repo"), QUrl::FullyDecoded);
        const std::optional<StoredRepository> row = repositoryOr404(repositories, repo, responder);
        if (!row)
            return;
        repoFilter = row->id;
    }
    const Result<QList<StoredRepository>> rows = repositories->list();
    if (!rows)
        return void(responder.respond(ApiJson::error(rows.error())));
    const Result<QList<InstalledPlugin>> installed = installedPlugins(ctx);
    if (!installed)
        return void(responder.respond(ApiJson::error(installed.error())));
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    runInPool(
        ctx.owner,
        [rows = rows.value(), installed = installed.value(), query, repoFilter] {
            const Availability view = availabilityOf(rows, installed);
            QJsonArray plugins, orphans;
            for (const AvailablePlugin &plugin : view.plugins) {
                if ((repoFilter == 0 || plugin.repoId == repoFilter) &&
                    (query.trimmed().isEmpty() || matchesQuery(plugin, query)))
                    plugins.append(RepositoryJson::available(plugin));
            }
            for (const OrphanedPlugin &orphan : view.orphans) {
                if (repoFilter == 0 || orphan.repoId == repoFilter)
                    orphans.append(RepositoryJson::orphan(orphan));
            }
            return QJsonObject{
                {QStringLiteral("plugins"), plugins},
                {QStringLiteral("orphans"), orphans},
                {QStringLiteral("problems"), QJsonArray::fromStringList(view.problems)}};
        },
        [shared](const QJsonObject &body) { shared->respond(ApiJson::object(200, body)); });
}

// One offered plugin, from the stored manifests only (no network).
Result<QJsonObject> pluginDetails(StoredRepository row, const QList<InstalledPlugin> &installed,
                                  const std::optional<StoredRepositoryPlugin> &perPlugin,
                                  const QString &slug)
{
    const Result<RepositoryManifestRead> root = RepositoryManifestReader::readRoot(row.manifest);
    if (!root) {
        return Error::make(ErrorCode::Internal,
                           Text::tr("The stored manifest of %1 no longer reads: %2")
                               .arg(row.name, root.error().message));
    }
    // The view skips disabled repositories; the details of a disabled one are still wanted.
    row.enabled = true;
    const Availability view = availabilityOf({row}, installed);
    const auto found = std::find_if(view.plugins.begin(), view.plugins.end(),
                                    [&](const AvailablePlugin &p) { return p.entry.slug == slug; });
    if (found == view.plugins.end()) {
        return Error::make(ErrorCode::NotFound, Text::tr("%1 offers no plugin \"%2\"; GET "
                                                         "/api/plugins/repos/available/?repo=%3 "
                                                         "lists what it offers.")
                                                    .arg(row.name, slug)
                                                    .arg(row.id));
    }
    QJsonObject plugin = RepositoryJson::available(*found);
    const QJsonObject details = RepositoryJson::entryDetails(found->entry);
    for (auto it = details.begin(); it != details.end(); ++it)
        plugin.insert(it.key(), it.value());
    // Versions are known once the plugin's own manifest was fetched (for an install).
    QJsonArray versions;
    QJsonArray maintainers;
    if (perPlugin) {
        const Result<RepositoryPluginManifestRead> read = RepositoryManifestReader::readPlugin(
            perPlugin->manifest, root.value().manifest.bases, slug);
        if (read && !read.value().slugMismatch) {
            for (const RepositoryPluginVersion &v : read.value().manifest.versions)
                versions.append(RepositoryJson::version(v));
            maintainers = QJsonArray::fromStringList(read.value().manifest.maintainers);
        }
    }
    plugin.insert(QStringLiteral("versions"), versions);
    plugin.insert(QStringLiteral("maintainers"), maintainers);
    return QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("plugin"), plugin}};
}

void showPlugin(const ApiContext &ctx, const QString &id, const QString &slug,
                HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    const std::optional<StoredRepository> row = repositoryOr404(repositories, id, responder);
    if (!row)
        return;
    if (row->manifest.isEmpty()) {
        return void(responder.respond(
            ApiJson::error(404,
                           Text::tr("%1 has no manifest yet; refresh it first (POST "
                                    "/api/plugins/repos/%2/refresh/).")
                               .arg(row->name)
                               .arg(row->id),
                           QLatin1StringView("not_found"))));
    }
    const Result<QList<InstalledPlugin>> installed = installedPlugins(ctx);
    if (!installed)
        return void(responder.respond(ApiJson::error(installed.error())));
    const Result<std::optional<StoredRepositoryPlugin>> perPlugin =
        repositories->store().pluginManifest(row->id, slug);
    if (!perPlugin)
        return void(responder.respond(ApiJson::error(perPlugin.error())));
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    runInPool(
        ctx.owner,
        [row = *row, installed = installed.value(), perPlugin = perPlugin.value(), slug] {
            return pluginDetails(row, installed, perPlugin, slug);
        },
        [shared](const Result<QJsonObject> &details) {
            shared->respond(details ? ApiJson::object(200, details.value())
                                    : ApiJson::error(details.error()));
        });
}

namespace {

QJsonObject installObject(const RepositoryInstallOutcome &o)
{
    return {{QStringLiteral("slug"), o.slug},
            {QStringLiteral("key"), o.import.key},
            {QStringLiteral("name"), o.import.name},
            {QStringLiteral("version"), o.version},
            {QStringLiteral("repo_id"), double(o.repoId)},
            {QStringLiteral("repo_name"), o.repoName},
            {QStringLiteral("updated"), o.updated},
            {QStringLiteral("enabled"), o.import.enabled},
            {QStringLiteral("sha256"), o.sha256},
            {QStringLiteral("requirements"), QJsonArray::fromStringList(o.requirements)}};
}

} // namespace

void installPlugin(const ApiContext &ctx, const HttpRequest &request, const QString &id,
                   const QString &slug, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    const std::optional<StoredRepository> row = repositoryOr404(repositories, id, responder);
    if (!row)
        return;
    // {"version": "1.2.0", "accept_unsigned": true, …}; every other key (a download address,
    // a checksum, a size, Dispatcharr's own fields) is ignored: those come from the manifest.
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return void(responder.respond(
                invalid(Text::tr("The body must be a JSON object such as {\"version\": \"1.2.0\"} "
                                 "(or empty for the latest version)."))));
        }
        body = document.object();
    }
    RepositoryInstallRequest install;
    install.repoId = row->id;
    install.slug = slug;
    const QJsonValue version = body.value(QLatin1String("version"));
    if (!(version.isUndefined() || version.isNull() || version.isString()))
        return void(
            responder.respond(invalid(Text::tr("\"version\" must be text, such as \"1.2.0\"."))));
    install.version = version.toString().trimmed();
    bool enable = false;
    const QList<std::pair<const char *, bool *>> flags = {
        {"accept_unsigned", &install.acceptUnsigned},
        {"accept_deprecated", &install.acceptDeprecated},
        {"downgrade", &install.acceptDowngrade},
        {"replace", &install.replaceUnmanaged},
        {"keep_enabled", &install.keepEnabled},
        {"enable", &enable}};
    for (const auto &[name, target] : flags) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isBool()) {
            return void(responder.respond(
                invalid(Text::tr("\"%1\" must be true or false.").arg(QLatin1String(name)))));
        }
        *target = value.toBool();
    }
    RepositoryInstallJob *job =
        RepositoryInstall::start(*ctx.manager, *repositories, install, ctx.owner);
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    PluginManager *manager = ctx.manager;
    QObject::connect(job, &Job::finished, ctx.owner, [shared, job, manager, enable] {
        RepositoryInstallOutcome outcome = job->result();
        if (!job->succeeded()) {
            HttpResponse response = fetchError(job->error());
            if (outcome.needs != InstallConsent::None) {
                QJsonObject json = QJsonDocument::fromJson(response.body).object();
                json.insert(QStringLiteral("needs"), RepositoryInstall::consentFlag(outcome.needs));
                response = ApiJson::object(409, json);
            }
            return void(shared->respond(response));
        }
        QJsonObject answer{{QStringLiteral("success"), true}};
        if (enable && !outcome.import.enabled) {
            // The caller's "enable": true is its trust in the new code.
            if (Result<PluginInfo> on = manager->setEnabled(outcome.import.key, true, true); on)
                outcome.import.enabled = true;
            else
                answer.insert(QStringLiteral("enable_error"), on.error().message);
        }
        answer.insert(QStringLiteral("install"), installObject(outcome));
        shared->respond(ApiJson::object(200, answer));
    });
}

} // namespace plugboard::ApiRoutes::RepoRoutes
