// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin routes of SPEC §12: list, one plugin, reload, settings, enable/disable, delete,
// logo, and the plugin's recent runs and log.

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "api/multipartparser.h"
#include "catalog/pluginjson.h"
#include "catalog/pluginkey.h"
#include "common/jsonwriter.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "repos/repositories.h"
#include "repos/repositoryfields.h"
#include "runner/activity.h"
#include "runner/loadjob.h"
#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace plugboard::ApiRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
};

constexpr int LoadWaitMs = 30000;

using Responder = std::shared_ptr<HttpResponder>;

HttpResponse pluginDocument(const PluginInfo &info, const PluginJson::ExtraFields &extra = {})
{
    JsonWriter w;
    w.beginObject();
    w.field(QLatin1StringView("success"), true);
    w.key(QLatin1StringView("plugin"));
    PluginJson::writeEntry(w, info, extra);
    w.endObject();
    return ApiJson::raw(200, w.take());
}

QJsonObject settingsOf(const PluginInfo &info)
{
    const QList<FieldSpec> &fields = info.fields();
    return PluginSettings::redacted(fields,
                                    PluginSettings::effective(fields, info.storedSettings()));
}

HttpResponse settingsDocument(const PluginInfo &info)
{
    return ApiJson::object(200,
                           {{QStringLiteral("success"), true},
                            {QStringLiteral("settings"), settingsOf(info)},
                            {QStringLiteral("secrets"),
                             PluginSettings::secretsSet(info.fields(), info.storedSettings())}});
}

HttpResponse enabledDocument(const PluginInfo &info)
{
    QJsonObject body{{QStringLiteral("success"), true},
                     {QStringLiteral("key"), info.key()},
                     {QStringLiteral("enabled"), info.enabled()},
                     {QStringLiteral("ever_enabled"), info.everEnabled()},
                     {QStringLiteral("loaded"), info.isLoaded()}};
    if (info.enabled() && !info.loadError().isEmpty()) {
        body.insert(QStringLiteral("load_error"), info.loadError());
        body.insert(QStringLiteral("traceback"), info.traceback());
    } else if (info.enabled() && info.isLoading()) {
        body.insert(QStringLiteral("load_error"),
                    Text::tr("The plugin's code is still loading; ask again in a moment."));
    }
    return ApiJson::object(200, body);
}

// Answers once the plugin's code has loaded (or failed to), so the client learns the outcome.
void answerWhenLoaded(const ApiContext &ctx, const QString &key, HttpResponder responder)
{
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    whenLoaded(ctx, key, LoadWaitMs, [ctx, key, shared] {
        if (const std::optional<PluginInfo> info = ctx.manager->plugin(key))
            shared->respond(enabledDocument(*info));
        else
            shared->respond(ApiJson::error(404, Text::tr("The plugin went away."),
                                           QLatin1StringView("not_found")));
    });
}

void setEnabled(const ApiContext &ctx, const HttpRequest &request, const QString &key,
                HttpResponder responder)
{
    if (!pluginOr404(ctx, key, responder))
        return;
    const Result<QJsonObject> body = ApiJson::objectBody(
        request, {QStringLiteral("enabled"), QStringLiteral("acknowledge_trust")});
    if (!body)
        return void(responder.respond(ApiJson::error(body.error())));
    const QJsonValue enabled = body.value().value(QLatin1String("enabled"));
    const QJsonValue trust = body.value().value(QLatin1String("acknowledge_trust"));
    if (!enabled.isBool() || !(trust.isUndefined() || trust.isBool())) {
        return void(responder.respond(ApiJson::error(
            400,
            Text::tr("Send {\"enabled\": true or false, \"acknowledge_trust\": true or false}."),
            QLatin1StringView("invalid_input"))));
    }
    const Result<PluginInfo> changed =
        ctx.manager->setEnabled(key, enabled.toBool(), trust.toBool(false));
    if (!changed)
        return void(responder.respond(ApiJson::error(changed.error())));
    answerWhenLoaded(ctx, changed.value().key(), std::move(responder));
}

void saveSettings(const ApiContext &ctx, const HttpRequest &request, const QString &key,
                  HttpResponder responder)
{
    if (!pluginOr404(ctx, key, responder))
        return;
    const Result<QJsonObject> body = ApiJson::objectBody(request, {QStringLiteral("settings")});
    if (!body)
        return void(responder.respond(ApiJson::error(body.error())));
    const QJsonValue settings = body.value().value(QLatin1String("settings"));
    if (!settings.isObject()) {
        return void(responder.respond(
            ApiJson::error(400, Text::tr("Send {\"settings\": {\"<field id>\": value, …}}."),
                           QLatin1StringView("invalid_input"))));
    }
    const Result<PluginInfo> saved = ctx.manager->saveSettings(key, settings.toObject());
    responder.respond(saved ? settingsDocument(saved.value()) : ApiJson::error(saved.error()));
}

