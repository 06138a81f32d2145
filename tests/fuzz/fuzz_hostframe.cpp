// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the frame reader between Plugboard and a plugin host: arbitrary bytes,
// fed in pieces whose sizes come from the input, must never crash, hang or buffer past the
// limit; every message read must encode and read back to itself.
#include "hostprotocol/hostframes.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace plugboard::HostProtocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    constexpr qsizetype Max = 1 << 16;
    FrameReader reader(Max);
    for (qsizetype at = 0; at < input.size(); at += piece) {
        reader.append(input.sliced(at, qMin(piece, input.size() - at)));
        if (reader.buffered() > Max + HeaderBytes + piece)
            std::abort(); // buffered past the limit
        while (std::optional<Message> m = reader.next()) {
            FrameReader again;
            again.append(encode(*m));
            const std::optional<Message> back = again.next();
            if (!back || !(*back == *m))
                std::abort();
        }
    }
    return 0;
}
