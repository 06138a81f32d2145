// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "api/reporoutes_p.h"
#include "common/runinpool.h"
#include "manager/pluginmanager.h"
#include "repos/availability.h"
#include "repos/repositories.h"
#include "repos/repositoryjson.h"
#include "repos/repositorymanifestreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace plugboard::ApiRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
};

using Responder = std::shared_ptr<HttpResponder>;
using namespace RepoRoutes;

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
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("Send {\"url\": \"https://…/manifest.json\"} with the repository's "
                     "address, and \"public_key\" with its armored OpenPGP key when it "
                     "signs its manifest."));
    }
    if (!(key.isUndefined() || key.isNull() || key.isString())) {
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("\"public_key\" must be the armored key as text (\"-----BEGIN PGP "
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
        return void(responder.respond(invalid(Text::tr("Send {\"enabled\": true or false}."))));
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
            invalid(Text::tr("Removing a repository takes no body; its id is in the path."))));
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

} // namespace

void addRepositoryRoutes(ApiRouter &router, const ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/plugins/repos/");
    // Literal paths first: "available", "preview", "refresh" and "settings" are not ids.
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
    router.add("GET", base + QStringLiteral("settings/"),
               [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
                   RepoRoutes::showSettings(ctx, std::move(r));
               });
    for (const char *method : {"PATCH", "PUT"}) {
        router.add(method, base + QStringLiteral("settings/"),
                   [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                       RepoRoutes::updateSettings(ctx, request, std::move(r));
                   });
    }
    router.add("GET", base + QStringLiteral("available/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   RepoRoutes::available(ctx, request, std::move(r));
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
                   RepoRoutes::showPlugin(ctx, args[0], args[1], std::move(r));
               });
    router.add("POST", base + QStringLiteral("<id>/plugins/<key>/install/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   RepoRoutes::installPlugin(ctx, request, args[0], args[1], std::move(r));
               });
}

} // namespace plugboard::ApiRoutes