void reload(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    if (!request.body.trimmed().isEmpty()) {
        if (const Result<QJsonObject> body = ApiJson::objectBody(request, {}); !body)
            return void(responder.respond(ApiJson::error(body.error())));
    }
    // A rescan already under way is followed by one more that serves this request.
    ReloadJob *job = ctx.manager->reload();
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    QObject::connect(job, &Job::finished, ctx.owner, [shared, job] {
        if (!job->succeeded()) {
            shared->respond(
                ApiJson::error(500, job->error().message, QLatin1StringView("reload_failed")));
            return;
        }
        shared->respond(ApiJson::object(200, {{QStringLiteral("success"), true},
                                              {QStringLiteral("count"), double(job->result())}}));
    });
}

void remove(const ApiContext &ctx, const HttpRequest &request, const QString &key,
            HttpResponder responder)
{
    if (!pluginOr404(ctx, key, responder))
        return;
    const Result<bool> purge = queryFlag(request, QStringLiteral("purge_data"), false);
    if (!purge)
        return void(responder.respond(ApiJson::error(purge.error())));
    const Result<void> removed = ctx.manager->remove(key, purge.value());
    responder.respond(removed ? ApiJson::object(200, {{QStringLiteral("success"), true}})
                              : ApiJson::error(removed.error()));
}

void logo(const ApiContext &ctx, const QString &key, HttpResponder responder)
{
    const std::optional<PluginInfo> info = pluginOr404(ctx, key, responder);
    if (!info)
        return;
    QFile file(info->logo().path);
    QByteArray bytes;
    if (info->logo().isValid() && file.open(QIODevice::ReadOnly))
        bytes = file.read(Logo::MaxBytes + 1);
    if (bytes.isEmpty() || bytes.size() > Logo::MaxBytes) {
        return void(responder.respond(
            ApiJson::error(404, Text::tr("\"%1\" has no usable logo.png.").arg(info->name()),
                           QLatin1StringView("not_found"))));
    }
    HttpResponse response;
    // The type read from the bytes, whatever the name says (SPEC §12).
    response.contentType = Logo::sniffMimeType(bytes.left(64));
    response.body = std::move(bytes);
    response.addHeader("Cache-Control", "no-cache");
    responder.respond(response);
}

void activity(const ApiContext &ctx, const HttpRequest &request, const QString &key,
              HttpResponder responder)
{
    const std::optional<PluginInfo> info = pluginOr404(ctx, key, responder);
    if (!info)
        return;
    bool ok = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000) {
        return void(responder.respond(
            ApiJson::error(400, Text::tr("limit must be a number from 1 to 1000."),
                           QLatin1StringView("invalid_input"))));
    }
    const Activity *activity = ctx.manager->activity();
    const Result<QList<JournalEntry>> runs = activity->recentRuns(info->key(), limit);
    const Result<QList<LogLine>> lines = activity->recentLogLines(info->key(), limit);
    if (!runs || !lines)
        return void(responder.respond(ApiJson::error(!runs ? runs.error() : lines.error())));
    QJsonArray runArray, lineArray;
    for (const JournalEntry &e : runs.value()) {
        runArray.append(QJsonObject{{QStringLiteral("job_id"), QString::number(e.jobId)},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("started_at"), double(e.startedAtMs)},
                                    {QStringLiteral("finished_at"), double(e.finishedAtMs)},
                                    {QStringLiteral("outcome"), e.outcome},
                                    {QStringLiteral("message"), e.message},
                                    {QStringLiteral("result"), e.result}});
    }
    for (const LogLine &l : lines.value()) {
        lineArray.append(QJsonObject{{QStringLiteral("time"), double(l.atMs)},
                                     {QStringLiteral("level"), l.level},
                                     {QStringLiteral("text"), l.text}});
    }
    responder.respond(ApiJson::object(200, {{QStringLiteral("success"), true},
                                            {QStringLiteral("key"), info->key()},
                                            {QStringLiteral("runs"), runArray},
                                            {QStringLiteral("log"), lineArray}}));
}

} // namespace

std::optional<PluginInfo> pluginOr404(const ApiContext &context, const QString &key,
                                      HttpResponder &responder)
{
    std::optional<PluginInfo> info = context.manager->plugin(key);
    if (!info)
        responder.respond(ApiJson::error(PluginKey::unknown(key)));
    return info;
}

