#include "install/zipinspector.h"

#include "catalog/pluginkey.h"
#include "install/zippath.h"
#include "manifest/manifestreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/unzip.h>

#include <climits>
#include <map>
#include <memory>

namespace plugboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ZipInspector", text);
}

constexpr qint64 ChunkBytes = 64 * 1024;

// Unix file type in the high 16 bits of the external attributes; DOS attributes in the low ones.
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixFile = 0100000;
constexpr quint32 UnixDir = 0040000;
constexpr quint32 UnixLink = 0120000;
constexpr quint32 DosDirectory = 0x10;
constexpr quint32 DosReparsePoint = 0x400; // Windows symbolic links and junctions
constexpr uLong FlagEncrypted = 0x1;
constexpr uLong FlagUtf8 = 0x800;

// An archive open for reading. minizip is driven directly (QuaZip's own handle) rather than
// through QuaZipFile: the raw name bytes are needed (QuaZip decodes them lossily) and so are
// exact error codes, and it saves a copy through QIODevice's buffer.
struct Archive {
    QFile file;
    QIODevice *device = nullptr;
    qint64 size = 0;
    std::unique_ptr<QuaZip> zip;
    QString name;
    QByteArray nameBuffer = QByteArray(65536, Qt::Uninitialized);
    QByteArray chunk = QByteArray(ChunkBytes, Qt::Uninitialized);

    unzFile handle() const { return zip->getUnzFile(); }
};

// One central directory record, checked.
struct RawEntry {
    ZipPath::Name name;
    unz_file_info64 info{};
};

Error refuse(const QString &zipName, const QString &entry, const QString &reason)
{
    return Error::make(ErrorCode::InvalidInput,
                       tr("\"%1\" cannot be imported: %2").arg(zipName, reason),
                       {FieldError{entry, reason}});
}

Error refuse(const QString &zipName, const Error &reason)
{
    return Error::make(ErrorCode::InvalidInput,
                       tr("\"%1\" cannot be imported: %2").arg(zipName, reason.message),
                       reason.fieldErrors);
}

Error damaged(const Archive &a, const QString &entry, const QString &what)
{
    return refuse(a.name, entry,
                  tr("the entry \"%1\" is damaged (%2).").arg(ZipPath::printable(entry), what));
}

Result<void> open(Archive &a, const QString &path, QIODevice *device, const QString &name)
{
    a.name = name;
    if (device) {
        a.device = device;
    } else {
        a.file.setFileName(path);
        if (!a.file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return Error::make(ErrorCode::Io,
                               tr("Could not open \"%1\": %2.").arg(path, a.file.errorString()));
        }
        a.device = &a.file;
    }
    a.size = a.device->size();
    a.zip = std::make_unique<QuaZip>(a.device);
    if (!a.zip->open(QuaZip::mdUnzip)) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("\"%1\" cannot be imported: it is not a zip archive, or it is "
                              "damaged.")
                               .arg(name));
    }
    return {};
}

// Reads and checks the current central directory record.
Result<RawEntry> current(Archive &a)
{
    RawEntry e;
    if (unzGetCurrentFileInfo64(a.handle(), &e.info, a.nameBuffer.data(),
                                uLong(a.nameBuffer.size()), nullptr, 0, nullptr, 0) != UNZ_OK) {
        return Error::make(
            ErrorCode::InvalidInput,
            tr("\"%1\" cannot be imported: its table of contents is damaged.").arg(a.name));
    }
    const QByteArray raw(a.nameBuffer.constData(),
                         qsizetype(qMin<uLong>(e.info.size_filename, uLong(a.nameBuffer.size()))));
    Result<QString> text = ZipPath::decode(raw, e.info.flag & FlagUtf8);
    if (!text)
        return refuse(a.name, text.error());
    Result<ZipPath::Name> name = ZipPath::normalise(text.value());
    if (!name)
        return refuse(a.name, name.error());
    e.name = std::move(name).value();
    const QString shown = ZipPath::printable(e.name.path);

    const quint32 unixType = (e.info.external_fa >> 16) & UnixTypeMask;
    if (unixType == UnixLink || (e.info.external_fa & DosReparsePoint)) {
        return refuse(a.name, shown,
                      tr("the entry \"%1\" is a symbolic link; a link could point outside the "
                         "plugin folder, so Plugboard does not install them.")
                          .arg(shown));
    }
    if (unixType != 0 && unixType != UnixFile && unixType != UnixDir) {
        return refuse(
            a.name, shown,
            tr("the entry \"%1\" is a device, pipe or socket, not a file or folder.").arg(shown));
    }
    e.name.isDir = e.name.isDir || unixType == UnixDir || (e.info.external_fa & DosDirectory);
    if (e.info.flag & FlagEncrypted) {
        return refuse(a.name, shown,
                      tr("the entry \"%1\" is encrypted, so Plugboard cannot check it; make the "
                         "zip again without a password.")
                          .arg(shown));
    }
    if (e.name.isDir) {
        if (e.info.uncompressed_size != 0) {
            return refuse(a.name, shown,
                          tr("the entry \"%1\" is a folder but holds data.").arg(shown));
        }
    } else if (e.info.compression_method != 0 && e.info.compression_method != Z_DEFLATED) {
        return refuse(a.name, shown,
                      tr("the entry \"%1\" uses compression method %2, which Plugboard cannot "
                         "read; make the zip again with ordinary (deflate) compression.")
                          .arg(shown)
                          .arg(e.info.compression_method));
    }
    return e;
}

