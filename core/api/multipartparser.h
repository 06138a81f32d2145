// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>

namespace plugboard {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart {
    QByteArray name;     // the form field name
    QByteArray filename; // as sent; meaningful only when hasFilename
    bool hasFilename = false;
    QByteArray contentType; // empty when the part gave none
    QByteArray data;
};

struct MultipartLimits {
    int maxParts = 16;
    int maxHeaderBytes = 8 * 1024; // per part, all header lines together
};

// A small, strict multipart/form-data parser for the REST import endpoint (QHttpServer has
// none). Strict means: CRLF line ends only, the body starts with the first delimiter (a
// preamble is refused, an epilogue after the close delimiter is ignored as RFC 2046 says), every
// part has a Content-Disposition of type form-data with a name, and the close delimiter must
// be there — a truncated upload is an error, never a shorter file. Errors are InvalidInput with
// a sentence for the client.
namespace Multipart {

// The boundary from a Content-Type header value such as
// `multipart/form-data; boundary="----x"`; checked against RFC 2046 (1–70 characters of its
// alphabet, not ending in a space).
Result<QByteArray> boundaryFrom(const QByteArray &contentType);

Result<QList<MultipartPart>> parse(const QByteArray &body, const QByteArray &boundary,
                                   const MultipartLimits &limits = {});

// A form field holding a yes/no: exactly "true"/"false" or "1"/"0" (so "false" is false).
Result<bool> parseBool(const QByteArray &field, const QByteArray &value);

} // namespace Multipart
} // namespace plugboard
