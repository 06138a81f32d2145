// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Run journal and plugin log writes on a real SQLite file (WAL, as the app opens it), through
// RunJournal::write and PluginLogStore::write as the ActivityRecorder calls them (a new store
// object per batch, default keep limits):
//   (a) a burst: --burst entries spread over --plugins plugins in one write (a thousand quick
//       runs, or a chatty plugin, between two flushes);
//   (b) steady writes: batches of --batch entries for one plugin already at its keep limit, the
//       common case (the recorder flushes every 200 ms), so each batch inserts and trims.
// Both for the journal and for the log. Rounds interleave the four measurements and alternate
// which store goes first; round 0 is a warm-up and is not counted.
// Usage: bench_journal [--rounds 21] [--steady 50] [--burst 5000] [--plugins 10] [--batch 20]
//                      [--work DIR]
#include "common/allocator.h"
#include "store/pluginlogstore.h"
#include "store/runjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace plugboard;

namespace {

constexpr qint64 BaseMs = 1'760'000'000'000; // a fixed epoch time: the same rows every run

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(i);
}

// Wall-clock and thread CPU time of each write, in `unit` (ms or µs). Where the two part, the
// write waited: preempted, or on the disk at a checkpoint. On the development VM the CPU time
// grows with the load as well (stolen time, shared caches), so neither is load-proof; compare
// builds by alternating them, or by instruction counts (bench/README.md).
struct Series {
    const char *unit;
    double perMs; // 1 for ms, 1000 for µs
    QList<double> wall, cpu;
};

void print(const char *what, const Series &s)
{
    std::printf("  %-44s median %8.1f %s   p99 %8.1f %s   min %8.1f %s   max %8.1f %s   "
                "CPU median %8.1f %s\n",
                what, percentile(s.wall, 0.5), s.unit, percentile(s.wall, 0.99), s.unit,
                *std::min_element(s.wall.cbegin(), s.wall.cend()), s.unit,
                *std::max_element(s.wall.cbegin(), s.wall.cend()), s.unit, percentile(s.cpu, 0.5),
                s.unit);
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray("?");
}

QString pluginKey(int i)
{
    return QStringLiteral("plugin_%1").arg(i);
}

// What journalEntryFor() makes of a quick successful run.
JournalEntry run(const QString &key, quint64 job)
{
    const qint64 at = BaseMs + qint64(job) * 7;
    return {job,
            key,
            QStringLiteral("refresh_epg"),
            at,
            at + 3,
            QStringLiteral("ok"),
            QString(),
            QStringLiteral("{\"status\":\"ok\",\"updated\":42}")};
}

LogLine logLine(const QString &key, int n)
{
    return {key, BaseMs + n, QStringLiteral("info"),
            QStringLiteral("processed item %1: channel 'News HD' matched EPG id news.hd.%2")
                .arg(n)
                .arg(n % 97)};
}

// Entries spread round-robin over the plugins, as interleaved runs of many plugins arrive.
template<typename T, typename Make> QList<T> burst(int count, int plugins, Make make)
{
    QList<T> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(make(pluginKey(i % plugins), i));
    return items;
}

template<typename T, typename Make>
QList<T> batch(const QString &key, int count, int from, Make make)
{
    QList<T> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(make(key, from + i));
    return items;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Times one write into `into` (when given); any failure ends the benchmark.
template<typename Write> void measure(Series *into, Write write)
{
    QElapsedTimer timer;
    const double cpuBefore = threadCpuMs();
    timer.start();
    const Result<void> r = write();
    const double ms = timer.nsecsElapsed() / 1e6;
    const double cpuMs = threadCpuMs() - cpuBefore;
    if (!r) {
        std::fprintf(stderr, "bench_journal: %s\n", qPrintable(r.error().message));
        std::exit(1);
    }
    if (into) {
        into->wall << ms * into->perMs;
        into->cpu << cpuMs * into->perMs;
    }
}

} // namespace

