// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The price of a process per plugin (issue 13): the same plugins loaded and run through the
// in-process runtime and through plugboard-host processes, in the same run.
//   bench_hostruntime [--runs 2000] [--loads 10]
// Prints, for each runtime: load of a small plugin (request to `loaded`; for a host started from
// scratch this is a process start, Python start and import; for a host forked from the zygote,
// the fork and the import) and the no-op action round trip (run() to jobFinished, median and
// p99). The zygote's first load, which waits for the zygote itself to start, is printed apart.
// Hosts started from scratch are what a one-shot plugboardctl command gets; forked hosts are
// what the window and the server get once the zygote is up.
// Any failed load or run stops it with status 1.
#include "hostprocess/hostprocessruntime.h"
#include "python/embeddedpythonruntime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace plugboard;

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_hostruntime: %s\n", qPrintable(why));
    std::exit(1);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

LoadRequest writePlugin(const QString &root, const QString &key)
{
    const QString path = root + QLatin1Char('/') + key;
    QDir().mkpath(path);
    QFile file(path + QStringLiteral("/plugin.py"));
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    file.write("class Plugin:\n    name = 'Noop'\n"
               "    def run(self, action, params, context):\n        return {'status': 'ok'}\n");
    LoadRequest r;
    r.key = key;
    r.folderPath = path;
    r.folderName = key;
    r.entryFile = QStringLiteral("plugin.py");
    r.dataDir = root + QStringLiteral("/data/") + key;
    return r;
}

// Milliseconds from load() to a successful `loaded`.
double timeLoad(PluginRuntime &rt, const LoadRequest &request)
{
    QEventLoop loop;
    LoadResult result;
    auto c = QObject::connect(&rt, &PluginRuntime::loaded, &loop, [&](const LoadResult &r) {
        if (r.key == request.key) {
            result = r;
            loop.quit();
        }
    });
    QElapsedTimer timer;
    timer.start();
    rt.load(request);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(c);
    if (!result.ok)
        fail(QStringLiteral("load of %1 failed: %2").arg(request.key, result.error));
    return ms;
}

// Microseconds per no-op round trip.
QList<double> timeRuns(PluginRuntime &rt, const QString &key, int runs)
{
    QList<double> samples;
    samples.reserve(runs);
    QEventLoop loop;
    JobResult last;
    auto c = QObject::connect(&rt, &PluginRuntime::jobFinished, &loop, [&](const JobResult &r) {
        last = r;
        loop.quit();
    });
    for (int i = 0; i < runs; ++i) {
        RunRequest request;
        request.jobId = quint64(1000000 + i);
        request.key = key;
        request.action = QStringLiteral("noop");
        QElapsedTimer timer;
        timer.start();
        rt.run(request);
        loop.exec();
        samples.append(double(timer.nsecsElapsed()) / 1e3);
        if (last.outcome != JobResult::Outcome::Ok ||
            last.result.value(QLatin1String("status")).toString() != QLatin1String("ok"))
            fail(
                QStringLiteral("run %1 of %2 did not return ok: %3").arg(i).arg(key, last.message));
    }
    QObject::disconnect(c);
    return samples;
}

void report(const char *name, const QList<double> &loads, const QList<double> &runs)
{
    std::printf("%-12s load: median %7.2f ms (min %.2f, max %.2f; %lld loads)   "
                "no-op round trip: median %7.1f µs, p99 %7.1f µs (%lld runs)\n",
                name, percentile(loads, 0.5), percentile(loads, 0), percentile(loads, 1.0),
                qlonglong(loads.size()), percentile(runs, 0.5), percentile(runs, 0.99),
                qlonglong(runs.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("No-op round trips."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("loads"), QStringLiteral("Plugins loaded."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int loads = parser.value(QStringLiteral("loads")).toInt();
    if (runs < 1 || loads < 2)
        fail(QStringLiteral("--runs needs at least 1 and --loads at least 2"));
    QTemporaryDir dir;

    // In process first (Python starts on its first load, counted apart), then the hosts.
    EmbeddedPythonRuntime embedded;
    QList<double> inLoads;
    const double firstInProcess =
        timeLoad(embedded, writePlugin(dir.path(), QStringLiteral("in0")));
    for (int i = 1; i < loads; ++i)
        inLoads << timeLoad(embedded, writePlugin(dir.path(), QStringLiteral("in%1").arg(i)));
    const QList<double> inRuns = timeRuns(embedded, QStringLiteral("in1"), runs);

    HostProcessRuntime hosts(QStringLiteral(PLUGBOARD_HOST_PATH));
    QList<double> hostLoads;
    for (int i = 0; i < loads; ++i)
        hostLoads << timeLoad(hosts, writePlugin(dir.path(), QStringLiteral("host%1").arg(i)));
    const QList<double> hostRuns = timeRuns(hosts, QStringLiteral("host1"), runs);

    HostProcessRuntime forked(QStringLiteral(PLUGBOARD_HOST_PATH));
    forked.setUseZygote(true);
    QElapsedTimer zygoteClock;
    zygoteClock.start();
    forked.prestart(); // as the window does at start; the first load waits for it to get ready
    const double firstForked = timeLoad(forked, writePlugin(dir.path(), QStringLiteral("fork0")));
    const double zygoteMs = double(zygoteClock.nsecsElapsed()) / 1e6;
    QList<double> forkedLoads;
    for (int i = 1; i < loads; ++i)
        forkedLoads << timeLoad(forked, writePlugin(dir.path(), QStringLiteral("fork%1").arg(i)));
    const QList<double> forkedRuns = timeRuns(forked, QStringLiteral("fork1"), runs);

    std::printf("first in-process load (starts Python): %.2f ms\n", firstInProcess);
    report("in-process", inLoads, inRuns);
    report("host process", hostLoads, hostRuns);
    std::printf("first load with the zygote, right after its start: %.2f ms (%.2f ms from the "
                "zygote's start)\n",
                firstForked, zygoteMs);
    report("forked host", forkedLoads, forkedRuns);
    std::printf("ratio (host / in-process), round-trip median: %.2f x; targets: host round trip "
                "median <= 60 µs, host load <= 60 ms\n",
                percentile(hostRuns, 0.5) / percentile(inRuns, 0.5));
    forked.shutdown(3000);
    hosts.shutdown(3000);
    embedded.shutdown(3000);
    return 0;
}
