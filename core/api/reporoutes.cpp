// The plugin repository routes under /api/plugins/repos/ (issue 12, REST item): list, one,
// add, preview, enable/disable, remove, refresh (one or all), what the repositories offer, and
// one offered plugin's details. Paths and shapes follow Dispatcharr's; the JSON of a repository
// and of an offered plugin is plugboardctl's (api/repositoryjson.h).
//
// Nothing here takes a download URL, checksum or size from a client: the bodies hold a
// repository address and its key, an id, or a switch. Every address a download will use comes
// from a manifest that passed its checks (REPOSITORIES.md §3).
//
// A request to these routes is an explicit request of the user (like a plugboardctl command):
// add, preview and refresh go online without waiting for the window's online-access question.

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "repos/repositoryjson.h"
#include "common/runinpool.h"
#include "common/translation.h"
#include "manager/pluginmanager.h"
#include "repos/availability.h"
#include "repos/repositories.h"
#include "repos/repositorymanifestreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace plugboard::ApiRoutes {

namespace {

constexpr TranslationContext tr{"ApiRoutes"};

using Responder = std::shared_ptr<HttpResponder>;

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
        responder.respond(ApiJson::error(503, tr("This Plugboard serves no plugin repositories."),
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
            tr("No repository \"%1\" is in the list; GET /api/plugins/repos/ lists their ids.")
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

// A body {"url": …, "public_key": …}: the address and the key (empty: an unsigned repository).
struct AddressBody {
    QString url;
    QByteArray key;
};

Result<AddressBody> addressBody(const HttpRequest &request)
{
    const Result<QJsonObject> body =
        ApiJson::objectBody(request, {QStringLiteral("url"), QStringLiteral("public_key")});
    if (!body)
        return body.error();
    const QJsonValue url = body.value().value(QLatin1String("url"));
    const QJsonValue key = body.value().value(QLatin1String("public_key"));
    if (!url.isString() || url.toString().trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Send {\"url\": \"https://…/manifest.json\"} with the repository's "
                              "address, and \"public_key\" with its armored OpenPGP key when it "
                              "signs its manifest."));
    }
    if (!(key.isUndefined() || key.isNull() || key.isString())) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("\"public_key\" must be the armored key as text (\"-----BEGIN PGP "
                              "PUBLIC KEY BLOCK-----…\"), or null for an unsigned repository."));
    }
    return AddressBody{url.toString().trimmed(), key.toString().toUtf8()};
}

// A refresh's outcome: {repo_id, name, ok, changed, not_modified, plugin_count, signature,
// error}; `row` is the repository as stored after the refresh.
QJsonObject refreshObject(const RefreshJob *job, const StoredRepository &row)
{
    const RefreshOutcome &outcome = job->result();
    const bool ok = job->succeeded();
    return {{QStringLiteral("repo_id"), double(row.id)},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("changed"), ok && outcome.changed},
            {QStringLiteral("not_modified"), ok && outcome.notModified},
            {QStringLiteral("plugin_count"), RepositoryJson::pluginCount(row)},
            {QStringLiteral("signature"), repositorySignatureName(signatureOf(row))},
            {QStringLiteral("error"),
             ok ? QJsonValue(QJsonValue::Null) : QJsonValue(job->error().message)}};
}

// The row as stored now (after a refresh wrote to it), or `fallback` when it went away.
StoredRepository reread(Repositories *repositories, const StoredRepository &fallback)
{
    Result<StoredRepository> row = repositories->find(QString::number(fallback.id));
    return row ? row.value() : fallback;
}

// ---- the handlers ----

void listRepositories(const ApiContext &ctx, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    Result<QList<StoredRepository>> rows = repositories->list();
    if (!rows)
        return void(responder.respond(ApiJson::error(rows.error())));
    // Counting plugins reads every stored manifest: not on the window's thread.
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    runInPool(
        ctx.owner,
        [rows = rows.value()] {
            QJsonArray list;
            for (const StoredRepository &row : rows)
                list.append(repositoryObject(row));
            return list;
        },
        [shared](const QJsonArray &list) {
            shared->respond(ApiJson::object(200, {{QStringLiteral("repos"), list}}));
        });
}

void addRepository(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    const Result<AddressBody> body = addressBody(request);
    if (!body)
        return void(responder.respond(ApiJson::error(body.error())));
    RepositoryJob *job = repositories->add(body.value().url, body.value().key);
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    QObject::connect(job, &Job::finished, ctx.owner, [shared, job] {
        if (!job->succeeded())
            return void(shared->respond(fetchError(job->error())));
        shared->respond(
            ApiJson::object(201, {{QStringLiteral("success"), true},
                                  {QStringLiteral("repo"), repositoryObject(job->result())}}));
    });
}

struct PreviewView {
    Availability availability;
    QStringList notes;
};

