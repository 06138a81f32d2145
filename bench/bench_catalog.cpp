// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// In-process discovery benchmark: scan + manifests + logos, store sync, merge with stored rows.
// Usage: bench_catalog --plugins-dir DIR [--data-dir DIR] [--runs N]
// Generate plugins first: python3 bench/generate_plugins.py DIR --count 1000
#include "catalog/catalog.h"
#include "paths/pluginpaths.h"
#include "store/pluginstore.h"

#include "common/allocator.h"
#include <QCommandLineParser>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {

struct Sample {
    double scan = 0, sync = 0, merge = 0, total = 0;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(i);
}

void report(const char *what, const QList<Sample> &samples, double Sample::*member)
{
    QList<double> values;
    for (const Sample &s : samples)
        values << s.*member;
    std::printf("  %-26s median %8.2f ms   p90 %8.2f ms   min %8.2f ms\n", what,
                percentile(values, 0.5), percentile(values, 0.9),
                *std::min_element(values.cbegin(), values.cend()));
}

} // namespace

int main(int argc, char **argv)
{
    plugboard::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("plugins-dir"), QStringLiteral("plugins folder"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("data folder (default: temporary)"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("measured runs"), QStringLiteral("n"),
                      QStringLiteral("21")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("plugins-dir"))) {
        std::fprintf(stderr, "bench_catalog: --plugins-dir is required\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
                                ? parser.value(QStringLiteral("data-dir"))
                                : tmp.path();
    const PluginPaths paths =
        PluginPaths::resolve(dataDir, parser.value(QStringLiteral("plugins-dir")));
    if (Result<void> ready = paths.prepare(); !ready) {
        std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(ready.error().message));
        return 1;
    }
    PluginStore store(paths.databasePath());
    bool runsOk = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    if (!runsOk || runs < 1) {
        std::fprintf(stderr, "bench_catalog: --runs needs a positive number\n");
        return 2;
    }

    // One discovery; the plugins it listed, or an empty list with *error set.
    auto once = [&](Sample &sample, QString *error) -> qsizetype {
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        Result<QList<Catalog::Discovered>> discovered = Catalog::scan(paths.pluginsDir);
        sample.scan = t.nsecsElapsed() / 1e6;
        if (!discovered) {
            *error = QStringLiteral("scan: ") + discovered.error().message;
            return 0;
        }
        t.restart();
        Result<QList<StoredPlugin>> rows = store.sync(Catalog::metadataFor(discovered.value()));
        sample.sync = t.nsecsElapsed() / 1e6;
        if (!rows) {
            *error = QStringLiteral("store sync: ") + rows.error().message;
            return 0;
        }
        t.restart();
        const QList<PluginInfo> infos = Catalog::merge(discovered.value(), rows.value());
        sample.merge = t.nsecsElapsed() / 1e6;
        sample.total = total.nsecsElapsed() / 1e6;
        if (infos.isEmpty())
            *error = QStringLiteral("no plugins found in ") + paths.pluginsDir;
        return infos.size();
    };

    Sample first;
    QString error;
    const qsizetype count = once(first, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_catalog: the first run failed: %s\n", qPrintable(error));
        return 1;
    }
    QList<Sample> samples;
    for (int i = 0; i < runs; ++i) {
        Sample s;
        const qsizetype listed = once(s, &error);
        // A failed run would be timed as a fast one; a folder that changed under the benchmark
        // would be timed as another workload. Either way the figures would not mean what they say.
        if (error.isEmpty() && listed != count)
            error = QStringLiteral("it listed %1 plugins, the first run %2").arg(listed).arg(count);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_catalog: run %d of %d failed: %s\n", i + 1, runs,
                         qPrintable(error));
            return 1;
        }
        samples << s;
    }
    std::printf("In-process discovery of %lld plugins (%d runs after one first run)\n",
                static_cast<long long>(count), runs);
    std::printf("  first run (creates rows)   total %8.2f ms (scan %.2f, sync %.2f, merge %.2f)\n",
                first.total, first.scan, first.sync, first.merge);
    report("scan + manifests + logos", samples, &Sample::scan);
    report("store sync (read rows)", samples, &Sample::sync);
    report("merge", samples, &Sample::merge);
    report("total", samples, &Sample::total);
    const double median = percentile(
        [&] {
            QList<double> v;
            for (const Sample &s : samples)
                v << s.total;
            return v;
        }(),
        0.5);
    std::printf("  target <= 20 ms: %s\n", median <= 20.0 ? "met" : "MISSED");
    return 0;
}
