// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprotocol/hostframes.h"

#include <QCoreApplication>

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace plugboard::HostProtocol {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostProtocol)
};

const QString TypeKey = QStringLiteral("t");
const QString IdKey = QStringLiteral("i");
const QString BodyKey = QStringLiteral("b");

bool validType(const QString &type)
{
    if (type.isEmpty() || type.size() > MaxTypeLength)
        return false;
    for (const QChar c : type) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray encode(const Message &message)
{
    QCborMap map;
    map.insert(TypeKey, message.type);
    if (message.id != 0)
        map.insert(IdKey, message.id);
    if (!message.body.isEmpty())
        map.insert(BodyKey, message.body);
    const QByteArray payload = map.toCborValue().toCbor();
    QByteArray frame(HeaderBytes, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), frame.data());
    return frame + payload;
}

FrameReader::FrameReader(qsizetype maxFrameBytes)
    : m_max(maxFrameBytes)
{}

void FrameReader::append(QByteArrayView bytes)
{
    if (hasFailed() || bytes.isEmpty())
        return;
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    m_buffer.append(bytes);
    // A header that announces too much is refused at once, before its payload is buffered.
    if (buffered() >= HeaderBytes) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
        if (qsizetype(length) > m_max)
            fail(Text::tr("the plugin's process sent a frame of %1 bytes, over the limit of %2")
                     .arg(length)
                     .arg(m_max));
    }
}

void FrameReader::fail(const QString &sentence)
{
    if (m_error.isEmpty())
        m_error = sentence;
    m_buffer.clear();
    m_offset = 0;
}

std::optional<Message> FrameReader::next()
{
    if (hasFailed() || buffered() < HeaderBytes)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0) {
        fail(Text::tr("the plugin's process sent an empty frame"));
        return std::nullopt;
    }
    if (qsizetype(length) > m_max) {
        fail(Text::tr("the plugin's process sent a frame of %1 bytes, over the limit of %2")
                 .arg(length)
                 .arg(m_max));
        return std::nullopt;
    }
    if (buffered() < HeaderBytes + qsizetype(length))
        return std::nullopt;
    const QByteArrayView payload(m_buffer.constData() + m_offset + HeaderBytes, length);
    std::optional<Message> message = parse(payload);
    if (!message)
        return std::nullopt;
    m_offset += HeaderBytes + length;
    // Keep the buffer from growing: drop what was read once it is most of it.
    if (m_offset > 64 * 1024 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return message;
}

std::optional<Message> FrameReader::parse(QByteArrayView payload)
{
    QCborStreamReader reader(payload.toByteArray());
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        fail(Text::tr("the plugin's process sent a frame that is not valid CBOR (%1)")
                 .arg(reader.lastError().toString()));
        return std::nullopt;
    }
    if (reader.currentOffset() != payload.size()) {
        fail(Text::tr("the plugin's process sent %1 bytes after the message in a frame")
                 .arg(payload.size() - reader.currentOffset()));
        return std::nullopt;
    }
    if (!value.isMap()) {
        fail(Text::tr("the plugin's process sent a frame that is not a message (a CBOR map)"));
        return std::nullopt;
    }
    const QCborMap map = value.toMap();
    Message message;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = it.key().isString() ? it.key().toString() : QString();
        if (key == TypeKey && it.value().isString()) {
            message.type = it.value().toString();
        } else if (key == IdKey && it.value().isInteger() && it.value().toInteger() >= 0) {
            message.id = it.value().toInteger();
        } else if (key == BodyKey && it.value().isMap()) {
            message.body = it.value().toMap();
        } else {
            fail(Text::tr("the plugin's process sent a message with a bad member %1")
                     .arg(key.isEmpty() ? it.key().toDiagnosticNotation()
                                        : QLatin1Char('"') + key.left(40) + QLatin1Char('"')));
            return std::nullopt;
        }
    }
    if (!validType(message.type)) {
        fail(Text::tr("the plugin's process sent a message without a valid type"));
        return std::nullopt;
    }
    return message;
}

} // namespace plugboard::HostProtocol
