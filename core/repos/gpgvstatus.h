// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace plugboard {

// What gpgv said about one signature (one NEWSIG block of its status output).
struct SignatureStatus {
    bool good = false;        // GOODSIG, EXPSIG, EXPKEYSIG or REVKEYSIG: the maths holds
    bool bad = false;         // BADSIG
    bool expiredSig = false;  // EXPSIG
    bool expiredKey = false;  // EXPKEYSIG or KEYEXPIRED
    bool revokedKey = false;  // REVKEYSIG or KEYREVOKED
    bool noPublicKey = false; // NO_PUBKEY, or ERRSIG with code 9
    int errsigRc = -1;
    QString otherKey; // key ID or fingerprint from ERRSIG / NO_PUBKEY
    QString validFingerprint;
    QString validPrimary;
    QDateTime created;
    QDateTime keyExpired;
};

struct GpgvStatus {
    QList<SignatureStatus> signatures;
    bool noData = false; // NODATA: gpgv found no OpenPGP data in the signature
};

// Reads gpgv's --status-fd output: one SignatureStatus per NEWSIG block, and NODATA.
GpgvStatus parseGpgvStatus(const QByteArray &output);

} // namespace plugboard
