// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running actions (SPEC §7, §12): synchronous runs that answer with the result, asynchronous
// runs that answer 202 with a job id, and the job endpoints (state, progress, result, cancel).

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "common/jsonwriter.h"
#include "manager/pluginmanager.h"
#include "runner/activity.h"
#include "runner/runjob.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace plugboard::ApiRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
};

constexpr int LoadWaitMs = 30000;

struct RunOrder {
    QString action;
    QJsonObject params;
    int timeoutMs = 0;
    bool async = false;
};

Result<RunOrder> runOrder(const HttpRequest &request)
{
    const Result<QJsonObject> body = ApiJson::objectBody(
        request, {QStringLiteral("action"), QStringLiteral("params"), QStringLiteral("timeout")});
    if (!body)
        return body.error();
    const QJsonObject &o = body.value();
    RunOrder order;
    const QJsonValue action = o.value(QLatin1String("action"));
    if (!action.isString() || action.toString().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("Send {\"action\": \"<action id>\", \"params\": {…}}."));
    order.action = action.toString();
    const QJsonValue params = o.value(QLatin1String("params"));
    if (!params.isUndefined() && !params.isNull() && !params.isObject())
        return Error::make(ErrorCode::InvalidInput, Text::tr("\"params\" must be a JSON object."));
    order.params = params.toObject();
    const QJsonValue timeout = o.value(QLatin1String("timeout"));
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const double seconds = timeout.toDouble(-1);
        if (!timeout.isDouble() || seconds <= 0 || seconds > 7 * 24 * 3600)
            return Error::make(ErrorCode::InvalidInput,
                               Text::tr("\"timeout\" must be a number of seconds greater than 0."));
        order.timeoutMs = int(seconds * 1000);
    }
    const Result<bool> async = queryFlag(request, QStringLiteral("async"), false);
    if (!async)
        return async.error();
    order.async = async.value();
    return order;
}

// The answer to a synchronous run: 200 with the result; a plugin error 500 with its message
// and traceback; cancelled 409; timed out 504.
HttpResponse runResponse(const JobResult &r)
{
    using Outcome = JobResult::Outcome;
    if (r.outcome == Outcome::Ok) {
        // The common case, written straight out: no QJsonObject built around the result.
        JsonWriter w;
        w.beginObject();
        w.field(QLatin1StringView("success"), true);
        w.key(QLatin1StringView("result"));
        w.value(QJsonValue(r.result));
        w.field(QLatin1StringView("job_id"), QString::number(r.jobId));
        w.endObject();
        return ApiJson::raw(200, w.take());
    }
    const int status = r.outcome == Outcome::Cancelled  ? 409
                       : r.outcome == Outcome::TimedOut ? 504
                                                        : 500;
    // A fault of the plugin's process names itself ("process_crashed", "out_of_memory"); a run
    // that was killed because it would not stop keeps cancelled/timed_out and says so in fault.
    const bool stopped = r.outcome == Outcome::Cancelled || r.outcome == Outcome::TimedOut;
    const QString code = !r.fault.isEmpty() && !stopped ? r.fault
                         : r.outcome == Outcome::Error  ? QStringLiteral("plugin_error")
                                                        : outcomeName(r.outcome);
    QJsonObject body{{QStringLiteral("success"), false},
                     {QStringLiteral("error"), r.message},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("job_id"), QString::number(r.jobId)}};
    if (!r.fault.isEmpty())
        body.insert(QStringLiteral("fault"), r.fault);
    if (!r.result.isEmpty())
        body.insert(QStringLiteral("result"), r.result);
    if (!r.traceback.isEmpty())
        body.insert(QStringLiteral("traceback"), r.traceback);
    return ApiJson::object(status, body);
}

QString jobUrl(quint64 id)
{
    return QStringLiteral("/api/plugins/jobs/%1/").arg(id);
}

