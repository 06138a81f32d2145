// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/httpmessage.h"

#include <QByteArrayView>
#include <QString>

namespace plugboard {

// Follows the bytes of one HTTP/1.1 connection request by request: it finds each request head,
// parses it strictly, and then counts the body the head announced, so the next head is found
// where it starts. It never holds a body. The server uses it to judge every request (token,
// origin, size) before the body arrives and before QHttpServer buffers it.
//
// Strict on purpose, because a head two parsers read differently is how requests get smuggled:
// one Content-Length at most, digits only; no Transfer-Encoding (411: send a length); no
// folded header lines; HTTP/1.0 or 1.1; an origin-form target.
class RequestTracker {
public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    enum class Event {
        NeedMore,  // every byte given was consumed; feed more
        HeadReady, // head() holds a complete head; call accept() to follow its body
        Invalid,   // the stream is not HTTP we accept: errorStatus()/errorMessage() say why
    };
    struct Step {
        Event event;
        qsizetype consumed; // bytes of `data` used; feed the rest again
    };

    Step feed(QByteArrayView data);

    const RequestHead &head() const { return m_head; }
    // The request in head() goes ahead: count its body, or after a WebSocket upgrade stop
    // following the connection (it is not HTTP any more).
    void accept();
    bool passThrough() const { return m_state == State::PassThrough; }
    // True between requests (no partial head or body pending).
    bool idle() const { return m_state == State::Head && m_buffer.isEmpty(); }

    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    enum class State { Head, HeadDone, Body, PassThrough, Broken };
    Step fail(int status, const QString &message, qsizetype consumed);
    bool parseHead(QByteArrayView text);

    State m_state = State::Head;
    QByteArray m_buffer; // the head read so far
    qint64 m_bodyLeft = 0;
    RequestHead m_head;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace plugboard
