// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Zip import benchmark: (a) ZipInspector::inspect alone, (b) a whole import — inspect,
// extractToStaging, commit into an empty plugins folder — and (c) `unzip -q` of the same zip into
// an empty folder, in one run, alternating the order, warm page cache. Targets: (a) ≤ 100 ms for
// a 50 MB, 2,000-file plugin; (b) ≤ 1.5 × (c). (c) includes starting the unzip process (a few ms),
// as a user running unzip pays it too. (d) `unzip -tqq` (decompress and check every CRC, write
// nothing) is the yardstick for (a), which does the same work.
// Usage: bench_zip --zip FILE [--runs N] [--work DIR] [--inspect-only]
// Make the zip first: python3 bench/make_zip.py FILE   (2,000 files, ~50 MB compressed)
#include "install/zipinspector.h"
#include "install/zipinstaller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void print(const char *what, const QList<double> &values)
{
    std::printf("  %-40s median %8.1f ms   min %8.1f ms   max %8.1f ms\n", what, median(values),
                *std::min_element(values.cbegin(), values.cend()),
                *std::max_element(values.cbegin(), values.cend()));
}

double inspectOnly(const QString &zip)
{
    QElapsedTimer timer;
    timer.start();
    const Result<ZipReport> report = ZipInspector::inspect(zip);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!report) {
        std::fprintf(stderr, "bench_zip: %s\n", qPrintable(report.error().message));
        std::exit(1);
    }
    return ms;
}

double fullImport(const QString &zip, const QString &plugins)
{
    QElapsedTimer timer;
    timer.start();
    const Result<ZipReport> report = ZipInspector::inspect(zip);
    Result<QString> staging = report ? ZipInstaller::extractToStaging(report.value(), plugins)
                                     : Result<QString>(report.error());
    Result<void> committed =
        staging ? ZipInstaller::commit(staging.value(), plugins, report.value().folderName, false)
                : Result<void>(staging.error());
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!committed) {
        std::fprintf(stderr, "bench_zip: %s\n", qPrintable(committed.error().message));
        std::exit(1);
    }
    return ms;
}

// `unzip -q zip -d target`, or `unzip -tqq zip` when target is empty.
double unzip(const QString &zip, const QString &target)
{
    const QStringList arguments =
        target.isEmpty() ? QStringList{QStringLiteral("-tqq"), zip}
                         : QStringList{QStringLiteral("-q"), zip, QStringLiteral("-d"), target};
    QElapsedTimer timer;
    timer.start();
    const int status = QProcess::execute(QStringLiteral("unzip"), arguments);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (status != 0) {
        std::fprintf(stderr, "bench_zip: unzip failed (%d); is the unzip package installed?\n",
                     status);
        std::exit(1);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("zip"), QStringLiteral("plugin zip"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("measured runs (≥ 7)"),
                      QStringLiteral("n"), QStringLiteral("9")});
    parser.addOption(
        {QStringLiteral("inspect-only"), QStringLiteral("time only (a), e.g. under perf record")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("scratch folder (default: temporary)"),
                      QStringLiteral("dir")});
    parser.process(app);
    const QString zip = parser.value(QStringLiteral("zip"));
    if (zip.isEmpty()) {
        std::fprintf(stderr, "bench_zip: --zip is required (python3 bench/make_zip.py FILE)\n");
        return 2;
    }
    const int runs = std::max(7, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir scratch(
        parser.isSet(QStringLiteral("work"))
            ? QDir(parser.value(QStringLiteral("work"))).filePath("bench-zip-XXXXXX")
            : QDir::temp().filePath("bench-zip-XXXXXX"));
    if (!scratch.isValid()) {
        std::fprintf(stderr, "bench_zip: no scratch folder\n");
        return 1;
    }

    const Result<ZipReport> report = ZipInspector::inspect(zip);
    if (!report) {
        std::fprintf(stderr, "bench_zip: %s\n", qPrintable(report.error().message));
        return 1;
    }
    std::printf("%s: %d files, %.1f MB uncompressed, %.1f MB on disk\n", qPrintable(zip),
                report.value().fileCount, report.value().totalBytes / 1e6,
                QFileInfo(zip).size() / 1e6);

    QList<double> inspected, imported, unzipped, tested;
    if (parser.isSet(QStringLiteral("inspect-only"))) {
        for (int run = 0; run < runs; ++run)
            inspected << inspectOnly(zip);
        print("(a) inspect only", inspected);
        return 0;
    }
    for (int run = -1; run < runs; ++run) { // run -1 warms caches and is not counted
        const QString plugins = scratch.filePath(QStringLiteral("plugins-%1").arg(run + 1));
        const QString target = scratch.filePath(QStringLiteral("unzip-%1").arg(run + 1));
        double a = 0, b = 0, c = 0, d = 0;
        if (run % 2 == 0) {
            a = inspectOnly(zip);
            d = unzip(zip, QString());
            b = fullImport(zip, plugins);
            c = unzip(zip, target);
        } else {
            c = unzip(zip, target);
            b = fullImport(zip, plugins);
            d = unzip(zip, QString());
            a = inspectOnly(zip);
        }
        QDir(plugins).removeRecursively();
        QDir(target).removeRecursively();
        if (run >= 0) {
            inspected << a;
            imported << b;
            unzipped << c;
            tested << d;
        }
    }
    std::printf("%d runs, alternating order:\n", runs);
    print("(a) inspect only", inspected);
    print("(b) inspect + extract + commit", imported);
    print("(c) unzip -q (process included)", unzipped);
    print("(d) unzip -tqq (process included)", tested);
    const double ratio = median(imported) / median(unzipped);
    std::printf("  inspect: %.1f ms (target <= 100 ms: %s), %.2fx unzip -tqq\n", median(inspected),
                median(inspected) <= 100 ? "met" : "MISSED", median(inspected) / median(tested));
    std::printf("  import / unzip: %.2fx (target <= 1.5x: %s)\n", ratio,
                ratio <= 1.5 ? "met" : "MISSED");
    return 0;
}
