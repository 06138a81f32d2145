// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace plugboard {

// The ASCII armor of OpenPGP data (RFC 4880 §6.2): the type from the BEGIN line ("PUBLIC KEY
// BLOCK", "SIGNATURE", ...) and the decoded body. The CRC24 line is checked when present; RFC
// 9580 lets writers leave it out, so its absence is accepted.
struct OpenPgpArmor {
    QString type;
    QByteArray body;

    // Finds the first armored block in text (text before the BEGIN line is ignored) and
    // decodes it. `what` names the input in the sentences ("The repository's key").
    static Result<OpenPgpArmor> decode(const QByteArray &text, const QString &what);

    // True when text holds a BEGIN line of OpenPGP armor.
    static bool looksArmored(const QByteArray &text);
};

// One OpenPGP packet of a binary stream, in either header format: its tag and where its body
// lies in the stream.
struct OpenPgpPacket {
    int tag = 0;
    qsizetype headerStart = 0;
    qsizetype bodyStart = 0;
    qsizetype bodyLength = 0;

    // Splits binary into packets; refuses a packet that runs past the end or a header that
    // makes no sense. Partial body lengths are refused: key and signature packets never use
    // them.
    static Result<QList<OpenPgpPacket>> split(const QByteArray &binary, const QString &what);
};

// A repository's OpenPGP public key (a transferable public key, RFC 4880 §11.1), read from
// ASCII armor or binary. Only v4 keys are read: v3 keys use MD5 fingerprints and are obsolete,
// and gpgv 2.2 (Debian 12) cannot check v5/v6 signatures.
//
// A key file must hold exactly one primary key. A keyring with several would let gpgv accept a
// signature from any of them, and the fingerprint Plugboard shows and pins would name only one,
// so such a file is refused rather than read in part.
class OpenPgpKey {
public:
    static constexpr qsizetype MaxInputBytes = 1024 * 1024;

    // Reads armored or binary key data. `what` names the input in the sentences, e.g.
    // "The key of repository Dispatcharr/Plugins"; empty means "The OpenPGP key".
    static Result<OpenPgpKey> read(const QByteArray &data, const QString &what = {});

    // 40 upper-case hex digits, no spaces.
    QString fingerprint() const { return m_fingerprint; }
    // The last 16 hex digits of the fingerprint.
    QString keyId() const { return m_fingerprint.right(16); }
    // "Ed25519", "RSA 3072", "ECDSA NIST P-256", "DSA 2048", ...
    QString algorithm() const { return m_algorithm; }
    // When the primary key was made (UTC).
    QDateTime created() const { return m_created; }
    // The first user ID as written in the key ("Name (comment) <mail>"), empty without one.
    QString userId() const { return m_userId; }
    // The binary transferable public key, packets as they were given: a keyring for gpgv.
    QByteArray keyring() const { return m_keyring; }

private:
    QString m_fingerprint;
    QString m_algorithm;
    QDateTime m_created;
    QString m_userId;
    QByteArray m_keyring;
};

// Fingerprints as people write them and as Plugboard shows them.
namespace OpenPgpFingerprint {

// "46A9 3056 …", "0x46a93056…", with or without spaces, any case → 40 upper-case hex digits.
// A 16-digit key ID or anything else is refused with a sentence.
Result<QString> normalise(const QString &input);

// 40 hex digits → "46A9 3056 8E0F B9CA 834C D7F8 7EC0 3A6B 4C22 34CE" (10 groups of 4).
// Anything that does not normalise is returned unchanged.
QString format(const QString &fingerprint);

} // namespace OpenPgpFingerprint
} // namespace plugboard
