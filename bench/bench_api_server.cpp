// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A server for bench/api_vs_bare.py, one of two kinds, so both run as processes of their own:
//   bench_api_server plugboard --plugins-dir DIR --data-dir DIR
//       Plugboard's REST API (PluginManager + ApiServer) over DIR, with the plugin "noop"
//       enabled and loaded; every request passes the gate (token, Origin, Host, size).
//   bench_api_server bare
//       The floor of the stack: a bare QHttpServer route that returns a constant, no token,
//       no plugin, no Python.
// Either prints one JSON line {"port": N, "token": "..."} on stdout once it listens, then
// serves until killed.

#include "api/apiserver.h"
#include "api/apitoken.h"
#include "common/allocator.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "runner/loadjob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHttpServer>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace plugboard;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_api_server: %s\n", qPrintable(message));
    return 1;
}

void announce(quint16 port, const QByteArray &token)
{
    std::printf("{\"port\": %u, \"token\": \"%s\"}\n", unsigned(port), token.constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    tuneAllocator();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("plugboard.*.info=false"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);

    if (mode == QLatin1String("bare")) {
        QHttpServer server;
        server.route(
            QStringLiteral("/api/plugins/plugins/noop/run/"), QHttpServerRequest::Method::Post, [] {
                return QJsonObject{{QStringLiteral("success"), true},
                                   {QStringLiteral("result"),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}}};
            });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            return fail(QStringLiteral("could not listen"));
        announce(port, "none");
        return app.exec();
    }
    if (mode != QLatin1String("plugboard"))
        return fail(QStringLiteral(
            "usage: bench_api_server plugboard --plugins-dir DIR --data-dir DIR | bare"));

    const qsizetype p = args.indexOf(QStringLiteral("--plugins-dir"));
    const qsizetype d = args.indexOf(QStringLiteral("--data-dir"));
    if (p < 0 || d < 0)
        return fail(QStringLiteral("plugboard needs --plugins-dir and --data-dir"));
    const PluginPaths paths = PluginPaths::resolve(args.value(d + 1), args.value(p + 1));
    if (const Result<void> ready = paths.prepare(); !ready)
        return fail(ready.error().message);
    PluginManager manager(paths);
    if (ReloadJob *discovery = manager.reload(); !discovery->exec())
        return fail(discovery->error().message);
    manager.loadEnabled(); // as plugboardctl serve does: the host zygote starts
    if (const Result<PluginInfo> on = manager.setEnabled(QStringLiteral("noop"), true, true); !on)
        return fail(on.error().message);
    if (const Result<LoadJob *> loading = manager.load(QStringLiteral("noop")))
        loading.value()->exec();
    if (!manager.plugin(QStringLiteral("noop"))->isLoaded())
        return fail(QStringLiteral("the noop plugin did not load"));
    ApiServer server(&manager);
    const Result<quint16> port = server.start(0);
    if (!port)
        return fail(port.error().message);
    std::fprintf(stderr, "bench_api_server: %lld plugins listed\n",
                 static_cast<long long>(manager.plugins().size()));
    announce(port.value(), ApiToken::load(paths.dataDir).value());
    return app.exec();
}
