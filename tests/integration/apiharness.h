// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real REST server for the API suites: a PluginManager over real plugin folders (real SQLite,
// real CPython), an ApiServer listening on a free loopback port, and a client with the token.

#include "api/apiclient.h"
#include "api/apiserver.h"
#include "api/apitoken.h"
#include "common/fixtures.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace apitest {

inline const char *kWorkerCode = R"(
import time
import plugboard

class Plugin:
    def run(self, action, params, context):
        if action == "echo":
            return {"status": "ok", "params": params, "limit": context["settings"]["limit"]}
        if action == "fail_status":
            return {"status": "error", "message": "nope"}
        if action == "boom":
            raise ValueError("boom from the plugin")
        if action == "slow":
            for i in range(400):
                plugboard.progress(i / 400, "step %d" % i)
                time.sleep(0.01)
            return {"status": "ok"}
        if action == "notify":
            context["logger"].info("about to notify")
            plugboard.notify("hello from a plugin", "warning", "Heads up")
            return {"status": "ok"}
        return {"status": "ok"}
)";

inline QByteArray workerManifest()
{
    const QJsonArray fields{
        QJsonObject{{"id", "limit"}, {"type", "number"}, {"default", 5}, {"min", 0}, {"max", 10}},
        QJsonObject{{"id", "secret"}, {"type", "string"}, {"input_type", "password"}},
        QJsonObject{{"id", "mode"},
                    {"type", "select"},
                    {"default", "safe"},
                    {"options", QJsonArray{"safe", "fast"}}},
    };
    QJsonArray actions;
    for (const char *id : {"echo", "fail_status", "boom", "slow", "notify"})
        actions.append(QJsonObject{{"id", id}, {"label", QString::fromLatin1(id)}});
    return fixtures::manifest(QStringLiteral("Worker"), QStringLiteral("1.2.0"), fields, actions);
}

struct Harness {
    QTemporaryDir dir;
    QString plugins;
    QString data;
    std::unique_ptr<plugboard::PluginManager> manager;
    std::unique_ptr<plugboard::ApiServer> server;
    std::unique_ptr<plugboard::ApiClient> client;

    // Writes the fixture plugins, discovers them and starts the server on a free port.
    bool start(plugboard::ApiLimits limits = {})
    {
        plugins = dir.filePath(QStringLiteral("plugins"));
        data = dir.filePath(QStringLiteral("data"));
        const QString worker =
            fixtures::makePlugin(plugins, QStringLiteral("worker"), workerManifest());
        if (worker.isEmpty() || !fixtures::writeFile(worker + "/plugin.py", kWorkerCode) ||
            !fixtures::writeFile(worker + "/logo.png", fixtures::tinyJpeg()))
            return false;
        if (fixtures::makePlugin(plugins, QStringLiteral("plain"),
                                 fixtures::manifest(QStringLiteral("Plain")))
                .isEmpty())
            return false;
        if (!fixtures::writeFile(plugins + "/broken/plugin.py", "def oops(:\n"))
            return false;
        const plugboard::PluginPaths paths = plugboard::PluginPaths::resolve(data, plugins);
        if (!paths.prepare())
            return false;
        manager = std::make_unique<plugboard::PluginManager>(paths);
        if (!manager->reload()->exec())
            return false;
        server = std::make_unique<plugboard::ApiServer>(manager.get(), limits);
        const plugboard::Result<quint16> port = server->start(0);
        if (!port)
            return false;
        client = std::make_unique<plugboard::ApiClient>(port.value(), token());
        return true;
    }

    QByteArray token() const { return plugboard::ApiToken::load(data).value(); }
    quint16 port() const { return server->port(); }

    // Enables a plugin through the API, trusting it.
    bool enable(const QString &key)
    {
        const plugboard::ApiReply reply =
            client->post("/api/plugins/plugins/" + key + "/enabled/",
                         {{"enabled", true}, {"acknowledge_trust", true}});
        return reply.status == 200 && reply.json.value("loaded").toBool();
    }

    ~Harness()
    {
        if (manager)
            manager->shutdown(2000);
    }
};

} // namespace apitest
