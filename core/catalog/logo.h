// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace plugboard {

// A plugin's logo.png as found on disk. The content type comes from the bytes, not the name:
// real plugins ship JPEGs called logo.png.
struct LogoInfo {
    QString path;
    QByteArray mimeType; // "image/png", "image/jpeg", …; empty = no usable logo
    qint64 size = 0;

    bool isValid() const { return !mimeType.isEmpty(); }
};

struct LogoProbe {
    LogoInfo logo;
    std::optional<Diagnostic> problem;
};

namespace Logo {

constexpr qint64 MaxBytes = 2 * 1024 * 1024;

// Image type from the first bytes of a file; empty when not a supported image.
QByteArray sniffMimeType(const QByteArray &head);

// Looks for <folder>/logo.png. No file → empty probe without a problem.
LogoProbe probe(const QString &folderPath);

} // namespace Logo
} // namespace plugboard
