// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/zipinspector.h"

#include "catalog/pluginkey.h"
#include "install/importscan.h"
#include "install/ziparchive.h"
#include "install/zippath.h"
#include "manifest/manifestreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <thread>
#include <vector>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZipInspector)
};

// The shallowest folder holding plugin.py or __init__.py; see the class comment.
Result<void> chooseRoot(const ZipArchive &a, ZipReport &report)
{
    int best = INT_MAX;
    QStringList pluginDirs;
    QStringList packageDirs;
    for (const ZipEntry &entry : std::as_const(report.entries)) {
        if (entry.isDir || ZipPath::isIgnored(entry.name))
            continue;
        const qsizetype slash = entry.name.lastIndexOf(QLatin1Char('/'));
        const QStringView leaf = QStringView(entry.name).mid(slash + 1);
        const bool plugin = leaf == u"plugin.py";
        if (!plugin && leaf != u"__init__.py")
            continue;
        const QString dir = slash < 0 ? QString() : entry.name.left(slash);
        const int depth = slash < 0 ? 0 : int(dir.count(QLatin1Char('/'))) + 1;
        if (depth > best)
            continue;
        if (depth < best) {
            best = depth;
            pluginDirs.clear();
            packageDirs.clear();
        }
        QStringList &dirs = plugin ? pluginDirs : packageDirs;
        if (!dirs.contains(dir))
            dirs.append(dir);
    }
    if (best == INT_MAX) {
        return a.refuse(
            QString(),
            Text::tr("it holds no plugin.py and no __init__.py, so it is not a plugin."));
    }
    QStringList &roots = pluginDirs.isEmpty() ? packageDirs : pluginDirs;
    roots.sort();
    if (roots.size() > 1) {
        return a.refuse(
            roots.at(1),
            Text::tr("it holds more than one plugin at the same level (\"%1\" and \"%2\"); "
                     "import them one at a time.")
                .arg(ZipPath::printable(roots.at(0)), ZipPath::printable(roots.at(1))));
    }
    report.root = roots.first();
    report.entryFile =
        pluginDirs.isEmpty() ? QStringLiteral("__init__.py") : QStringLiteral("plugin.py");
    for (ZipEntry &entry : report.entries) {
        const bool inside = report.root.isEmpty()
                                ? true
                                : entry.name.size() > report.root.size() &&
                                      entry.name.startsWith(report.root) &&
                                      entry.name.at(report.root.size()) == QLatin1Char('/');
        entry.underRoot = inside && !ZipPath::isIgnored(entry.name);
    }
    return {};
}

PluginManifest manifestFrom(bool found, const QByteArray &bytes, qint64 size)
{
    const QString source = QStringLiteral("plugin.json");
    PluginManifest manifest;
    if (!found) {
        manifest.diagnostics.append(Diagnostic::warning(
            source,
            Text::tr("The zip has no plugin.json beside the plugin's code: the plugin will be "
                     "listed as legacy.")));
    } else if (size > ManifestReader::MaxManifestBytes) {
        manifest.diagnostics.append(Diagnostic::error(
            source, Text::tr("plugin.json is %1 bytes, more than the %2 bytes Plugboard reads; the "
                             "plugin will be listed as legacy.")
                        .arg(size)
                        .arg(ManifestReader::MaxManifestBytes)));
    } else {
        manifest = ManifestReader::parse(bytes);
    }
    return manifest;
}

// Above this size an archive on disk is inspected by two threads (see run()).
constexpr qint64 ParallelFromBytes = 4 * 1024 * 1024;
constexpr int ParallelWorkers = 2;

// What one thread found in its share of the entries.
struct SliceResult {
    ZipArchive::Budget budget;
    Result<void> result;
    qsizetype errorIndex = -1;
    int fileCount = 0;
    qint64 totalBytes = 0;
    int installFileCount = 0;
    qint64 installBytes = 0;
    QList<std::pair<qsizetype, QString>> binaries;    // entry index, name
    QList<std::pair<qsizetype, QStringList>> imports; // entry index, what its source imports
    bool manifestFound = false;
    qint64 manifestSize = 0;
    QByteArray manifestBytes;
};

