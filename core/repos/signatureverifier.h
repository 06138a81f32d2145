// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "repos/openpgpkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace plugboard {

// What gpgv vouched for: the signature is good, made by the pinned key at `created`.
struct VerifiedSignature {
    QString fingerprint;           // primary key (40 hex digits): the pinned one
    QString signingKeyFingerprint; // the key that signed: the primary key or one of its subkeys
    QDateTime created;             // signature creation time, UTC (signed, unlike generated_at)
};

// One form of the bytes a signature may cover, e.g. {"canonical JSON with newline", bytes}.
struct SignedPayload {
    QString name;
    QByteArray bytes;
};

// Which candidate the signature covers (the caller logs `name`).
struct PayloadMatch {
    qsizetype index = -1;
    QString name;
    VerifiedSignature signature;
};

// Checks detached, ASCII-armored OpenPGP signatures with gpgv, as Debian's apt does. For each
// check it writes the key (as a binary keyring), the signature and the payload into a private
// temporary folder (0700, removed afterwards) and runs
//     gpgv --homedir <tmp> --status-fd 1 --keyring <tmp>/keyring.gpg <sig> <payload>
// with HOME and GNUPGHOME pointing at that folder: no GnuPG home of the user, no agent, nothing
// imported anywhere. The keyring path is absolute because gpgv looks a name without a slash up
// in the GnuPG home. Only a VALIDSIG whose primary-key fingerprint (its last field) is the
// pinned one counts, so a subkey of the pinned key may sign. A signature text holding several
// signatures passes when one is a good signature of the pinned key and none is bad.
//
// Synchronous and blocking (up to the timeout for each gpgv run): call it on a worker thread,
// never on the GUI thread. It needs no event loop (QProcess's waitFor* calls only), so a pool
// thread or a plain thread serves. One instance may be used from one thread at a time; the
// methods are const and keep no state, so separate instances never interfere.
class SignatureVerifier {
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static constexpr qsizetype MaxSignatureBytes = 64 * 1024;

    static QString defaultProgram(); // "/usr/bin/gpgv"

    // `key` becomes gpgv's keyring; `pinnedFingerprint` (any form OpenPgpFingerprint reads) is
    // what a signature must name. They are separate on purpose: the pin is compared with what
    // gpgv reports, so a key that is not the pinned one never verifies anything.
    SignatureVerifier(OpenPgpKey key, QString pinnedFingerprint);

    void setProgram(const QString &gpgvPath) { m_program = gpgvPath; }
    QString program() const { return m_program; }
    // The limit for each gpgv run.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Names the signed thing in sentences ("The manifest of Dispatcharr/Plugins").
    void setSubject(const QString &subject) { m_subject = subject; }

    // Verifies armoredSignature over payload. Every failure is a sentence: no signature,
    // malformed signature text, bad signature, signed by another key, expired or revoked key,
    // gpgv missing, gpgv timed out.
    Result<VerifiedSignature> verify(const QByteArray &payload,
                                     const QByteArray &armoredSignature) const;

    // Tries each candidate in order and returns the first that the signature covers. Stops
    // early when the answer cannot depend on the payload (no gpgv, timeout, malformed
    // signature, another key, expired or revoked key).
    Result<PayloadMatch> verifyAny(const QList<SignedPayload> &candidates,
                                   const QByteArray &armoredSignature) const;

private:
    OpenPgpKey m_key;
    QString m_pinned; // 40 upper-case hex digits, empty when the pin did not normalise
    QString m_pinInput;
    QString m_program;
    QString m_subject;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

// Replay and rollback guard: refuses a signature made before the last one accepted for the
// repository (an old manifest served again). An equal time is the same signature and passes;
// an invalid lastAccepted (nothing accepted yet) passes.
Result<void> checkSignatureNotOlder(const QDateTime &signatureCreated,
                                    const QDateTime &lastAccepted,
                                    const QString &repositoryName = {});

} // namespace plugboard
