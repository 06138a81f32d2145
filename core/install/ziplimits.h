// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace plugboard {

// What an archive may hold before it is refused (SPEC §10).
struct ZipLimits {
    int maxEntries = 2000;
    qint64 maxTotalBytes = 200LL * 1024 * 1024; // uncompressed, counted while reading
    // Uncompressed : compressed, per entry and for the whole archive. Checked only once more
    // than ratioFloorBytes came out, so small, very repetitive text files never trip it; a
    // zip bomb does, after at most about ratioFloorBytes + maxRatio × its own size.
    qint64 maxRatio = 100;
    qint64 ratioFloorBytes = 1024 * 1024;
};

} // namespace plugboard
