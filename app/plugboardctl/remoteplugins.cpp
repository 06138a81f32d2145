// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteplugins.h"

#include "commands.h"

#include "api/apiclient.h"
#include "api/apijson.h"
#include "catalog/plugininfo.h"
#include "manifest/manifestreader.h"
#include <QCoreApplication>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QWebSocket>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

PluginAccess::Switched switched(const QString &name, const QJsonObject &reply)
{
    return {name,
            reply.value(QLatin1String("key")).toString(),
            reply.value(QLatin1String("enabled")).toBool(),
            reply.value(QLatin1String("ever_enabled")).toBool(),
            reply.value(QLatin1String("loaded")).toBool(),
            reply.value(QLatin1String("load_error")).toString(),
            reply.value(QLatin1String("traceback")).toString()};
}

} // namespace

RemotePlugins::RemotePlugins(const RunningInstance &instance, ApiClient &client)
    : m_instance(instance)
    , m_client(client)
{}

QString RemotePlugins::owner() const
{
    return m_instance.kind == QLatin1String("window") ? Text::tr("the Plugboard window")
                                                      : Text::tr("plugboardctl serve");
}

QString RemotePlugins::refusal(const RunningInstance &instance, const QString &pluginsDir)
{
    const QString who = instance.kind == QLatin1String("window") ? Text::tr("the Plugboard window")
                                                                 : Text::tr("plugboardctl serve");
    if (instance.port == 0) {
        return Text::tr(
                   "%1 (process %2) runs the plugins of this data folder with its REST API turned "
                   "off, so plugboardctl cannot hand it this command. Turn the API on (View → "
                   "Serve the REST API) or quit it, then try again.")
            .arg(who)
            .arg(instance.pid);
    }
    if (QDir(instance.pluginsDir).canonicalPath() != QDir(pluginsDir).canonicalPath()) {
        return Text::tr(
                   "%1 (process %2) runs this data folder's plugins from %3, not from %4. Use its "
                   "plugins folder, or another --data-dir.")
            .arg(who)
            .arg(instance.pid)
            .arg(instance.pluginsDir, pluginsDir);
    }
    return {};
}

QString RemotePlugins::where() const
{
    return Text::tr(
               "plugboardctl: through %1 (process %2, 127.0.0.1:%3), which runs these plugins.")
        .arg(owner())
        .arg(m_instance.pid)
        .arg(m_instance.port);
}

QString RemotePlugins::pluginsDir() const
{
    return m_instance.pluginsDir;
}

QString RemotePlugins::pluginPath(const QString &key, const char *rest) const
{
    return QStringLiteral("/api/plugins/plugins/") +
           QString::fromUtf8(QUrl::toPercentEncoding(key)) + QLatin1Char('/') + QLatin1String(rest);
}

Result<PluginAccess::Plugin> RemotePlugins::find(const QString &key)
{
    const ApiReply reply = m_client.get(pluginPath(key));
    if (!reply.ok())
        return reply.error();
    const QJsonObject info = reply.json.value(QLatin1String("plugin")).toObject();
    m_entryKey = key;
    m_entry = info;
    const QString folder = info.value(QLatin1String("folder")).toString();
    const bool missing = info.value(QLatin1String("missing")).toBool();
    return Plugin{info.value(QLatin1String("key")).toString(),
                  info.value(QLatin1String("name")).toString(),
                  missing ? QString() : QDir(m_instance.pluginsDir).filePath(folder), missing};
}

Result<PluginAccess::Switched> RemotePlugins::setEnabled(const QString &key, bool enabled,
                                                         bool acknowledgeTrust)
{
    const Result<Plugin> plugin = find(key);
    if (!plugin)
        return plugin.error();
    const ApiReply reply =
        m_client.post(pluginPath(key, "enabled/"),
                      {{"enabled", enabled}, {"acknowledge_trust", acknowledgeTrust}});
    if (!reply.ok())
        return reply.error();
    return switched(plugin.value().name, reply.json);
}

