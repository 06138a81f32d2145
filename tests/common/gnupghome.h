// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throwaway GnuPG home (0700, its agent stopped on destruction) where suites make keys and
// sign with the real gpg, as a repository publisher would.
namespace fixtures {

class GnupgHome {
public:
    GnupgHome();
    ~GnupgHome();
    QString path() const { return m_dir.path(); }

    // Runs gpg in this home (batch, no passphrase); stdout, or empty with *error set.
    QByteArray gpg(const QStringList &args, QString *error, const QByteArray &input = {}) const;
    // Makes a signing key (optionally at a faked time and with an expiry); returns its
    // fingerprint as gpg lists it.
    QString generate(const QString &uid, const QString &algorithm, QString *error,
                     const QString &fakedTime = {},
                     const QString &expires = QStringLiteral("never"));
    // Fingerprints of the key called uid: the primary first, then its subkeys.
    QStringList fingerprints(const QString &uid, QString *error) const;
    // The "pub" record of the key called uid in gpg's colon listing, split at ':'.
    QStringList publicKeyRecord(const QString &uid, QString *error) const;
    QByteArray exportKey(const QString &fingerprint, QString *error) const;
    // A detached armored signature over payload by signer (a fingerprint; "!" forces a subkey).
    QByteArray sign(const QString &signer, const QByteArray &payload, QString *error,
                    const QString &fakedTime = {}) const;

private:
    QProcessEnvironment environment() const;
    QTemporaryDir m_dir;
};

} // namespace fixtures
