// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the multipart/form-data parser of the REST import endpoint. The first line
// of the input is the Content-Type header, the rest the body. Properties: never crash, hang or
// leak; every accepted body yields parts whose data lies within the body, and at most the
// limit's number of parts.
#include "api/multipartparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const plugboard::Result<QByteArray> boundary = plugboard::Multipart::boundaryFrom(header);
    if (!boundary)
        return 0;
    const plugboard::MultipartLimits limits;
    const auto parts = plugboard::Multipart::parse(body, boundary.value(), limits);
    if (!parts)
        return 0;
    qsizetype total = 0;
    for (const plugboard::MultipartPart &part : parts.value()) {
        if (part.name.isEmpty() || !body.contains(part.data))
            std::abort();
        total += part.data.size();
    }
    if (parts.value().size() > limits.maxParts || total > body.size())
        std::abort();
    return 0;
}
