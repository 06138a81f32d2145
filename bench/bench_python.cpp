// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Embedded Python benchmark: interpreter start, plugin load, no-op action round trip, and how
// long the main thread's event loop stalls while plugins hog Python.
// Usage: bench_python [--runs N]            (N no-op round trips, default 10000)
//        bench_python --start-only          (prints one interpreter start time; used internally)
#include "python/embeddedpythonruntime.h"
#include "python/interpreter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>

using namespace plugboard;

namespace {

// A run that failed: the figures would describe something other than what they claim, so the
// benchmark stops with this sentence and exit status 1.
struct BenchFailure {
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw BenchFailure{message};
}

QString outcomeText(const JobResult &r)
{
    return QStringLiteral("%1 (%2)%3")
        .arg(outcomeName(r.outcome), r.message,
             r.traceback.isEmpty() ? QString() : QStringLiteral("\n") + r.traceback);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(i);
}

void writePlugin(const QString &root, const QString &folder, const QByteArray &code)
{
    QDir().mkpath(QDir(root).filePath(folder));
    QFile f(QDir(root).filePath(folder + QStringLiteral("/plugin.py")));
    if (f.open(QIODevice::WriteOnly))
        f.write(code);
}

LoadRequest request(const QString &root, const QString &folder)
{
    LoadRequest r;
    r.key = folder;
    r.folderName = folder;
    r.folderPath = QDir(root).filePath(folder);
    r.entryFile = QStringLiteral("plugin.py");
    r.dataDir = QDir(root).filePath(QStringLiteral(".data/") + folder);
    return r;
}

// Loads a plugin and waits for it; a plugin that does not load (or not within 30 s) fails the
// benchmark.
LoadResult loadAndWait(EmbeddedPythonRuntime &rt, const LoadRequest &r)
{
    bool done = false;
    LoadResult result;
    auto c = QObject::connect(&rt, &PluginRuntime::loaded, [&](const LoadResult &res) {
        if (res.key == r.key) {
            done = true;
            result = res;
        }
    });
    rt.load(r);
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(c);
    if (!done)
        fail(QStringLiteral("loading plugin %1 did not finish within 30 s").arg(r.key));
    if (!result.ok)
        fail(QStringLiteral("plugin %1 did not load: %2\n%3")
                 .arg(r.key, result.error, result.traceback));
    return result;
}

void benchStart(const QString &self)
{
    QList<double> samples;
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        p.start(self, {QStringLiteral("--start-only")});
        const bool finished = p.waitForFinished(30000);
        // A child that failed prints no time: read as 0 ms it would make start-up look free.
        bool ok = false;
        const double ms = p.readAllStandardOutput().trimmed().toDouble(&ok);
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !ok ||
            ms <= 0)
            fail(QStringLiteral("interpreter start, process %1 of 10 failed (exit %2): %3")
                     .arg(i + 1)
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
        samples << ms;
    }
    std::printf("interpreter start (10 processes): median %.1f ms, min %.1f ms, max %.1f ms "
                "(target <= 60 ms)\n",
                percentile(samples, 0.5), *std::min_element(samples.cbegin(), samples.cend()),
                *std::max_element(samples.cbegin(), samples.cend()));
}

void benchLoad(EmbeddedPythonRuntime &rt, const QString &root)
{
    QList<double> inWorker, roundTrip;
    for (int i = 0; i < 200; ++i) {
        const QString folder = QStringLiteral("small_%1").arg(i);
        writePlugin(root, folder,
                    "import os, json\nclass Plugin:\n    name = 'Small'\n"
                    "    fields = [{'id': 'n', 'type': 'number', 'default': 1}]\n"
                    "    actions = [{'id': 'go', 'label': 'Go'}]\n"
                    "    def run(self, action, params, context):\n        return {}\n");
        QElapsedTimer t;
        t.start();
        const LoadResult r = loadAndWait(rt, request(root, folder));
        roundTrip << t.nsecsElapsed() / 1e6;
        inWorker << r.loadMs;
    }
    std::printf("load small plugin (200): median %.2f ms in the worker (p99 %.2f), %.2f ms "
                "load() → loaded signal (target <= 2 ms)\n",
                percentile(inWorker, 0.5), percentile(inWorker, 0.99), percentile(roundTrip, 0.5));
}