// Reads entry `index` when it belongs to `worker`'s share.
Result<void> readEntry(ZipArchive &a, const ZipRecord &e, qsizetype index, int worker,
                       const std::vector<int> &owners, ZipEntry *entries, qsizetype entryCount,
                       const QString &manifestPath, SliceResult &out)
{
    if (index >= entryCount || entries[index].name != e.name.path)
        return a.refuse(QString(), Text::tr("its table of contents is damaged."));
    ZipEntry &entry = entries[index];
    if (entry.isDir || owners[size_t(index)] != worker)
        return {};
    const bool isManifest = entry.name == manifestPath;
    bool compiled = entry.underRoot && ZipPath::isCompiledByName(entry.name);
    const bool isSource = entry.underRoot && entry.name.endsWith(QLatin1String(".py")) &&
                          e.uncompressedSize <= quint64(ImportScan::MaxScannedFileBytes);
    QByteArray source;
    bool first = true;
    qint64 counted = 0;
    Result<void> data = a.read(e, out.budget, [&](const char *bytes, qint64 size) -> Result<void> {
        if (first && entry.underRoot && !compiled)
            compiled = ZipPath::isCompiledByMagic(bytes, size);
        first = false;
        if (isManifest && counted <= ManifestReader::MaxManifestBytes)
            out.manifestBytes.append(bytes, qsizetype(size));
        if (isSource && counted + size <= ImportScan::MaxScannedFileBytes)
            source.append(bytes, qsizetype(size));
        counted += size;
        return {};
    });
    if (!data)
        return data;
    if (isSource && counted <= ImportScan::MaxScannedFileBytes) {
        if (QStringList imports = ImportScan::topLevelImports(source); !imports.isEmpty())
            out.imports.append({index, std::move(imports)});
    }
    entry.size = counted;
    ++out.fileCount;
    out.totalBytes += counted;
    if (entry.underRoot) {
        ++out.installFileCount;
        out.installBytes += counted;
        if (compiled)
            out.binaries.append({index, entry.name});
    }
    if (isManifest) {
        out.manifestFound = true;
        out.manifestSize = counted;
    }
    return {};
}

// Joins the threads' findings: the first refusal in archive order wins; then the limits that
// only the whole archive can break (total size, overall ratio, entries sharing data).
Result<void> combine(const ZipArchive &a, const std::vector<SliceResult> &slices,
                     const ZipLimits &limits, ZipReport &report)
{
    const SliceResult *failed = nullptr;
    for (const SliceResult &slice : slices) {
        if (!slice.result && (!failed || slice.errorIndex < failed->errorIndex))
            failed = &slice;
    }
    if (failed)
        return failed->result.error();
    qint64 total = 0;
    qint64 compressed = 0;
    struct Range {
        quint64 start, end;
        QString name;
        bool operator<(const Range &o) const { return start < o.start; }
    };
    std::vector<Range> ranges;
    QList<std::pair<qsizetype, QString>> binaries;
    for (const SliceResult &slice : slices) {
        report.fileCount += slice.fileCount;
        report.totalBytes += slice.totalBytes;
        report.installFileCount += slice.installFileCount;
        report.installBytes += slice.installBytes;
        binaries << slice.binaries;
        total += slice.budget.total;
        compressed += slice.budget.compressedTotal;
        for (const auto &[start, rest] : slice.budget.ranges)
            ranges.push_back({start, rest.first, rest.second});
    }
    if (slices.size() == 1) {
        for (const auto &b : std::as_const(binaries))
            report.binaries << b.second;
        return {};
    }
    if (total > limits.maxTotalBytes) {
        return a.refuse(QString(), Text::tr("it decompresses to more than %1 MiB.")
                                       .arg(limits.maxTotalBytes / (1024 * 1024)));
    }
    if (total > limits.ratioFloorBytes && total > limits.maxRatio * compressed) {
        return a.refuse(QString(), Text::tr("it expands more than %1 times, which is how zip bombs "
                                            "look.")
                                       .arg(limits.maxRatio));
    }
    // Each thread saw only its own entries' data ranges: overlaps between shares show here.
    std::sort(ranges.begin(), ranges.end());
    for (size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i].start < ranges[i - 1].end) {
            return a.refuse(
                ZipPath::printable(ranges[i].name),
                Text::tr("the entries \"%1\" and \"%2\" share the same data, a shape only "
                         "zip bombs have.")
                    .arg(ZipPath::printable(ranges[i - 1].name),
                         ZipPath::printable(ranges[i].name)));
        }
    }
    std::sort(binaries.begin(), binaries.end());
    for (const auto &b : std::as_const(binaries))
        report.binaries << b.second;
    return {};
}

