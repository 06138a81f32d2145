// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/manifestcheck.h"

#include "repos/officialrepository.h"
#include "repos/openpgpkey.h"
#include "repos/repositorymanifestreader.h"
#include "repos/signatureverifier.h"
#include <QCoreApplication>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

struct Verified {
    QDateTime signedAt;
    QString form;
};

// Verifies `part` with `key` pinned to `fingerprint`. `subject` names the manifest in sentences.
Result<Verified> verify(const RepositorySignedPart &part, const QByteArray &key,
                        const QString &fingerprint, const QString &subject, const QString &program)
{
    if (!part.isSigned || part.signature.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("%1 is not signed, but the repository is pinned to the key %2.")
                               .arg(subject, OpenPgpFingerprint::format(fingerprint)));
    }
    if (key.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("%1 cannot be checked: the key %2 is not known yet.")
                               .arg(subject, OpenPgpFingerprint::format(fingerprint)));
    }
    Result<OpenPgpKey> read = OpenPgpKey::read(key, Text::tr("the repository's key"));
    if (!read)
        return read.error();
    SignatureVerifier verifier(read.value(), fingerprint);
    verifier.setSubject(subject);
    if (!program.isEmpty())
        verifier.setProgram(program);
    QList<SignedPayload> payloads;
    for (const SignedBytesForm &form : part.forms)
        payloads.append({form.name, form.bytes});
    Result<PayloadMatch> match = verifier.verifyAny(payloads, part.signature.toUtf8());
    if (!match)
        return match.error();
    return Verified{match.value().signature.created, match.value().name};
}

template<typename Read>
Result<CheckedManifest<Read>> check(Read read, const RepositoryTrust &trust,
                                    const QString &registryName, const QString &subject)
{
    CheckedManifest<Read> checked;
    const bool pinned = !trust.fingerprint.isEmpty();
    if (pinned) {
        Result<Verified> verified =
            verify(read.signedPart, trust.publicKey, trust.fingerprint, subject, trust.gpgvProgram);
        if (!verified)
            return verified.error();
        if (Result<void> fresh =
                checkSignatureNotOlder(verified.value().signedAt, trust.lastSignedAt, trust.name);
            !fresh)
            return fresh.error();
        checked.signature = SignatureState::Verified;
        checked.signedAt = verified.value().signedAt;
        checked.matchedForm = verified.value().form;
    }
    if (!trust.official && OfficialRepository::claimsToBeOfficial(registryName)) {
        // Only the official key may speak as the official repository (a true mirror).
        Result<Verified> mirror =
            verify(read.signedPart, trust.officialKey, OfficialRepository::Fingerprint, subject,
                   trust.gpgvProgram);
        if (!mirror) {
            return Error::make(
                ErrorCode::InvalidInput,
                Text::tr("%1 calls itself \"%2\", the name of Dispatcharr's official "
                         "repository, but is not signed with the official key (%3); "
                         "it was refused.")
                    .arg(trust.name, registryName, mirror.error().message));
        }
        checked.mirrorOfOfficial = true;
        if (!pinned) {
            checked.signature = SignatureState::Verified;
            checked.signedAt = mirror.value().signedAt;
            checked.matchedForm = mirror.value().form;
        }
    }
    checked.read = std::move(read);
    return checked;
}

} // namespace

Result<CheckedRootManifest> ManifestCheck::root(const QByteArray &bytes,
                                                const RepositoryTrust &trust)
{
    Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(bytes);
    if (!read)
        return read.error();
    const QString registryName = read.value().manifest.registryName;
    return check(std::move(read).value(), trust, registryName,
                 Text::tr("The manifest of %1").arg(trust.name));
}

Result<CheckedPluginManifest> ManifestCheck::plugin(const QByteArray &bytes,
                                                    const RepositoryTrust &trust,
                                                    const RepositoryBases &rootBases,
                                                    const QString &slug)
{
    Result<RepositoryPluginManifestRead> read =
        RepositoryManifestReader::readPlugin(bytes, rootBases, slug);
    if (!read)
        return read.error();
    if (read.value().slugMismatch) {
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("The manifest %1 gives for \"%2\" describes \"%3\" instead; it was "
                     "not used.")
                .arg(trust.name, slug, read.value().manifest.entry.slug));
    }
    // A per-plugin manifest names the registry too: the same rule holds for it.
    const QString registryName = read.value().manifest.registryName;
    return check(std::move(read).value(), trust, registryName,
                 Text::tr("The manifest of %1 in %2").arg(slug, trust.name));
}

} // namespace plugboard