Result<PluginAccess::Switched> RemotePlugins::restart(const QString &key)
{
    const Result<Plugin> plugin = find(key);
    if (!plugin)
        return plugin.error();
    const ApiReply reply = m_client.post(pluginPath(key, "restart/"), {});
    if (!reply.ok())
        return reply.error();
    return switched(plugin.value().name, reply.json);
}

namespace {

PluginAccess::MemoryLimit memoryLimitFrom(const QJsonObject &reply)
{
    return {reply.value(QLatin1String("memory_limit_mb")).toInt(),
            reply.value(QLatin1String("default")).toBool(true),
            reply.value(QLatin1String("process")).isObject()};
}

} // namespace

Result<PluginAccess::MemoryLimit> RemotePlugins::memoryLimit(const QString &key)
{
    const ApiReply reply = m_client.get(pluginPath(key, "limits/"));
    if (!reply.ok())
        return reply.error();
    return memoryLimitFrom(reply.json);
}

Result<PluginAccess::MemoryLimit> RemotePlugins::setMemoryLimit(const QString &key, int mb)
{
    const ApiReply reply =
        m_client.send("PUT", pluginPath(key, "limits/"),
                      QJsonDocument(QJsonObject{{QStringLiteral("memory_limit_mb"), mb}})
                          .toJson(QJsonDocument::Compact));
    if (!reply.ok())
        return reply.error();
    return memoryLimitFrom(reply.json);
}

Result<int> RemotePlugins::reload()
{
    const ApiReply reply = m_client.post(QStringLiteral("/api/plugins/plugins/reload/"), {});
    if (!reply.ok())
        return reply.error();
    return reply.json.value(QLatin1String("count")).toInt();
}

Result<void> RemotePlugins::remove(const QString &key, bool purgeData)
{
    const ApiReply removed = m_client.del(
        pluginPath(key, "delete/") + (purgeData ? QStringLiteral("?purge_data=true") : QString()));
    if (!removed.ok())
        return removed.error();
    return {};
}

PluginAccess::Imported RemotePlugins::import(const QString &zipPath, const ImportOptions &options,
                                             bool enable)
{
    QList<std::pair<QByteArray, QByteArray>> fields;
    if (options.replace)
        fields.append({QByteArray("overwrite"), QByteArray("true")});
    if (options.keepEnabled)
        fields.append({QByteArray("keep_enabled"), QByteArray("true")});
    if (!options.folderName.isEmpty())
        fields.append({QByteArray("folder"), options.folderName.toUtf8()});

    Imported imported;
    ImportOutcome &outcome = imported.outcome;
    outcome.zipPath = QFileInfo(zipPath).absoluteFilePath();
    const ApiReply reply =
        m_client.upload(QStringLiteral("/api/plugins/plugins/import/"), outcome.zipPath, fields);
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
    if (outcome.ok && enable && !outcome.enabled) {
        const Result<Switched> on = setEnabled(outcome.key, true, true);
        outcome.enabled = on.ok();
        imported.loadError = on ? on.value().loadError : on.error().message;
    }
    return imported;
}

// Runs the action as an asynchronous job and follows the event stream: the plugin's log lines
// and notifications are handed out as they happen, Ctrl+C cancels the job, and the result is
// taken from the job's "finished" event.
Result<PluginAccess::RunEnd> RemotePlugins::run(const QString &key, const QString &action,
                                                const QJsonObject &params, int timeoutMs,
                                                const RunOutput &output)
{
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
            output.log(key, event.value("level").toString(), event.value("text").toString());
        } else if (type == QLatin1String("notification") && event.value("key").toString() == key) {
            output.notification(key, event.value("level").toString(),
                                event.value("title").toString(), event.value("message").toString());
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
    QNetworkRequest request = m_client.request(QStringLiteral("/api/plugins/events/"));
    QUrl url = request.url();
    url.setScheme(QStringLiteral("ws"));
    request.setUrl(url);
    events.open(request);
    if (loop.exec() != 0) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not follow the running Plugboard's events: %1")
                               .arg(events.errorString()));
    }

    QJsonObject body{{"action", action}, {"params", params}};
    if (timeoutMs > 0)
        body.insert(QStringLiteral("timeout"), timeoutMs / 1000.0);
    const ApiReply started = m_client.post(pluginPath(key, "run/?async=1"), body);
    if (!started.ok())
        return started.error();
    jobId = started.json.value(QLatin1String("job_id")).toString();
    if (ended.contains(jobId))
        finished = ended.value(jobId);
    const int code = finished ? 0 : waitCancellable(loop, [&] {
        m_client.post(QStringLiteral("/api/plugins/jobs/%1/cancel/").arg(jobId), {});
    });
    if (code == 130) {
        return RunEnd{
            std::nullopt,
            Text::tr("Left without waiting; the job goes on in %1 (GET /api/plugins/jobs/%2/ "
                     "tells how it ends).")
                .arg(owner(), jobId),
            false};
    }
    if (!finished)
        return Error::make(ErrorCode::Io,
                           Text::tr("%1 stopped before the job ended.").arg(owner()));
    return RunEnd{finished, {}, false};
}