void benchRoundTrip(EmbeddedPythonRuntime &rt, const QString &root, int runs)
{
    writePlugin(root, QStringLiteral("noop"),
                "class Plugin:\n    def run(self, action, params, context):\n"
                "        return {'status': 'ok'}\n");
    loadAndWait(rt, request(root, QStringLiteral("noop")));
    QList<double> samples;
    samples.reserve(runs);
    QElapsedTimer clock;
    qint64 sentAt = 0;
    QString failure; // the first run that did not return the plugin's {"status": "ok"}
    auto send = [&] {
        RunRequest r;
        r.jobId = nextJobId();
        r.key = QStringLiteral("noop");
        r.action = QStringLiteral("go");
        r.settings = QJsonObject{{QStringLiteral("limit"), 5}};
        sentAt = clock.nsecsElapsed();
        rt.run(r);
    };
    auto c = QObject::connect(&rt, &PluginRuntime::jobFinished, [&](const JobResult &r) {
        samples << (clock.nsecsElapsed() - sentAt) / 1e3;
        if (r.outcome != JobResult::Outcome::Ok ||
            r.result.value(QStringLiteral("status")).toString() != QStringLiteral("ok")) {
            failure = QStringLiteral("run %1 of %2: %3")
                          .arg(samples.size())
                          .arg(runs)
                          .arg(outcomeText(r));
            return; // no further runs: the figures would not be of a working round trip
        }
        if (samples.size() < runs)
            send();
    });
    clock.start();
    send();
    while (samples.size() < runs && failure.isEmpty() && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(c);
    if (!failure.isEmpty())
        fail(QStringLiteral("no-op round trip failed at ") + failure);
    if (samples.size() < runs)
        fail(QStringLiteral("no-op round trip: only %1 of %2 runs finished within 120 s")
                 .arg(samples.size())
                 .arg(runs));
    const double total = clock.nsecsElapsed() / 1e6;
    std::printf("no-op action round trip (%lld runs, all ok, %.0f ms total): median %.1f µs, "
                "p99 %.1f µs, min %.1f µs (target median <= 50 µs)\n",
                qlonglong(samples.size()), total, percentile(samples, 0.5),
                percentile(samples, 0.99), *std::min_element(samples.cbegin(), samples.cend()));
}

// Largest gap between ticks of a 1 ms timer while `busy` returns true (the machine's own noise
// when nothing runs; the plugins' effect when they do).
double largestGapMs(const std::function<bool()> &busy, long *ticksOut)
{
    QElapsedTimer clock;
    qint64 last = 0, largest = 0;
    long ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        largest = std::max(largest, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    probe.start(1);
    while (busy() && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    *ticksOut = ticks;
    return largest / 1e6;
}

void benchStall(EmbeddedPythonRuntime &rt, const QString &root)
{
    writePlugin(root, QStringLiteral("spinner"),
                "import time\nclass Plugin:\n    def run(self, a, p, c):\n"
                "        end = time.monotonic() + 3\n        n = 0\n"
                "        while time.monotonic() < end:\n            n += 1\n"
                "        return {'n': n}\n");
    writePlugin(root, QStringLiteral("sleeper"),
                "import time\nclass Plugin:\n    def run(self, a, p, c):\n"
                "        time.sleep(3)\n        return {}\n");
    loadAndWait(rt, request(root, QStringLiteral("spinner")));
    loadAndWait(rt, request(root, QStringLiteral("sleeper")));
    long ticks = 0;
    QElapsedTimer idle;
    idle.start();
    const double baseline = largestGapMs([&] { return idle.elapsed() < 3000; }, &ticks);
    std::printf("main-thread stall, no plugin running (machine noise): largest gap %.2f ms over "
                "%ld ticks of a 1 ms timer\n",
                baseline, ticks);
    std::atomic<bool> spin{true};
    std::thread control([&] {
        QElapsedTimer t;
        t.start();
        volatile unsigned long n = 0;
        while (t.elapsed() < 3000)
            n = n + 1;
        spin = false;
    });
    const double cpuOnly = largestGapMs([&] { return spin.load(); }, &ticks);
    control.join();
    std::printf("main-thread stall while a C++ thread (no Python) spins 3 s (CPU contention): "
                "largest gap %.2f ms over %ld ticks\n",
                cpuOnly, ticks);
    int finished = 0;
    QStringList failures;
    auto c = QObject::connect(&rt, &PluginRuntime::jobFinished, [&](const JobResult &r) {
        ++finished;
        // The spinner reports how often it looped: a run that did not spin measured no load.
        if (r.outcome != JobResult::Outcome::Ok ||
            (r.key == QLatin1String("spinner") &&
             r.result.value(QStringLiteral("n")).toDouble() <= 0))
            failures << r.key + QStringLiteral(": ") + outcomeText(r);
    });
    for (const char *key : {"spinner", "sleeper"}) {
        RunRequest r;
        r.jobId = nextJobId();
        r.key = QString::fromLatin1(key);
        r.action = QStringLiteral("go");
        rt.run(r);
    }
    const double busy = largestGapMs([&] { return finished < 2; }, &ticks);
    QObject::disconnect(c);
    if (!failures.isEmpty())
        fail(QStringLiteral("stall run failed: ") + failures.join(QStringLiteral("; ")));
    if (finished < 2)
        fail(QStringLiteral("stall run: the two 3 s plugin runs did not finish within 30 s"));
    std::printf("main-thread stall while one plugin spins 3 s and one sleeps 3 s: largest gap "
                "%.2f ms over %ld ticks of a 1 ms timer (target <= 20 ms)\n",
                busy, ticks);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("No-op round trips."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("start-only"), QStringLiteral("Print one start time.")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("start-only"))) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!python::Interpreter::ensureStarted(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%.3f\n", t.nsecsElapsed() / 1e6);
        return 0;
    }

    bool runsOk = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    if (!runsOk || runs < 1) {
        std::fprintf(stderr, "bench_python: --runs needs a positive number\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_python: no temporary folder: %s\n",
                     qPrintable(dir.errorString()));
        return 2;
    }
    EmbeddedPythonRuntime rt;
    try {
        benchStart(app.applicationFilePath());
        benchLoad(rt, dir.path());
        benchRoundTrip(rt, dir.path(), runs);
        benchStall(rt, dir.path());
    } catch (const BenchFailure &failure) {
        std::fflush(stdout);
        std::fprintf(stderr,
                     "bench_python: %s\nbench_python: stopped; the figures above are "
                     "complete, the rest were not measured\n",
                     qPrintable(failure.message));
        rt.shutdown(3000);
        return 1;
    }
    rt.shutdown(3000);
    return 0;
}