// Calls `visit` for each entry in archive order; at most `maxEntries` of them.
template<typename Visit> Result<void> forEachEntry(Archive &a, int maxEntries, Visit &&visit)
{
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(a.handle(), &global) != UNZ_OK)
        return refuse(a.name, QString(), tr("its table of contents is damaged."));
    if (global.number_entry == 0)
        return {};
    if (global.number_entry > ZPOS64_T(maxEntries)) {
        return refuse(a.name, QString(),
                      tr("it holds %1 entries, more than the %2 a plugin may have.")
                          .arg(global.number_entry)
                          .arg(maxEntries));
    }
    int count = 0;
    for (bool more = a.zip->goToFirstFile(); more; more = a.zip->goToNextFile()) {
        if (++count > maxEntries) {
            return refuse(
                a.name, QString(),
                tr("it holds more than the %1 entries a plugin may have.").arg(maxEntries));
        }
        Result<RawEntry> entry = current(a);
        if (!entry)
            return entry.error();
        if (Result<void> r = visit(entry.value()); !r)
            return r;
    }
    if (a.zip->getZipError() != UNZ_OK)
        return refuse(a.name, QString(), tr("its table of contents is damaged."));
    return {};
}

// What reading may still produce. The first pass also enforces the ratio; the second pass is
// bounded by the sizes the first one counted.
struct Budget {
    qint64 maxTotal = 0;
    const ZipLimits *ratio = nullptr;
    qint64 total = 0;
    qint64 compressedTotal = 0;
    // Data ranges already read (start → end, entry name): entries sharing bytes are the shape of
    // a non-recursive zip bomb. Only kept in the first pass.
    std::map<quint64, std::pair<quint64, QString>> *ranges = nullptr;
};

Result<void> claimRange(Archive &a, const RawEntry &e, Budget &budget, quint64 start)
{
    const QString shown = ZipPath::printable(e.name.path);
    const quint64 length = e.info.compressed_size;
    if (start > quint64(a.size) || length > quint64(a.size) - start)
        return damaged(a, e.name.path, tr("its data runs past the end of the archive"));
    if (!budget.ranges || length == 0)
        return {};
    auto &ranges = *budget.ranges;
    const quint64 end = start + length;
    auto next = ranges.lower_bound(start);
    const std::pair<quint64, QString> *other = nullptr;
    if (next != ranges.end() && next->first < end)
        other = &next->second;
    if (!other && next != ranges.begin() && std::prev(next)->second.first > start)
        other = &std::prev(next)->second;
    if (other) {
        return refuse(a.name, shown,
                      tr("the entries \"%1\" and \"%2\" share the same data, a shape only zip "
                         "bombs have.")
                          .arg(ZipPath::printable(other->second), shown));
    }
    ranges.emplace(start, std::make_pair(end, e.name.path));
    return {};
}

// Decompresses the current entry in chunks, counting every byte and checking the limits as it
// goes; `chunk(data, size)` sees each piece. minizip never yields more than the header's size,
// and checks the CRC on close only when exactly that many bytes came out — so the count is
// compared first and the CRC verdict is then complete.
template<typename Chunk>
Result<void> readData(Archive &a, const RawEntry &e, Budget &budget, Chunk &&chunk)
{
    const QString shown = ZipPath::printable(e.name.path);
    if (unzOpenCurrentFile(a.handle()) != UNZ_OK)
        return damaged(a, e.name.path, tr("it cannot be opened"));
    const auto closeWith = [&](Error error) {
        unzCloseCurrentFile(a.handle());
        return error;
    };
    if (Result<void> r = claimRange(a, e, budget, unzGetCurrentFileZStreamPos64(a.handle())); !r)
        return closeWith(r.error());
    const qint64 compressed = qint64(e.info.compressed_size);
    budget.compressedTotal += compressed;
    qint64 count = 0;
    for (;;) {
        const int n = unzReadCurrentFile(a.handle(), a.chunk.data(), unsigned(a.chunk.size()));
        if (n < 0)
            return closeWith(damaged(a, e.name.path, tr("its data cannot be decompressed")));
        if (n == 0)
            break;
        count += n;
        budget.total += n;
        if (budget.total > budget.maxTotal) {
            return closeWith(refuse(a.name, shown,
                                    tr("it decompresses to more than %1 MiB (reading stopped at "
                                       "\"%2\").")
                                        .arg(budget.maxTotal / (1024 * 1024))
                                        .arg(shown)));
        }
        if (const ZipLimits *r = budget.ratio) {
            const bool entryBomb =
                count > r->ratioFloorBytes && count > r->maxRatio * qMax<qint64>(compressed, 1);
            const bool archiveBomb = budget.total > r->ratioFloorBytes &&
                                     budget.total > r->maxRatio * budget.compressedTotal;
            if (entryBomb || archiveBomb) {
                return closeWith(
                    refuse(a.name, shown,
                           tr("it expands more than %1 times (noticed at \"%2\"), which is how zip "
                              "bombs look.")
                               .arg(r->maxRatio)
                               .arg(shown)));
            }
        }
        if (Result<void> r = chunk(a.chunk.constData(), qint64(n)); !r)
            return closeWith(r.error());
    }
    if (quint64(count) != e.info.uncompressed_size) {
        return closeWith(damaged(a, e.name.path,
                                 tr("its header says %1 bytes, its data holds %2")
                                     .arg(e.info.uncompressed_size)
                                     .arg(count)));
    }
    const int closed = unzCloseCurrentFile(a.handle());
    if (closed == UNZ_CRCERROR)
        return damaged(a, e.name.path, tr("its checksum does not match its data"));
    if (closed != UNZ_OK)
        return damaged(a, e.name.path, tr("it cannot be read to the end"));
    return {};
}

} // namespace

