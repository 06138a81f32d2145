// The commands that load or run plugin code (enable, disable, run, reload, import, remove), sent
// to the Plugboard that owns the data folder — the window or `plugboardctl serve` — through
// its REST API, so one interpreter runs the plugins (issue 6, point 5).

#include "commands.h"
#include "console.h"

#include "api/apiclient.h"
#include "api/apijson.h"
#include "api/apitoken.h"
#include "api/instancerecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <QWebSocket>

using namespace plugboard;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plugboardctl", text);
}

struct Remote {
    const CommandLine &line;
    const RunningInstance &instance;
    ApiClient &client;
    bool json;

    QString pluginPath(const QString &key, const char *rest = "") const
    {
        return QStringLiteral("/api/plugins/plugins/") +
               QString::fromUtf8(QUrl::toPercentEncoding(key)) + QLatin1Char('/') +
               QLatin1String(rest);
    }
    int fail(const ApiReply &reply) const { return Console::fail(reply.error(), json); }
};

QString instanceName(const RunningInstance &instance)
{
    return instance.kind == QLatin1String("window") ? tr("the Plugboard window")
                                                    : tr("plugboardctl serve");
}

EnabledState enabledState(const QString &name, const QJsonObject &reply)
{
    return {name,
            reply.value(QLatin1String("key")).toString(),
            reply.value(QLatin1String("enabled")).toBool(),
            reply.value(QLatin1String("ever_enabled")).toBool(),
            reply.value(QLatin1String("loaded")).toBool(),
            reply.value(QLatin1String("load_error")).toString(),
            reply.value(QLatin1String("traceback")).toString()};
}

int setEnabled(const Remote &r, bool enable)
{
    const QString key = r.line.arguments.value(0);
    const ApiReply plugin = r.client.get(r.pluginPath(key));
    if (!plugin.ok())
        return r.fail(plugin);
    const QString name =
        plugin.json.value(QLatin1String("plugin")).toObject().value("name").toString();
    bool trust = r.line.has(QStringLiteral("yes"));
    ApiReply reply = r.client.post(r.pluginPath(key, "enabled/"),
                                   {{"enabled", enable}, {"acknowledge_trust", trust}});
    if (reply.status == 409 && reply.error().code == ErrorCode::TrustRequired && !trust &&
        Console::stdinIsTerminal() && !r.json) {
        Console::err(reply.error().message + QLatin1Char('\n'));
        if (!Console::confirm(tr("Do you trust \"%1\" and want to enable it?").arg(name))) {
            Console::err(tr("Not enabled.\n"));
            return Console::Failed;
        }
        reply = r.client.post(r.pluginPath(key, "enabled/"),
                              {{"enabled", enable}, {"acknowledge_trust", true}});
    }
    if (!reply.ok()) {
        Error error = reply.error();
        if (error.code == ErrorCode::TrustRequired)
            error.message += tr(" Run again with --yes to confirm that you trust it.");
        return Console::fail(error, r.json);
    }
    return printEnabled(enabledState(name, reply.json), r.json);
}

int reload(const Remote &r)
{
    const ApiReply reply = r.client.post(QStringLiteral("/api/plugins/plugins/reload/"), {});
    if (!reply.ok())
        return r.fail(reply);
    const int count = reply.json.value(QLatin1String("count")).toInt();
    if (r.json)
        Console::printJson({{QStringLiteral("success"), true}, {QStringLiteral("count"), count}});
    else
        Console::out(tr("Scanned %1: %2 plugins.\n")
                         .arg(QDir::toNativeSeparators(r.instance.pluginsDir))
                         .arg(count));
    return Console::Success;
}

int remove(const Remote &r)
{
    const QString key = r.line.arguments.value(0);
    const ApiReply plugin = r.client.get(r.pluginPath(key));
    if (!plugin.ok())
        return r.fail(plugin);
    const QJsonObject info = plugin.json.value(QLatin1String("plugin")).toObject();
    const QString name = info.value(QLatin1String("name")).toString();
    const QString folder =
        QDir(r.instance.pluginsDir).filePath(info.value(QLatin1String("folder")).toString());
    const bool purge = r.line.has(QStringLiteral("purge-data"));
    if (!r.line.has(QStringLiteral("yes"))) {
        if (!Console::stdinIsTerminal() || r.json) {
            return Console::fail(
                Error::make(
                    ErrorCode::InvalidInput,
                    tr("Removing \"%1\" deletes its folder; pass --yes to confirm.").arg(name)),
                r.json);
        }
        if (!Console::confirm(
                tr("Remove \"%1\": stop it, delete %2 and forget its settings%3?")
                    .arg(name, folder, purge ? tr(" and its data folder") : QString()))) {
            Console::err(tr("Nothing removed.\n"));
            return Console::Failed;
        }
    }
    const ApiReply removed = r.client.del(r.pluginPath(key, "delete/") +
                                          (purge ? QStringLiteral("?purge_data=true") : QString()));
    if (!removed.ok())
        return r.fail(removed);
    if (r.json) {
        Console::printJson({{QStringLiteral("success"), true},
                            {QStringLiteral("key"), info.value(QLatin1String("key"))},
                            {QStringLiteral("folder"), folder},
                            {QStringLiteral("data_deleted"), purge}});
    } else {
        Console::out(tr("Removed %1 (%2): deleted %3%4.\n")
                         .arg(name, info.value(QLatin1String("key")).toString(), folder,
                              purge ? tr(" and its data folder") : QString()));
    }
    return Console::Success;
}