void start(const ApiContext &ctx, const QString &key, const RunOrder &order,
           const std::shared_ptr<HttpResponder> &responder)
{
    const Result<RunJob *> queued =
        ctx.manager->runAction(key, order.action, order.params, order.timeoutMs);
    if (!queued)
        return void(responder->respond(ApiJson::error(queued.error())));
    RunJob *job = queued.value();
    const quint64 id = job->id();
    if (order.async) {
        HttpResponse accepted =
            ApiJson::object(202, {{QStringLiteral("success"), true},
                                  {QStringLiteral("job_id"), QString::number(id)},
                                  {QStringLiteral("job_url"), jobUrl(id)},
                                  {QStringLiteral("job"), ApiJson::job(job->info())}});
        accepted.addHeader("Location", jobUrl(id).toUtf8());
        return void(responder->respond(accepted));
    }
    // A client that hangs up (curl's Ctrl+C) no longer wants the result: cancel the job. The
    // job is the connection's context, so the call never outlives it.
    responder->onClientGone(job, [job] { job->cancel(); });
    QObject::connect(job, &Job::finished, ctx.owner,
                     [responder, job] { responder->respond(runResponse(job->result())); });
}

void run(const ApiContext &ctx, const HttpRequest &request, const QString &key,
         HttpResponder responder)
{
    const std::optional<PluginInfo> info = pluginOr404(ctx, key, responder);
    if (!info)
        return;
    const Result<RunOrder> order = runOrder(request);
    if (!order)
        return void(responder.respond(ApiJson::error(order.error())));
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    // A plugin enabled a moment ago may still be importing its code: run once it is ready.
    const QString pluginKey = info->key();
    whenLoaded(ctx, pluginKey, LoadWaitMs, [ctx, pluginKey, order = order.value(), shared] {
        start(ctx, pluginKey, order, shared);
    });
}

std::optional<quint64> jobId(const QString &text)
{
    bool ok = false;
    const quint64 id = text.toULongLong(&ok);
    return ok && id > 0 ? std::optional<quint64>(id) : std::nullopt;
}

HttpResponse unknownJob(const QString &id)
{
    return ApiJson::error(404,
                          Text::tr("No job %1 in this Plugboard (jobs are kept until %2 more have "
                                   "finished, and until the app stops).")
                              .arg(id)
                              .arg(Activity::FinishedKept),
                          QLatin1StringView("not_found"));
}

// The job as JSON, in flight or finished; nothing when unknown (or long forgotten).
std::optional<QJsonObject> describe(const Activity *activity, quint64 id)
{
    if (const RunJob *running = activity->job(id))
        return ApiJson::job(running->info());
    if (const std::optional<JobResult> finished = activity->finishedRun(id))
        return ApiJson::job(*finished);
    return std::nullopt;
}

void cancel(const ApiContext &ctx, const QString &idText, HttpResponder responder)
{
    const Activity *activity = ctx.manager->activity();
    const std::optional<quint64> id = jobId(idText);
    if (!id)
        return void(responder.respond(unknownJob(idText)));
    if (activity->finishedRun(*id)) {
        return void(
            responder.respond(ApiJson::error(409, Text::tr("Job %1 has already finished.").arg(*id),
                                             QLatin1StringView("conflict"))));
    }
    RunJob *job = activity->job(*id);
    if (!job || !job->cancel())
        return void(responder.respond(unknownJob(idText)));
    responder.respond(ApiJson::object(202, {{QStringLiteral("success"), true},
                                            {QStringLiteral("job"), ApiJson::job(job->info())}}));
}

} // namespace

void addRunRoutes(ApiRouter &router, const ApiContext &ctx)
{
    router.add("POST", QStringLiteral("/api/plugins/plugins/<key>/run/"),
               [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
                   run(ctx, request, args[0], std::move(r));
               });
    router.add("GET", QStringLiteral("/api/plugins/jobs/"),
               [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
                   QJsonArray jobs;
                   for (const RunJob *job : ctx.manager->activity()->jobs())
                       jobs.append(ApiJson::job(job->info()));
                   r.respond(ApiJson::object(
                       200, {{QStringLiteral("success"), true}, {QStringLiteral("jobs"), jobs}}));
               });
    router.add("GET", QStringLiteral("/api/plugins/jobs/<id>/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   const std::optional<quint64> id = jobId(args[0]);
                   const std::optional<QJsonObject> job =
                       id ? describe(ctx.manager->activity(), *id) : std::nullopt;
                   r.respond(job ? ApiJson::object(200, {{QStringLiteral("success"), true},
                                                         {QStringLiteral("job"), *job}})
                                 : unknownJob(args[0]));
               });
    router.add("POST", QStringLiteral("/api/plugins/jobs/<id>/cancel/"),
               [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
                   cancel(ctx, args[0], std::move(r));
               });
}

} // namespace plugboard::ApiRoutes