// What the plugin's sources import, in archive order, without the plugin's own top-level
// modules and packages (a plugin may well have a `core/` or `utils.py` of its own).
QStringList importsOf(const ZipReport &report, const std::vector<SliceResult> &slices)
{
    QList<std::pair<qsizetype, QStringList>> found;
    for (const SliceResult &slice : slices)
        found << slice.imports;
    std::sort(found.begin(), found.end(),
              [](const auto &x, const auto &y) { return x.first < y.first; });
    QSet<QString> own;
    const qsizetype skip = report.root.isEmpty() ? 0 : report.root.size() + 1;
    for (const ZipEntry &entry : report.entries) {
        if (!entry.underRoot)
            continue;
        const QString relative = entry.name.mid(skip);
        const qsizetype slash = relative.indexOf(QLatin1Char('/'));
        if (slash > 0)
            own.insert(relative.left(slash));
        else if (relative.endsWith(QLatin1String(".py")))
            own.insert(relative.chopped(3));
    }
    QStringList imports;
    QSet<QString> seen;
    for (const auto &[index, names] : std::as_const(found)) {
        for (const QString &name : names) {
            if (!own.contains(name) && !seen.contains(name)) {
                seen.insert(name);
                imports.append(name);
            }
        }
    }
    return imports;
}

Result<ZipReport> run(const QString &path, QIODevice *device, const QString &zipName,
                      const ZipLimits &limits)
{
    ZipArchive a;
    if (Result<void> opened = a.open(path, device, zipName); !opened)
        return opened.error();
    ZipReport report;
    report.zipPath = device ? QString() : QFileInfo(path).absoluteFilePath();
    report.zipName = zipName;

    // First pass, the central directory only: names, kinds, collisions. Cheap refusals first.
    ZipPath::NameSet names;
    std::vector<qint64> claimedSizes; // from the headers: only to share the work out
    Result<void> listed = a.forEachEntry(limits.maxEntries, [&](const ZipRecord &e) {
        if (Result<void> added = names.add(e.name); !added)
            return Result<void>(a.refuse(added.error()));
        ZipEntry entry;
        entry.name = e.name.path;
        entry.isDir = e.name.isDir;
        entry.compressedSize = qint64(e.compressedSize);
        entry.crc = e.crc;
        report.entries.append(std::move(entry));
        claimedSizes.push_back(qint64(qMin<quint64>(e.uncompressedSize, quint64(LLONG_MAX))));
        return Result<void>();
    });
    if (!listed)
        return listed.error();
    if (Result<void> rooted = chooseRoot(a, report); !rooted)
        return rooted.error();

    // Second pass: every byte, counted and checked. Inflating is most of the time an inspection
    // takes, so a big archive on disk is read by two threads, each with its own handle and a
    // share of the entries; their findings are combined below as one pass would have made them.
    const int workers = device || a.size() < ParallelFromBytes ? 1 : ParallelWorkers;
    const QString manifestPath = report.root.isEmpty()
                                     ? QStringLiteral("plugin.json")
                                     : report.root + QStringLiteral("/plugin.json");
    std::vector<SliceResult> slices(static_cast<size_t>(workers));
    // Shares by the sizes the headers claim (lying only unbalances the work): each entry goes
    // to the thread with the least to do so far.
    std::vector<int> owners(claimedSizes.size(), 0);
    if (workers > 1) {
        std::vector<qint64> load(size_t(workers), 0);
        for (size_t i = 0; i < claimedSizes.size(); ++i) {
            const auto least = std::min_element(load.begin(), load.end());
            owners[i] = int(least - load.begin());
            *least +=
                qMax<qint64>(claimedSizes[i], report.entries.at(qsizetype(i)).compressedSize) +
                4096;
        }
    }
    ZipEntry *entries = report.entries.data();
    const qsizetype entryCount = report.entries.size();
    const auto readSlice = [&](int worker, ZipArchive &archive) {
        SliceResult &out = slices[size_t(worker)];
        out.budget.maxTotal = limits.maxTotalBytes;
        out.budget.ratio = &limits;
        // A share of the entries says nothing about the whole archive's ratio: that is checked
        // on the sums. Each entry's own ratio is still checked as it is read.
        out.budget.archiveRatio = workers == 1;
        out.budget.checkOverlap = true;
        qsizetype index = 0;
        out.result = archive.forEachEntry(limits.maxEntries, [&](const ZipRecord &e) {
            return readEntry(archive, e, index++, worker, owners, entries, entryCount, manifestPath,
                             out);
        });
        if (!out.result)
            out.errorIndex = index - 1;
    };
    if (workers == 1) {
        readSlice(0, a);
    } else {
        std::vector<std::thread> threads;
        std::vector<std::unique_ptr<ZipArchive>> archives;
        for (int w = 1; w < workers; ++w) {
            archives.push_back(std::make_unique<ZipArchive>());
            ZipArchive *archive = archives.back().get();
            threads.emplace_back([&, w, archive] {
                if (Result<void> opened = archive->open(path, nullptr, zipName); !opened)
                    slices[size_t(w)].result = opened.error();
                else
                    readSlice(w, *archive);
            });
        }
        readSlice(0, a);
        for (std::thread &t : threads)
            t.join();
    }
    if (Result<void> combined = combine(a, slices, limits, report); !combined)
        return combined.error();
    bool manifestFound = false;
    qint64 manifestSize = 0;
    QByteArray manifestBytes;
    for (const SliceResult &slice : slices) {
        if (slice.manifestFound) {
            manifestFound = true;
            manifestSize = slice.manifestSize;
            manifestBytes = slice.manifestBytes;
        }
    }

    report.manifest = manifestFrom(manifestFound, manifestBytes, manifestSize);
    report.imports = importsOf(report, slices);
    const QString base = report.root.isEmpty()
                             ? zipName
                             : report.root.mid(report.root.lastIndexOf(QLatin1Char('/')) + 1);
    report.folderName = ZipPath::suggestFolderName(base);
    report.key = PluginKey::fromFolderName(report.folderName);
    return report;
}

} // namespace