PluginAccess::RepositoryInstalled
RemotePlugins::installFromRepository(const RepositoryInstallRequest &request, bool enable)
{
    RepositoryInstalled installed;
    installed.outcome.slug = request.slug;
    installed.outcome.repoId = request.repoId;
    QJsonObject body{{"accept_unsigned", request.acceptUnsigned},
                     {"accept_deprecated", request.acceptDeprecated},
                     {"downgrade", request.acceptDowngrade},
                     {"replace", request.replaceUnmanaged},
                     {"keep_enabled", request.keepEnabled},
                     {"enable", enable}};
    if (!request.version.isEmpty())
        body.insert(QStringLiteral("version"), request.version);
    const ApiReply reply =
        m_client.post(QStringLiteral("/api/plugins/repos/%1/plugins/%2/install/")
                          .arg(request.repoId)
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.slug))),
                      body);
    if (!reply.ok()) {
        installed.error = reply.error();
        installed.outcome.needs =
            RepositoryInstall::consentFromFlag(reply.json.value(QLatin1String("needs")).toString());
        return installed;
    }
    const QJsonObject done = reply.json.value(QLatin1String("install")).toObject();
    RepositoryInstallOutcome &o = installed.outcome;
    o.version = done.value(QLatin1String("version")).toString();
    o.repoName = done.value(QLatin1String("repo_name")).toString();
    o.sha256 = done.value(QLatin1String("sha256")).toString();
    o.updated = done.value(QLatin1String("updated")).toBool();
    for (const QJsonValue &r : done.value(QLatin1String("requirements")).toArray())
        o.requirements << r.toString();
    o.import.ok = true;
    o.import.key = done.value(QLatin1String("key")).toString();
    o.import.name = done.value(QLatin1String("name")).toString();
    o.import.version = o.version;
    o.import.enabled = done.value(QLatin1String("enabled")).toBool();
    installed.loadError = reply.json.value(QLatin1String("enable_error")).toString();
    return installed;
}

Result<std::optional<Confirmation>> RemotePlugins::confirmation(const QString &key,
                                                                const QString &action)
{
    if (m_entryKey != key) {
        if (const Result<Plugin> found = find(key); !found)
            return found.error();
    }
    // The entry's fields and actions are plugin.json's, normalised: read back the same way,
    // with the effective settings, they decide as the window does.
    const QJsonObject &entry = m_entry;
    PluginInfo::Data data;
    data.key = entry.value(QLatin1String("key")).toString();
    data.manifest = ManifestReader::parse(
        QJsonDocument(
            QJsonObject{{QStringLiteral("name"), entry.value(QLatin1String("name"))},
                        {QStringLiteral("fields"), entry.value(QLatin1String("fields"))},
                        {QStringLiteral("actions"), entry.value(QLatin1String("actions"))}})
            .toJson(QJsonDocument::Compact));
    data.storedSettings = entry.value(QLatin1String("settings")).toObject();
    data.state = PluginState::Enabled;
    const PluginInfo info(std::move(data));
    const ActionSpec *spec = info.action(action);
    return spec ? confirmationFor(info, *spec) : std::optional<Confirmation>();
}