int main(int argc, char **argv)
{
    plugboard::tuneAllocator(); // as the app does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    auto option = [&](const char *name, const char *help, const char *value, const char *def) {
        parser.addOption({QString::fromLatin1(name), QString::fromUtf8(help),
                          QString::fromLatin1(value), QString::fromLatin1(def)});
    };
    option("rounds", "measured rounds (≥ 5)", "n", "21");
    option("steady", "steady batches per store and round", "n", "50");
    option("burst", "entries in one burst", "n", "5000");
    option("plugins", "plugins a burst is spread over", "n", "10");
    option("batch", "entries in one steady batch", "n", "20");
    parser.addOption({QStringLiteral("work"), QStringLiteral("scratch folder (default: temporary)"),
                      QStringLiteral("dir")});
    parser.process(app);
    const int rounds = std::max(5, parser.value(QStringLiteral("rounds")).toInt());
    const int steady = std::max(1, parser.value(QStringLiteral("steady")).toInt());
    const int burstSize = std::max(1, parser.value(QStringLiteral("burst")).toInt());
    const int plugins = std::max(1, parser.value(QStringLiteral("plugins")).toInt());
    const int batchSize = std::max(1, parser.value(QStringLiteral("batch")).toInt());
    QTemporaryDir scratch(
        parser.isSet(QStringLiteral("work"))
            ? QDir(parser.value(QStringLiteral("work"))).filePath("bench-journal-XXXXXX")
            : QDir::temp().filePath("bench-journal-XXXXXX"));
    if (!scratch.isValid()) {
        std::fprintf(stderr, "bench_journal: no scratch folder\n");
        return 1;
    }
    const QString path = scratch.filePath(QStringLiteral("plugboard.sqlite"));

    QStringList command;
    for (int i = 0; i < argc; ++i)
        command << QString::fromLocal8Bit(argv[i]);
    std::printf("command: %s\n", qPrintable(command.join(QLatin1Char(' '))));
    std::printf("database: %s\n", qPrintable(path));
    std::printf("load average before: %s\n", loadAverage().constData());

    const QString steadyKey = QStringLiteral("steady_plugin");
    const int journalKeep = RunJournal::DefaultKeepPerPlugin;
    const int logKeep = PluginLogStore::DefaultKeepPerPlugin;
    const QList<JournalEntry> runBurst = burst<JournalEntry>(burstSize, plugins, run);
    const QList<LogLine> logBurst = burst<LogLine>(burstSize, plugins, logLine);
    // A few different steady batches, so consecutive rows differ as they do in the app.
    QList<QList<JournalEntry>> runBatches;
    QList<QList<LogLine>> logBatches;
    for (int i = 0; i < 8; ++i) {
        runBatches << batch<JournalEntry>(steadyKey, batchSize, i * batchSize, run);
        logBatches << batch<LogLine>(steadyKey, batchSize, i * batchSize, logLine);
    }
    // The steady plugin starts at its keep limit in both tables (this also creates the file).
    measure(nullptr, [&] {
        return RunJournal(path).write(batch<JournalEntry>(steadyKey, journalKeep, 1000, run));
    });
    measure(nullptr, [&] {
        return PluginLogStore(path).write(batch<LogLine>(steadyKey, logKeep, 1000, logLine));
    });

    Series runBurstMs{"ms", 1, {}, {}}, logBurstMs{"ms", 1, {}, {}};
    Series runSteadyUs{"µs", 1000, {}, {}}, logSteadyUs{"µs", 1000, {}, {}};
    auto journalRound = [&](bool counted) {
        measure(counted ? &runBurstMs : nullptr, [&] { return RunJournal(path).write(runBurst); });
        for (int i = 0; i < steady; ++i) {
            measure(counted ? &runSteadyUs : nullptr,
                    [&] { return RunJournal(path).write(runBatches[i % 8]); });
        }
    };
    auto logRound = [&](bool counted) {
        measure(counted ? &logBurstMs : nullptr,
                [&] { return PluginLogStore(path).write(logBurst); });
        for (int i = 0; i < steady; ++i) {
            measure(counted ? &logSteadyUs : nullptr,
                    [&] { return PluginLogStore(path).write(logBatches[i % 8]); });
        }
    };
    QElapsedTimer total;
    total.start();
    for (int round = 0; round <= rounds; ++round) {
        const bool counted = round > 0;
        if (round % 2 == 0) {
            journalRound(counted);
            logRound(counted);
        } else {
            logRound(counted);
            journalRound(counted);
        }
    }

    std::printf("%d rounds (+1 warm-up) in %.1f s; journal keeps %d runs per plugin, log keeps %d "
                "lines\n",
                rounds, total.nsecsElapsed() / 1e9, journalKeep, logKeep);
    std::printf("run journal (RunJournal::write):\n");
    print(qPrintable(
              QStringLiteral("(a) burst: %1 runs over %2 plugins").arg(burstSize).arg(plugins)),
          runBurstMs);
    print(qPrintable(QStringLiteral("(b) steady: %1 runs of one plugin at limit").arg(batchSize)),
          runSteadyUs);
    std::printf("plugin log (PluginLogStore::write):\n");
    print(qPrintable(
              QStringLiteral("(c) burst: %1 lines over %2 plugins").arg(burstSize).arg(plugins)),
          logBurstMs);
    print(qPrintable(QStringLiteral("(d) steady: %1 lines of one plugin at limit").arg(batchSize)),
          logSteadyUs);
    // One line for scripts that compare builds.
    std::printf("medians: journal_burst_ms=%.3f journal_steady_us=%.1f log_burst_ms=%.3f "
                "log_steady_us=%.1f journal_burst_cpu_ms=%.3f journal_steady_cpu_us=%.1f "
                "log_burst_cpu_ms=%.3f log_steady_cpu_us=%.1f\n",
                percentile(runBurstMs.wall, 0.5), percentile(runSteadyUs.wall, 0.5),
                percentile(logBurstMs.wall, 0.5), percentile(logSteadyUs.wall, 0.5),
                percentile(runBurstMs.cpu, 0.5), percentile(runSteadyUs.cpu, 0.5),
                percentile(logBurstMs.cpu, 0.5), percentile(logSteadyUs.cpu, 0.5));
    std::printf("load average after: %s\n", loadAverage().constData());
    return 0;
}
