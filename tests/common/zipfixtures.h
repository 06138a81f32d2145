// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "install/zipinspector.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Plugin zips for the import suites: ordinary ones written by QuaZip (as zip tools make them)
// and hostile ones assembled byte by byte, in shapes no well-behaved tool writes.
namespace zipfixtures {

struct Entry {
    QByteArray name; // as stored: '/' or '\' separators, any bytes
    QByteArray data;
    bool deflate = true;

    // Only rawZip() honours the rest.
    quint16 madeBy = (3 << 8) | 30;        // host system Unix, spec version 3.0
    quint32 externalAttr = 0100644u << 16; // Unix mode in the high half
    quint16 flags = 0x800;                 // bit 11: the name is UTF-8
    std::optional<quint16> method;         // default: 8 (deflate) or 0 (stored)
    std::optional<quint32> crc;            // default: the real CRC-32
    std::optional<quint32> compressedSize; // default: the real one
    std::optional<quint32> uncompressedSize;
    // >= 0: no data of its own; the central record points at that earlier entry's local header
    // (the names must have the same length), as overlapping zip bombs do.
    int sharesDataWith = -1;
};

Entry file(const QByteArray &name, const QByteArray &data, bool deflate = true);
Entry dir(const QByteArray &name); // name ends with '/'
Entry symlink(const QByteArray &name, const QByteArray &target);

// plugin.py + plugin.json (+ helper module) under `prefix` ("" or "folder/").
QList<Entry> plugin(const QByteArray &prefix, const QByteArray &name = "Zip Plugin",
                    const QByteArray &version = "1.0.0");

// Written by QuaZip through QuaZipFile; regular files and folders only.
bool writeZip(const QString &path, const QList<Entry> &entries);

// Local headers, data, central directory and end record, by hand.
QByteArray rawZip(const QList<Entry> &entries);
bool writeRawZip(const QString &path, const QList<Entry> &entries);

// Raw deflate (no zlib header), as zip entries hold it.
QByteArray deflateRaw(const QByteArray &data);

// Bytes that do not compress.
QByteArray randomBytes(qsizetype size, quint32 seed = 1);

// Inspects, extracts and commits `zip` into pluginsDir under the suggested folder name, as an
// import does (without replacing).
plugboard::Result<void> import(const QString &zip, const QString &pluginsDir,
                               const plugboard::ZipLimits &limits = {});

// The file's contents as UTF-8; empty when it cannot be read.
QString readText(const QString &path);

// Every path below `root` with its size (folders as "-1"), sorted: equal snapshots mean nothing
// was written, renamed or left behind.
QStringList snapshot(const QString &root);

} // namespace zipfixtures
