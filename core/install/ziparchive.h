// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "install/ziplimits.h"
#include "install/zippath.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QIODevice;
class QuaZip;

namespace plugboard {

// One central directory record, already checked (see ZipArchive::forEachEntry).
struct ZipRecord {
    ZipPath::Name name;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0; // what the header claims; reading counts for itself
    quint32 crc = 0;
};

// A zip archive open for reading: the low level shared by ZipInspector's two passes. minizip is
// driven through QuaZip's handle rather than QuaZipFile: the raw name bytes are needed (QuaZip
// decodes them lossily), so are exact error codes, and it saves a copy per read. Refusals are
// InvalidInput errors reading "<zip> cannot be imported: <reason naming the entry>".
class ZipArchive {
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Opens `path`, or `device` when given; `name` is the zip's name in sentences.
    Result<void> open(const QString &path, QIODevice *device, const QString &name);
    qint64 size() const { return m_size; } // of the archive, once open

    // Calls `visit` for each record in archive order, at most maxEntries of them. Before the
    // visit each name passes ZipPath::decode and ZipPath::normalise, and the entry is refused
    // when it is a symbolic link (Unix mode or Windows reparse point), a device, pipe or socket,
    // encrypted, compressed with anything but stored or deflate, or a folder holding data.
    Result<void> forEachEntry(int maxEntries,
                              const std::function<Result<void>(const ZipRecord &)> &visit);

    // What reading may still produce. The inspector's pass also enforces the ratio and keeps
    // the data ranges seen (entries sharing bytes are the shape of an overlap zip bomb); the
    // installer's pass is bounded by the sizes the first one counted.
    struct Budget {
        qint64 maxTotal = 0;
        const ZipLimits *ratio = nullptr;
        bool checkOverlap = false;
        bool archiveRatio = true; // off when reading a share of the entries (see ZipInspector)
        qint64 total = 0;
        qint64 compressedTotal = 0;
        std::map<quint64, std::pair<quint64, QString>> ranges; // start → end, entry name
    };

    // Decompresses the entry `forEachEntry` is visiting in 64 KiB chunks, handing each to
    // `chunk`, counting every byte against `budget` and checking size and CRC at the end.
    Result<void> read(const ZipRecord &record, Budget &budget,
                      const std::function<Result<void>(const char *, qint64)> &chunk);

    Error refuse(const QString &entry, const QString &reason) const;
    Error refuse(const Error &reason) const;

private:
    class Source;
    Result<ZipRecord> current();
    Result<void> claimRange(const ZipRecord &record, Budget &budget, quint64 start) const;
    Error damaged(const QString &entry, const QString &what) const;

    std::unique_ptr<Source> m_source;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_size = 0;
    QString m_name;
    QByteArray m_nameBuffer;
    QByteArray m_chunk;
};

} // namespace plugboard
