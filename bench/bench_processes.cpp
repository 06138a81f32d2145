// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A process per plugin at scale (issue 13), through PluginManager and real plugboard-host
// processes:
// - enabling N small plugins at once (default 100): the time until all are loaded, and the
//   memory of all their processes (resident, and proportional: shared pages split among the
//   processes that share them);
// - a crash of one plugin while another runs a one-second action: how much longer that action
//   took than one second, and the longest stall of this process's event loop meanwhile (a 1 ms
//   timer measures it, through the crash, the failed run and the fresh process's start).
// Usage: bench_processes [--plugins 100] [--crashes 5]
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "runner/runjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace plugboard;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Pss of a process in bytes, from /proc/<pid>/smaps_rollup (0 when unreadable).
qint64 pssBytes(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// The host zygote this process started (0 when none runs): its pages are shared with every
// host forked from it, so its memory counts too.
qint64 zygotePid()
{
    const QByteArray me = QByteArray::number(QCoreApplication::applicationPid());
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1) == "pb-host-zygote" &&
            line.mid(close + 2).split(' ').value(1) == me)
            return entry.toLongLong();
    }
    return 0;
}

qint64 ownResident()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readLine().split(' ').value(1).toLongLong() * 4096;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("plugins"), QStringLiteral("plugins to enable"),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("crashes"), QStringLiteral("crash rounds"),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int count = std::max(1, parser.value(QStringLiteral("plugins")).toInt());
    const int crashes = std::max(1, parser.value(QStringLiteral("crashes")).toInt());

    QTemporaryDir dir;
    const QString plugins = dir.filePath(QStringLiteral("plugins"));
    for (int i = 0; i < count; ++i) {
        const QString folder = plugins + QStringLiteral("/small%1").arg(i, 3, 10, QLatin1Char('0'));
        writeFile(
            folder + "/plugin.json",
            QStringLiteral(R"({"name": "Small %1", "actions": [{"id": "go", "label": "Go"}]})")
                .arg(i)
                .toUtf8());
        writeFile(folder + "/plugin.py", "import json, logging, os, re, time\n"
                                         "class Plugin:\n"
                                         "    def run(self, action, params, context):\n"
                                         "        return {'status': 'ok'}\n");
    }
    writeFile(plugins + "/steady/plugin.json",
              R"({"name": "Steady", "actions": [{"id": "second", "label": "Second"}]})");
    writeFile(plugins + "/steady/plugin.py", "import time\n"
                                             "class Plugin:\n"
                                             "    def run(self, action, params, context):\n"
                                             "        time.sleep(1.0)\n"
                                             "        return {'status': 'ok'}\n");
    writeFile(plugins + "/crasher/plugin.json",
              R"({"name": "Crasher", "actions": [{"id": "crash", "label": "Crash"}]})");
    writeFile(plugins + "/crasher/plugin.py", "import ctypes\n"
                                              "class Plugin:\n"
                                              "    def run(self, action, params, context):\n"
                                              "        ctypes.string_at(0)\n");

    PluginPaths paths = PluginPaths::resolve(dir.filePath(QStringLiteral("data")), plugins);
    if (!paths.prepare().ok())
        return 1;
    PluginManager manager(paths);
    if (!manager.reload()->exec())
        return 1;
    // As in the window and the server: loading the enabled plugins (none yet) starts the host
    // zygote, and a person enables plugins a while after the window opened.
    manager.loadEnabled();
    waitUntil([] { return false; }, 1000);

    // ---- enable all ----
    QStringList keys;
    for (const PluginInfo &info : manager.plugins()) {
        if (info.key().startsWith(QLatin1String("small")))
            keys << info.key();
    }
    QElapsedTimer t;
    t.start();
    for (const QString &key : keys) {
        if (!manager.setEnabled(key, true, true).ok())
            return 1;
    }
    const double switchedMs = t.nsecsElapsed() / 1e6;
    const bool allLoaded = waitUntil(
        [&] {
            return std::all_of(keys.cbegin(), keys.cend(),
                               [&](const QString &k) { return manager.plugin(k)->isLoaded(); });
        },
        120000);
    const double loadedMs = t.nsecsElapsed() / 1e6;
    if (!allLoaded) {
        std::fprintf(stderr, "not every plugin loaded within 120 s\n");
        return 1;
    }
    QCoreApplication::processEvents();
    qint64 resident = 0, pss = 0;
    const QList<PluginProcess> processes = manager.processes();
    for (const PluginProcess &p : processes) {
        resident += p.residentBytes;
        pss += pssBytes(p.pid);
    }
    const qint64 zygote = zygotePid();
    const qint64 zygotePss = zygote > 0 ? pssBytes(zygote) : 0;
    pss += zygotePss;
    std::printf("enable %lld plugins: all loaded after %.0f ms (the switches took %.0f ms; target "
                "<= 3000 ms)\n",
                qlonglong(keys.size()), loadedMs, switchedMs);
    std::printf("memory of their %lld processes: resident %.0f MiB in all (%.1f MiB each), "
                "proportional (Pss) %.0f MiB in all (%.1f MiB each; target <= 1536 MiB; with "
                "the host zygote's %.0f MiB); this process: %.0f MiB resident\n",
                qlonglong(processes.size()), resident / 1048576.0,
                resident / 1048576.0 / std::max<qsizetype>(1, processes.size()), pss / 1048576.0,
                pss / 1048576.0 / std::max<qsizetype>(1, processes.size()), zygotePss / 1048576.0,
                ownResident() / 1048576.0);
    for (const QString &key : keys)
        (void)manager.setEnabled(key, false);
    waitUntil([&] { return manager.processes().isEmpty(); }, 30000);

    // ---- a crash while another plugin runs ----
    for (const char *key : {"steady", "crasher"}) {
        if (!manager.setEnabled(key, true, true).ok())
            return 1;
    }
    if (!waitUntil(
            [&] {
                return manager.plugin("steady")->isLoaded() &&
                       manager.plugin("crasher")->isLoaded();
            },
            30000))
        return 1;
    QList<double> extra, stalls;
    for (int round = 0; round < crashes; ++round) {
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longestGap = std::max(longestGap, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        std::optional<JobResult> steady;
        QElapsedTimer runClock;
        runClock.start();
        RunJob *job =
            manager.runAction(QStringLiteral("steady"), QStringLiteral("second"), {}).value();
        QObject::connect(job, &Job::finished, [&steady, job] { steady = job->result(); });
        waitUntil([] { return false; }, 200); // let it start
        sinceTick.start();
        ticker.start(1);
        const Result<RunJob *> crash =
            manager.runAction(QStringLiteral("crasher"), QStringLiteral("crash"), {});
        if (!crash)
            return 1;
        if (!waitUntil([&] { return steady.has_value(); }, 10000))
            return 1;
        const double tookMs = double(steady->finishedAtMs - steady->startedAtMs);
        // The crashed plugin starts again in a fresh process: keep measuring until it has.
        waitUntil([&] { return manager.plugin("crasher")->isLoaded(); }, 10000);
        ticker.stop();
        if (steady->outcome != JobResult::Outcome::Ok)
            return 1;
        extra << std::max(0.0, tookMs - 1000.0);
        stalls << longestGap / 1e6;
        // Three crashes within a minute would stop it: start it fresh each round.
        (void)manager.restart(QStringLiteral("crasher"));
        waitUntil([&] { return manager.plugin("crasher")->isLoaded(); }, 10000);
    }
    std::printf("crash of one plugin while another runs a 1 s action (%d rounds): the action took "
                "median %.1f ms longer (max %.1f; target 0 beyond 10 ms); longest event-loop "
                "stall median %.1f ms, max %.1f ms (target <= 20 ms)\n",
                crashes, median(extra), *std::max_element(extra.cbegin(), extra.cend()),
                median(stalls), *std::max_element(stalls.cbegin(), stalls.cend()));
    manager.shutdown(3000);
    return 0;
}
