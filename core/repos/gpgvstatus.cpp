// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/gpgvstatus.h"

#include <QStringList>

namespace plugboard {

namespace {

constexpr int NoPublicKeyRc = 9; // ERRSIG's code for "the signing key is not in the keyring"

// A gpgv time field: seconds since the epoch, or ISO 8601 "20260606T200913" (GnuPG allows both).
QDateTime statusTime(const QString &field)
{
    bool number = false;
    const qint64 secs = field.toLongLong(&number);
    if (number)
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    QDateTime time = QDateTime::fromString(field, QStringLiteral("yyyyMMdd'T'HHmmss"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

GpgvStatus parseGpgvStatus(const QByteArray &output)
{
    GpgvStatus status;
    const auto current = [&]() -> SignatureStatus & {
        if (status.signatures.isEmpty())
            status.signatures.append(SignatureStatus{});
        return status.signatures.last();
    };
    for (const QByteArray &rawLine : output.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (!line.startsWith("[GNUPG:] "))
            continue;
        const QStringList f = QString::fromUtf8(line.mid(9)).split(QLatin1Char(' '));
        const QString &keyword = f.at(0);
        if (keyword == QLatin1String("NEWSIG")) {
            status.signatures.append(SignatureStatus{});
        } else if (keyword == QLatin1String("GOODSIG")) {
            current().good = true;
        } else if (keyword == QLatin1String("EXPSIG")) {
            current().good = current().expiredSig = true;
        } else if (keyword == QLatin1String("EXPKEYSIG")) {
            current().good = current().expiredKey = true;
        } else if (keyword == QLatin1String("REVKEYSIG")) {
            current().good = current().revokedKey = true;
        } else if (keyword == QLatin1String("BADSIG")) {
            current().bad = true;
        } else if (keyword == QLatin1String("KEYEXPIRED")) {
            current().expiredKey = true;
            if (f.size() > 1)
                current().keyExpired = statusTime(f.at(1));
        } else if (keyword == QLatin1String("KEYREVOKED")) {
            current().revokedKey = true;
        } else if (keyword == QLatin1String("NO_PUBKEY")) {
            current().noPublicKey = true;
            if (f.size() > 1 && current().otherKey.isEmpty())
                current().otherKey = f.at(1);
        } else if (keyword == QLatin1String("ERRSIG")) {
            // ERRSIG <keyid> <algo> <hash> <class> <time> <rc> [<fingerprint>]
            SignatureStatus &s = current();
            s.errsigRc = f.size() > 6 ? f.at(6).toInt() : -1;
            if (s.errsigRc == NoPublicKeyRc)
                s.noPublicKey = true;
            if (f.size() > 7 && !f.at(7).isEmpty() && f.at(7) != QLatin1String("-"))
                s.otherKey = f.at(7);
            else if (f.size() > 1)
                s.otherKey = f.at(1);
        } else if (keyword == QLatin1String("VALIDSIG")) {
            // VALIDSIG <fpr> <date> <timestamp> <expires> <version> <reserved> <pk-algo>
            //          <hash-algo> <class> [<primary-key-fpr>]
            SignatureStatus &s = current();
            s.validFingerprint = f.value(1).toUpper();
            s.validPrimary = (f.size() > 10 ? f.at(10) : f.value(1)).toUpper();
            s.created = statusTime(f.value(3));
        } else if (keyword == QLatin1String("NODATA")) {
            status.noData = true;
        }
    }
    return status;
}

} // namespace plugboard
