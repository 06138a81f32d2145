// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/openpgpkey.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QList>
#include <QStringList>

namespace plugboard {
namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

// Packet tags (RFC 4880 §4.3) this file cares about.
constexpr int SecretKeyTag = 5;
constexpr int PublicKeyTag = 6;
constexpr int SecretSubkeyTag = 7;
constexpr int UserIdTag = 13;

QString orDefault(const QString &what)
{
    return what.isEmpty() ? Text::tr("The OpenPGP key") : what;
}

// The CRC-24 of RFC 4880 §6.1, as the armor's "=XXXX" line carries it.
quint32 crc24(const QByteArray &bytes)
{
    quint32 crc = 0xB704CEu;
    for (const char c : bytes) {
        crc ^= quint32(quint8(c)) << 16;
        for (int bit = 0; bit < 8; ++bit) {
            crc <<= 1;
            if (crc & 0x1000000u)
                crc ^= 0x1864CFBu;
        }
    }
    return crc & 0xFFFFFFu;
}

QByteArray lineAt(const QList<QByteArray> &lines, qsizetype i)
{
    return lines.at(i).trimmed(); // drops "\r" of CRLF files and stray spaces
}

bool isArmorHeader(const QByteArray &line)
{
    // "Version: …", "Comment: …"; base64 never holds a colon.
    return line.contains(':');
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// The dotted form of a DER object identifier, for curves this file does not name.
QString dottedOid(const QByteArray &oid)
{
    if (oid.isEmpty())
        return {};
    QStringList parts;
    const int first = quint8(oid.at(0));
    parts << QString::number(first / 40) << QString::number(first % 40);
    quint64 value = 0;
    for (qsizetype i = 1; i < oid.size(); ++i) {
        value = (value << 7) | (quint8(oid.at(i)) & 0x7F);
        if (!(quint8(oid.at(i)) & 0x80)) {
            parts << QString::number(value);
            value = 0;
        }
    }
    return parts.join(QLatin1Char('.'));
}

QString curveName(const QByteArray &oid)
{
    struct Curve {
        const char *hex;
        const char *name;
    };
    static constexpr Curve curves[] = {
        {"2b06010401da470f01", "Ed25519"},
        {"2b060104019755010501", "Curve25519"},
        {"2b6571", "Ed448"},
        {"2b656f", "X448"},
        {"2a8648ce3d030107", "NIST P-256"},
        {"2b81040022", "NIST P-384"},
        {"2b81040023", "NIST P-521"},
        {"2b8104000a", "secp256k1"},
        {"2b2403030208010107", "brainpoolP256r1"},
        {"2b240303020801010b", "brainpoolP384r1"},
        {"2b240303020801010d", "brainpoolP512r1"},
    };
    const QByteArray hex = oid.toHex();
    for (const Curve &curve : curves) {
        if (hex == curve.hex)
            return QString::fromLatin1(curve.name);
    }
    return Text::tr("curve %1").arg(dottedOid(oid));
}

// Names the algorithm of a v4 public-key packet body; material starts at offset 6. Empty when
// the body ends before the field that gives the size or curve.
QString algorithmName(const QByteArray &body)
{
    const int algorithm = quint8(body.at(5));
    const auto mpiBits = [&]() -> QString {
        if (body.size() < 8)
            return {};
        return QString::number(bigEndian(body, 6, 2));
    };
    const auto curve = [&]() -> QString {
        if (body.size() < 7)
            return {};
        const int length = quint8(body.at(6));
        if (length == 0 || length == 0xFF || body.size() < 7 + length)
            return {};
        return curveName(body.mid(7, length));
    };
    const auto prefixed = [](const QString &prefix, const QString &detail) {
        return detail.isEmpty() ? QString() : prefix + detail;
    };
    switch (algorithm) {
    case 1:
    case 2:
    case 3:
        return prefixed(QStringLiteral("RSA "), mpiBits());
    case 16:
    case 20:
        return prefixed(QStringLiteral("Elgamal "), mpiBits());
    case 17:
        return prefixed(QStringLiteral("DSA "), mpiBits());
    case 18:
        return prefixed(QStringLiteral("ECDH "), curve());
    case 19:
        return prefixed(QStringLiteral("ECDSA "), curve());
    case 22: {
        // EdDSA of RFC 4880bis: the curve says which one.
        const QString name = curve();
        if (name == QLatin1String("Ed25519") || name == QLatin1String("Ed448"))
            return name;
        return prefixed(QStringLiteral("EdDSA "), name);
    }
    case 25:
        return QStringLiteral("X25519");
    case 26:
        return QStringLiteral("X448");
    case 27:
        return QStringLiteral("Ed25519");
    case 28:
        return QStringLiteral("Ed448");
    default:
        return Text::tr("public-key algorithm %1").arg(algorithm);
    }
}

} // namespace

bool OpenPgpArmor::looksArmored(const QByteArray &text)
{
    return text.contains("-----BEGIN PGP ");
}

Result<OpenPgpArmor> OpenPgpArmor::decode(const QByteArray &text, const QString &what)
{
    const auto bad = [&](const QString &why) {
        return Error::make(ErrorCode::InvalidInput, what + QLatin1Char(' ') + why);
    };
    const QList<QByteArray> lines = text.split('\n');
    qsizetype i = 0;
    QByteArray type;
    for (; i < lines.size(); ++i) {
        const QByteArray line = lineAt(lines, i);
        if (line.startsWith("-----BEGIN PGP ") && line.endsWith("-----") && line.size() > 20) {
            type = line.mid(15, line.size() - 20);
            break;
        }
    }
    if (type.isEmpty())
        return bad(Text::tr("is not OpenPGP armor: it has no \"-----BEGIN PGP …-----\" line."));
    ++i;
    while (i < lines.size() && isArmorHeader(lineAt(lines, i)))
        ++i;
    if (i < lines.size() && lineAt(lines, i).isEmpty())
        ++i;

    QByteArray base64;
    QByteArray crcLine;
    bool ended = false;
    const QByteArray endLine = "-----END PGP " + type + "-----";
    for (; i < lines.size(); ++i) {
        const QByteArray line = lineAt(lines, i);
        if (line.isEmpty())
            continue;
        if (line.startsWith("-----")) {
            if (line != endLine)
                return bad(Text::tr("has \"%1\" where \"%2\" should end it.")
                               .arg(QString::fromLatin1(line), QString::fromLatin1(endLine)));
            ended = true;
            break;
        }
        if (!crcLine.isEmpty())
            return bad(Text::tr("has text after its checksum line; the armor is damaged."));
        if (line.startsWith('=') && line.size() == 5)
            crcLine = line.mid(1);
        else
            base64 += line;
    }
    if (!ended)
        return bad(Text::tr("ends without its \"%1\" line; the text was cut short.")
                       .arg(QString::fromLatin1(endLine)));

    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return bad(
            Text::tr("has characters that are not base64 in its armor; the text is damaged."));
    if (decoded.decoded.isEmpty())
        return bad(Text::tr("has an empty armor block."));
    if (!crcLine.isEmpty()) {
        const auto crc =
            QByteArray::fromBase64Encoding(crcLine, QByteArray::AbortOnBase64DecodingErrors);
        if (!crc || crc.decoded.size() != 3)
            return bad(Text::tr("has a malformed checksum line in its armor."));
        if (bigEndian(crc.decoded, 0, 3) != crc24(decoded.decoded))
            return bad(
                Text::tr("fails its armor checksum (CRC-24); the text was changed or damaged."));
    }
    return OpenPgpArmor{QString::fromLatin1(type), decoded.decoded};
}

Result<QList<OpenPgpPacket>> OpenPgpPacket::split(const QByteArray &binary, const QString &what)
{
    const auto truncated = [&]() {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("%1 ends in the middle of an OpenPGP packet; the data was cut "
                                    "short or damaged.")
                               .arg(what));
    };
    QList<OpenPgpPacket> packets;
    const qsizetype size = binary.size();
    qsizetype pos = 0;
    while (pos < size) {
        const quint8 first = quint8(binary.at(pos));
        if (!(first & 0x80))
            return Error::make(ErrorCode::InvalidInput,
                               Text::tr("%1 is not OpenPGP data: byte %2 does not start a packet.")
                                   .arg(what)
                                   .arg(pos));
        OpenPgpPacket packet;
        packet.headerStart = pos;
        quint64 length = 0;
        qsizetype header = 0;
        if (first & 0x40) {
            // New format: the tag in six bits, then a one-, two- or five-octet length.
            packet.tag = first & 0x3F;
            if (pos + 1 >= size)
                return truncated();
            const quint8 l1 = quint8(binary.at(pos + 1));
            if (l1 < 192) {
                length = l1;
                header = 2;
            } else if (l1 < 224) {
                if (pos + 2 >= size)
                    return truncated();
                length = ((quint64(l1) - 192) << 8) + quint8(binary.at(pos + 2)) + 192;
                header = 3;
            } else if (l1 == 255) {
                if (pos + 5 >= size)
                    return truncated();
                length = bigEndian(binary, pos + 2, 4);
                header = 6;
            } else {
                return Error::make(ErrorCode::InvalidInput,
                                   Text::tr("%1 has an OpenPGP packet in parts (a partial body "
                                            "length), which keys and signatures never use.")
                                       .arg(what));
            }
        } else {
            // Old format: the tag in four bits, the length type in two.
            packet.tag = (first >> 2) & 0x0F;
            const int lengthType = first & 0x03;
            if (lengthType == 3) {
                header = 1; // indeterminate: the packet runs to the end of the data
                length = quint64(size - pos - 1);
            } else {
                const int octets = 1 << lengthType;
                if (pos + octets >= size)
                    return truncated();
                length = bigEndian(binary, pos + 1, octets);
                header = 1 + octets;
            }
        }
        if (packet.tag == 0)
            return Error::make(
                ErrorCode::InvalidInput,
                Text::tr("%1 has an OpenPGP packet with the reserved tag 0; the data "
                         "is damaged.")
                    .arg(what));
        packet.bodyStart = pos + header;
        if (length > quint64(size - packet.bodyStart))
            return truncated();
        packet.bodyLength = qsizetype(length);
        packets.append(packet);
        pos = packet.bodyStart + packet.bodyLength;
    }
    return packets;
}