namespace {

// The shallowest folder holding plugin.py or __init__.py; see the class comment.
Result<void> chooseRoot(const Archive &a, ZipReport &report)
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
        return refuse(a.name, QString(),
                      tr("it holds no plugin.py and no __init__.py, so it is not a plugin."));
    }
    QStringList &roots = pluginDirs.isEmpty() ? packageDirs : pluginDirs;
    roots.sort();
    if (roots.size() > 1) {
        return refuse(a.name, roots.at(1),
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
    Archive a;
    if (Result<void> opened = open(a, path, device, zipName); !opened)
        return opened.error();
    ZipReport report;
    report.zipPath = device ? QString() : QFileInfo(path).absoluteFilePath();
    report.zipName = zipName;

    // First pass, the central directory only: names, kinds, collisions. Cheap refusals first.
    ZipPath::NameSet names;
    Result<void> listed = forEachEntry(a, limits.maxEntries, [&](RawEntry &e) -> Result<void> {
        if (Result<void> added = names.add(e.name); !added)
            return refuse(a.name, added.error());
        ZipEntry entry;
        entry.name = e.name.path;
        entry.isDir = e.name.isDir;
        entry.compressedSize = qint64(e.info.compressed_size);
        entry.crc = quint32(e.info.crc);
        report.entries.append(std::move(entry));
        return {};
    });
    if (!listed)
        return listed.error();
    if (Result<void> rooted = chooseRoot(a, report); !rooted)
        return rooted.error();

    // Second pass: every byte, counted and checked.
    std::map<quint64, std::pair<quint64, QString>> ranges;
    Budget budget;
    budget.maxTotal = limits.maxTotalBytes;
    budget.ratio = &limits;
    budget.ranges = &ranges;
    const QString manifestPath = report.root.isEmpty()
                                     ? QStringLiteral("plugin.json")
                                     : report.root + QStringLiteral("/plugin.json");
    bool manifestFound = false;
    qint64 manifestSize = 0;
    QByteArray manifestBytes;
    qsizetype index = 0;
    Result<void> read = forEachEntry(a, limits.maxEntries, [&](RawEntry &e) -> Result<void> {
        if (index >= report.entries.size() || report.entries.at(index).name != e.name.path)
            return refuse(a.name, QString(), tr("its table of contents is damaged."));
        ZipEntry &entry = report.entries[index++];
        if (entry.isDir)
            return {};
        const bool isManifest = entry.name == manifestPath;
        bool compiled = entry.underRoot && ZipPath::isCompiledByName(entry.name);
        bool first = true;
        qint64 counted = 0;
        Result<void> data =
            readData(a, e, budget, [&](const char *bytes, qint64 size) -> Result<void> {
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
    Archive a;
    if (Result<void> opened = open(a, report.zipPath, device, report.zipName); !opened)
        return opened.error();
    const Error changed = Error::make(
        ErrorCode::InvalidInput,
        tr("\"%1\" changed after it was inspected; inspect it again.").arg(report.zipName));
    const QString prefix = report.root.isEmpty() ? QString() : report.root + QLatin1Char('/');
    Budget budget;
    budget.maxTotal = report.totalBytes;
    qsizetype index = 0;
    const int maxEntries = int(report.entries.size()) + 1; // one more means "changed"
    Result<void> done = forEachEntry(a, maxEntries, [&](RawEntry &e) -> Result<void> {
        if (index >= report.entries.size())
            return changed;
        const ZipEntry &expected = report.entries.at(index++);
        if (e.name.path != expected.name || e.name.isDir != expected.isDir ||
            e.info.crc != expected.crc ||
            qint64(e.info.compressed_size) != expected.compressedSize ||
            (!e.name.isDir && qint64(e.info.uncompressed_size) != expected.size)) {
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
        if (Result<void> data =
                readData(a, e, budget,
                         [&](const char *bytes, qint64 size) { return sink.write(bytes, size); });
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