Result<ZipReport> ZipInspector::inspect(const QString &zipPath, const ZipLimits &limits)
{
    return run(zipPath, nullptr, QFileInfo(zipPath).fileName(), limits);
}

Result<ZipReport> ZipInspector::inspect(QIODevice *device, const QString &zipName,
                                        const ZipLimits &limits)
{
    return run(QString(), device, zipName, limits);
}

Result<void> ZipInspector::replay(const ZipReport &report, Sink &sink, QIODevice *device)
{
    ZipArchive a;
    if (Result<void> opened = a.open(report.zipPath, device, report.zipName); !opened)
        return opened.error();
    const Error changed = Error::make(
        ErrorCode::InvalidInput,
        Text::tr("\"%1\" changed after it was inspected; inspect it again.").arg(report.zipName));
    const QString prefix = report.root.isEmpty() ? QString() : report.root + QLatin1Char('/');
    ZipArchive::Budget budget;
    budget.maxTotal = report.totalBytes;
    qsizetype index = 0;
    // One entry more than the report means "changed"; many more, "too many".
    const int maxEntries = qMax(int(report.entries.size()) + 1, ZipLimits().maxEntries);
    Result<void> done = a.forEachEntry(maxEntries, [&](const ZipRecord &e) -> Result<void> {
        if (index >= report.entries.size())
            return changed;
        const ZipEntry &expected = report.entries.at(index++);
        if (e.name.path != expected.name || e.name.isDir != expected.isDir ||
            e.crc != expected.crc || qint64(e.compressedSize) != expected.compressedSize ||
            (!e.name.isDir && qint64(e.uncompressedSize) != expected.size)) {
            return changed;
        }
        if (!expected.underRoot)
            return {};
        if (!e.name.path.startsWith(prefix) || ZipPath::isIgnored(e.name.path))
            return Error::make(ErrorCode::Internal, Text::tr("The import report does not match its "
                                                             "archive."));
        const QString relative = e.name.path.mid(prefix.size());
        if (e.name.isDir)
            return sink.makeDir(relative);
        if (Result<void> begun = sink.beginFile(relative); !begun)
            return begun;
        if (Result<void> data = a.read(
                e, budget, [&](const char *bytes, qint64 size) { return sink.write(bytes, size); });
            !data) {
            return data;
        }
        return sink.endFile();
    });
    if (!done)
        return done.error();
    if (index != report.entries.size())
        return changed;
    return {};
}

} // namespace plugboard