Result<OpenPgpKey> OpenPgpKey::read(const QByteArray &data, const QString &what)
{
    const QString name = orDefault(what);
    const auto refuse = [&](const QString &why) {
        return Error::make(ErrorCode::InvalidInput, name + QLatin1Char(' ') + why);
    };
    if (data.size() > MaxInputBytes)
        return refuse(
            Text::tr("is %1 bytes, more than the %2 bytes a public key may be; it is not a "
                     "single key.")
                .arg(data.size())
                .arg(MaxInputBytes));
    if (data.trimmed().isEmpty())
        return refuse(Text::tr("is empty."));

    QByteArray binary;
    if (OpenPgpArmor::looksArmored(data)) {
        Result<OpenPgpArmor> armor = OpenPgpArmor::decode(data, name);
        if (!armor)
            return armor.error();
        const QString type = armor.value().type;
        if (type == QLatin1String("PRIVATE KEY BLOCK") || type == QLatin1String("SECRET KEY BLOCK"))
            return refuse(
                Text::tr("is a private (secret) key. Never share it; give the repository's "
                         "public key instead."));
        if (type != QLatin1String("PUBLIC KEY BLOCK"))
            return refuse(
                Text::tr("is armored as \"%1\", not as a \"PUBLIC KEY BLOCK\".").arg(type));
        binary = armor.value().body;
    } else if (quint8(data.at(0)) & 0x80) {
        binary = data;
    } else {
        return refuse(Text::tr("is neither an armored public key (\"-----BEGIN PGP PUBLIC KEY "
                               "BLOCK-----\") nor a binary OpenPGP key."));
    }

    Result<QList<OpenPgpPacket>> split = OpenPgpPacket::split(binary, name);
    if (!split)
        return split.error();
    const QList<OpenPgpPacket> &packets = split.value();

    OpenPgpKey key;
    const OpenPgpPacket *primary = nullptr;
    int primaries = 0;
    for (const OpenPgpPacket &packet : packets) {
        if (packet.tag == SecretKeyTag || packet.tag == SecretSubkeyTag)
            return refuse(Text::tr("holds a private (secret) key. Never share it; give the "
                                   "repository's public key instead."));
        if (packet.tag == PublicKeyTag) {
            ++primaries;
            if (!primary)
                primary = &packet;
        } else if (packet.tag == UserIdTag && key.m_userId.isEmpty()) {
            key.m_userId = QString::fromUtf8(binary.mid(packet.bodyStart, packet.bodyLength));
        }
    }
    if (!primary)
        return refuse(Text::tr("holds no primary public key."));
    if (primaries > 1)
        return refuse(
            Text::tr("holds %1 primary keys; a repository is pinned to exactly one, so give "
                     "a file with only its key.")
                .arg(primaries));

    const QByteArray body = binary.mid(primary->bodyStart, primary->bodyLength);
    if (body.isEmpty())
        return refuse(Text::tr("has an empty public-key packet."));
    const int version = quint8(body.at(0));
    if (version == 2 || version == 3)
        return refuse(
            Text::tr("is a version %1 key (obsolete, with MD5 fingerprints), which Plugboard "
                     "does not accept; the repository needs a current (version 4) key.")
                .arg(version));
    if (version != 4)
        return refuse(Text::tr("is a version %1 key; Plugboard and gpgv read version 4 keys only.")
                          .arg(version));
    if (body.size() < 6)
        return refuse(Text::tr("has a truncated public-key packet."));
    if (body.size() > 0xFFFF)
        return refuse(Text::tr("has a public-key packet too large for a version 4 key."));

    key.m_algorithm = algorithmName(body);
    if (key.m_algorithm.isEmpty())
        return refuse(Text::tr("has a truncated public-key packet."));
    key.m_created = QDateTime::fromSecsSinceEpoch(bigEndian(body, 1, 4), Qt::UTC);

    // v4 fingerprint (RFC 4880 §12.2): SHA-1 over 0x99, the two-octet length and the body.
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    const char prefix[3] = {char(0x99), char((body.size() >> 8) & 0xFF), char(body.size() & 0xFF)};
    sha1.addData(QByteArrayView(prefix, 3));
    sha1.addData(body);
    key.m_fingerprint = QString::fromLatin1(sha1.result().toHex().toUpper());
    key.m_keyring = binary;
    return key;
}

