// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QString>

#include <optional>

// The messages between Plugboard and a plugin host process (plugboard-host), one per frame on a
// socket pair: a 4-byte big-endian payload length, then the payload, a CBOR map
// {"t": type, "i": request id, "b": body}. A host is untrusted input: FrameReader checks every
// frame before anything reads it, and a stream that broke once is never read again (after a bad
// frame nothing says where the next one starts).
namespace plugboard::HostProtocol {

// Sent in the first message each way ("hello"); a host that speaks another version is refused.
constexpr int Version = 1;
constexpr qsizetype HeaderBytes = 4;
// Large enough for any run's params and result (the REST body limit is far below it), small
// enough that a lying header cannot make Plugboard buffer without end.
constexpr qsizetype DefaultMaxFrameBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxTypeLength = 64;

struct Message {
    QString type;  // lower case letters, digits and '_', 1..MaxTypeLength
    qint64 id = 0; // the request it belongs to; 0 when none
    QCborMap body;
    bool operator==(const Message &) const = default;
};

// The frame for `message` (header and payload).
QByteArray encode(const Message &message);

// Reads frames from a byte stream that arrives in pieces of any size.
class FrameReader {
public:
    explicit FrameReader(qsizetype maxFrameBytes = DefaultMaxFrameBytes);

    // Adds bytes as they arrive. Ignored once the stream broke.
    void append(QByteArrayView bytes);
    // The next whole message; nullopt when more bytes are needed or the stream broke.
    std::optional<Message> next();

    bool hasFailed() const { return !m_error.isEmpty(); }
    // Why the stream broke, as a sentence ("a frame of 2147483647 bytes, over the …").
    const QString &error() const { return m_error; }
    // Bytes held and not yet read (at most one frame and a header).
    qsizetype buffered() const { return m_buffer.size() - m_offset; }

private:
    void fail(const QString &sentence);
    std::optional<Message> parse(QByteArrayView payload);

    qsizetype m_max;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    QString m_error;
};

} // namespace plugboard::HostProtocol