int import(const Remote &r)
{
    const bool keepEnabled = r.line.has(QStringLiteral("keep-enabled"));
    const bool enable = r.line.has(QStringLiteral("enable"));
    if (const std::optional<Error> untrusted = importTrustProblem(r.line))
        return Console::fail(*untrusted, r.json);
    QList<std::pair<QByteArray, QByteArray>> fields;
    if (r.line.has(QStringLiteral("replace")))
        fields.append({QByteArray("overwrite"), QByteArray("true")});
    if (keepEnabled)
        fields.append({QByteArray("keep_enabled"), QByteArray("true")});
    if (r.line.has(QStringLiteral("folder")))
        fields.append({QByteArray("folder"), r.line.value(QStringLiteral("folder")).toUtf8()});

    int failures = 0;
    QJsonArray results;
    for (const QString &zip : r.line.arguments) {
        ImportOutcome outcome;
        outcome.zipPath = QFileInfo(zip).absoluteFilePath();
        const ApiReply reply = r.client.upload(QStringLiteral("/api/plugins/plugins/import/"),
                                               outcome.zipPath, fields);
        const QJsonObject plugin = reply.json.value(QLatin1String("plugin")).toObject();
        outcome.ok = reply.ok();
        outcome.error = reply.error();
        outcome.key = plugin.value(QLatin1String("key")).toString();
        outcome.folderName = plugin.value(QLatin1String("folder")).toString();
        outcome.name = plugin.value(QLatin1String("name")).toString();
        outcome.version = plugin.value(QLatin1String("version")).toString();
        outcome.replaced = reply.json.value(QLatin1String("replaced")).toBool();
        outcome.previousVersion = reply.json.value(QLatin1String("previous_version")).toString();
        outcome.enabled = plugin.value(QLatin1String("enabled")).toBool();
        QString loadError;
        if (outcome.ok && enable && !outcome.enabled) {
            const ApiReply on = r.client.post(r.pluginPath(outcome.key, "enabled/"),
                                              {{"enabled", true}, {"acknowledge_trust", true}});
            outcome.enabled = on.ok();
            loadError = on.ok() ? on.json.value(QLatin1String("load_error")).toString()
                                : on.error().message;
        }
        if (!reportImport(outcome, loadError, r.instance.pluginsDir, r.json, results))
            ++failures;
    }
    if (r.json)
        Console::printJson(QJsonObject{{QStringLiteral("success"), failures == 0},
                                       {QStringLiteral("imports"), results}});
    return failures == 0 ? Console::Success : Console::Failed;
}