void previewRepository(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    const Result<AddressBody> body = addressBody(request);
    if (!body)
        return void(responder.respond(ApiJson::error(body.error())));
    ManifestFetch *fetch = repositories->preview(body.value().url, body.value().key);
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    QObject::connect(fetch, &Job::finished, ctx.owner, [ctx, shared, fetch] {
        if (!fetch->succeeded())
            return void(shared->respond(fetchError(fetch->error())));
        const Result<QList<InstalledPlugin>> installed = installedPlugins(ctx);
        if (!installed)
            return void(shared->respond(ApiJson::error(installed.error())));
        const FetchedManifest &fetched = fetch->result();
        // A row that is never stored: the availability view over it says what each plugin
        // would be here.
        StoredRepository row;
        row.name = fetched.checked.read.manifest.registryName;
        row.manifest = fetched.bytes;
        const RepositorySignature signature = fetched.checked.signature == SignatureState::Verified
                                                  ? RepositorySignature::Verified
                                                  : RepositorySignature::Unsigned;
        QStringList notes;
        for (const Diagnostic &d : fetched.checked.read.diagnostics)
            notes.append(d.message);
        runInPool(
            ctx.owner,
            [row, installed = installed.value(), signature] {
                Availability view = availabilityOf({row}, installed);
                for (AvailablePlugin &plugin : view.plugins)
                    plugin.signature = signature;
                return view;
            },
            [shared, name = row.name, signature, notes](const Availability &view) {
                QJsonArray plugins;
                for (const AvailablePlugin &plugin : view.plugins)
                    plugins.append(RepositoryJson::available(plugin));
                shared->respond(ApiJson::object(
                    200, {{QStringLiteral("success"), true},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("signature"), repositorySignatureName(signature)},
                          {QStringLiteral("plugin_count"), plugins.size()},
                          {QStringLiteral("plugins"), plugins},
                          {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}}));
            });
    });
}

void showRepository(const ApiContext &ctx, const QString &id, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    if (const std::optional<StoredRepository> row = repositoryOr404(repositories, id, responder))
        responder.respond(ApiJson::object(200, {{QStringLiteral("repo"), repositoryObject(*row)}}));
}

void updateRepository(const ApiContext &ctx, const HttpRequest &request, const QString &id,
                      HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    const std::optional<StoredRepository> row = repositoryOr404(repositories, id, responder);
    if (!row)
        return;
    const Result<QJsonObject> body = ApiJson::objectBody(request, {QStringLiteral("enabled")});
    if (!body)
        return void(responder.respond(ApiJson::error(body.error())));
    const QJsonValue enabled = body.value().value(QLatin1String("enabled"));
    if (!enabled.isBool())
        return void(responder.respond(invalid(tr("Send {\"enabled\": true or false}."))));
    const Result<StoredRepository> changed = repositories->setEnabled(row->id, enabled.toBool());
    if (!changed)
        return void(responder.respond(ApiJson::error(changed.error())));
    responder.respond(
        ApiJson::object(200, {{QStringLiteral("success"), true},
                              {QStringLiteral("repo"), repositoryObject(changed.value())}}));
}

void removeRepository(const ApiContext &ctx, const HttpRequest &request, const QString &id,
                      HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    if (!request.body.trimmed().isEmpty())
        return void(responder.respond(
            invalid(tr("Removing a repository takes no body; its id is in the path."))));
    const std::optional<StoredRepository> row = repositoryOr404(repositories, id, responder);
    if (!row)
        return;
    const Result<void> removed = repositories->remove(row->id);
    responder.respond(removed ? ApiJson::object(200, {{QStringLiteral("success"), true}})
                              : ApiJson::error(removed.error()));
}

// An empty body or {} (a refresh takes nothing); false with the refusal sent otherwise.
bool emptyBody(const HttpRequest &request, HttpResponder &responder)
{
    if (request.body.trimmed().isEmpty())
        return true;
    if (const Result<QJsonObject> body = ApiJson::objectBody(request, {}); !body) {
        responder.respond(ApiJson::error(body.error()));
        return false;
    }
    return true;
}

void refreshOne(const ApiContext &ctx, const HttpRequest &request, const QString &id,
                HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories || !emptyBody(request, responder))
        return;
    const std::optional<StoredRepository> row = repositoryOr404(repositories, id, responder);
    if (!row)
        return;
    RefreshJob *job = repositories->refresh(row->id, Repositories::Access::Requested);
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    QObject::connect(job, &Job::finished, ctx.owner, [shared, job, repositories, row = *row] {
        const StoredRepository after = reread(repositories, row);
        if (!job->succeeded()) {
            // The error's shape, with the repository as it now stands (last_error set).
            HttpResponse response = fetchError(job->error());
            QJsonObject body{
                {QStringLiteral("success"), false},
                {QStringLiteral("error"), job->error().message},
                {QStringLiteral("code"), QString(ApiJson::codeName(job->error().code))},
                {QStringLiteral("refresh"), refreshObject(job, after)},
                {QStringLiteral("repo"), repositoryObject(after)}};
            return void(shared->respond(ApiJson::object(response.status, body)));
        }
        shared->respond(
            ApiJson::object(200, {{QStringLiteral("success"), true},
                                  {QStringLiteral("refresh"), refreshObject(job, after)},
                                  {QStringLiteral("repo"), repositoryObject(after)}}));
    });
}

