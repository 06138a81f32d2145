// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "install/ziplimits.h"
#include "manifest/pluginmanifest.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace plugboard {

struct ZipEntry {
    QString name;    // normalised: '/' separators, no trailing '/'
    qint64 size = 0; // uncompressed bytes, counted by reading (equal to the header's once read)
    qint64 compressedSize = 0;
    quint32 crc = 0;
    bool isDir = false;
    bool underRoot = false; // part of the plugin: extracted on install
};

// Everything the preview shows and the installer needs; made by reading the whole archive once.
struct ZipReport {
    QString zipPath;         // empty when inspected from a device
    QString zipName;         // file name for sentences and the flat-zip folder name
    QList<ZipEntry> entries; // in archive order, outside the root included
    qint64 totalBytes = 0;   // all entries
    int fileCount = 0;       // all file entries
    qint64 installBytes = 0; // what lands in the plugin folder
    int installFileCount = 0;
    QString root;            // zip-internal folder of the plugin, "" for a flat zip
    QString entryFile;       // "plugin.py" or "__init__.py"
    QString folderName;      // suggested; the user may change it (ZipPath::checkFolderName)
    QString key;             // PluginKey::fromFolderName(folderName)
    PluginManifest manifest; // from <root>/plugin.json; legacy with a reason when unusable
    QStringList binaries;    // entries under the root that are compiled code
    // Top-level modules its Python files import (ImportScan), in archive order, without the
    // plugin's own modules: what the preview checks against Dispatcharr's server and the host.
    QStringList imports;
};

// Reads a plugin zip completely and writes nothing: every name is checked, every byte is
// decompressed, counted and checked against its CRC, and the plugin root is chosen. Either the
// archive is fit to install or the answer is an InvalidInput error naming the entry at fault.
//
// Rules beyond ZipPath's name checks: refused are more than maxEntries entries; more than
// maxTotalBytes once decompressed (reading stops at the cap); a ratio above maxRatio; symbolic
// links, devices, pipes, sockets and Windows reparse points; encrypted entries; compression
// methods other than stored and deflate; duplicate names, names equal after case folding and
// NFC, and a name that is both a file and a folder; entries whose data overlap or run past the
// end of the archive; sizes or CRCs that disagree with the data; folder entries holding data.
//
// The root is the shallowest folder holding plugin.py or __init__.py (ignoring __MACOSX/ and
// .DS_Store). At that depth folders with plugin.py are preferred over packages (a repository's
// tests/__init__.py beside the plugin folder is not a second plugin); two candidates of the same
// kind are refused, naming both. Entries outside the root (a repository's README beside the
// plugin folder) are listed but not installed; __MACOSX/ and .DS_Store never are.
class ZipInspector {
public:
    static Result<ZipReport> inspect(const QString &zipPath, const ZipLimits &limits = {});
    // The same for an archive already in memory or open elsewhere; `zipName` stands in for the
    // file name. The device must be random-access.
    static Result<ZipReport> inspect(QIODevice *device, const QString &zipName,
                                     const ZipLimits &limits = {});

    // Receives the plugin's part of the archive during the installer's second pass.
    class Sink {
    public:
        virtual ~Sink() = default;
        virtual Result<void> makeDir(const QString &relativePath) = 0;
        virtual Result<void> beginFile(const QString &relativePath) = 0;
        virtual Result<void> write(const char *data, qint64 size) = 0;
        virtual Result<void> endFile() = 0;
    };

    // Reads the archive of `report` again (report.zipPath, or `device` when given) and hands
    // every entry under the root to `sink`, paths relative to the root. Each name is validated
    // again and must match the report, as must each entry's size, CRC and data; an archive that
    // changed since inspection is refused rather than trusted.
    static Result<void> replay(const ZipReport &report, Sink &sink, QIODevice *device = nullptr);
};

} // namespace plugboard