namespace OpenPgpFingerprint {

Result<QString> normalise(const QString &input)
{
    QString digits;
    for (const QChar c : input) {
        if (!c.isSpace())
            digits += c;
    }
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits.remove(0, 2);
    if (digits.isEmpty())
        return Error::make(ErrorCode::InvalidInput, Text::tr("No key fingerprint was given."));
    for (const QChar c : digits) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                         (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                         (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return Error::make(ErrorCode::InvalidInput,
                               Text::tr("\"%1\" is not a key fingerprint: it holds \"%2\", and a "
                                        "fingerprint is 40 hexadecimal digits.")
                                   .arg(input, c));
    }
    if (digits.size() == 16 || digits.size() == 8)
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("\"%1\" is a short key ID, which other keys can share; give the "
                     "full 40-digit fingerprint.")
                .arg(input));
    if (digits.size() != 40)
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("\"%1\" has %2 hexadecimal digits; a key fingerprint has 40.")
                               .arg(input)
                               .arg(digits.size()));
    return digits.toUpper();
}

QString format(const QString &fingerprint)
{
    const Result<QString> digits = normalise(fingerprint);
    if (!digits)
        return fingerprint;
    QStringList groups;
    for (qsizetype i = 0; i < 40; i += 4)
        groups << digits.value().mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace OpenPgpFingerprint
} // namespace plugboard
