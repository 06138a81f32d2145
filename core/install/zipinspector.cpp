#include "install/zipinspector.h"

#include "catalog/pluginkey.h"
#include "install/ziparchive.h"
#include "install/zippath.h"
#include "manifest/manifestreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <climits>

namespace plugboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ZipInspector", text);
}

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
        return a.refuse(QString(),
                        tr("it holds no plugin.py and no __init__.py, so it is not a plugin."));
    }
    QStringList &roots = pluginDirs.isEmpty() ? packageDirs : pluginDirs;
    roots.sort();
    if (roots.size() > 1) {
        return a.refuse(roots.at(1),
                        tr("it holds more than one plugin at the same level (\"%1\" and \"%2\"); "
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
            source, tr("The zip has no plugin.json beside the plugin's code: the plugin will be "
                       "listed as legacy.")));
    } else if (size > ManifestReader::MaxManifestBytes) {
        manifest.diagnostics.append(Diagnostic::error(
            source, tr("plugin.json is %1 bytes, more than the %2 bytes Plugboard reads; the "
                       "plugin will be listed as legacy.")
                        .arg(size)
                        .arg(ManifestReader::MaxManifestBytes)));
    } else {
        manifest = ManifestReader::parse(bytes);
    }
    return manifest;
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
    Result<void> listed = a.forEachEntry(limits.maxEntries, [&](const ZipRecord &e) {
        if (Result<void> added = names.add(e.name); !added)
            return Result<void>(a.refuse(added.error()));
        ZipEntry entry;
        entry.name = e.name.path;
        entry.isDir = e.name.isDir;
        entry.compressedSize = qint64(e.compressedSize);
        entry.crc = e.crc;
        report.entries.append(std::move(entry));
        return Result<void>();
    });
    if (!listed)
        return listed.error();
    if (Result<void> rooted = chooseRoot(a, report); !rooted)
        return rooted.error();

    // Second pass: every byte, counted and checked.
    ZipArchive::Budget budget;
    budget.maxTotal = limits.maxTotalBytes;
    budget.ratio = &limits;
    budget.checkOverlap = true;
    const QString manifestPath = report.root.isEmpty()
                                     ? QStringLiteral("plugin.json")
                                     : report.root + QStringLiteral("/plugin.json");
    bool manifestFound = false;
    qint64 manifestSize = 0;
    QByteArray manifestBytes;
    qsizetype index = 0;
    Result<void> read = a.forEachEntry(limits.maxEntries, [&](const ZipRecord &e) -> Result<void> {
        if (index >= report.entries.size() || report.entries.at(index).name != e.name.path)
            return a.refuse(QString(), tr("its table of contents is damaged."));
        ZipEntry &entry = report.entries[index++];
        if (entry.isDir)
            return {};
        const bool isManifest = entry.name == manifestPath;
        bool compiled = entry.underRoot && ZipPath::isCompiledByName(entry.name);
        bool first = true;
        qint64 counted = 0;
        Result<void> data = a.read(e, budget, [&](const char *bytes, qint64 size) -> Result<void> {
            if (first && entry.underRoot && !compiled)
                compiled = ZipPath::isCompiledByMagic(bytes, size);
            first = false;
            if (isManifest && counted <= ManifestReader::MaxManifestBytes)
                manifestBytes.append(bytes, qsizetype(size));
            counted += size;
            return {};
        });
        if (!data)
            return data;
        entry.size = counted;
        ++report.fileCount;
        report.totalBytes += counted;
        if (entry.underRoot) {
            ++report.installFileCount;
            report.installBytes += counted;
            if (compiled)
                report.binaries.append(entry.name);
        }
        if (isManifest) {
            manifestFound = true;
            manifestSize = counted;
        }
        return {};
    });
    if (!read)
        return read.error();

    report.manifest = manifestFrom(manifestFound, manifestBytes, manifestSize);
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
        tr("\"%1\" changed after it was inspected; inspect it again.").arg(report.zipName));
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
            return Error::make(ErrorCode::Internal, tr("The import report does not match its "
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
