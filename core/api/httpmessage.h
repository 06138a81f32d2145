// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace plugboard {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The first value of a header (names compared case-insensitively); empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// A request head as the gate sees it before the body arrives: enough to refuse early (401,
// 403, 413) without buffering a body nobody asked for.
struct RequestHead {
    QByteArray text;   // the head as received; header names and values below point into it
    QByteArray method; // as sent ("GET", "POST", …)
    QByteArray target; // request-target as sent: path and query
    HttpHeaders headers;
    qint64 contentLength = 0;
    bool expectContinue = false; // "Expect: 100-continue"
    bool webSocketUpgrade = false;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    // The path without the query, not yet percent-decoded.
    QByteArray rawPath() const;
};

// A complete request, handed to the API once QHttpServer has read its body.
struct HttpRequest {
    QByteArray method;
    QByteArray path; // as sent, still percent-encoded (the router decodes each segment)
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HttpHeaders headers; // extra headers (Allow, WWW-Authenticate…)

    void addHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
    }

    // Status line, headers and body as bytes on the wire; `close` adds "Connection: close".
    QByteArray serialize(bool close) const;
};

// "Not Found" for 404 and so on; "Unknown" for codes we never send.
QByteArray reasonPhrase(int status);

} // namespace plugboard
