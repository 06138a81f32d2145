// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/manifest: plugin.json from disk into a buffer simdjson can parse in place.

#include <QByteArray>
#include <QString>

namespace plugboard::manifestjson {

struct ManifestFile {
    enum class Status { Read, Missing, NotRegular, TooLarge, Unreadable };
    Status status = Status::Missing;
    qint64 size = 0;  // TooLarge: the size found
    QString error;    // Unreadable: the system's reason ("Permission denied")
    QByteArray bytes; // Read: the content, with simdjson's padding (zeroed) behind it
};

// Reads at most maxBytes + 1 bytes: one more than allowed tells a file that grew since it was
// measured. Never blocks on a FIFO and never reads a device: only regular files are read.
ManifestFile readManifestFile(const QString &path, qint64 maxBytes);

} // namespace plugboard::manifestjson
