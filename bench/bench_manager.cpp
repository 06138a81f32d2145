// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Round trip of a no-op action through PluginManager (runAction → PluginRunner → the plugin's
// plugboard-host process → Python run → jobFinished on the main thread, with the run journal
// recording every run), and in the same run the path before issue 13: PluginRunner over the
// in-process runtime (EmbeddedPythonRuntime, a worker thread of this process). Also the cost of
// Python when nothing is enabled (none: the interpreter does not start).
// Usage: bench_manager [--runs N]
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "python/embeddedpythonruntime.h"
#include "runner/activity.h"
#include "runner/loadjob.h"
#include "runner/pluginrunner.h"
#include "runner/runjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace plugboard;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("round trips"), QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.process(app);
    const int runs = std::max(10, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString plugins = dir.filePath(QStringLiteral("plugins"));
    for (int i = 0; i < 50; ++i) {
        writeFile(plugins + QStringLiteral("/idle%1/plugin.py").arg(i),
                  "class Plugin:\n    def run(self, a, p, c):\n        return {}\n");
    }
    writeFile(plugins + QStringLiteral("/noop/plugin.json"),
              R"({"name": "No-op", "actions": [{"id": "go", "label": "Go"}]})");
    writeFile(plugins + QStringLiteral("/noop/plugin.py"),
              "class Plugin:\n    def run(self, action, params, context):\n"
              "        return {'status': 'ok'}\n");

    PluginPaths paths = PluginPaths::resolve(dir.filePath(QStringLiteral("data")), plugins);
    if (!paths.prepare().ok())
        return 1;
    PluginManager manager(paths);
    QElapsedTimer t;
    t.start();
    if (!manager.reload()->exec())
        return 1;
    const double firstMs = t.nsecsElapsed() / 1e6; // creates the database and its rows
    t.restart();
    if (!manager.reload()->exec())
        return 1;
    const double againMs = t.nsecsElapsed() / 1e6;
    std::printf("discovery of %lld plugins, none enabled: first %.2f ms (creates the database), "
                "again %.2f ms; Python started: %s\n",
                qlonglong(manager.plugins().size()), firstMs, againMs,
                EmbeddedPythonRuntime::isStarted() ? "yes (unexpected)" : "no");

    t.restart();
    if (!manager.setEnabled(QStringLiteral("noop"), true, true).ok())
        return 1;
    while (!manager.plugin(QStringLiteral("noop"))->isLoaded() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    std::printf("enable + interpreter start + load: %.1f ms\n", t.nsecsElapsed() / 1e6);

    const auto roundTrips = [runs](const std::function<RunJob *()> &start, const char *what) {
        QList<double> samples;
        samples.reserve(runs);
        QElapsedTimer clock;
        qint64 sentAt = 0;
        int failures = 0;
        // The caller's view: it holds the job and hears its finished(), as the REST API does.
        std::function<void()> send;
        const auto finished = [&](Job *job) {
            samples << (clock.nsecsElapsed() - sentAt) / 1e3;
            failures += !job->succeeded();
            if (samples.size() < runs)
                send();
        };
        send = [&] {
            sentAt = clock.nsecsElapsed();
            RunJob *job = start();
            if (!job) {
                ++failures;
                return;
            }
            QObject::connect(job, &Job::finished, finished);
        };
        clock.start();
        send();
        while (samples.size() < runs && clock.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        std::printf("no-op action round trip %s (%lld runs, %d not ok, %.0f ms total): median "
                    "%.1f µs, p99 %.1f µs, min %.1f µs\n",
                    what, qlonglong(samples.size()), failures, clock.nsecsElapsed() / 1e6,
                    percentile(samples, 0.5), percentile(samples, 0.99),
                    *std::min_element(samples.cbegin(), samples.cend()));
        return percentile(samples, 0.5);
    };
    const double host = roundTrips(
        [&manager]() -> RunJob * {
            const Result<RunJob *> job =
                manager.runAction(QStringLiteral("noop"), QStringLiteral("go"), {});
            return job ? job.value() : nullptr;
        },
        "through PluginManager and the plugin's process");
    (void)manager.setEnabled(QStringLiteral("noop"), false);

    // Before issue 13: the same plugin in this process, through PluginRunner.
    Activity activity(paths.databasePath());
    PluginRunner inProcess(std::make_unique<EmbeddedPythonRuntime>(), &activity);
    const PluginInfo noop = *manager.plugin(QStringLiteral("noop"));
    if (!inProcess
             .load({noop.key(),
                    noop.path(),
                    noop.folderName(),
                    noop.entryFile(),
                    paths.pluginDataDir(noop.key()),
                    {},
                    {}})
             ->exec())
        return 1;
    const double embedded = roundTrips(
        [&inProcess, &noop]() -> RunJob * {
            RunRequest request;
            request.key = noop.key();
            request.action = QStringLiteral("go");
            return inProcess.run(request, 0);
        },
        "through PluginRunner in this process (before issue 13)");
    std::printf("ratio (process / in-process), median: %.2f x; target: median <= 60 µs through "
                "the plugin's process\n",
                host / embedded);
    inProcess.shutdown(3000);
    manager.shutdown(3000);
    return 0;
}