// Runs the action as an asynchronous job and follows the event stream: the plugin's log lines
// and notifications go to stderr as they happen, Ctrl+C cancels the job, and the result is
// printed as a local run prints it.
int run(const Remote &r)
{
    const QString key = r.line.arguments.value(0);
    const Result<QJsonObject> params = runParams(r.line);
    if (!params)
        return Console::usage(params.error().message);
    const Result<int> timeoutMs = runTimeoutMs(r.line);
    if (!timeoutMs)
        return Console::usage(timeoutMs.error().message);

    QEventLoop loop;
    QString jobId;
    std::optional<JobResult> finished;
    // The job can end before the answer to the POST is read (two sockets): keep every ending.
    QHash<QString, JobResult> ended;
    QWebSocket events;
    QObject::connect(&events, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = event.value(QLatin1String("type")).toString();
        if (type == QLatin1String("hello")) {
            loop.quit(); // the stream is open: start the job
        } else if (type == QLatin1String("log") && event.value("key").toString() == key) {
            printPluginOutput(key, event.value("level").toString(), event.value("text").toString());
        } else if (type == QLatin1String("notification") && event.value("key").toString() == key) {
            printNotification(key, event.value("level").toString(), event.value("title").toString(),
                              event.value("message").toString());
        } else if (type == QLatin1String("job") &&
                   event.value("event") == QLatin1String("finished")) {
            const QJsonObject job = event.value(QLatin1String("job")).toObject();
            ended.insert(job.value(QLatin1String("id")).toString(), ApiJson::jobResult(job));
            if (!jobId.isEmpty() && ended.contains(jobId)) {
                finished = ended.value(jobId);
                loop.quit();
            }
        }
    });
    QObject::connect(&events, &QWebSocket::disconnected, &loop, [&] { loop.exit(2); });
    QObject::connect(&events, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &loop,
                     [&] { loop.exit(2); });
    QNetworkRequest request = r.client.request(QStringLiteral("/api/plugins/events/"));
    QUrl url = request.url();
    url.setScheme(QStringLiteral("ws"));
    request.setUrl(url);
    events.open(request);
    if (loop.exec() != 0) {
        return Console::fail(
            Error::make(ErrorCode::Io, tr("Could not follow the running Plugboard's events: %1")
                                           .arg(events.errorString())),
            r.json);
    }

    QJsonObject body{{"action", r.line.arguments.value(1)}, {"params", params.value()}};
    if (timeoutMs.value() > 0)
        body.insert(QStringLiteral("timeout"), timeoutMs.value() / 1000.0);
    const ApiReply started = r.client.post(r.pluginPath(key, "run/?async=1"), body);
    if (!started.ok())
        return r.fail(started);
    jobId = started.json.value(QLatin1String("job_id")).toString();
    if (ended.contains(jobId))
        finished = ended.value(jobId);
    const int code = finished ? 0 : waitCancellable(loop, [&] {
        r.client.post(QStringLiteral("/api/plugins/jobs/%1/cancel/").arg(jobId), {});
    });
    if (code == 130) {
        Console::err(tr("Left without waiting; the job goes on in %1 (GET "
                        "/api/plugins/jobs/%2/ tells how it ends).\n")
                         .arg(instanceName(r.instance), jobId));
        return 130;
    }
    if (!finished) {
        return Console::fail(
            Error::make(ErrorCode::Io,
                        tr("%1 stopped before the job ended.").arg(instanceName(r.instance))),
            r.json);
    }
    return printRunResult(*finished, r.json);
}

} // namespace

bool runsPluginCode(const QString &command)
{
    static const QStringList commands = {QStringLiteral("enable"), QStringLiteral("disable"),
                                         QStringLiteral("run"),    QStringLiteral("reload"),
                                         QStringLiteral("import"), QStringLiteral("remove")};
    return commands.contains(command);
}

int runThroughInstance(const CommandLine &line, const PluginPaths &paths,
                       const RunningInstance &instance)
{
    const bool json = line.has(QStringLiteral("json"));
    const QString who = instanceName(instance);
    if (instance.port == 0) {
        return Console::fail(
            Error::make(ErrorCode::Conflict,
                        tr("%1 (process %2) runs the plugins of this data folder with its REST API "
                           "turned off, so plugboardctl cannot hand it this command. Turn the API "
                           "on (View → Serve the REST API) or quit it, then try again.")
                            .arg(who)
                            .arg(instance.pid)),
            json);
    }
    if (QDir(instance.pluginsDir).canonicalPath() != QDir(paths.pluginsDir).canonicalPath()) {
        return Console::fail(
            Error::make(ErrorCode::Conflict,
                        tr("%1 (process %2) runs this data folder's plugins from %3, not from %4. "
                           "Use its plugins folder, or another --data-dir.")
                            .arg(who)
                            .arg(instance.pid)
                            .arg(instance.pluginsDir, paths.pluginsDir)),
            json);
    }
    const Result<QByteArray> token = ApiToken::load(paths.dataDir);
    if (!token)
        return Console::fail(token.error(), json);
    Console::err(tr("plugboardctl: through %1 (process %2, 127.0.0.1:%3), which runs these "
                    "plugins.\n")
                     .arg(who)
                     .arg(instance.pid)
                     .arg(instance.port));
    ApiClient client(instance.port, token.value());
    const Remote remote{line, instance, client, json};
    if (line.command == QLatin1String("enable"))
        return setEnabled(remote, true);
    if (line.command == QLatin1String("disable"))
        return setEnabled(remote, false);
    if (line.command == QLatin1String("run"))
        return run(remote);
    if (line.command == QLatin1String("reload"))
        return reload(remote);
    if (line.command == QLatin1String("import"))
        return import(remote);
    return remove(remote);
}