void refreshAll(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories || !emptyBody(request, responder))
        return;
    const Result<QList<StoredRepository>> rows = repositories->list();
    if (!rows)
        return void(responder.respond(ApiJson::error(rows.error())));
    QList<StoredRepository> enabled;
    for (const StoredRepository &row : rows.value()) {
        if (row.enabled)
            enabled.append(row);
    }
    // The refreshes run side by side; the answer comes when the last one ends, in list order.
    struct Pending {
        HttpResponder responder;
        QList<QJsonObject> outcomes;
        qsizetype left = 0;
        bool allOk = true;
    };
    auto pending = std::make_shared<Pending>();
    pending->responder = std::move(responder);
    pending->outcomes.resize(enabled.size());
    pending->left = enabled.size();
    const auto answer = [pending] {
        QJsonArray outcomes;
        for (const QJsonObject &outcome : pending->outcomes)
            outcomes.append(outcome);
        pending->responder.respond(
            ApiJson::object(200, {{QStringLiteral("success"), pending->allOk},
                                  {QStringLiteral("refreshes"), outcomes}}));
    };
    if (enabled.isEmpty())
        return answer();
    for (qsizetype i = 0; i < enabled.size(); ++i) {
        RefreshJob *job = repositories->refresh(enabled[i].id, Repositories::Access::Requested);
        QObject::connect(job, &Job::finished, ctx.owner,
                         [pending, job, repositories, row = enabled[i], i, answer] {
                             pending->allOk = pending->allOk && job->succeeded();
                             pending->outcomes[i] = refreshObject(job, reread(repositories, row));
                             if (--pending->left == 0)
                                 answer();
                         });
    }
}

void available(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    for (const auto &[name, value] : request.query.queryItems()) {
        if (name != QLatin1String("q") && name != QLatin1String("repo")) {
            return void(responder.respond(
                invalid(tr("Unknown query parameter \"%1\"; available takes q (search text) "
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
        return Error::make(ErrorCode::Internal, tr("The stored manifest of %1 no longer reads: %2")
                                                    .arg(row.name, root.error().message));
    }
    // The view skips disabled repositories; the details of a disabled one are still wanted.
    row.enabled = true;
    const Availability view = availabilityOf({row}, installed);
    const auto found = std::find_if(view.plugins.begin(), view.plugins.end(),
                                    [&](const AvailablePlugin &p) { return p.entry.slug == slug; });
    if (found == view.plugins.end()) {
        return Error::make(ErrorCode::NotFound, tr("%1 offers no plugin \"%2\"; GET "
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
        return void(
            responder.respond(ApiJson::error(404,
                                             tr("%1 has no manifest yet; refresh it first (POST "
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

} // namespace

void addRepositoryRoutes(ApiRouter &router, const ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/plugins/repos/");
    // Literal paths first: "available", "preview" and "refresh" are not ids.
    router.add("GET", base, [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
        listRepositories(ctx, std::move(r));
    });
    router.add("POST", base,
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   addRepository(ctx, request, std::move(r));
               });
    router.add("POST", base + QStringLiteral("preview/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   previewRepository(ctx, request, std::move(r));
               });
    router.add("POST", base + QStringLiteral("refresh/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   refreshAll(ctx, request, std::move(r));
               });
    router.add("GET", base + QStringLiteral("available/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   available(ctx, request, std::move(r));
               });
    router.add("GET", base + QStringLiteral("<id>/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   showRepository(ctx, args[0], std::move(r));
               });
    router.add("PATCH", base + QStringLiteral("<id>/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   updateRepository(ctx, request, args[0], std::move(r));
               });
    router.add("DELETE", base + QStringLiteral("<id>/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   removeRepository(ctx, request, args[0], std::move(r));
               });
    router.add("POST", base + QStringLiteral("<id>/refresh/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   refreshOne(ctx, request, args[0], std::move(r));
               });
    // The slug of a plugin in that repository ("<key>" as the OpenAPI check names captures).
    router.add("GET", base + QStringLiteral("<id>/plugins/<key>/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   showPlugin(ctx, args[0], args[1], std::move(r));
               });
}

} // namespace plugboard::ApiRoutes