void whenLoaded(const ApiContext &context, const QString &key, int timeoutMs,
                std::function<void()> then)
{
    const std::optional<PluginInfo> info = context.manager->plugin(key);
    const Result<LoadJob *> loading =
        info && info->isLoading() ? context.manager->load(key) : Result<LoadJob *>(nullptr);
    if (!loading || !loading.value())
        return then();
    // One-shot: whichever comes first, the load or the timeout, answers; the holder goes.
    auto *holder = new QObject(context.owner);
    auto fired = std::make_shared<bool>(false);
    const auto fire = [holder, fired, then] {
        if (std::exchange(*fired, true))
            return;
        holder->deleteLater();
        then();
    };
    QObject::connect(loading.value(), &Job::finished, holder, fire);
    QTimer::singleShot(timeoutMs, holder, fire);
}

Result<bool> queryFlag(const HttpRequest &request, const QString &name, bool fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    // The same strict reading as form fields: "false" is false (SPEC §10).
    return Multipart::parseBool(name.toUtf8(), request.query.queryItemValue(name).toUtf8());
}

void addPluginRoutes(ApiRouter &router, const ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/plugins/plugins/");
    // The list is serialised once and kept until the manager says something changed: scripts
    // that poll it cost a copy, not a walk over every plugin's fields and settings.
    auto list = std::make_shared<QByteArray>();
    const auto forget = [list] {
        list->clear();
    };
    QObject::connect(ctx.manager, &PluginManager::pluginsReset, ctx.owner, forget);
    QObject::connect(ctx.manager, &PluginManager::pluginChanged, ctx.owner, forget);
    QObject::connect(ctx.manager, &PluginManager::pluginRemoved, ctx.owner, forget);
    QObject::connect(ctx.manager, &PluginManager::pluginLoaded, ctx.owner, forget);
    // Entries say where a plugin came from and whether its repository has an update.
    if (ctx.repositories)
        QObject::connect(ctx.repositories, &Repositories::repositoriesChanged, ctx.owner, forget);
    router.add("GET", base, [ctx, list](const HttpRequest &, const QStringList &, HttpResponder r) {
        if (list->isEmpty()) {
            const QList<PluginInfo> &plugins = ctx.manager->plugins();
            *list = PluginJson::listDocument(plugins, false,
                                             RepositoryFields::writer(RepositoryFields::of(
                                                 ctx.manager->paths().databasePath(), plugins)));
        }
        // A recovery of the database rides along until the user dismisses it (one failed open
        // of recovery.json otherwise).
        if (const std::optional<RecoveryReport> recovery = ctx.manager->databaseRecovery()) {
            QByteArray body = *list;
            body.chop(1); // the list object's closing brace
            body += ",\"database_recovery\":" +
                    QJsonDocument(recoveryJson(*recovery)).toJson(QJsonDocument::Compact) + '}';
            r.respond(ApiJson::raw(200, body));
            return;
        }
        r.respond(ApiJson::raw(200, *list));
    });
    router.add("POST", base + QStringLiteral("reload/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   reload(ctx, request, std::move(r));
               });
    router.add("GET", base + QStringLiteral("<key>/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   if (const std::optional<PluginInfo> info = pluginOr404(ctx, args[0], r)) {
                       r.respond(pluginDocument(
                           *info, RepositoryFields::writer(RepositoryFields::of(
                                      ctx.manager->paths().databasePath(), {*info}))));
                   }
               });
    router.add("POST", base + QStringLiteral("<key>/settings/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   saveSettings(ctx, request, args[0], std::move(r));
               });
    router.add("POST", base + QStringLiteral("<key>/settings/reset/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   if (!pluginOr404(ctx, args[0], r))
                       return;
                   const Result<PluginInfo> reset = ctx.manager->resetSettings(args[0]);
                   r.respond(reset ? settingsDocument(reset.value())
                                   : ApiJson::error(reset.error()));
               });
    router.add("POST", base + QStringLiteral("<key>/enabled/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   setEnabled(ctx, request, args[0], std::move(r));
               });
    // A fresh process for the plugin: after it crashed repeatedly, or to reload C extensions.
    // Answers like enabled/ once the new process has loaded the code (or failed to).
    router.add("POST", base + QStringLiteral("<key>/restart/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   const std::optional<PluginInfo> info = pluginOr404(ctx, args[0], r);
                   if (!info)
                       return;
                   const Result<LoadJob *> restarted = ctx.manager->restart(info->key());
                   if (!restarted)
                       return void(r.respond(ApiJson::error(restarted.error())));
                   answerWhenLoaded(ctx, info->key(), std::move(r));
               });
    router.add("DELETE", base + QStringLiteral("<key>/delete/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   remove(ctx, request, args[0], std::move(r));
               });
    router.add("GET", base + QStringLiteral("<key>/logo/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   logo(ctx, args[0], std::move(r));
               });
    router.add("GET", base + QStringLiteral("<key>/log/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   activity(ctx, request, args[0], std::move(r));
               });
}

} // namespace plugboard::ApiRoutes
